use super::*;

fn media_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/media")
}

fn parse_ok(text: &str) -> Body {
    let mut found = Vec::new();
    let body = parse(text, "page.md", 5, &media_dir(), &mut found);
    assert_eq!(found, Vec::<Diagnostic>::new());
    body
}

fn problems(text: &str) -> Vec<(&'static str, u32)> {
    let mut found = Vec::new();
    parse(text, "page.md", 5, &media_dir(), &mut found);
    found.iter().map(|d| (d.check, d.line)).collect()
}

fn text(t: &str) -> Inline {
    Inline::text(t)
}

#[test]
fn paragraphs_keep_emphasis_strong_and_links_typed() {
    let body = parse_ok("Khrushchev *spoke* for **four** hours; see [the Thaw](/soviet-russia/stalins-legacy/the-thaw) and [a library](https://www.loc.gov/).\n");
    assert_eq!(
        body.blocks,
        [Block::Paragraph {
            content: vec![
                text("Khrushchev "),
                Inline::Emphasis(vec![text("spoke")]),
                text(" for "),
                Inline::Strong(vec![text("four")]),
                text(" hours; see "),
                Inline::Link {
                    to: "/soviet-russia/stalins-legacy/the-thaw".into(),
                    content: vec![text("the Thaw")]
                },
                text(" and "),
                Inline::ExternalLink {
                    href: "https://www.loc.gov/".into(),
                    content: vec![text("a library")]
                },
                text("."),
            ]
        }]
    );
    assert_eq!(
        body.links,
        [("/soviet-russia/stalins-legacy/the-thaw".to_string(), 5)]
    );
}

#[test]
fn raw_html_is_an_error_on_its_line() {
    assert_eq!(
        problems("Fine.\n\n<script>alert(1)</script>\n\nAn <img src=x onerror=alert(1)> here.\n"),
        [("raw-html", 7), ("raw-html", 9)]
    );
}

#[test]
fn escaped_markup_stays_text() {
    let body = parse_ok("Write &lt;script&gt; and onerror= as words.\n");
    assert_eq!(
        body.blocks,
        [Block::Paragraph {
            content: vec![text("Write <script> and onerror= as words.")]
        }]
    );
}

#[test]
fn dangerous_link_schemes_are_refused() {
    assert_eq!(
        problems("[a](javascript:alert(1)) [b](data:text/html,x) [c](relative/path)\n"),
        [("unsafe-link", 5), ("unsafe-link", 5), ("unsafe-link", 5)]
    );
}

#[test]
fn headings_get_ids_and_h1_is_refused() {
    let body = parse_ok("## Why he spoke\n\n### Why he spoke\n");
    assert_eq!(
        body.blocks,
        [
            Block::Heading {
                level: 2,
                id: "why-he-spoke".into(),
                content: vec![text("Why he spoke")]
            },
            Block::Heading {
                level: 3,
                id: "why-he-spoke-2".into(),
                content: vec![text("Why he spoke")]
            },
        ]
    );
    assert_eq!(problems("text\n\n# Title\n"), [("unsupported-markdown", 7)]);
}

#[test]
fn quotation_takes_its_attribution_from_the_last_paragraph() {
    let body = parse_ok("> We will bury you.\n>\n> — Nikita Khrushchev, 1956\n");
    assert_eq!(
        body.blocks,
        [Block::Quote {
            content: vec![Block::Paragraph {
                content: vec![text("We will bury you.")]
            }],
            attribution: Some(vec![text("Nikita Khrushchev, 1956")]),
        }]
    );
}

#[test]
fn asides_wrap_their_blocks_and_keep_line_numbers() {
    let body = parse_ok("Before.\n\n:::aside Key dates\n- **1953**: Stalin dies.\n- 1956: the speech.\n:::\n\nAfter.\n");
    assert_eq!(body.blocks.len(), 3);
    let Block::Aside { title, content } = &body.blocks[1] else {
        panic!("{:?}", body.blocks[1])
    };
    assert_eq!(title, "Key dates");
    let Block::List {
        ordered: false,
        items,
    } = &content[0]
    else {
        panic!("{content:?}")
    };
    assert_eq!(items.len(), 2);
    assert_eq!(
        items[0],
        [Block::Paragraph {
            content: vec![Inline::Strong(vec![text("1953")]), text(": Stalin dies.")]
        }]
    );
    assert_eq!(
        problems("Text.\n\n:::aside Key dates\n- a\n\n[x](javascript:x)\n:::\n"),
        [("unsafe-link", 10)]
    );
    assert_eq!(
        problems(":::aside Open\ntext\n"),
        [("unsupported-markdown", 5)]
    );
    assert_eq!(problems("text\n:::\n"), [("unsupported-markdown", 6)]);
    assert_eq!(
        problems(":::note X\ntext\n:::\n"),
        [("unsupported-markdown", 5), ("unsupported-markdown", 7)]
    );
}

#[test]
fn footnotes_are_numbered_by_first_reference() {
    let body = parse_ok("One[^b] two[^a] again[^b].\n\n[^a]: Note A.\n[^b]: Note B.\n");
    assert_eq!(
        body.notes,
        [
            Note {
                number: 1,
                content: vec![text("Note B.")]
            },
            Note {
                number: 2,
                content: vec![text("Note A.")]
            },
        ]
    );
    assert_eq!(
        problems("Text[^x].\n\n[^y]: unused\n"),
        [("footnote", 5), ("footnote", 7)]
    );
    let across =
        parse_ok("See[^1].\n\n:::aside Key dates\n- 1956[^2]\n:::\n\n[^1]: One.\n[^2]: Two.\n");
    assert_eq!(across.notes.len(), 2);
}

#[test]
fn tables_have_a_head_and_rows() {
    let body = parse_ok("| Prince | Reign |\n|---|---|\n| Yaroslav | 1019–1054 |\n");
    assert_eq!(
        body.blocks,
        [Block::Table {
            head: vec![vec![text("Prince")], vec![text("Reign")]],
            rows: vec![vec![vec![text("Yaroslav")], vec![text("1019–1054")]]],
        }]
    );
}

#[test]
fn figures_read_their_size_and_need_alt_text() {
    let body = parse_ok("![A timeline of leaders](/media/sample.svg \"Leaders, 1953–1964\")\n");
    assert_eq!(
        body.blocks,
        [Block::Figure {
            src: "/media/sample.svg".into(),
            alt: "A timeline of leaders".into(),
            caption: vec![text("Leaders, 1953–1964")],
            width: 320,
            height: 120,
        }]
    );
    assert_eq!(problems("![](/media/sample.svg)\n"), [("image-alt", 5)]);
    assert_eq!(
        problems("\n![Map](/media/missing.svg)\n"),
        [("image-missing", 6)]
    );
    assert_eq!(problems("![Map](/media/nosize.svg)\n"), [("image-size", 5)]);
    assert_eq!(
        problems("![Map](https://example.com/a.png)\n"),
        [("image-missing", 5)]
    );
    assert_eq!(
        problems("Text ![Map](/media/sample.svg) inline.\n"),
        [("image-placement", 5)]
    );
}

#[test]
fn quotes_and_dashes_become_typographic() {
    let body = parse_ok("The \"closed report\" -- Stalin's cult.\n");
    assert_eq!(
        body.blocks,
        [Block::Paragraph {
            content: vec![text("The “closed report” – Stalin’s cult.")]
        }]
    );
}

#[test]
fn titles_get_the_same_typography_and_lose_no_text() {
    assert_eq!(
        smart_text("Stalin's \"Great Leap\" -- 1928"),
        "Stalin’s “Great Leap” – 1928"
    );
    for plain in [
        "1 < 2 & <b>",
        "1. First",
        "# Not a heading",
        "- Not a list",
        "*a* _b_ [c](d)",
    ] {
        assert_eq!(smart_text(plain), plain);
    }
}

#[test]
fn a_possessive_after_emphasis_gets_an_apostrophe_not_an_opening_quote() {
    let body = parse_ok("The *Primary Chronicle*'s date and *his* 'quoted' word.\n");
    assert_eq!(
        body.blocks,
        [Block::Paragraph {
            content: vec![
                text("The "),
                Inline::Emphasis(vec![text("Primary Chronicle")]),
                text("’s date and "),
                Inline::Emphasis(vec![text("his")]),
                text(" ‘quoted’ word."),
            ]
        }]
    );
}

#[test]
fn nolink_markers_are_taken_out_and_their_text_kept() {
    let body = parse_ok("Ilya Ehrenburg's {nolink}\"The Thaw\"{/nolink} gave its name.\n\n- Orda: {nolink}Большой Орды{/nolink}\n");
    assert_eq!(body.no_link, ["“The Thaw”", "Большой Орды"]);
    assert_eq!(
        body.blocks[0],
        Block::Paragraph {
            content: vec![text("Ilya Ehrenburg’s “The Thaw” gave its name.")]
        }
    );
}

#[test]
fn nolink_spans_are_plain_text_on_one_line() {
    assert_eq!(
        problems("An {nolink}open span\nacross lines{/nolink}.\n\n{nolink}*The Thaw*{/nolink} and a stray {/nolink}\n"),
        [
            ("unsupported-markdown", 5),
            ("unsupported-markdown", 6),
            ("unsupported-markdown", 8),
            ("unsupported-markdown", 8),
        ]
    );
}
