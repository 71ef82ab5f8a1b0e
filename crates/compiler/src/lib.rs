//! The All Russias content compiler: reads `content/`, validates it with every check, and
//! writes the JSON the app fetches.

pub mod bullets;
pub mod chart;
pub mod chunks;
pub mod ebook;
pub mod emit;
pub mod frontmatter;
pub mod glossary;
pub mod images;
pub mod learn;
pub mod load;
pub mod markdown;
pub mod media;
pub mod music;
pub mod names;
pub mod offline;
pub mod publish;
pub mod report;
pub mod search;
pub mod slug;
pub mod stamp;
pub mod statistics;
pub mod timeline;
pub mod translate;
pub mod updated;
pub mod validate;
pub mod videos;

use allrussias_model::Lang;
use std::path::Path;

use allrussias_model::timeline::Timeline;
use allrussias_model::{route_title, Book, TopicSummary};

pub use crate::validate::{validate, Diagnostic};

use crate::translate::Coverage;

/// The language content is written in first.
pub const ORIGINAL: Lang = Lang::En;

/// The languages translated from the original, each under `content/{lang}/` with the
/// original's file names. A missing translation is published as the original, marked.
pub const TRANSLATIONS: [Lang; 1] = [Lang::Ru];

/// Everything the compiler learnt from a content folder.
pub struct Compiled {
    /// One book per language, the original first, ready to publish.
    pub books: Vec<(Lang, Book)>,
    /// Per translation, how much of each section is translated.
    pub coverage: Vec<(Lang, Vec<Coverage>)>,
    /// The statistical series, in both languages.
    pub statistics: Vec<statistics::SeriesSource>,
    /// The pictures and their galleries, in both languages.
    pub images: images::ImagesSource,
    pub music: music::MusicSource,
    pub videos: videos::VideosSource,
    /// One timeline per language, the original first.
    pub timelines: Vec<(Lang, Timeline)>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Compiled {
    /// The timeline of one language.
    pub fn timeline(&self, lang: Lang) -> Option<&Timeline> {
        self.timelines
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, t)| t)
    }

    /// The stand-alone pages made from data (not page files) that have something to show.
    pub fn data_topics(&self, lang: Lang) -> Vec<TopicSummary> {
        [
            ("statistics", !self.statistics.is_empty()),
            ("images", !self.images.is_empty()),
            ("music", !self.music.is_empty()),
            ("videos", !self.videos.is_empty()),
            (
                "timeline",
                self.timelines.iter().any(|(_, t)| !t.events.is_empty()),
            ),
        ]
        .into_iter()
        .filter(|(_, written)| *written)
        .map(|(slug, _)| TopicSummary {
            slug: slug.to_string(),
            title: route_title(lang, slug).unwrap_or(slug).to_string(),
        })
        .collect()
    }
}

/// Loads, merges and validates every language.
pub fn compile(content_dir: &Path) -> Compiled {
    let mut diagnostics = Vec::new();
    let changes = updated::Changes::read(content_dir);
    let original = load::load(content_dir, ORIGINAL, &changes, &mut diagnostics);
    let learn = learn::load(content_dir, &mut diagnostics);
    let mut books = Vec::new();
    let mut coverage = Vec::new();
    for lang in TRANSLATIONS {
        let translation = if content_dir.join(lang.code()).is_dir() {
            load::load(content_dir, lang, &changes, &mut diagnostics)
        } else {
            Book::default()
        };
        let (book, covered) = translate::merge(&original, translation, &mut diagnostics);
        books.push((lang, book));
        coverage.push((lang, covered));
    }
    books.insert(0, (ORIGINAL, original));
    for (lang, book) in &mut books {
        let lang = *lang;
        book.learn = learn.as_ref().map(|l| l.publish(lang));
        book.link_pages();
        glossary::apply(book);
        diagnostics.extend(validate(book));
    }
    let mut collected: Vec<_> = books
        .iter()
        .map(|(lang, book)| (*lang, timeline::collect(book, &mut diagnostics)))
        .collect();
    timeline::agree_kinds(&mut collected);
    timeline::check(&collected, &mut diagnostics);
    let timelines: Vec<(Lang, Timeline)> = collected
        .iter()
        .map(|(lang, found)| (*lang, found.timeline()))
        .collect();
    for ((_, book), (_, timeline)) in books.iter_mut().zip(&timelines) {
        bullets::index(book, timeline);
    }
    let statistics = statistics::load(content_dir, &changes, &mut diagnostics);
    let images = images::load(content_dir, &statistics, &mut diagnostics);
    let music = music::load(content_dir, &mut diagnostics);
    let videos = videos::load(content_dir, &mut diagnostics);
    // An untranslated page is checked in every language; report its problems once.
    diagnostics.sort_by(|a, b| {
        (&a.file, a.line, a.check, &a.message).cmp(&(&b.file, b.line, b.check, &b.message))
    });
    diagnostics.dedup();
    Compiled {
        books,
        coverage,
        statistics,
        images,
        music,
        videos,
        timelines,
        diagnostics,
    }
}
