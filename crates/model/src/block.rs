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

impl Inline {
    pub fn text(text: impl Into<String>) -> Self {
        Inline::Text(text.into())
    }
}

/// The plain text of inline content, for titles, search and word counts.
pub fn plain_text(content: &[Inline]) -> String {
    let mut out = String::new();
    push_plain(content, &mut out);
    out
}

fn push_plain(content: &[Inline], out: &mut String) {
    for inline in content {
        match inline {
            Inline::Text(text) => out.push_str(text),
            Inline::Emphasis(content)
            | Inline::Strong(content)
            | Inline::Link { content, .. }
            | Inline::ExternalLink { content, .. } => push_plain(content, out),
            Inline::NoteRef(_) => {}
        }
    }
}

/// Whether the blocks link to the page at `path`.
pub fn links_to(blocks: &[Block], path: &str) -> bool {
    fn inline(content: &[Inline], path: &str) -> bool {
        content.iter().any(|i| match i {
            Inline::Link { to, content } => to == path || inline(content, path),
            Inline::Emphasis(content)
            | Inline::Strong(content)
            | Inline::ExternalLink { content, .. } => inline(content, path),
            Inline::Text(_) | Inline::NoteRef(_) => false,
        })
    }
    blocks.iter().any(|block| match block {
        Block::Paragraph { content } | Block::Heading { content, .. } => inline(content, path),
        Block::Quote {
            content,
            attribution,
        } => links_to(content, path) || attribution.as_deref().is_some_and(|a| inline(a, path)),
        Block::List { items, .. } => items.iter().any(|item| links_to(item, path)),
        Block::Table { head, rows } => head
            .iter()
            .chain(rows.iter().flatten())
            .any(|cell| inline(cell, path)),
        Block::Figure { caption, .. } => inline(caption, path),
        Block::Aside { content, .. } => links_to(content, path),
    })
}

/// The words a reader reads in a body: text in paragraphs, headings, lists, quotes,
/// asides and tables, not image alt text.
pub fn word_count(blocks: &[Block]) -> usize {
    let words = |content: &[Inline]| plain_text(content).split_whitespace().count();
    blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph { content } | Block::Heading { content, .. } => words(content),
            Block::Quote {
                content,
                attribution,
            } => word_count(content) + attribution.as_deref().map_or(0, words),
            Block::List { items, .. } => items.iter().map(|item| word_count(item)).sum(),
            Block::Table { head, rows } => head
                .iter()
                .chain(rows.iter().flatten())
                .map(|cell| words(cell))
                .sum(),
            Block::Figure { .. } => 0,
            Block::Aside { title, content } => {
                title.split_whitespace().count() + word_count(content)
            }
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
