//! Typed page bodies. The app renders these as views; no HTML ever travels in the JSON.

use serde::{Deserialize, Serialize};

/// Externally tagged (`{"paragraph": {...}}`): the most compact JSON, and the cheapest to
/// decode in the app's WebAssembly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    Paragraph {
        content: Vec<Inline>,
    },
    /// `level` is 2 or 3: the page title is the only level-1 heading.
    Heading {
        level: u8,
        id: String,
        content: Vec<Inline>,
    },
    Quote {
        content: Vec<Block>,
        attribution: Option<Vec<Inline>>,
    },
    List {
        ordered: bool,
        items: Vec<Vec<Block>>,
    },
    Table {
        head: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
    Figure {
        src: String,
        alt: String,
        caption: Vec<Inline>,
        width: u32,
        height: u32,
    },
    /// A box beside the text, such as "Key dates".
    Aside {
        title: String,
        content: Vec<Block>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Inline {
    Text(String),
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    /// A route inside the site, such as `/soviet-russia/stalins-legacy/the-thaw`.
    Link {
        to: String,
        content: Vec<Inline>,
    },
    /// An `https:`, `http:` or `mailto:` address.
    ExternalLink {
        href: String,
        content: Vec<Inline>,
    },
    NoteRef(u32),
}

/// A footnote, numbered in order of first reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub number: u32,
    pub content: Vec<Inline>,
}

/// A book, document collection or statistical yearbook a page was written from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub author: String,
    pub title: String,
    pub year: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Source {
    /// Its publisher and year, or its year alone, as a reference writes them in brackets.
    pub fn imprint(&self) -> String {
        match &self.publisher {
            Some(publisher) => format!("{publisher}, {}", self.year),
            None => self.year.to_string(),
        }
    }
}

impl Inline {
    pub fn text(text: impl Into<String>) -> Self {
        Inline::Text(text.into())
    }
}

/// One place in a body that [`walk`] passes, borrowed from the body.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Node<'a> {
    /// A block, before the blocks and inline content nested in it.
    Block(&'a Block),
    /// A run of inline content that reads as one piece of text, before its inlines.
    Inlines(Part, &'a [Inline]),
    /// An inline, before the inlines nested in it.
    Inline(&'a Inline),
}

/// What a run of inline content is to its block. An aside's title and a figure's alt text
/// are plain strings, not runs: a walk that wants them reads them off the [`Node::Block`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// A paragraph's or a heading's text.
    Text,
    /// Who said a quote.
    Attribution,
    /// A table cell, in the head or in a row.
    Cell,
    /// A figure's caption.
    Caption,
}

impl<'a> Node<'a> {
    /// The text an [`Inline::Text`] holds: concatenated in walk order, the plain text.
    pub fn text(self) -> Option<&'a str> {
        match self {
            Node::Inline(Inline::Text(text)) => Some(text),
            _ => None,
        }
    }
}

/// Every block, run of inline content and inline in `blocks`, at any depth, in document
/// order, each before what is nested in it. With its editing twin [`walk_blocks_mut`], the
/// one place that knows where blocks and inlines nest, so whatever reads a body reads all of
/// it and a new kind of block is taught to every reader at once.
pub fn walk(blocks: &[Block]) -> Walk<'_> {
    Walk {
        stack: blocks.iter().rev().map(Node::Block).collect(),
    }
}

/// Every inline in `content`, at any depth, in document order.
pub fn walk_inlines(content: &[Inline]) -> Walk<'_> {
    Walk {
        stack: content.iter().rev().map(Node::Inline).collect(),
    }
}

/// The iterator of [`walk`]: the nodes still to visit, the next one last.
pub struct Walk<'a> {
    stack: Vec<Node<'a>>,
}

impl<'a> Iterator for Walk<'a> {
    type Item = Node<'a>;

    fn next(&mut self) -> Option<Node<'a>> {
        let node = self.stack.pop()?;
        // What is nested goes on the stack last first, so that its first node comes next.
        let stack = &mut self.stack;
        let blocks = |blocks: &'a [Block]| blocks.iter().rev().map(Node::Block);
        let inlines = |content: &'a [Inline]| content.iter().rev().map(Node::Inline);
        match node {
            Node::Block(Block::Paragraph { content } | Block::Heading { content, .. }) => {
                stack.push(Node::Inlines(Part::Text, content))
            }
            Node::Block(Block::Quote {
                content,
                attribution,
            }) => {
                stack.extend(
                    attribution
                        .as_deref()
                        .map(|a| Node::Inlines(Part::Attribution, a)),
                );
                stack.extend(blocks(content));
            }
            Node::Block(Block::List { items, .. }) => {
                stack.extend(items.iter().rev().flat_map(|item| blocks(item)))
            }
            Node::Block(Block::Table { head, rows }) => stack.extend(
                rows.iter()
                    .rev()
                    .flat_map(|row| row.iter().rev())
                    .chain(head.iter().rev())
                    .map(|cell| Node::Inlines(Part::Cell, cell)),
            ),
            Node::Block(Block::Figure { caption, .. }) => {
                stack.push(Node::Inlines(Part::Caption, caption))
            }
            Node::Block(Block::Aside { content, .. }) => stack.extend(blocks(content)),
            Node::Inlines(_, content) => stack.extend(inlines(content)),
            Node::Inline(
                Inline::Emphasis(content)
                | Inline::Strong(content)
                | Inline::Link { content, .. }
                | Inline::ExternalLink { content, .. },
            ) => stack.extend(inlines(content)),
            Node::Inline(Inline::Text(_) | Inline::NoteRef(_)) => {}
        }
        Some(node)
    }
}

/// Calls `visit` on every block in `blocks`, at any depth, in document order, letting it
/// change them; it goes into the blocks nested in one only if `visit` returns true for it.
/// [`walk`]'s nesting of blocks for a caller that edits them (a test keeps the two alike);
/// the caller edits inline content by its own rules.
pub fn walk_blocks_mut(blocks: &mut [Block], visit: &mut impl FnMut(&mut Block) -> bool) {
    for block in blocks {
        if !visit(block) {
            continue;
        }
        match block {
            Block::Quote { content, .. } | Block::Aside { content, .. } => {
                walk_blocks_mut(content, visit)
            }
            Block::List { items, .. } => items
                .iter_mut()
                .for_each(|item| walk_blocks_mut(item, visit)),
            Block::Paragraph { .. }
            | Block::Heading { .. }
            | Block::Table { .. }
            | Block::Figure { .. } => {}
        }
    }
}

/// The plain text of inline content, for titles, search and word counts.
pub fn plain_text(content: &[Inline]) -> String {
    walk_inlines(content).filter_map(Node::text).collect()
}

/// Whether the blocks link to the page at `path`.
pub fn links_to(blocks: &[Block], path: &str) -> bool {
    walk(blocks).any(|node| matches!(node, Node::Inline(Inline::Link { to, .. }) if to == path))
}

/// The words a reader reads in a body: text in paragraphs, headings, lists, quotes,
/// asides and tables, not a figure's alt text or caption.
pub fn word_count(blocks: &[Block]) -> usize {
    walk(blocks)
        .map(|node| match node {
            Node::Block(Block::Aside { title, .. }) => title.split_whitespace().count(),
            Node::Inlines(Part::Caption, _) => 0,
            // Runs are counted whole: "Soviet" and an emphasized "s" are one word.
            Node::Inlines(_, content) => plain_text(content).split_whitespace().count(),
            Node::Block(_) | Node::Inline(_) => 0,
        })
        .sum()
}

/// An image the site serves itself; any other image source is never shown.
pub fn is_media(src: &str) -> bool {
    src.starts_with("/media/") && !src.contains("..")
}

pub fn is_safe_external(href: &str) -> bool {
    let lower = href.trim_start().to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
}

/// Whether a link target is a route inside the site (an absolute path, not `//host`).
pub fn is_internal_route(to: &str) -> bool {
    to.starts_with('/') && !to.starts_with("//") && !to.contains(['\\', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(text: &str) -> Inline {
        Inline::text(text)
    }

    fn paragraph(text: &str) -> Block {
        Block::Paragraph {
            content: vec![Inline::text(text)],
        }
    }

    /// A body with every kind of block and inline, each text a letter in document order.
    fn every_nesting() -> Vec<Block> {
        vec![
            Block::Heading {
                level: 2,
                id: "a".into(),
                content: vec![text("a")],
            },
            Block::Paragraph {
                content: vec![
                    text("b"),
                    Inline::Emphasis(vec![text("c"), Inline::Strong(vec![text("d")])]),
                    Inline::NoteRef(1),
                    Inline::Link {
                        to: "/x".into(),
                        content: vec![text("e")],
                    },
                    Inline::ExternalLink {
                        href: "https://example.com".into(),
                        content: vec![text("f")],
                    },
                ],
            },
            Block::Quote {
                content: vec![paragraph("g")],
                attribution: Some(vec![text("h")]),
            },
            Block::List {
                ordered: false,
                items: vec![
                    vec![paragraph("i")],
                    vec![
                        paragraph("j"),
                        Block::Aside {
                            title: "Key dates".into(),
                            content: vec![paragraph("k")],
                        },
                    ],
                ],
            },
            Block::Table {
                head: vec![vec![text("l")], vec![]],
                rows: vec![vec![vec![text("m")], vec![text("n")]]],
            },
            Block::Figure {
                src: "/media/a.svg".into(),
                alt: "A map".into(),
                caption: vec![text("o")],
                width: 1,
                height: 1,
            },
        ]
    }

    fn name(block: &Block) -> &'static str {
        match block {
            Block::Paragraph { .. } => "paragraph",
            Block::Heading { .. } => "heading",
            Block::Quote { .. } => "quote",
            Block::List { .. } => "list",
            Block::Table { .. } => "table",
            Block::Figure { .. } => "figure",
            Block::Aside { .. } => "aside",
        }
    }

    /// A node as a word: the kind of a block, run or inline, or the text of a text.
    fn word(node: Node) -> String {
        match node {
            Node::Block(block) => name(block).into(),
            Node::Inlines(part, _) => format!("{part:?}").to_lowercase(),
            Node::Inline(Inline::Text(text)) => text.clone(),
            Node::Inline(Inline::Emphasis(_)) => "em".into(),
            Node::Inline(Inline::Strong(_)) => "strong".into(),
            Node::Inline(Inline::Link { .. }) => "link".into(),
            Node::Inline(Inline::ExternalLink { .. }) => "external".into(),
            Node::Inline(Inline::NoteRef(_)) => "note".into(),
        }
    }

    #[test]
    fn the_walk_visits_every_nested_place_once_in_document_order() {
        let body = every_nesting();
        let words: Vec<String> = walk(&body).map(word).collect();
        assert_eq!(
            words.join(" "),
            "heading text a \
             paragraph text b em c strong d note link e external f \
             quote paragraph text g attribution h \
             list paragraph text i paragraph text j aside paragraph text k \
             table cell l cell cell m cell n \
             figure caption o"
        );
        let Block::Paragraph { content } = &body[1] else {
            unreachable!()
        };
        let words: Vec<String> = walk_inlines(content).map(word).collect();
        assert_eq!(words.join(" "), "b em c strong d note link e external f");
    }

    #[test]
    fn the_editing_walk_meets_the_same_blocks_and_goes_in_only_where_asked() {
        let mut body = every_nesting();
        let walked: Vec<&str> = walk(&body.clone())
            .filter_map(|node| match node {
                Node::Block(block) => Some(name(block)),
                _ => None,
            })
            .collect();
        let mut met = Vec::new();
        walk_blocks_mut(&mut body, &mut |block| {
            met.push(name(block));
            true
        });
        assert_eq!(met, walked);
        met.clear();
        walk_blocks_mut(&mut body, &mut |block| {
            met.push(name(block));
            !matches!(block, Block::Quote { .. } | Block::List { .. })
        });
        assert_eq!(
            met,
            ["heading", "paragraph", "quote", "list", "table", "figure"]
        );
    }

    #[test]
    fn plain_text_joins_the_texts_of_nested_inlines() {
        let Block::Paragraph { content } = &every_nesting()[1] else {
            unreachable!()
        };
        assert_eq!(plain_text(content), "bcdef");
    }

    #[test]
    fn links_are_found_wherever_they_nest() {
        let body = every_nesting();
        assert!(links_to(&body, "/x"));
        assert!(!links_to(&body, "/y"));
        let link = |to: &str| {
            Inline::Strong(vec![Inline::Link {
                to: to.into(),
                content: vec![text("y")],
            }])
        };
        let body = vec![
            Block::Quote {
                content: Vec::new(),
                attribution: Some(vec![link("/in-attribution")]),
            },
            Block::Table {
                head: Vec::new(),
                rows: vec![vec![vec![link("/in-a-cell")]]],
            },
        ];
        assert!(links_to(&body, "/in-attribution"));
        assert!(links_to(&body, "/in-a-cell"));
    }

    #[test]
    fn words_are_counted_in_the_text_and_an_asides_title_not_in_a_figure() {
        // A word in each of the ten runs from "a" to "n" ("bcdef" is one; the empty cell has
        // none) and two in "Key dates"; the figure's alt text and caption are not counted.
        assert_eq!(word_count(&every_nesting()), 12);
    }

    #[test]
    fn only_the_sites_own_media_are_images() {
        assert!(is_media("/media/maps/russia-1914.svg"));
        for src in [
            "/media/../app/x.svg",
            "https://example.com/a.png",
            "//example.com/media/a.png",
            "data:image/svg+xml,<svg onload=alert(1)>",
            "javascript:alert(1)",
            " /media/a.png",
            "/app/a.png",
            "",
        ] {
            assert!(!is_media(src), "{src}");
        }
    }

    #[test]
    fn external_links_are_web_or_mail_addresses_only() {
        for href in [
            "https://www.gks.ru/",
            "HTTP://example.com",
            "  https://example.com",
            "mailto:editors@example.org",
        ] {
            assert!(is_safe_external(href), "{href}");
        }
        for href in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " \tjavascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "DATA:text/html;base64,PHNjcmlwdD4=",
            "vbscript:msgbox(1)",
            "  VBScript:msgbox(1)",
            "//example.com",
            "ftp://example.com",
            "",
        ] {
            assert!(!is_safe_external(href), "{href}");
        }
    }

    #[test]
    fn internal_routes_are_paths_on_this_site() {
        for to in ["/soviet-russia", "/ru/a-z#kulak", "/search?q=stalin"] {
            assert!(is_internal_route(to), "{to}");
        }
        for to in [
            "//example.com/x",
            "/\\example.com",
            "javascript:alert(1)",
            "/x/javascript:alert(1)",
            "soviet-russia",
            " /soviet-russia",
            "https://example.com/",
            "",
        ] {
            assert!(!is_internal_route(to), "{to}");
        }
    }
}
