//! Full-text search, built at compile time and run in the browser. The compiler stems every
//! word (Snowball, English or Russian by script) and files each stem, with the word forms
//! it came from and the pages it occurs in, into a shard named by its first letters. A
//! query loads only the shards its words need. The browser has no stemmer: a query word
//! matches a stem it starts with (an inflected form) or, while typing, a stem that starts
//! with it (a prefix). A word that the index does not answer as typed is read as the index
//! spells it: in the site's alphabet, in a known variant spelling, or as the nearest word
//! (a typo); see [`read`].

use crate::Lang;
use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::block::{plain_text, walk, Node, Part};
use crate::{Block, Inline, Page};

mod spelling;
pub use spelling::{
    distance, in_site_alphabet, nearest, read, read_as, respell, shards_for, spellings, variants,
};

/// A page (or a glossary entry) that results can point to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchDoc {
    /// The route, without a language prefix; a glossary entry is `/a-z#term`.
    pub path: String,
    pub title: String,
    /// Where it belongs: a section's title or a stand-alone page's.
    pub section: String,
    /// What a result shows of something made from data rather than a page (a series, a
    /// gallery, a picture, a lesson, a tune, a video), which has no page to cut a snippet
    /// from; empty for pages.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
}

/// Every document a language's search can find, by number.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchDocs {
    pub docs: Vec<SearchDoc>,
    /// Published names of the files this one lists ([`crate::data`]).
    #[serde(default, skip_serializing_if = "crate::data::Files::is_empty")]
    pub files: crate::data::Files,
}

/// One stem: the word forms the text uses for it, and the documents with their weights.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stem {
    pub forms: Vec<String>,
    /// (document number, weight); a word in a title weighs more than one in the text.
    pub docs: Vec<(u32, u32)>,
}

/// The stems whose shard key is the same.
pub type Shard = BTreeMap<String, Stem>;

/// Where search data lives for a language.
pub fn docs_url(lang: Lang) -> String {
    format!("/data/{lang}/search/docs.json")
}

pub fn shard_url(lang: Lang, key: &str) -> String {
    format!("/data/{lang}/search/{key}.json")
}

/// How many shards the index of a language has.
pub const SHARDS: usize = 64;

/// Every shard's key, `s00` to `s63`.
pub fn shard_keys() -> impl Iterator<Item = String> {
    (0..SHARDS).map(shard_name)
}

fn shard_name(index: usize) -> String {
    format!("s{index:02}")
}

/// The shard of a word or stem: a hash of its first two letters, so file names stay ASCII
/// whatever the alphabet.
pub fn shard_key(word: &str) -> String {
    let head: String = word.chars().take(2).collect();
    let hash = head.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    shard_name(hash as usize % SHARDS)
}

/// Whether a character belongs to a word: Latin letters with their accented forms,
/// Cyrillic, digits and the stress mark. Spelled out rather than asking Unicode, whose
/// tables would add tens of kilobytes to the app for scripts the site does not use.
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '\u{c0}'..='\u{24f}' | '\u{400}'..='\u{4ff}' | '\u{301}')
            && c != '\u{d7}'
            && c != '\u{f7}'
}

/// Lower case for the scripts words are made of (see [`is_word_char`]).
fn lower(c: char) -> char {
    let code = c as u32;
    let lowered = match code {
        0x41..=0x5a | 0xc0..=0xde | 0x410..=0x42f => code + 0x20,
        0x400..=0x40f => code + 0x50,
        // Latin Extended-A pairs each capital with the small letter after it.
        0x100..=0x137 | 0x14a..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17e if code % 2 == 1 => code + 1,
        0x178 => 0xff,
        _ => code,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// A word as the index stores it: lower case, ё as е, stress marks dropped.
pub fn normalize(word: &str) -> String {
    word.chars()
        .filter(|c| *c != '\u{301}')
        .map(lower)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

/// The words of a text, normalized, in order.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(normalize)
}

/// The shortest word that a query matches by prefix, so one letter never floods results.
pub const MIN_PREFIX: usize = 2;

/// Whether a query word is an inflected form of a stem: it starts with the stem, and only
/// a few letters follow.
fn inflects(stem: &str, word: &str) -> bool {
    let (stem_len, word_len) = (stem.chars().count(), word.chars().count());
    word.starts_with(stem) && stem_len >= 3.min(word_len) && word_len - stem_len <= 4
}

/// Whether an index entry has a query word as a whole word: an inflected form of its stem
/// (it starts with the stem, and only a few letters follow) or one of the forms it was made
/// from. The forms make a query reach stems
/// that are not a prefix of the word (democracy -> democraci).
pub fn entry_has(stem: &str, entry: &Stem, word: &str) -> bool {
    inflects(stem, word) || entry.forms.iter().any(|form| form == word)
}

/// Whether an index entry answers a query word: as a whole word ([`entry_has`]) or, while
/// typing, as the start of its stem or of one of its forms (a prefix).
pub fn entry_answers(stem: &str, entry: &Stem, word: &str) -> bool {
    let prefix = word.chars().count() >= MIN_PREFIX
        && (stem.starts_with(word) || entry.forms.iter().any(|form| form.starts_with(word)));
    prefix || entry_has(stem, entry, word)
}

/// A result: the document, its score, and the word forms that matched (to mark them).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub doc: u32,
    pub score: u32,
    pub forms: Vec<String>,
}

/// Ranks the documents that match every query word, best first. `shards` holds the shards
/// of the query's words.
pub fn search(query: &str, shards: &HashMap<String, Shard>) -> Vec<Hit> {
    let typed: Vec<Vec<String>> = words(query).map(|word| vec![word]).collect();
    search_read(&typed, shards)
}

/// Ranks the documents that match, for every query word, one of its spellings (see
/// [`read`]), best first. `shards` holds the shards of the spellings.
pub fn search_read(query: &[Vec<String>], shards: &HashMap<String, Shard>) -> Vec<Hit> {
    let mut hits: Option<HashMap<u32, Hit>> = None;
    for spellings in query {
        let mut found: HashMap<u32, Hit> = HashMap::new();
        for word in spellings {
            let Some(shard) = shards.get(&shard_key(word)) else {
                continue;
            };
            for (_, entry) in shard
                .iter()
                .filter(|(stem, entry)| entry_answers(stem, entry, word))
            {
                for &(doc, weight) in &entry.docs {
                    let hit = found.entry(doc).or_insert_with(|| Hit {
                        doc,
                        score: 0,
                        forms: Vec::new(),
                    });
                    hit.score = hit.score.max(weight);
                    hit.forms.extend(entry.forms.iter().cloned());
                }
            }
        }
        hits = Some(match hits {
            None => found,
            Some(previous) => previous
                .into_iter()
                .filter_map(|(doc, mut hit)| {
                    let more = found.remove(&doc)?;
                    hit.score += more.score;
                    hit.forms.extend(more.forms);
                    Some((doc, hit))
                })
                .collect(),
        });
    }
    let mut hits: Vec<Hit> = hits.unwrap_or_default().into_values().collect();
    for hit in &mut hits {
        hit.forms.sort();
        hit.forms.dedup();
    }
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.doc.cmp(&b.doc)));
    hits
}

/// The phrases a query puts in quotes ("…", «…» or “…”), each as its words: a result must
/// have them in this order. An unclosed quote runs to the end of the query.
pub fn phrases(query: &str) -> Vec<Vec<String>> {
    let mut phrases = Vec::new();
    let mut quoted: Option<String> = None;
    let mut close = |text: String| {
        let phrase: Vec<String> = words(&text).collect();
        // One word in quotes is just that word.
        if phrase.len() > 1 {
            phrases.push(phrase);
        }
    };
    for c in query.chars() {
        match (quoted.as_mut(), c) {
            (None, '"' | '«' | '“') => quoted = Some(String::new()),
            (Some(_), '"' | '»' | '”') => close(quoted.take().unwrap_or_default()),
            (Some(text), c) => text.push(c),
            (None, _) => {}
        }
    }
    if let Some(text) = quoted {
        close(text);
    }
    phrases
}

/// Whether `text` has the words of `phrase` one after another.
pub fn has_phrase(text: &str, phrase: &[String]) -> bool {
    let text: Vec<String> = words(text).collect();
    !phrase.is_empty() && text.windows(phrase.len()).any(|window| window == phrase)
}

/// Everything a reader can read on the page: its text, captions and notes.
pub fn page_text(page: &Page) -> String {
    let mut text = page.description.clone();
    blocks_text(&page.body, &mut text);
    for note in &page.notes {
        text.push(' ');
        text.push_str(&plain_text(&note.content));
    }
    text
}

/// The text of `blocks`, each block and each table cell after a space, added to `out`.
pub fn blocks_text(blocks: &[Block], out: &mut String) {
    for node in walk(blocks) {
        match node {
            Node::Block(block) => {
                out.push(' ');
                match block {
                    Block::Figure { alt, .. } => {
                        out.push_str(alt);
                        out.push(' ');
                    }
                    Block::Aside { title, .. } => out.push_str(title),
                    _ => {}
                }
            }
            Node::Inlines(Part::Cell, _) => out.push(' '),
            Node::Inline(Inline::Text(text)) => out.push_str(text),
            Node::Inlines(..) | Node::Inline(_) => {}
        }
    }
}

/// Splits a text into runs, marking the words whose normalized form is one of `forms`:
/// the matches a result snippet or a found page shows highlighted.
pub fn mark(text: &str, forms: &[String]) -> Vec<(String, bool)> {
    let mut runs: Vec<(String, bool)> = Vec::new();
    let mut push = |piece: &str, marked: bool| match runs.last_mut() {
        Some((last, m)) if *m == marked => last.push_str(piece),
        _ => runs.push((piece.to_string(), marked)),
    };
    let mut word_start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let in_word = is_word_char(c);
        match (in_word && i < text.len(), word_start) {
            (true, None) => word_start = Some(i),
            (false, Some(start)) => {
                let word = &text[start..i];
                push(word, forms.contains(&normalize(word)));
                word_start = None;
                if i < text.len() {
                    push(&text[i..i + c.len_utf8()], false);
                }
            }
            (false, None) if i < text.len() => push(&text[i..i + c.len_utf8()], false),
            _ => {}
        }
    }
    runs
}

/// About `width` characters of `text` around the first marked word, as runs.
pub fn snippet(text: &str, forms: &[String], width: usize) -> Vec<(String, bool)> {
    let runs = mark(text, forms);
    let first = runs.iter().position(|(_, m)| *m).unwrap_or(0);
    let before: usize = runs[..first].iter().map(|(t, _)| t.chars().count()).sum();
    let skip = before.saturating_sub(width / 3);
    let mut out = Vec::new();
    let (mut seen, mut kept, mut reached) = (0, 0, 0);
    for (run, marked) in runs {
        let len = run.chars().count();
        if seen + len <= skip {
            seen += len;
            continue;
        }
        let from = skip.saturating_sub(seen);
        let mut piece: String = run.chars().skip(from).take(width - kept).collect();
        reached = seen + from + piece.chars().count();
        // Start the snippet at a word, not inside one.
        if from > 0 && !marked {
            if let Some(space) = piece.find(' ') {
                piece = piece[space..].to_string();
            }
        }
        kept += piece.chars().count();
        seen += len;
        out.push((piece, marked));
        if kept >= width {
            break;
        }
    }
    if skip > 0 {
        if let Some((first, _)) = out.first_mut() {
            first.insert(0, '…');
        }
    }
    // End a snippet cut short at a word, not inside one.
    if reached < text.chars().count() {
        if let Some((last, marked)) = out.last_mut() {
            if !*marked {
                if let Some(space) = last.rfind(' ') {
                    last.truncate(space);
                }
            }
            last.push('…');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_of_blocks_puts_a_space_before_each_block_and_cell() {
        let paragraph = |text: &str| Block::Paragraph {
            content: vec![Inline::text(text)],
        };
        let body = vec![
            paragraph("One"),
            Block::Quote {
                content: vec![paragraph("Two")],
                attribution: Some(vec![Inline::text("Three")]),
            },
            Block::List {
                ordered: true,
                items: vec![vec![paragraph("Four")]],
            },
            Block::Table {
                head: vec![vec![Inline::text("H")]],
                rows: vec![vec![vec![Inline::text("C1")], vec![Inline::text("C2")]]],
            },
            Block::Figure {
                src: "/media/a.svg".into(),
                alt: "Alt".into(),
                caption: vec![Inline::Emphasis(vec![Inline::text("Cap")])],
                width: 1,
                height: 1,
            },
            Block::Aside {
                title: "Key dates".into(),
                content: vec![paragraph("Five")],
            },
        ];
        let mut text = String::from("Start");
        blocks_text(&body, &mut text);
        assert_eq!(
            text,
            "Start One  TwoThree  Four  H C1 C2 Alt Cap Key dates Five"
        );
    }

    #[test]
    fn quoted_words_are_phrases_in_order() {
        let words = |list: &[&str]| list.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert_eq!(
            phrases("\"Secret Speech\" Khrushchev «Новая экономическая» “Cold War"),
            vec![
                words(&["secret", "speech"]),
                words(&["новая", "экономическая"]),
                words(&["cold", "war"]),
            ]
        );
        assert!(phrases("stalin \"terror\" no quotes").is_empty());
        let text = "Khrushchev read the Secret Speech; the speech was secret.";
        assert!(has_phrase(text, &words(&["secret", "speech"])));
        assert!(has_phrase(text, &words(&["speech", "was", "secret"])));
        assert!(!has_phrase(text, &words(&["speech", "secret"])));
        assert!(!has_phrase(text, &[]));
        assert!(has_phrase("Ещё её", &words(&["еще", "ее"])));
    }

    /// (stem, forms, postings)
    type Entry<'a> = (&'a str, &'a [&'a str], &'a [(u32, u32)]);

    fn index(entries: &[Entry]) -> HashMap<String, Shard> {
        let mut shards: HashMap<String, Shard> = HashMap::new();
        for (stem, forms, docs) in entries {
            shards.entry(shard_key(stem)).or_default().insert(
                stem.to_string(),
                Stem {
                    forms: forms.iter().map(|f| f.to_string()).collect(),
                    docs: docs.to_vec(),
                },
            );
        }
        shards
    }

    #[test]
    fn lower_case_covers_the_scripts_of_the_site() {
        assert_eq!(normalize("ÉCOLE Łódź ЁЛКА Ђ"), "école łódź елка ђ");
    }

    #[test]
    fn words_are_folded_for_the_index() {
        let found: Vec<String> = words("Хрущёв's «Оттепель», за́мок").collect();
        assert_eq!(found, ["хрущев", "s", "оттепель", "замок"]);
    }

    #[test]
    fn an_inflected_query_finds_its_stem_and_a_prefix_finds_longer_stems() {
        let shards = index(&[
            ("реформ", &["реформа", "реформы"], &[(1, 3)]),
            ("collectivis", &["collectivisation"], &[(2, 1)]),
        ]);
        assert_eq!(search("реформами", &shards)[0].doc, 1);
        assert_eq!(search("Collectivised", &shards)[0].doc, 2);
        assert_eq!(search("collec", &shards)[0].doc, 2);
        assert_eq!(search("рефо", &shards)[0].forms, ["реформа", "реформы"]);
        assert!(search("р", &shards).is_empty());
    }

    #[test]
    fn matches_are_marked_whatever_their_case_and_yo() {
        let forms = vec!["хрущев".to_string()];
        assert_eq!(
            mark(
                "Доклад Хрущёва и Хрущёв.",
                &["хрущева".into(), "хрущев".into()]
            ),
            [
                ("Доклад ".to_string(), false),
                ("Хрущёва".to_string(), true),
                (" и ".to_string(), false),
                ("Хрущёв".to_string(), true),
                (".".to_string(), false),
            ]
        );
        let long = format!("{} Хрущёв spoke.", "word ".repeat(50));
        let cut = snippet(&long, &forms, 40);
        assert!(cut[0].0.starts_with('…'), "{cut:?}");
        assert_eq!(cut[1], ("Хрущёв".to_string(), true));

        // A snippet cut short ends at a word, with an ellipsis; a whole text has none.
        let long = format!("Хрущёв spoke {}", "at length ".repeat(20));
        let cut = snippet(&long, &forms, 40);
        let end = &cut.last().unwrap().0;
        assert!(
            end.ends_with(" length…") || end.ends_with(" at…"),
            "{cut:?}"
        );
        let whole = snippet("Хрущёв spoke.", &forms, 40);
        assert_eq!(whole.last().unwrap().0, " spoke.");
    }

    #[test]
    fn a_word_finds_the_stem_the_stemmer_rewrote() {
        let shards = index(&[
            ("victori", &["victories", "victory"], &[(1, 5)]),
            ("democraci", &["democracy"], &[(2, 3)]),
            ("dostoevski", &["dostoevsky"], &[(3, 2)]),
        ]);
        assert_eq!(search("Victory", &shards)[0].doc, 1);
        assert_eq!(search("victories", &shards)[0].doc, 1);
        assert_eq!(search("democracy", &shards)[0].doc, 2);
        assert_eq!(search("Dostoevsky", &shards)[0].doc, 3);
        assert_eq!(search("dostoevs", &shards)[0].doc, 3);
    }

    #[test]
    fn every_word_must_match_and_scores_add_up() {
        let shards = index(&[
            ("stalin", &["stalin"], &[(1, 5), (2, 1), (3, 1)]),
            ("terror", &["terror"], &[(2, 2), (3, 9)]),
        ]);
        let hits = search("Stalin terror", &shards);
        let ranked: Vec<(u32, u32)> = hits.iter().map(|h| (h.doc, h.score)).collect();
        assert_eq!(ranked, [(3, 10), (2, 3)]);
    }
}
