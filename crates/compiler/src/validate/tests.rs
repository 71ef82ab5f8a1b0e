use super::*;
use allrussias_model::book::{Page, SourceChapter, SourceSection, Term};
use allrussias_model::{Inline, Source};

/// Enough words for a history page.
fn text() -> String {
    "word ".repeat(300)
}

fn page(file: &str, slug: &str) -> SourcePage {
    SourcePage {
        origin: Origin::new(file, 1),
        slug: slug.into(),
        page: Page {
            files: Default::default(),
            path: String::new(),
            title: "A title".into(),
            description: "A description".into(),
            body: vec![Block::Paragraph {
                content: vec![Inline::text(text())],
            }],
            notes: vec![],
            sources: vec![Source {
                author: "A. Author".into(),
                title: "A Book".into(),
                year: 2001,
                publisher: None,
                note: None,
            }],
            parent: None,
            children: vec![],
            untranslated: false,
            updated: None,
        },
        version: Default::default(),
        links: vec![],
        no_link: vec![],
    }
}

/// A chapter of the given pages, filled up to three pages unless it has none, with its
/// bullet points.
fn chapter(slug: &str, mut pages: Vec<SourcePage>) -> SourceChapter {
    if !pages.is_empty() {
        for n in pages.len()..MIN_PAGES {
            pages.push(page(&format!("filler-{n}.md"), &format!("filler-{n}")));
        }
    }
    SourceChapter {
        origin: Origin::new(format!("soviet-russia/{slug}/_chapter.md"), 1),
        slug: slug.into(),
        title: "Stalin's Legacy".into(),
        summary: "After Stalin.".into(),
        pages,
        bullets: Some(page("_bullets.md", slug)),
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
            chapters: vec![chapter("stalins-legacy", pages)],
        }],
        topics: vec![page("pages/bullets.md", "bullets")],
        ..Book::default()
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

#[test]
fn a_chapter_of_two_pages_is_short() {
    let mut b = book(vec![page("a.md", "a")]);
    b.sections[0].chapters[0].pages.truncate(2);
    assert_eq!(checks(&b), ["short-chapter"]);
}

#[test]
fn pages_outside_the_word_range_are_reported_with_their_count() {
    let mut short = page("short.md", "short");
    short.page.body = vec![Block::Paragraph {
        content: vec![Inline::text("word ".repeat(120))],
    }];
    let mut long = page("long.md", "long");
    long.page.body = vec![Block::Paragraph {
        content: vec![Inline::text("word ".repeat(701))],
    }];
    let found = validate(&book(vec![short, long]));
    let messages: Vec<(&str, &str)> = found
        .iter()
        .map(|d| (d.check, d.message.as_str()))
        .collect();
    assert_eq!(
        messages,
        [
            (
                "word-range",
                "the page has 701 words; a history page has 250 to 700"
            ),
            (
                "word-range",
                "the page has 120 words; a history page has 250 to 700"
            ),
        ]
    );
}

#[test]
fn a_chapter_without_bullet_points_is_reported() {
    let mut b = book(vec![page("a.md", "a")]);
    b.sections[0].chapters[0].bullets = None;
    assert_eq!(checks(&b), ["missing-bullets"]);
}

#[test]
fn chapter_slugs_are_unique_across_sections() {
    let mut b = book(vec![page("a.md", "a")]);
    let mut other = b.sections[0].clone();
    other.slug = "tsarist-russia".into();
    b.sections.push(other);
    assert_eq!(checks(&b), ["duplicate-slug"]);
}

#[test]
fn glossary_terms_must_link_to_real_pages() {
    let mut b = book(vec![page("a.md", "a")]);
    b.sections[0].chapters[0].pages[0].page.path = "/soviet-russia/stalins-legacy/a".into();
    let term = |name: &str, see: &[&str]| Term {
        origin: Origin::new("glossary.toml", 1),
        name: name.into(),
        slug: name.to_lowercase(),
        forms: vec![],
        definition: vec![Inline::text("A definition.")],
        see: see.iter().map(|s| s.to_string()).collect(),
        date: None,
    };
    b.glossary = vec![
        term("Kulak", &["/soviet-russia/stalins-legacy/a"]),
        term("Duma", &[]),
        term("Zemstvo", &["/tsarist-russia/nowhere/page"]),
    ];
    assert_eq!(checks(&b), ["broken-link", "glossary-links-nowhere"]);
}

#[test]
fn a_subpage_needs_its_topic_index() {
    let mut b = book(vec![page("a.md", "a")]);
    let mut essay = page("pages/essays/one.md", "one");
    essay.page.path = "/essays/one".into();
    b.subpages.push(essay);
    assert_eq!(checks(&b), ["known-routes"]);
}

#[test]
fn bullet_points_need_their_index_page() {
    let mut b = book(vec![page("a.md", "a")]);
    b.topics.clear();
    assert_eq!(checks(&b), ["known-routes"]);
}
