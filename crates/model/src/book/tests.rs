use super::*;
use crate::Inline;

fn entry(slug: &str) -> PageEntry {
    PageEntry {
        slug: slug.into(),
        title: format!("Title of {slug}"),
        description: String::new(),
    }
}

fn manifest() -> SectionManifest {
    let chapter = |slug: &str, pages: &[&str]| ChapterEntry {
        slug: slug.into(),
        title: slug.into(),
        summary: String::new(),
        pages: pages.iter().map(|p| entry(p)).collect(),
        bullets: false,
        timeline: false,
    };
    SectionManifest {
        files: Default::default(),
        slug: "soviet-russia".into(),
        title: "Soviet Russia".into(),
        description: String::new(),
        intro: vec![],
        chapters: vec![
            chapter(
                "stalins-legacy",
                &["after-stalin", "the-secret-speech", "the-thaw"],
            ),
            chapter("brezhnev", &["collective-leadership", "stagnation"]),
        ],
        before: None,
        after: None,
        ebook: None,
    }
}

/// Where `page` of `chapter` sits, as its chapter's published manifest tells it.
fn position_in(m: &SectionManifest, chapter: &str, page: &str) -> Option<Position> {
    m.chapter_manifests()
        .into_iter()
        .find(|c| c.chapter.slug == chapter)?
        .position(page)
}

fn neighbour(chapter: &str, page: &str) -> Option<Neighbour> {
    Some(Neighbour {
        section: "soviet-russia".into(),
        chapter: chapter.into(),
        page: page.into(),
        title: format!("Title of {page}"),
    })
}

#[test]
fn first_page_has_no_previous() {
    let at = position_in(&manifest(), "stalins-legacy", "after-stalin").unwrap();
    assert_eq!((at.page_number, at.page_count), (1, 3));
    assert_eq!(at.prev, None);
    assert_eq!(at.next, neighbour("stalins-legacy", "the-secret-speech"));
}

#[test]
fn next_crosses_into_the_following_chapter() {
    let at = position_in(&manifest(), "stalins-legacy", "the-thaw").unwrap();
    assert_eq!((at.page_number, at.page_count), (3, 3));
    assert_eq!(at.next, neighbour("brezhnev", "collective-leadership"));
}

#[test]
fn previous_crosses_back_into_the_earlier_chapter() {
    let at = position_in(&manifest(), "brezhnev", "collective-leadership").unwrap();
    assert_eq!(at.chapter_index, 1);
    assert_eq!(at.prev, neighbour("stalins-legacy", "the-thaw"));
}

#[test]
fn last_page_of_section_has_no_next() {
    let at = position_in(&manifest(), "brezhnev", "stagnation").unwrap();
    assert_eq!(at.next, None);
}

#[test]
fn unknown_chapter_or_page_has_no_position() {
    let m = manifest();
    assert!(position_in(&m, "nope", "the-thaw").is_none());
    assert!(position_in(&m, "stalins-legacy", "stagnation").is_none());
}

#[test]
fn page_paths_follow_reading_order() {
    let paths: Vec<String> = manifest().page_paths().collect();
    assert_eq!(paths.len(), 5);
    assert_eq!(paths[0], "/soviet-russia/stalins-legacy/after-stalin");
    assert_eq!(paths[4], "/soviet-russia/brezhnev/stagnation");
}

#[test]
fn previous_and_next_cross_into_the_neighbouring_sections() {
    let end = |section: &str, chapter: &str, page: &str| Neighbour {
        section: section.into(),
        chapter: chapter.into(),
        page: page.into(),
        title: "T".into(),
    };
    let mut m = manifest();
    m.before = Some(end(
        "tsarist-russia",
        "war-and-revolution",
        "the-fate-of-the-romanovs",
    ));
    m.after = Some(end(
        "russian-federation",
        "catching-up-cycles",
        "relative-backwardness",
    ));
    let first = position_in(&m, "stalins-legacy", "after-stalin").unwrap();
    assert_eq!(
        first.prev.unwrap().path(),
        "/tsarist-russia/war-and-revolution/the-fate-of-the-romanovs"
    );
    let last = position_in(&m, "brezhnev", "stagnation").unwrap();
    assert_eq!(
        last.next.unwrap().path(),
        "/russian-federation/catching-up-cycles/relative-backwardness"
    );
}

#[test]
fn a_page_without_a_date_reads_and_writes_as_before() {
    let old =
        r#"{"path":"/about","title":"About","description":"D","body":[],"notes":[],"sources":[]}"#;
    let page: Page = serde_json::from_str(old).unwrap();
    assert_eq!(page.updated, None);
    assert_eq!(serde_json::to_string(&page).unwrap(), old);
    let dated = Page {
        updated: Some("2026-01-05".into()),
        ..page
    };
    let json = serde_json::to_string(&dated).unwrap();
    assert!(json.ends_with(r#","updated":"2026-01-05"}"#), "{json}");
    assert_eq!(serde_json::from_str::<Page>(&json).unwrap(), dated);
}

#[test]
fn children_the_body_links_to_are_not_listed_again() {
    let child = |path: &str| PageLink {
        path: path.into(),
        title: path.into(),
        description: String::new(),
    };
    let mut index = Page::new(
        "/bullets".into(),
        "Bullets".into(),
        String::new(),
        vec![Block::List {
            ordered: false,
            items: vec![vec![Block::Paragraph {
                content: vec![Inline::Link {
                    to: "/bullets/the-thaw".into(),
                    content: vec![Inline::text("The Thaw")],
                }],
            }]],
        }],
        vec![],
        vec![],
    );
    index.children = vec![child("/bullets/the-thaw"), child("/bullets/kievan-rus")];
    let listed: Vec<&str> = index.unlisted_children().map(|c| c.path.as_str()).collect();
    assert_eq!(listed, ["/bullets/kievan-rus"]);
}

#[test]
fn a_chapter_manifest_lists_the_chapters_by_their_first_page_and_length() {
    let chapters = manifest().chapter_manifests();
    assert_eq!(chapters.len(), 2);
    let links = &chapters[1].chapters;
    assert_eq!(
        (links[0].first.as_str(), links[0].pages),
        ("after-stalin", 3)
    );
    assert_eq!(
        (links[1].first.as_str(), links[1].pages),
        ("collective-leadership", 2)
    );
    assert_eq!(chapters[1].chapter.slug, "brezhnev");
    assert_eq!(chapters[1].chapter.pages.len(), 2);
}
