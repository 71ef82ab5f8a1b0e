use std::io::Read;

use allrussias_model::{Origin, Page, SourceChapter, SourcePage, Version};

use super::*;

fn text(t: &str) -> Inline {
    Inline::text(t)
}

fn page(path: &str, body: Vec<Block>, notes: Vec<Note>) -> SourcePage {
    let slug = path.rsplit('/').next().unwrap_or_default().to_string();
    let sources = vec![allrussias_model::Source {
        author: "W. Taubman".into(),
        title: "Khrushchev".into(),
        year: 2003,
        publisher: None,
        note: None,
    }];
    SourcePage {
        origin: Origin::new("page.md", 1),
        slug,
        page: Page::new(
            path.into(),
            format!("Title of {path}"),
            "One line.".into(),
            body,
            notes,
            sources,
        ),
        version: Version::default(),
        links: Vec::new(),
        no_link: Vec::new(),
    }
}

fn chapter(section: &str, slug: &str, pages: Vec<SourcePage>) -> SourceChapter {
    SourceChapter {
        origin: Origin::new(format!("{section}/{slug}/_chapter.md"), 1),
        slug: slug.into(),
        title: format!("Chapter {slug}"),
        summary: "A summary.".into(),
        pages,
        bullets: None,
    }
}

fn section(slug: &str, chapters: Vec<SourceChapter>) -> SourceSection {
    SourceSection {
        origin: Origin::new(format!("{slug}/_section.md"), 1),
        slug: slug.into(),
        title: format!("Section {slug}"),
        description: "A section.".into(),
        intro: vec![Block::Paragraph {
            content: vec![text("Intro.")],
        }],
        chapters,
    }
}

fn term(name: &str) -> Term {
    Term {
        origin: Origin::new("glossary.toml", 1),
        name: name.into(),
        slug: name.to_lowercase(),
        forms: Vec::new(),
        definition: vec![text("A definition.")],
        see: vec!["/soviet-russia/a/one".into(), "/tsarist-russia/x/y".into()],
        date: None,
    }
}

/// Two sections; the first page has every kind of inline, hostile text and notes (one
/// referred to twice, one never, and a reference to a note that does not exist).
fn book() -> Book {
    let link = |to: &str, words: &str| Inline::Link {
        to: to.into(),
        content: vec![text(words)],
    };
    let one = page(
        "/soviet-russia/a/one",
        vec![
            Block::Paragraph {
                content: vec![
                    text("Tom & \"Jerry\" <script>'x'</script>"),
                    Inline::NoteRef(1),
                    link("/a-z#kulak", "kulaks"),
                    link("/soviet-russia/b/three#later", "later"),
                    link("/tsarist-russia/x/y", "the tsars"),
                    Inline::ExternalLink {
                        href: "javascript:alert(1)".into(),
                        content: vec![text("a trap")],
                    },
                    Inline::ExternalLink {
                        href: "https://example.org/?a=1&b=2".into(),
                        content: vec![text("the web")],
                    },
                    Inline::NoteRef(1),
                    Inline::NoteRef(9),
                ],
            },
            Block::Figure {
                src: "/media/maps/map.svg".into(),
                alt: "A map".into(),
                caption: vec![text("The map")],
                width: 10,
                height: 20,
            },
        ],
        vec![
            Note {
                number: 1,
                content: vec![text("First note.")],
            },
            Note {
                number: 2,
                content: vec![text("Never referred to.")],
            },
        ],
    );
    let mut two = page("/soviet-russia/a/two", Vec::new(), Vec::new());
    two.page.untranslated = true;
    let three = page(
        "/soviet-russia/b/three",
        vec![Block::Heading {
            level: 2,
            id: "later".into(),
            content: vec![text("Later")],
        }],
        Vec::new(),
    );
    let y = page("/tsarist-russia/x/y", Vec::new(), Vec::new());
    Book {
        sections: vec![
            section(
                "soviet-russia",
                vec![
                    chapter("soviet-russia", "a", vec![one, two]),
                    chapter("soviet-russia", "b", vec![three]),
                ],
            ),
            section(
                "tsarist-russia",
                vec![chapter("tsarist-russia", "x", vec![y])],
            ),
        ],
        glossary: vec![term("Boyar"), term("Kulak")],
        ..Book::default()
    }
}

fn media(src: &str) -> io::Result<Vec<u8>> {
    assert_eq!(src, "/media/maps/map.svg");
    Ok(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec())
}

/// The e-book of `name` (a section or the whole history) in `lang`.
fn build(lang: Lang, name: &str) -> Vec<u8> {
    let book = book();
    let plan = plans(&book, lang)
        .into_iter()
        .find(|p| p.name == name)
        .unwrap();
    epub(&book, &plan, &Fonts::default(), &media).unwrap()
}

/// Every file of the e-book by name, in the container's order.
fn files(epub: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(epub)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut file = zip.by_index(i).unwrap();
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).unwrap();
            (
                file.name().to_string(),
                String::from_utf8_lossy(&bytes).into_owned(),
            )
        })
        .collect()
}

fn file<'a>(files: &'a [(String, String)], name: &str) -> &'a str {
    files
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, text)| text.as_str())
        .unwrap_or_else(|| panic!("{name} is missing"))
}

#[test]
fn one_ebook_of_the_whole_history_then_one_per_section() {
    let book = book();
    let names: Vec<String> = plans(&book, Lang::En).into_iter().map(|p| p.name).collect();
    assert_eq!(names, [WHOLE_HISTORY, "soviet-russia", "tsarist-russia"]);
    assert!(plans(&Book::default(), Lang::En).is_empty());
}

#[test]
fn the_mimetype_comes_first_stored_and_the_container_names_the_package() {
    let epub = build(Lang::En, "soviet-russia");
    // A local file header: no compression (method 0), no extra field, then the name and
    // the bytes themselves, so a reader can sniff the type at a fixed offset.
    assert_eq!(&epub[..4], b"PK\x03\x04");
    assert_eq!(&epub[8..10], [0, 0], "mimetype is stored");
    assert_eq!(&epub[28..30], [0, 0], "mimetype has no extra field");
    assert_eq!(&epub[30..38], b"mimetype");
    assert_eq!(&epub[38..58], b"application/epub+zip");
    let files = files(&epub);
    assert_eq!(files[0].0, "mimetype");
    let container = file(&files, "META-INF/container.xml");
    assert!(
        container.contains("full-path=\"EPUB/package.opf\""),
        "{container}"
    );
    file(&files, "EPUB/package.opf");
}

#[test]
fn the_package_lists_every_file_and_every_file_it_lists_is_there() {
    let files = files(&build(Lang::En, "soviet-russia"));
    let opf = file(&files, "EPUB/package.opf");
    let listed: Vec<&str> = opf
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    let held: Vec<&str> = files
        .iter()
        .filter_map(|(name, _)| name.strip_prefix("EPUB/"))
        .filter(|name| *name != PACKAGE)
        .collect();
    let mut sorted = listed.clone();
    sorted.sort_unstable();
    let mut held_sorted = held.clone();
    held_sorted.sort_unstable();
    assert_eq!(sorted, held_sorted);
    assert!(
        opf.contains("<item id=\"m0\" href=\"media/maps/map.svg\" media-type=\"image/svg+xml\"/>")
    );
    assert!(opf.contains("properties=\"cover-image\""));
    assert!(opf.contains("properties=\"nav\""));
}

#[test]
fn the_contents_nest_every_page_under_its_chapter() {
    let files = files(&build(Lang::En, WHOLE_HISTORY));
    let nav = file(&files, "EPUB/nav.xhtml");
    let at = |href: &str| {
        nav.find(&format!("href=\"{href}\""))
            .unwrap_or_else(|| panic!("{href} is not in the contents: {nav}"))
    };
    let order = [
        "soviet-russia.xhtml",
        "soviet-russia.a.xhtml",
        "soviet-russia.a.one.xhtml",
        "soviet-russia.a.two.xhtml",
        "soviet-russia.b.xhtml",
        "soviet-russia.b.three.xhtml",
        "tsarist-russia.xhtml",
        "tsarist-russia.x.xhtml",
        "tsarist-russia.x.y.xhtml",
        GLOSSARY,
    ];
    assert!(order.windows(2).all(|w| at(w[0]) < at(w[1])));
    // Pages sit in a list inside their chapter's entry, chapters inside their section's.
    let chapter_a = &nav[at("soviet-russia.a.xhtml")..at("soviet-russia.b.xhtml")];
    assert!(chapter_a.contains("<ol>\n<li><a href=\"soviet-russia.a.one.xhtml\">"));
    assert_eq!(nav.matches("<ol>").count(), 1 + 2 + 3 + 1, "{nav}");
    assert!(nav.contains("<nav epub:type=\"toc\""));
    assert!(nav.contains("<h1>Contents</h1>"));
    // Every page of the book is a document of its own.
    for href in order {
        file(&files, &format!("EPUB/{href}"));
    }
}

#[test]
fn notes_are_epub_footnotes_that_link_back_to_the_first_reference() {
    let files = files(&build(Lang::En, "soviet-russia"));
    let page = file(&files, "EPUB/soviet-russia.a.one.xhtml");
    assert_eq!(page.matches("id=\"note-ref-1\"").count(), 1, "{page}");
    assert_eq!(
        page.matches("<a epub:type=\"noteref\" role=\"doc-noteref\"")
            .count(),
        2
    );
    assert_eq!(page.matches("href=\"#note-1\"").count(), 2);
    assert!(page.contains(
        "<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"note-1\">\n<p><a href=\"#note-ref-1\" role=\"doc-backlink\">1</a>. First note.</p>"
    ));
    // Never referred to: nothing to link back to. A reference to no note links nowhere.
    assert!(page.contains("id=\"note-2\">\n<p>2. Never referred to.</p>"));
    assert!(page.contains("<sup>9</sup>"));
    assert!(page.contains("<h2>Notes</h2>"));
    assert!(page
        .contains("<h2>Sources</h2>\n<ul>\n<li>W. Taubman, <cite>Khrushchev</cite> (2003)</li>"));
}

#[test]
fn every_document_says_its_language() {
    let files = files(&build(Lang::Ru, "soviet-russia"));
    for (name, text) in files.iter().filter(|(n, _)| n.ends_with(".xhtml")) {
        // The untranslated page is shown in the original's language.
        let lang = if name.ends_with("a.two.xhtml") {
            "en"
        } else {
            "ru"
        };
        assert!(
            text.contains(&format!("xml:lang=\"{lang}\" lang=\"{lang}\"")),
            "{name}"
        );
    }
    let opf = file(&files, "EPUB/package.opf");
    assert!(opf.contains("xml:lang=\"ru\"") && opf.contains("<dc:language>ru</dc:language>"));
    assert!(opf.contains("<dc:creator>Всея Руси</dc:creator>"));
    assert!(file(&files, "EPUB/cover.svg").contains("xml:lang=\"ru\""));
    assert!(file(&files, "EPUB/nav.xhtml").contains("<h1>Содержание</h1>"));
}

#[test]
fn text_is_escaped_and_links_lead_into_the_book_or_to_the_web() {
    let files = files(&build(Lang::En, "soviet-russia"));
    let page = file(&files, "EPUB/soviet-russia.a.one.xhtml");
    assert!(page.contains("Tom &amp; &quot;Jerry&quot; &lt;script&gt;&#39;x&#39;&lt;/script&gt;"));
    assert!(!page.contains("<script"));
    assert!(page.contains("<a href=\"a-z.xhtml#kulak\">kulaks</a>"));
    assert!(page.contains("<a href=\"soviet-russia.b.three.xhtml#later\">later</a>"));
    // A page outside this e-book and an unsafe address keep their words, not a link.
    assert!(page
        .contains("</a>the tsarsa trap<a href=\"https://example.org/?a=1&amp;b=2\">the web</a>"));
    assert!(page.contains("a trap") && !page.contains("javascript"));
    assert!(
        page.contains("<img src=\"media/maps/map.svg\" alt=\"A map\" width=\"10\" height=\"20\"/>")
    );
    // The appendix holds only the terms the pages link to, with the pages in this book.
    let glossary = file(&files, "EPUB/a-z.xhtml");
    assert!(glossary.contains("<h2 id=\"letter-k\">K</h2>\n<h3 id=\"kulak\">Kulak</h3>"));
    assert!(!glossary.contains("Boyar"));
    assert!(glossary.contains("<a href=\"soviet-russia.a.one.xhtml\">"));
    assert!(!glossary.contains("tsarist-russia"));
}

#[test]
fn the_same_content_makes_the_same_bytes() {
    assert_eq!(
        build(Lang::En, WHOLE_HISTORY),
        build(Lang::En, WHOLE_HISTORY)
    );
    assert_ne!(
        build(Lang::En, WHOLE_HISTORY),
        build(Lang::Ru, WHOLE_HISTORY)
    );
}

#[test]
fn the_cover_shows_the_title_and_the_sites_name() {
    let section = files(&build(Lang::En, "soviet-russia"));
    let svg = file(&section, "EPUB/cover.svg");
    assert!(svg.contains(">Section</text>") && svg.contains(">soviet-russia</text>"));
    assert!(svg.contains(">All Russias</text>"));
    let whole = files(&build(Lang::Ru, WHOLE_HISTORY));
    let svg = file(&whole, "EPUB/cover.svg");
    assert!(svg.contains(">Всея Руси</text>"));
    assert!(svg.contains(">Section tsarist-russia</text>"));
    assert_eq!(wrap("Russian Federation", 14), ["Russian", "Federation"]);
    assert_eq!(wrap("Soviet Russia", 14), ["Soviet Russia"]);
}

#[test]
fn an_ebook_embeds_only_the_faces_its_text_needs() {
    let css = "@font-face {\n  font-family: \"PT Serif\";\n  font-style: normal;\n  font-weight: 400;\n  src: url(\"fonts/latin.woff2\") format(\"woff2\");\n  unicode-range: U+0020-007E, U+00A0;\n}\n\
               @font-face {\n  font-family: \"PT Serif\";\n  font-style: italic;\n  font-weight: 400;\n  src: url(\"fonts/cyrillic.woff2\") format(\"woff2\");\n  unicode-range: U+0401, U+0410-044F;\n}\n";
    let fonts = Fonts::parse(css, |name| Ok(name.as_bytes().to_vec())).unwrap();
    let files = |text: &str| -> Vec<String> {
        fonts
            .covering(text)
            .iter()
            .map(|f| f.file.clone())
            .collect()
    };
    assert_eq!(files("<p>Tsar</p>"), ["latin.woff2"]);
    assert_eq!(files("<p>Царь</p>"), ["latin.woff2", "cyrillic.woff2"]);
    let style = style(&fonts.covering("Ж"));
    assert!(style.starts_with(
        "@font-face { font-family: \"PT Serif\"; font-style: italic; font-weight: 400; \
         src: url(\"fonts/cyrillic.woff2\") format(\"woff2\"); unicode-range: U+0401, U+0410-044F; }"
    ));
    // The site's own faces are all found.
    assert!(Fonts::site().unwrap().covering("Aa Жж").len() >= 4);
}
