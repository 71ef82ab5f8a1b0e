//! Markdown body -> typed blocks. Anything the app could not render safely (raw HTML, links
//! with other schemes, images without alt text or size) is reported, never passed through.

use std::collections::HashMap;
use std::path::Path;

use allrussias_model::block::{is_internal_route, is_safe_external, plain_text};
use allrussias_model::{Block, Inline, Note, Origin};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag};

use crate::media;
use crate::slug;
use crate::Diagnostic;

/// Opens a span of text the glossary must not link; [`NO_LINK_END`] closes it on the same line.
pub const NO_LINK_START: &str = "{nolink}";
pub const NO_LINK_END: &str = "{/nolink}";

/// A parsed body: blocks, numbered notes, the internal links to check and the text marked
/// not to be linked.
#[derive(Debug, Default)]
pub struct Body {
    pub blocks: Vec<Block>,
    pub notes: Vec<Note>,
    pub links: Vec<(String, u32)>,
    pub no_link: Vec<String>,
}

/// Parses a page body. `first_line` is the file line the body starts on; `media_dir` is
/// where `/media/...` images live.
pub fn parse(
    text: &str,
    file: &str,
    first_line: u32,
    media_dir: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> Body {
    let mut ctx = Ctx {
        file,
        media_dir,
        diagnostics,
        note_order: Vec::new(),
        note_defs: HashMap::new(),
        links: Vec::new(),
        heading_ids: HashMap::new(),
    };
    ctx.undefined_notes(text, first_line);
    let (text, no_link) = ctx.take_no_link(text, first_line);
    let (text, lines) = separate_fences(&text, first_line);
    let blocks = ctx.parse_blocks(&text, &lines);
    let notes = ctx.finish_notes(first_line);
    Body {
        blocks,
        notes,
        links: ctx.links,
        no_link,
    }
}

/// One paragraph of Markdown inline text, such as a glossary definition.
pub fn inline_text(
    text: &str,
    file: &str,
    line: u32,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Inline> {
    let body = parse(text, file, line, Path::new(""), diagnostics);
    let mut problem = |message: &str| {
        diagnostics.push(Diagnostic::new(
            "unsupported-markdown",
            &Origin::new(file, line),
            message,
        ))
    };
    if !body.links.is_empty() || !body.notes.is_empty() {
        problem("a definition has no links or notes: list the pages it concerns in `see`");
    }
    match <[Block; 1]>::try_from(body.blocks) {
        Ok([Block::Paragraph { content }]) => content,
        _ => {
            problem("a definition is one paragraph of text");
            Vec::new()
        }
    }
}

/// Typographic quotes, apostrophes and dashes for a plain one-line text such as a title,
/// so titles match the body text around them. Every other punctuation mark is escaped, so
/// nothing in the text is read as Markdown and no character is lost.
pub fn smart_text(text: &str) -> String {
    let text = text.trim();
    let mut escaped = String::with_capacity(text.len() * 2);
    for (i, c) in text.chars().enumerate() {
        let keep = matches!(c, '"' | '\'') || (c == '-' && i > 0);
        if c.is_ascii_punctuation() && !keep {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    Parser::new_ext(&escaped, Options::ENABLE_SMART_PUNCTUATION)
        .filter_map(|event| match event {
            Event::Text(t) => Some(t.into_string()),
            _ => None,
        })
        .collect()
}

/// Puts blank lines around `:::` fence lines so each parses as a paragraph of its own,
/// and returns the file line of every line of the new text.
fn separate_fences(text: &str, first_line: u32) -> (String, Vec<u32>) {
    let mut out = String::with_capacity(text.len() + 64);
    let mut lines = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = first_line + i as u32;
        let fence = line.trim_start().starts_with(":::");
        if fence {
            out.push('\n');
            lines.push(line_no);
        }
        out.push_str(line);
        out.push('\n');
        lines.push(line_no);
        if fence {
            out.push('\n');
            lines.push(line_no);
        }
    }
    (out, lines)
}

/// What a paragraph holding only a `:::` fence line means.
enum Fence {
    Open(String),
    Close,
    Bad,
}

fn fence(content: &[Inline]) -> Option<Fence> {
    let [Inline::Text(text)] = content else {
        return None;
    };
    let rest = text.trim().strip_prefix(":::")?.trim();
    Some(match rest.strip_prefix("aside") {
        _ if rest.is_empty() => Fence::Close,
        Some(title) if title.starts_with(' ') && !title.trim().is_empty() => {
            Fence::Open(title.trim().to_string())
        }
        _ => Fence::Bad,
    })
}

struct Ctx<'a> {
    file: &'a str,
    media_dir: &'a Path,
    diagnostics: &'a mut Vec<Diagnostic>,
    /// Note labels in order of first reference; the index + 1 is the note's number.
    note_order: Vec<String>,
    note_defs: HashMap<String, (Vec<Inline>, u32)>,
    links: Vec<(String, u32)>,
    heading_ids: HashMap<String, u32>,
}

/// An open container while walking the event stream.
enum Open {
    Blocks {
        kind: BlockKind,
        blocks: Vec<Block>,
        pending: Vec<Inline>,
    },
    Inlines {
        kind: InlineKind,
        inlines: Vec<Inline>,
    },
    List {
        ordered: bool,
        items: Vec<Vec<Block>>,
    },
    Table {
        head: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
        in_head: bool,
    },
    Row(Vec<Vec<Inline>>),
    Image {
        src: String,
        caption: String,
        alt: String,
        line: u32,
    },
}

enum BlockKind {
    Root,
    Quote,
    Item,
    Note(String, u32),
    Aside(String, u32),
}

enum InlineKind {
    /// Figures found in the paragraph, with their lines.
    Paragraph(Vec<(Block, u32)>),
    Heading(u8),
    Emphasis,
    Strong,
    Link(Option<String>),
    Cell,
    /// Content of something refused; already reported.
    Discard,
}

impl Ctx<'_> {
    fn error(&mut self, check: &'static str, line: u32, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::new(
            check,
            &Origin::new(self.file, line),
            message,
        ));
    }

    fn parse_blocks(&mut self, text: &str, lines: &[u32]) -> Vec<Block> {
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let last = lines.last().copied().unwrap_or(1);
        let line_of = |offset: usize| {
            let index = line_starts.partition_point(|&s| s <= offset) - 1;
            lines.get(index).copied().unwrap_or(last)
        };
        // Smart punctuation turns "quotes" and apostrophes into typographic ones, -- into –.
        let options =
            Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_SMART_PUNCTUATION;
        let mut stack = vec![Open::Blocks {
            kind: BlockKind::Root,
            blocks: Vec::new(),
            pending: Vec::new(),
        }];
        for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
            let line = line_of(range.start);
            match event {
                Event::Start(tag) => self.start(tag, line, &mut stack),
                Event::End(_) => self.end(line, &mut stack),
                Event::Text(t) | Event::Code(t) => push_text(&mut stack, &t),
                Event::SoftBreak | Event::HardBreak => push_text(&mut stack, " "),
                // Inside an HTML block, already reported at its start.
                Event::Html(_) => {}
                Event::InlineHtml(_) => self.error(
                    "raw-html",
                    line,
                    "raw HTML is not allowed: write Markdown (to show a `<`, write `&lt;`)",
                ),
                Event::FootnoteReference(label) => {
                    let label = label.to_string();
                    let number = match self.note_order.iter().position(|l| *l == label) {
                        Some(i) => i + 1,
                        None => {
                            self.note_order.push(label);
                            self.note_order.len()
                        }
                    };
                    push_inline(&mut stack, Inline::NoteRef(number as u32));
                }
                Event::Rule => self.error(
                    "unsupported-markdown",
                    line,
                    "horizontal rules are not used; start a `##` section instead",
                ),
                other => self.error(
                    "unsupported-markdown",
                    line,
                    format!("unsupported Markdown: {other:?}"),
                ),
            }
        }
        while stack.len() > 1 {
            if let Some(Open::Blocks {
                kind: BlockKind::Aside(_, line),
                ..
            }) = stack.last()
            {
                let line = *line;
                self.error(
                    "unsupported-markdown",
                    line,
                    "this :::aside is never closed with :::",
                );
            }
            self.end(last, &mut stack);
        }
        match stack.pop() {
            Some(Open::Blocks {
                mut blocks,
                pending,
                ..
            }) => {
                flush(&mut blocks, pending);
                blocks
            }
            _ => Vec::new(),
        }
    }

    fn start(&mut self, tag: Tag, line: u32, stack: &mut Vec<Open>) {
        let open = match tag {
            Tag::Paragraph => Open::Inlines {
                kind: InlineKind::Paragraph(Vec::new()),
                inlines: Vec::new(),
            },
            Tag::Heading { level, .. } => {
                let level = match level {
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    _ => {
                        self.error(
                            "unsupported-markdown",
                            line,
                            "use `##` and `###` headings: the page title is the only `#` heading",
                        );
                        2
                    }
                };
                Open::Inlines {
                    kind: InlineKind::Heading(level),
                    inlines: Vec::new(),
                }
            }
            Tag::BlockQuote(_) => Open::Blocks {
                kind: BlockKind::Quote,
                blocks: Vec::new(),
                pending: Vec::new(),
            },
            Tag::List(first) => Open::List {
                ordered: first.is_some(),
                items: Vec::new(),
            },
            Tag::Item => Open::Blocks {
                kind: BlockKind::Item,
                blocks: Vec::new(),
                pending: Vec::new(),
            },
            Tag::FootnoteDefinition(label) => Open::Blocks {
                kind: BlockKind::Note(label.to_string(), line),
                blocks: Vec::new(),
                pending: Vec::new(),
            },
            Tag::Table(_) => Open::Table {
                head: Vec::new(),
                rows: Vec::new(),
                in_head: false,
            },
            Tag::TableHead => {
                if let Some(Open::Table { in_head, .. }) = stack.last_mut() {
                    *in_head = true;
                }
                Open::Row(Vec::new())
            }
            Tag::TableRow => Open::Row(Vec::new()),
            Tag::TableCell => Open::Inlines {
                kind: InlineKind::Cell,
                inlines: Vec::new(),
            },
            Tag::Emphasis => Open::Inlines {
                kind: InlineKind::Emphasis,
                inlines: Vec::new(),
            },
            Tag::Strong => Open::Inlines {
                kind: InlineKind::Strong,
                inlines: Vec::new(),
            },
            Tag::Link { dest_url, .. } => Open::Inlines {
                kind: InlineKind::Link(self.link_target(&dest_url, line)),
                inlines: Vec::new(),
            },
            Tag::Image {
                dest_url, title, ..
            } => Open::Image {
                src: dest_url.to_string(),
                caption: title.to_string(),
                alt: String::new(),
                line,
            },
            Tag::HtmlBlock => {
                self.error(
                    "raw-html",
                    line,
                    "raw HTML is not allowed: write Markdown (to show a `<`, write `&lt;`)",
                );
                Open::Inlines {
                    kind: InlineKind::Discard,
                    inlines: Vec::new(),
                }
            }
            other => {
                self.error(
                    "unsupported-markdown",
                    line,
                    format!("unsupported Markdown: {other:?}"),
                );
                Open::Inlines {
                    kind: InlineKind::Discard,
                    inlines: Vec::new(),
                }
            }
        };
        stack.push(open);
    }

    /// Checks a link's address; `None` means the link is refused and shown as text.
    fn link_target(&mut self, dest: &str, line: u32) -> Option<String> {
        if is_internal_route(dest) {
            self.links.push((dest.to_string(), line));
            Some(dest.to_string())
        } else if is_safe_external(dest) {
            Some(dest.to_string())
        } else {
            self.error(
                "unsafe-link",
                line,
                format!(
                    "link to \"{dest}\": link to a page by its address (/section/chapter/page) or to the web with https://"
                ),
            );
            None
        }
    }

    fn end(&mut self, line: u32, stack: &mut Vec<Open>) {
        let Some(open) = stack.pop() else { return };
        match open {
            Open::Inlines { kind, inlines } => match kind {
                InlineKind::Paragraph(figures) if figures.is_empty() => match fence(&inlines) {
                    None => push_block(stack, Block::Paragraph { content: inlines }),
                    Some(Fence::Open(title)) => stack.push(Open::Blocks {
                        kind: BlockKind::Aside(title, line),
                        blocks: Vec::new(),
                        pending: Vec::new(),
                    }),
                    Some(Fence::Close) => {
                        if matches!(
                            stack.last(),
                            Some(Open::Blocks {
                                kind: BlockKind::Aside(..),
                                ..
                            })
                        ) {
                            self.end(line, stack);
                        } else {
                            self.error("unsupported-markdown", line, "this ::: closes no :::aside");
                        }
                    }
                    Some(Fence::Bad) => self.error(
                        "unsupported-markdown",
                        line,
                        "a ::: block must be `:::aside Title`",
                    ),
                },
                InlineKind::Paragraph(figures) => {
                    if !plain_text(&inlines).trim().is_empty() {
                        self.error(
                            "image-placement",
                            figures[0].1,
                            "an image must stand alone in its paragraph",
                        );
                    }
                    for (figure, _) in figures {
                        push_block(stack, figure);
                    }
                }
                InlineKind::Heading(level) => {
                    let id = self.heading_id(&plain_text(&inlines));
                    push_block(
                        stack,
                        Block::Heading {
                            level,
                            id,
                            content: inlines,
                        },
                    );
                }
                InlineKind::Emphasis => push_inline(stack, Inline::Emphasis(inlines)),
                InlineKind::Strong => push_inline(stack, Inline::Strong(inlines)),
                InlineKind::Link(Some(to)) if is_internal_route(&to) => push_inline(
                    stack,
                    Inline::Link {
                        to,
                        content: inlines,
                    },
                ),
                InlineKind::Link(Some(href)) => push_inline(
                    stack,
                    Inline::ExternalLink {
                        href,
                        content: inlines,
                    },
                ),
                InlineKind::Link(None) => {
                    for inline in inlines {
                        push_inline(stack, inline);
                    }
                }
                InlineKind::Cell => {
                    if let Some(Open::Row(cells)) = stack.last_mut() {
                        cells.push(inlines);
                    }
                }
                InlineKind::Discard => {}
            },
            Open::Blocks {
                kind,
                mut blocks,
                pending,
            } => {
                flush(&mut blocks, pending);
                match kind {
                    BlockKind::Root => stack.push(Open::Blocks {
                        kind,
                        blocks,
                        pending: Vec::new(),
                    }),
                    BlockKind::Quote => {
                        let attribution = take_attribution(&mut blocks);
                        push_block(
                            stack,
                            Block::Quote {
                                content: blocks,
                                attribution,
                            },
                        );
                    }
                    BlockKind::Aside(title, _) => push_block(
                        stack,
                        Block::Aside {
                            title,
                            content: blocks,
                        },
                    ),
                    BlockKind::Item => {
                        if let Some(Open::List { items, .. }) = stack.last_mut() {
                            items.push(blocks);
                        }
                    }
                    BlockKind::Note(label, line) => {
                        let content = blocks
                            .into_iter()
                            .filter_map(|b| match b {
                                Block::Paragraph { content } => Some(content),
                                _ => None,
                            })
                            .collect::<Vec<_>>()
                            .join(&Inline::text(" "));
                        if self
                            .note_defs
                            .insert(label.clone(), (content, line))
                            .is_some()
                        {
                            self.error(
                                "footnote",
                                line,
                                format!("footnote [^{label}] is defined twice"),
                            );
                        }
                    }
                }
            }
            Open::List { ordered, items } => push_block(stack, Block::List { ordered, items }),
            Open::Row(cells) => {
                if let Some(Open::Table {
                    head,
                    rows,
                    in_head,
                }) = stack.last_mut()
                {
                    if *in_head {
                        *head = cells;
                        *in_head = false;
                    } else {
                        rows.push(cells);
                    }
                }
            }
            Open::Table { head, rows, .. } => push_block(stack, Block::Table { head, rows }),
            Open::Image {
                src,
                caption,
                alt,
                line,
            } => {
                if let Some(figure) = self.figure(src, caption, alt, line) {
                    match stack.last_mut() {
                        Some(Open::Inlines {
                            kind: InlineKind::Paragraph(figures),
                            ..
                        }) => figures.push((figure, line)),
                        _ => self.error(
                            "image-placement",
                            line,
                            "an image must stand alone in its paragraph",
                        ),
                    }
                }
            }
        }
    }

    fn figure(&mut self, src: String, caption: String, alt: String, line: u32) -> Option<Block> {
        let alt = alt.trim().to_string();
        if alt.is_empty() {
            self.error(
                "image-alt",
                line,
                format!("image {src} has no alt text: describe it in ![...]"),
            );
        }
        let Some(name) = src
            .strip_prefix("/media/")
            .filter(|n| media::is_plain_name(n))
        else {
            self.error(
                "image-missing",
                line,
                format!("image {src}: images live in content/media/ and are written /media/name"),
            );
            return None;
        };
        let path = self.media_dir.join(name);
        if !path.is_file() {
            self.error(
                "image-missing",
                line,
                format!("image {src} does not exist (looked for {})", path.display()),
            );
            return None;
        }
        let Some((width, height)) = media::dimensions(&path) else {
            self.error(
                "image-size",
                line,
                format!("cannot read the width and height of {src}"),
            );
            return None;
        };
        Some(Block::Figure {
            src,
            alt,
            caption: if caption.is_empty() {
                Vec::new()
            } else {
                vec![Inline::text(caption)]
            },
            width,
            height,
        })
    }

    fn heading_id(&mut self, text: &str) -> String {
        let base = slug::from_title(text);
        let count = self.heading_ids.entry(base.clone()).or_insert(0);
        *count += 1;
        if *count == 1 {
            base
        } else {
            format!("{base}-{count}")
        }
    }

    /// Takes out the `{nolink}…{/nolink}` markers and returns the text between them as it
    /// will read (typographic quotes and dashes). A span is plain text on one line.
    fn take_no_link(&mut self, text: &str, first_line: u32) -> (String, Vec<String>) {
        let mut out = String::with_capacity(text.len());
        let mut spans = Vec::new();
        for (i, line) in text.split_inclusive('\n').enumerate() {
            let line_no = first_line + i as u32;
            let mut rest = line;
            while let Some(at) = rest.find(NO_LINK_START) {
                let (before, after) = rest.split_at(at);
                let after = &after[NO_LINK_START.len()..];
                let Some((inner, tail)) = after.split_once(NO_LINK_END) else {
                    self.error(
                        "unsupported-markdown",
                        line_no,
                        "a {nolink} span is closed by {/nolink} on the same line",
                    );
                    break;
                };
                if inner.trim().is_empty() || inner.contains(['*', '_', '[', ']', '`', '{']) {
                    self.error(
                        "unsupported-markdown",
                        line_no,
                        "a {nolink} span holds plain text: no emphasis, links or other spans",
                    );
                }
                out.push_str(before);
                out.push_str(inner);
                spans.push(smart_text(inner));
                rest = tail;
            }
            if rest.contains(NO_LINK_END) {
                self.error(
                    "unsupported-markdown",
                    line_no,
                    "this {/nolink} closes no {nolink}",
                );
            }
            out.push_str(rest);
        }
        (out, spans)
    }

    /// Reports `[^label]` references with no `[^label]:` text: the parser would show them
    /// as plain text.
    fn undefined_notes(&mut self, text: &str, first_line: u32) {
        let defined: Vec<&str> = text
            .lines()
            .filter_map(|l| {
                l.strip_prefix("[^")?
                    .split_once("]:")
                    .map(|(label, _)| label)
            })
            .collect();
        for (i, line) in text.lines().enumerate() {
            for (at, _) in line.match_indices("[^") {
                let Some((label, rest)) = line[at + 2..].split_once(']') else {
                    continue;
                };
                if !rest.starts_with(':') && !defined.contains(&label) {
                    self.error(
                        "footnote",
                        first_line + i as u32,
                        format!("footnote [^{label}] is referred to but has no text"),
                    );
                }
            }
        }
    }

    /// Numbers notes in order of first reference and reports missing or unused ones.
    fn finish_notes(&mut self, first_line: u32) -> Vec<Note> {
        let mut notes = Vec::new();
        for (i, label) in std::mem::take(&mut self.note_order).into_iter().enumerate() {
            match self.note_defs.remove(&label) {
                Some((content, _)) => notes.push(Note {
                    number: i as u32 + 1,
                    content,
                }),
                None => self.error(
                    "footnote",
                    first_line,
                    format!("footnote [^{label}] is referred to but has no text"),
                ),
            }
        }
        let mut unused: Vec<(String, u32)> = self
            .note_defs
            .drain()
            .map(|(label, (_, line))| (label, line))
            .collect();
        unused.sort_by_key(|(_, line)| *line);
        for (label, line) in unused {
            self.error(
                "footnote",
                line,
                format!("footnote [^{label}] is never referred to"),
            );
        }
        notes
    }
}

fn flush(blocks: &mut Vec<Block>, pending: Vec<Inline>) {
    if !pending.is_empty() {
        blocks.push(Block::Paragraph { content: pending });
    }
}

fn push_block(stack: &mut [Open], block: Block) {
    if let Some(Open::Blocks {
        blocks, pending, ..
    }) = stack.last_mut()
    {
        flush(blocks, std::mem::take(pending));
        blocks.push(block);
    }
}

fn push_inline(stack: &mut [Open], inline: Inline) {
    match stack.last_mut() {
        Some(Open::Inlines { inlines, .. }) => inlines.push(inline),
        Some(Open::Blocks { pending, .. }) => pending.push(inline),
        Some(Open::Image { alt, .. }) => alt.push_str(&plain_text(&[inline])),
        _ => {}
    }
}

/// Appends text, merging with a preceding text run so the JSON stays small.
fn push_text(stack: &mut [Open], text: &str) {
    let target = match stack.last_mut() {
        Some(Open::Inlines { inlines, .. }) => inlines,
        Some(Open::Blocks { pending, .. }) => pending,
        Some(Open::Image { alt, .. }) => {
            alt.push_str(text);
            return;
        }
        _ => return,
    };
    // Smart punctuation reads `*Chronicle*'s` as an opening quote: right after a closed
    // span, a quote mark followed by a letter is an apostrophe.
    let apostrophe = match (target.last(), text.strip_prefix('‘')) {
        (Some(last), Some(rest))
            if !matches!(last, Inline::Text(_)) && rest.starts_with(char::is_alphanumeric) =>
        {
            Some(format!("’{rest}"))
        }
        _ => None,
    };
    let text = apostrophe.as_deref().unwrap_or(text);
    if let Some(Inline::Text(last)) = target.last_mut() {
        last.push_str(text);
    } else {
        target.push(Inline::text(text));
    }
}

/// A quotation's last paragraph is its attribution when it starts with "— ".
fn take_attribution(blocks: &mut Vec<Block>) -> Option<Vec<Inline>> {
    let Some(Block::Paragraph { content }) = blocks.last() else {
        return None;
    };
    let Some(Inline::Text(text)) = content.first() else {
        return None;
    };
    let rest = text.strip_prefix("— ")?.to_string();
    let Some(Block::Paragraph { mut content }) = blocks.pop() else {
        return None;
    };
    if rest.is_empty() {
        content.remove(0);
    } else {
        content[0] = Inline::text(rest);
    }
    Some(content)
}

#[cfg(test)]
#[path = "markdown/tests.rs"]
mod tests;
