use super::*;
use crate::book::{Page, SourceChapter, SourceSection};
use crate::{Inline, Source};

fn page(file: &str, slug: &str) -> SourcePage {
    SourcePage {
        origin: Origin::new(file, 1),
        slug: slug.into(),
        page: Page {
            path: String::new(),
            title: "A title".into(),
            description: "A description".into(),
            body: vec![Block::Paragraph {
                content: vec![Inline::text("Some text.")],
            }],
            notes: vec![],
            sources: vec![Source {
                author: "A. Author".into(),
                title: "A Book".into(),
                year: 2001,
                publisher: None,
                note: None,
            }],
        },
        links: vec![],
    }
}

fn book(pages: Vec<SourcePage>) -> Book {
    Book {
        sections: vec![SourceSection {
            origin: Origin::new("soviet-russia/_section.md", 1),
            slug: "soviet-russia".into(),
            title: "Soviet Russia".into(),
            description: "The Soviet period.".into(),
            intro: vec![],
            chapters: vec![SourceChapter {
                origin: Origin::new("soviet-russia/10-stalins-legacy/_chapter.md", 1),
                slug: "stalins-legacy".into(),
                title: "Stalin's Legacy".into(),
                summary: "After Stalin.".into(),
                pages,
            }],
        }],
        topics: vec![],
    }
}

fn checks(book: &Book) -> Vec<&'static str> {
    validate(book).iter().map(|d| d.check).collect()
}

#[test]
fn a_sound_book_passes() {
    assert_eq!(
        checks(&book(vec![page("a.md", "a"), page("b.md", "b")])),
        Vec::<&str>::new()
    );
}

#[test]
fn duplicate_page_slugs_name_both_files() {
    let found = validate(&book(vec![page("01-a.md", "a"), page("02-a.md", "a")]));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].check, "duplicate-slug");
    assert_eq!(found[0].file, "02-a.md");
    assert!(
        found[0].message.contains("01-a.md:1"),
        "{}",
        found[0].message
    );
}

#[test]
fn empty_page_and_missing_sources_are_both_reported() {
    let mut bad = page("bad.md", "bad");
    bad.page.body.clear();
    bad.page.sources.clear();
    assert_eq!(checks(&book(vec![bad])), ["empty-page", "missing-sources"]);
}

#[test]
fn an_empty_chapter_is_reported() {
    assert_eq!(checks(&book(vec![])), ["empty-page"]);
}

#[test]
fn broken_links_are_reported_with_their_line() {
    let mut linking = page("a.md", "a");
    linking.links = vec![
        ("/soviet-russia/stalins-legacy/b".into(), 7),
        ("/soviet-russia/stalins-legacy/missing".into(), 9),
        ("/about".into(), 10),
        ("/soviet-russia".into(), 11),
        ("/nowhere#x".into(), 12),
    ];
    let found = validate(&book(vec![linking, page("b.md", "b")]));
    let lines: Vec<(&str, u32)> = found.iter().map(|d| (d.check, d.line)).collect();
    assert_eq!(lines, [("broken-link", 9), ("broken-link", 12)]);
}

#[test]
fn unknown_sections_and_topics_are_reported() {
    let mut b = book(vec![page("a.md", "a")]);
    b.sections[0].slug = "ancient-russia".into();
    b.topics.push(page("pages/blog.md", "blog"));
    assert_eq!(checks(&b), ["known-routes", "known-routes"]);
}

#[test]
fn empty_titles_are_reported() {
    let mut untitled = page("a.md", "a");
    untitled.page.title = " ".into();
    let found = validate(&book(vec![untitled]));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].check, "missing-text");
    assert_eq!(
        found[0].to_string(),
        "a.md:1: `title` is empty [missing-text]"
    );
}
