//! The search index of one language: every page, every bullet-point sheet, every Russia
//! A-Z term, and what is made from data (statistical series, galleries and their pictures,
//! lessons and their words, tunes, videos), stemmed with Snowball (English or Russian by
//! script) and split into shards that the browser loads one by one (see
//! `allrussias_model::search`).

use allrussias_model::{Lang, Route, Topic};
use std::collections::{BTreeMap, BTreeSet, HashMap};

use allrussias_model::block::plain_text;
use allrussias_model::search::{page_text, shard_key, words, SearchDoc, Shard, Stem};
use allrussias_model::{route_title, Block, Book, Page};

use crate::Compiled;
use rust_stemmers::{Algorithm, Stemmer};

/// What a word in a page's title adds to the page's score for it.
const TITLE_WEIGHT: u32 = 100;
/// What a word in one of the page's headings adds.
const HEADING_WEIGHT: u32 = 20;
/// The most that mentions in the text can add, so that a title or heading always ranks
/// above passing mentions, however many.
const MENTIONS_CAP: u32 = 10;

pub struct Index {
    pub docs: Vec<SearchDoc>,
    pub shards: BTreeMap<String, Shard>,
}

struct Builder {
    english: Stemmer,
    russian: Stemmer,
    stems: HashMap<String, (BTreeSet<String>, BTreeMap<u32, Score>)>,
}

/// A stem's score in one document: the weight of its best title or heading, and its
/// mentions in the text.
type Score = (u32, u32);

impl Builder {
    /// Adds the words of a text: `weight` for a title or heading, or 0 for the text, whose
    /// words count as mentions.
    fn add(&mut self, doc: u32, text: &str, weight: u32) {
        for word in words(text) {
            let stemmer = if word.chars().any(|c| matches!(c, 'а'..='я')) {
                &self.russian
            } else {
                &self.english
            };
            let stem = stemmer.stem(&word).into_owned();
            let (forms, docs) = self.stems.entry(stem).or_default();
            forms.insert(word);
            let (ranked, mentions) = docs.entry(doc).or_insert((0, 0));
            if weight == 0 {
                *mentions += 1;
            } else {
                *ranked = (*ranked).max(weight);
            }
        }
    }
}

/// Something made from data that search finds: its result, and the text it is found by
/// besides its title.
pub struct DataDoc {
    pub doc: SearchDoc,
    pub text: String,
}

/// The longest summary a data document keeps for its result; the result shows less.
const SUMMARY_CHARS: usize = 160;

/// Every series, gallery, picture, lesson, tune and video of a language, as [`DataDoc`]s.
pub fn data_docs(compiled: &Compiled, book: &Book, lang: Lang) -> Vec<DataDoc> {
    let title = |slug: &str| route_title(lang, slug).unwrap_or_default().to_string();
    let doc = |path: String, title: &str, section: &str, summary: &str, text: Vec<&str>| DataDoc {
        doc: SearchDoc {
            path,
            title: title.to_string(),
            section: section.to_string(),
            summary: brief(summary),
        },
        text: text.join(" "),
    };
    let mut docs = Vec::new();
    let statistics = title("statistics");
    for source in &compiled.statistics {
        let series = crate::statistics::series(source, lang);
        let mut text = vec![series.description.as_str(), series.unit.as_str()];
        text.extend(series.note.as_deref());
        text.extend(
            series
                .columns
                .iter()
                .flat_map(|c| [c.label.as_str(), c.source.as_str()]),
        );
        let path = Route::Item(Topic::Statistics, series.slug.clone()).path();
        docs.push(doc(
            path,
            &series.title,
            &statistics,
            &series.description,
            text,
        ));
    }
    let images = title("images");
    for gallery in compiled.images.galleries(lang) {
        let path = Route::Item(Topic::Images, gallery.slug.clone()).path();
        docs.push(doc(
            path.clone(),
            &gallery.title,
            &images,
            &gallery.intro,
            vec![&gallery.intro],
        ));
        // A gallery is named after its era: say it is the gallery, not the history section.
        let gallery_section = format!("{images}: {}", gallery.title);
        for image in &gallery.images {
            let text = vec![
                image.caption.as_str(),
                image.alt.as_str(),
                image.credit.as_str(),
            ];
            let at = format!("{path}?image={}", image.slug);
            docs.push(doc(
                at,
                &image.title,
                &gallery_section,
                &image.caption,
                text,
            ));
        }
    }
    if let Some(learn) = &book.learn {
        for lesson in &learn.lessons {
            let mut text = vec![lesson.intro.as_str()];
            for phrase in &lesson.items {
                text.extend([
                    phrase.ru.as_str(),
                    phrase.translit.as_str(),
                    phrase.en.as_str(),
                ]);
                text.extend(phrase.note.as_deref());
            }
            let path = Route::Item(Topic::LearnRussian, lesson.slug.clone()).path();
            docs.push(doc(path, &lesson.title, &learn.title, &lesson.intro, text));
        }
    }
    let music = title("music");
    for tune in compiled.music.music(lang).tunes {
        let path = format!("{}#tune-{}", Topic::Music.path(), tune.slug);
        docs.push(doc(
            path,
            &tune.title,
            &music,
            &tune.note,
            vec![&tune.composer, &tune.note],
        ));
    }
    let videos = title("videos");
    for era in compiled.videos.videos(lang).eras {
        for video in &era.videos {
            let path = format!("{}#video-{}", Topic::Videos.path(), video.id);
            let text = vec![
                video.description.as_str(),
                video.channel.as_str(),
                era.title.as_str(),
            ];
            docs.push(doc(path, &video.title, &videos, &video.description, text));
        }
    }
    docs
}

/// `text` cut at a word to at most [`SUMMARY_CHARS`] characters, with an ellipsis if cut.
fn brief(text: &str) -> String {
    if text.chars().count() <= SUMMARY_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(SUMMARY_CHARS).collect();
    let at_word = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", at_word.trim_end_matches([',', ';', ':', '.']))
}

pub fn index(lang: Lang, book: &Book, more: Vec<DataDoc>) -> Index {
    let mut builder = Builder {
        english: Stemmer::create(Algorithm::English),
        russian: Stemmer::create(Algorithm::Russian),
        stems: HashMap::new(),
    };
    let mut docs = Vec::new();
    let mut add = |builder: &mut Builder, doc: SearchDoc, text: String, body: &[Block]| {
        let id = docs.len() as u32;
        builder.add(id, &doc.title, TITLE_WEIGHT);
        for block in body {
            if let Block::Heading { content, .. } = block {
                builder.add(id, &plain_text(content), HEADING_WEIGHT);
            }
        }
        builder.add(id, &text, 0);
        docs.push(doc);
    };
    for section in &book.sections {
        for chapter in &section.chapters {
            for page in &chapter.pages {
                let doc = search_doc(&page.page, &section.title);
                add(&mut builder, doc, page_text(&page.page), &page.page.body);
            }
            if let Some(bullets) = &chapter.bullets {
                let sheets = Topic::Bullets.title(lang);
                add(
                    &mut builder,
                    search_doc(&bullets.page, sheets),
                    page_text(&bullets.page),
                    &bullets.page.body,
                );
            }
        }
    }
    // The A-Z page is its terms, which are indexed one by one below.
    let pages = book.topics.iter().chain(&book.subpages);
    for page in pages.filter(|p| p.page.path != "/a-z") {
        let section = match &page.page.parent {
            Some(parent) => parent.title.clone(),
            None => page.page.title.clone(),
        };
        add(
            &mut builder,
            search_doc(&page.page, &section),
            page_text(&page.page),
            &page.page.body,
        );
    }
    let glossary = Topic::AToZ.title(lang);
    for term in &book.glossary {
        let doc = SearchDoc {
            path: format!("/a-z#{}", term.slug),
            title: term.name.clone(),
            section: glossary.to_string(),
            summary: String::new(),
        };
        add(&mut builder, doc, plain_text(&term.definition), &[]);
    }
    for DataDoc { doc, text } in more {
        add(&mut builder, doc, text, &[]);
    }
    let mut shards: BTreeMap<String, Shard> = BTreeMap::new();
    for (stem, (forms, postings)) in builder.stems {
        let entry = Stem {
            docs: postings
                .into_iter()
                .map(|(doc, (ranked, mentions))| (doc, ranked + mentions.min(MENTIONS_CAP)))
                .collect(),
            forms: forms.into_iter().collect(),
        };
        // A query word is looked for in its own shard, so the stem goes in the shard of each
        // form it was made from too: a stem shorter than its words ("е" of "её") is keyed
        // by other letters than they are.
        let keys: BTreeSet<String> = std::iter::once(shard_key(&stem))
            .chain(entry.forms.iter().map(|form| shard_key(form)))
            .collect();
        for key in keys {
            shards
                .entry(key)
                .or_default()
                .insert(stem.clone(), entry.clone());
        }
    }
    Index { docs, shards }
}

fn search_doc(page: &Page, section: &str) -> SearchDoc {
    SearchDoc {
        path: page.path.clone(),
        title: page.title.clone(),
        section: section.to_string(),
        summary: String::new(),
    }
}
