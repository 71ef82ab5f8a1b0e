//! Typed blocks to EPUB content documents (XHTML), the way the app renders them as views:
//! text is always escaped, a link is kept only when it leads somewhere in the e-book or
//! is a safe web address, and footnotes become EPUB notes with links back.

use allrussias_model::Lang;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write;

use allrussias_model::block::{is_media, is_safe_external};
use allrussias_model::{Block, Inline, Note, Source};

/// Text for XML content and attribute values.
pub use allrussias_model::escape::html as escape;

/// A whole XHTML content document around `body`.
pub fn document(lang: Lang, title: &str, body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n\
         <html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" \
         xml:lang=\"{lang}\" lang=\"{lang}\">\n<head>\n<meta charset=\"UTF-8\"/>\n\
         <title>{}</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"{}\"/>\n</head>\n\
         <body>\n{body}</body>\n</html>\n",
        escape(title),
        super::STYLE,
    )
}

/// Where the e-book's links lead: its documents by site route, and the glossary terms its
/// A-Z appendix holds.
#[derive(Debug, Default)]
pub struct Targets {
    pub pages: HashMap<String, String>,
    pub terms: HashSet<String>,
}

impl Targets {
    /// The e-book address of a site route (with any `#fragment`); `None` when the e-book
    /// does not hold it, and the words are then kept without a link.
    fn href(&self, to: &str) -> Option<String> {
        let (route, fragment) = match to.split_once('#') {
            Some((route, fragment)) => (route, Some(fragment)),
            None => (to, None),
        };
        if route == crate::glossary::PAGE {
            let term = fragment.filter(|t| self.terms.contains(*t))?;
            return Some(format!("{}#{term}", super::GLOSSARY));
        }
        let file = self.pages.get(route)?;
        Some(match fragment {
            Some(fragment) => format!("{file}#{fragment}"),
            None => file.clone(),
        })
    }
}

/// Renders the blocks of one document, remembering what the document needs besides.
pub struct Render<'a> {
    targets: &'a Targets,
    /// The numbers of the page's notes: a reference to any other number stays plain.
    notes: BTreeSet<u32>,
    /// The notes referred to so far; each reference after the first has no id.
    referenced: BTreeSet<u32>,
    /// The site addresses of the pictures shown (`/media/...`).
    pub figures: BTreeSet<String>,
    pub out: String,
}

impl<'a> Render<'a> {
    pub fn new(targets: &'a Targets, notes: &[Note]) -> Self {
        Render {
            targets,
            notes: notes.iter().map(|n| n.number).collect(),
            referenced: BTreeSet::new(),
            figures: BTreeSet::new(),
            out: String::new(),
        }
    }

    pub fn raw(&mut self, markup: &str) {
        self.out.push_str(markup);
    }

    pub fn text(&mut self, text: &str) {
        self.out.push_str(&escape(text));
    }

    pub fn blocks(&mut self, blocks: &[Block]) {
        for block in blocks {
            self.block(block);
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Paragraph { content } => {
                self.raw("<p>");
                self.inlines(content);
                self.raw("</p>\n");
            }
            Block::Heading { level, id, content } => {
                let level = if *level == 3 { 3 } else { 2 };
                let _ = write!(self.out, "<h{level} id=\"{}\">", escape(id));
                self.inlines(content);
                let _ = writeln!(self.out, "</h{level}>");
            }
            Block::Quote {
                content,
                attribution,
            } => {
                self.raw("<figure class=\"quote\">\n<blockquote>\n");
                self.blocks(content);
                self.raw("</blockquote>\n");
                if let Some(attribution) = attribution {
                    self.raw("<figcaption>— ");
                    self.inlines(attribution);
                    self.raw("</figcaption>\n");
                }
                self.raw("</figure>\n");
            }
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                let _ = writeln!(self.out, "<{tag}>");
                for item in items {
                    self.raw("<li>");
                    self.blocks(item);
                    self.raw("</li>\n");
                }
                let _ = writeln!(self.out, "</{tag}>");
            }
            Block::Table { head, rows } => {
                self.raw("<table>\n<thead>\n<tr>");
                for cell in head {
                    self.raw("<th scope=\"col\">");
                    self.inlines(cell);
                    self.raw("</th>");
                }
                self.raw("</tr>\n</thead>\n<tbody>\n");
                for row in rows {
                    self.raw("<tr>");
                    for cell in row {
                        self.raw("<td>");
                        self.inlines(cell);
                        self.raw("</td>");
                    }
                    self.raw("</tr>\n");
                }
                self.raw("</tbody>\n</table>\n");
            }
            Block::Figure {
                src,
                alt,
                caption,
                width,
                height,
            } => {
                self.raw("<figure class=\"figure\">\n");
                if is_media(src) {
                    let _ = writeln!(
                        self.out,
                        "<img src=\"{}\" alt=\"{}\" width=\"{width}\" height=\"{height}\"/>",
                        escape(&super::media_file(src)),
                        escape(alt),
                    );
                    self.figures.insert(src.clone());
                }
                if !caption.is_empty() {
                    self.raw("<figcaption>");
                    self.inlines(caption);
                    self.raw("</figcaption>\n");
                }
                self.raw("</figure>\n");
            }
            // A section, not an <aside>: reading systems may hide asides as notes.
            Block::Aside { title, content } => {
                let _ = writeln!(
                    self.out,
                    "<section class=\"aside\">\n<h2 class=\"aside-title\">{}</h2>",
                    escape(title)
                );
                self.blocks(content);
                self.raw("</section>\n");
            }
        }
    }

    pub fn inlines(&mut self, content: &[Inline]) {
        for inline in content {
            self.inline(inline);
        }
    }

    fn inline(&mut self, inline: &Inline) {
        match inline {
            Inline::Text(text) => self.text(text),
            Inline::Emphasis(content) => {
                self.raw("<em>");
                self.inlines(content);
                self.raw("</em>");
            }
            Inline::Strong(content) => {
                self.raw("<strong>");
                self.inlines(content);
                self.raw("</strong>");
            }
            Inline::Link { to, content } => match self.targets.href(to) {
                Some(href) => {
                    let _ = write!(self.out, "<a href=\"{}\">", escape(&href));
                    self.inlines(content);
                    self.raw("</a>");
                }
                None => self.inlines(content),
            },
            Inline::ExternalLink { href, content } if is_safe_external(href) => {
                let _ = write!(self.out, "<a href=\"{}\">", escape(href));
                self.inlines(content);
                self.raw("</a>");
            }
            Inline::ExternalLink { content, .. } => self.inlines(content),
            Inline::NoteRef(number) if self.notes.contains(number) => {
                let id = if self.referenced.insert(*number) {
                    format!(" id=\"note-ref-{number}\"")
                } else {
                    String::new()
                };
                let _ = write!(
                    self.out,
                    "<sup><a epub:type=\"noteref\" role=\"doc-noteref\"{id} \
                     href=\"#note-{number}\">{number}</a></sup>"
                );
            }
            Inline::NoteRef(number) => {
                let _ = write!(self.out, "<sup>{number}</sup>");
            }
        }
    }

    /// The page's footnotes, each an EPUB footnote whose number links back to where it was
    /// first referred to. Call after the body, so the references are known.
    pub fn notes(&mut self, heading: &str, notes: &[Note]) {
        if notes.is_empty() {
            return;
        }
        let _ = writeln!(
            self.out,
            "<section class=\"notes\">\n<h2>{}</h2>",
            escape(heading)
        );
        for note in notes {
            let number = note.number;
            let _ = write!(
                self.out,
                "<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"note-{number}\">\n<p>"
            );
            if self.referenced.contains(&number) {
                let _ = write!(
                    self.out,
                    "<a href=\"#note-ref-{number}\" role=\"doc-backlink\">{number}</a>. "
                );
            } else {
                let _ = write!(self.out, "{number}. ");
            }
            self.inlines(&note.content);
            self.raw("</p>\n</aside>\n");
        }
        self.raw("</section>\n");
    }

    /// The books and collections the page was written from, as the app lists them.
    pub fn sources(&mut self, heading: &str, sources: &[Source]) {
        if sources.is_empty() {
            return;
        }
        let _ = writeln!(
            self.out,
            "<section class=\"sources\">\n<h2>{}</h2>\n<ul>",
            escape(heading)
        );
        for source in sources {
            let published = format!(" ({})", source.imprint());
            let note = source
                .note
                .as_ref()
                .map(|n| format!(". {n}"))
                .unwrap_or_default();
            let _ = writeln!(
                self.out,
                "<li>{}, <cite>{}</cite>{}{}</li>",
                escape(&source.author),
                escape(&source.title),
                escape(&published),
                escape(&note)
            );
        }
        self.raw("</ul>\n</section>\n");
    }
}
