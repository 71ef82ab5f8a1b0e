//! Search recall over the real corpus: every history page is found by each longer word of
//! its own title and of its headings, in both languages.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use allrussias_compiler::{compile, search};
use allrussias_model::block::plain_text;
use allrussias_model::search::{search as find, words};
use allrussias_model::{Block, Book, Page};

/// How far down the results a page may be and still count as found.
const TOP: usize = 10;
/// Words shorter than this are left out.
const MIN_LETTERS: usize = 5;

/// The words of a page's title and headings.
fn heading_words(page: &Page) -> HashSet<String> {
    let headings = page.body.iter().filter_map(|block| match block {
        Block::Heading { content, .. } => Some(plain_text(content)),
        _ => None,
    });
    [page.title.clone()]
        .into_iter()
        .chain(headings)
        .flat_map(|text| words(&text).collect::<Vec<_>>())
        .collect()
}

/// Every page and glossary term of a book by route, with its title and heading words.
fn heading_words_by_path(book: &Book) -> HashMap<String, HashSet<String>> {
    let chapters = book.sections.iter().flat_map(|s| &s.chapters);
    let pages = chapters
        .clone()
        .flat_map(|c| c.pages.iter().chain(&c.bullets))
        .chain(&book.topics)
        .chain(&book.subpages);
    let terms = book.glossary.iter().map(|term| {
        let path = format!("/a-z#{}", term.slug);
        (path, words(&term.name).collect())
    });
    pages
        .map(|p| (p.page.path.clone(), heading_words(&p.page)))
        .chain(terms)
        .collect()
}

/// A page counts as found by a word when it is among the first results or, where more
/// pages than that have the word in a title or heading, when only such pages rank above
/// it: a passing mention never outranks a title or a heading.
#[test]
fn every_history_page_is_found_by_the_words_of_its_title_and_headings() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let compiled = compile(&content);
    let mut misses = Vec::new();
    let mut asked = 0;
    for &(lang, ref book) in &compiled.books {
        let more = search::data_docs(&compiled, book, lang);
        let mut headed = heading_words_by_path(book);
        headed.extend(
            more.iter()
                .map(|d| (d.doc.path.clone(), words(&d.doc.title).collect())),
        );
        let index = search::index(lang, book, more);
        let shards: HashMap<String, _> = index.shards.into_iter().collect();
        let history = book.sections.iter().flat_map(|s| &s.chapters);
        for page in history.flat_map(|c| &c.pages).map(|p| &p.page) {
            for word in heading_words(page) {
                if word.chars().count() < MIN_LETTERS {
                    continue;
                }
                asked += 1;
                let hits = find(&word, &shards);
                let path_of = |doc: u32| &index.docs[doc as usize].path;
                let Some(rank) = hits.iter().position(|hit| path_of(hit.doc) == &page.path) else {
                    misses.push(format!("{lang} {} «{word}»: not found", page.path));
                    continue;
                };
                let owns = |doc: u32, forms: &[String]| {
                    headed
                        .get(path_of(doc))
                        .is_some_and(|w| forms.iter().any(|f| w.contains(f)))
                };
                if rank >= TOP {
                    if let Some(above) = hits[..rank].iter().find(|h| !owns(h.doc, &h.forms)) {
                        misses.push(format!(
                            "{lang} {} «{word}»: ranked {}, below {} which only mentions it",
                            page.path,
                            rank + 1,
                            path_of(above.doc)
                        ));
                    }
                }
            }
        }
    }
    assert!(asked > 1000, "only {asked} words asked");
    println!(
        "title and heading recall: {} of {asked} words find their page",
        asked - misses.len()
    );
    assert!(
        misses.is_empty(),
        "{} of {asked} words miss their page:\n{}",
        misses.len(),
        misses.join("\n")
    );
}

/// Everything made from data (statistical series, galleries and their pictures, lessons,
/// tunes, videos) is found by each longer word of its title, ranked as a title match, in
/// both languages; its result carries a summary to show instead of a page snippet.
#[test]
fn everything_made_from_data_is_found_by_the_words_of_its_title() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let compiled = compile(&content);
    let mut misses = Vec::new();
    let mut kinds = HashSet::new();
    let mut asked = 0;
    for &(lang, ref book) in &compiled.books {
        let more = search::data_docs(&compiled, book, lang);
        let wanted: Vec<_> = more.iter().map(|d| d.doc.clone()).collect();
        let index = search::index(lang, book, more);
        let shards: HashMap<String, _> = index.shards.into_iter().collect();
        for doc in wanted {
            let kind = doc.path.trim_start_matches('/').split(['/', '#']).next();
            kinds.insert(kind.unwrap_or_default().to_string());
            if doc.summary.is_empty() {
                misses.push(format!("{lang} {}: no summary", doc.path));
            }
            for word in words(&doc.title).filter(|w| w.chars().count() >= MIN_LETTERS) {
                asked += 1;
                let found = find(&word, &shards)
                    .into_iter()
                    .any(|hit| index.docs[hit.doc as usize].path == doc.path && hit.score >= 100);
                if !found {
                    misses.push(format!(
                        "{lang} {} «{word}»: not found by its title",
                        doc.path
                    ));
                }
            }
        }
    }
    let expected = ["statistics", "images", "learn-russian", "music", "videos"];
    assert_eq!(
        kinds,
        expected.map(String::from).into(),
        "kinds of data searched"
    );
    assert!(asked > 300, "only {asked} words asked");
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}
