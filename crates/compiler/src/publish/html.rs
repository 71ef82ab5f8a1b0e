//! Typed blocks as static HTML, for the entries' text.

use allrussias_model::Lang;
use std::fmt::Write;

use allrussias_model::block::{is_internal_route, is_media, is_safe_external};
use allrussias_model::{escape, notes_title, sources_title, Block, Inline, Note, Source};

/// Typed blocks as static HTML, with the same rules as the app: text is escaped, and a
/// link is a link only if its address is one the site allows.
pub fn blocks_html(lang: Lang, blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Paragraph { content } => {
                let _ = write!(out, "<p>{}</p>", inlines_html(lang, content));
            }
            Block::Heading { level, id, content } => {
                let h = if *level == 3 { "h3" } else { "h2" };
                let _ = write!(
                    out,
                    "<{h} id=\"{}\">{}</{h}>",
                    escape::html(id),
                    inlines_html(lang, content)
                );
            }
            Block::Quote {
                content,
                attribution,
            } => {
                let _ = write!(
                    out,
                    "<blockquote>{}</blockquote>",
                    blocks_html(lang, content)
                );
                if let Some(a) = attribution {
                    let _ = write!(out, "<p>— {}</p>", inlines_html(lang, a));
                }
            }
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                let _ = write!(out, "<{tag}>");
                for item in items {
                    let _ = write!(out, "<li>{}</li>", blocks_html(lang, item));
                }
                let _ = write!(out, "</{tag}>");
            }
            Block::Table { head, rows } => {
                out.push_str("<table><tr>");
                for cell in head {
                    let _ = write!(out, "<th>{}</th>", inlines_html(lang, cell));
                }
                out.push_str("</tr>");
                for row in rows {
                    out.push_str("<tr>");
                    for cell in row {
                        let _ = write!(out, "<td>{}</td>", inlines_html(lang, cell));
                    }
                    out.push_str("</tr>");
                }
                out.push_str("</table>");
            }
            Block::Figure {
                src,
                alt,
                caption,
                width,
                height,
            } => {
                if is_media(src) {
                    let _ = write!(
                        out,
                        "<figure><img src=\"{}\" alt=\"{}\" width=\"{width}\" height=\"{height}\"><figcaption>{}</figcaption></figure>",
                        escape::html(src),
                        escape::html(alt),
                        inlines_html(lang, caption)
                    );
                }
            }
            Block::Aside { title, content } => {
                let _ = write!(
                    out,
                    "<aside><h2>{}</h2>{}</aside>",
                    escape::html(title),
                    blocks_html(lang, content)
                );
            }
        }
    }
    out
}

/// A page's footnotes and the sources it was written from, as the app shows them below
/// its text.
pub fn notes_and_sources_html(lang: Lang, notes: &[Note], sources: &[Source]) -> String {
    let mut out = String::new();
    if !notes.is_empty() {
        let _ = write!(out, "<section><h2>{}</h2><ol>", notes_title(lang));
        for note in notes {
            let _ = write!(
                out,
                "<li id=\"note-{0}\" value=\"{0}\">{1}</li>",
                note.number,
                inlines_html(lang, &note.content)
            );
        }
        out.push_str("</ol></section>");
    }
    if !sources.is_empty() {
        let _ = write!(out, "<section><h2>{}</h2><ul>", sources_title(lang));
        for source in sources {
            let published = escape::html(&source.imprint());
            let note = source
                .note
                .as_deref()
                .map(|note| format!(". {}", escape::html(note)))
                .unwrap_or_default();
            let _ = write!(
                out,
                "<li>{}, <cite>{}</cite> ({published}){note}</li>",
                escape::html(&source.author),
                escape::html(&source.title)
            );
        }
        out.push_str("</ul></section>");
    }
    out
}

fn inlines_html(lang: Lang, content: &[Inline]) -> String {
    let mut out = String::new();
    for inline in content {
        match inline {
            Inline::Text(text) => out.push_str(&escape::html(text)),
            Inline::Emphasis(inner) => {
                let _ = write!(out, "<em>{}</em>", inlines_html(lang, inner));
            }
            Inline::Strong(inner) => {
                let _ = write!(out, "<strong>{}</strong>", inlines_html(lang, inner));
            }
            Inline::Link { to, content } if is_internal_route(to) => {
                let _ = write!(
                    out,
                    "<a href=\"{}\">{}</a>",
                    escape::html(&lang.route(to)),
                    inlines_html(lang, content)
                );
            }
            Inline::ExternalLink { href, content } if is_safe_external(href) => {
                let _ = write!(
                    out,
                    "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                    escape::html(href),
                    inlines_html(lang, content)
                );
            }
            Inline::Link { content, .. } | Inline::ExternalLink { content, .. } => {
                out.push_str(&inlines_html(lang, content));
            }
            Inline::NoteRef(n) => {
                let _ = write!(out, "<sup>{n}</sup>");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_escaped_and_unsafe_links_are_dropped() {
        let blocks = vec![Block::Paragraph {
            content: vec![
                Inline::text("<script>alert(1)</script> & \"q\""),
                Inline::ExternalLink {
                    href: "javascript:alert(1)".into(),
                    content: vec![Inline::text("click")],
                },
                Inline::Link {
                    to: "/about".into(),
                    content: vec![Inline::text("about")],
                },
            ],
        }];
        assert_eq!(
            blocks_html(Lang::Ru, &blocks),
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;click<a href=\"/ru/about\">about</a></p>"
        );
    }
}
