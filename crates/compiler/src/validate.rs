//! Named checks over a whole book. Each check adds to one list, so an author sees every
//! problem at once, each with its file and line.

use std::collections::{HashMap, HashSet};
use std::fmt;

use allrussias_model::block::{plain_text, walk, word_count, Node, Part};
use allrussias_model::book::{bullets_path, page_path, Book, Origin, SourcePage};
use allrussias_model::{Block, SECTIONS, TOPICS};

/// A chapter is read page by page: fewer pages than this is a stub.
pub const MIN_PAGES: usize = 3;

/// The words a history page may have: enough to teach, few enough to read in one sitting.
pub const WORDS: std::ops::RangeInclusive<usize> = 250..=700;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub check: &'static str,
    pub file: String,
    pub line: u32,
    pub message: String,
}

impl Diagnostic {
    pub fn new(check: &'static str, origin: &Origin, message: impl Into<String>) -> Self {
        Diagnostic {
            check,
            file: origin.file.clone(),
            line: origin.line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {} [{}]",
            self.file, self.line, self.message, self.check
        )
    }
}

type Check = fn(&Book, &mut Vec<Diagnostic>);

/// The checks, by name, in the order they run.
pub const CHECKS: [(&str, Check); 10] = [
    ("known-routes", known_routes),
    ("duplicate-slug", duplicate_slugs),
    ("empty-page", empty_pages),
    ("missing-sources", missing_sources),
    ("missing-text", missing_text),
    ("broken-link", broken_links),
    ("short-chapter", short_chapters),
    ("word-range", word_range),
    ("missing-bullets", missing_bullets),
    ("glossary-links-nowhere", glossary_links_nowhere),
];

/// Runs every check and returns every problem found, sorted by file and line.
pub fn validate(book: &Book) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (_, check) in CHECKS {
        check(book, &mut out);
    }
    out.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    out
}

fn known_routes(book: &Book, out: &mut Vec<Diagnostic>) {
    for section in &book.sections {
        if !SECTIONS.contains(&section.slug.as_str()) {
            out.push(Diagnostic::new(
                "known-routes",
                &section.origin,
                format!(
                    "\"{}\" is not a history section; use one of: {}",
                    section.slug,
                    SECTIONS.join(", ")
                ),
            ));
        }
    }
    for page in &book.subpages {
        let topic = page.page.path.split('/').nth(1).unwrap_or_default();
        if !book.topics.iter().any(|t| t.slug == topic) {
            out.push(Diagnostic::new(
                "known-routes",
                &page.origin,
                format!("pages/{topic}/ needs its index page, pages/{topic}.md"),
            ));
        }
    }
    let bullets = book
        .sections
        .iter()
        .flat_map(|s| &s.chapters)
        .find_map(|c| c.bullets.as_ref());
    if let Some(page) = bullets.filter(|_| !book.topics.iter().any(|t| t.slug == "bullets")) {
        out.push(Diagnostic::new(
            "known-routes",
            &page.origin,
            "bullet points need their index page, pages/bullets.md",
        ));
    }
    for topic in &book.topics {
        if !TOPICS.contains(&topic.slug.as_str()) {
            out.push(Diagnostic::new(
                "known-routes",
                &topic.origin,
                format!(
                    "\"{}\" is not a site page; use one of: {}",
                    topic.slug,
                    TOPICS.join(", ")
                ),
            ));
        }
    }
}

fn report_duplicates<'a>(
    items: impl Iterator<Item = (&'a str, &'a Origin)>,
    what: &str,
    out: &mut Vec<Diagnostic>,
) {
    let mut seen: HashMap<&str, &Origin> = HashMap::new();
    for (slug, origin) in items {
        if let Some(first) = seen.get(slug) {
            out.push(Diagnostic::new(
                "duplicate-slug",
                origin,
                format!(
                    "{what} slug \"{slug}\" is already used by {}:{}",
                    first.file, first.line
                ),
            ));
        } else {
            seen.insert(slug, origin);
        }
    }
}

fn duplicate_slugs(book: &Book, out: &mut Vec<Diagnostic>) {
    report_duplicates(
        book.sections.iter().map(|s| (s.slug.as_str(), &s.origin)),
        "section",
        out,
    );
    report_duplicates(
        book.topics.iter().map(|t| (t.slug.as_str(), &t.origin)),
        "page",
        out,
    );
    report_duplicates(
        book.glossary.iter().map(|t| (t.slug.as_str(), &t.origin)),
        "glossary term",
        out,
    );
    // Across sections, because a chapter's bullet points page is named by its slug alone.
    report_duplicates(
        book.sections
            .iter()
            .flat_map(|s| s.chapters.iter().map(|c| (c.slug.as_str(), &c.origin))),
        "chapter",
        out,
    );
    for section in &book.sections {
        for chapter in &section.chapters {
            report_duplicates(
                chapter.pages.iter().map(|p| (p.slug.as_str(), &p.origin)),
                "page",
                out,
            );
        }
    }
}

/// Whether a body has something to read: text in a paragraph or heading, a table row or a
/// figure. An aside's title or a quote's attribution alone is not enough.
fn has_text(blocks: &[Block]) -> bool {
    walk(blocks).any(|node| match node {
        Node::Inlines(Part::Text, content) => !plain_text(content).trim().is_empty(),
        Node::Block(Block::Table { rows, .. }) => !rows.is_empty(),
        Node::Block(Block::Figure { .. }) => true,
        _ => false,
    })
}

fn empty_pages(book: &Book, out: &mut Vec<Diagnostic>) {
    for page in book.pages() {
        if !has_text(&page.page.body) {
            out.push(Diagnostic::new(
                "empty-page",
                &page.origin,
                "the page has no text",
            ));
        }
    }
    for section in &book.sections {
        for chapter in &section.chapters {
            if chapter.pages.is_empty() {
                out.push(Diagnostic::new(
                    "empty-page",
                    &chapter.origin,
                    format!("chapter \"{}\" has no pages", chapter.slug),
                ));
            }
        }
    }
}

fn missing_sources(book: &Book, out: &mut Vec<Diagnostic>) {
    for page in book.pages() {
        if page.page.sources.is_empty() {
            out.push(Diagnostic::new(
                "missing-sources",
                &page.origin,
                "the page lists no sources: add `sources = [...]` to its front matter",
            ));
        }
    }
}

fn missing_text(book: &Book, out: &mut Vec<Diagnostic>) {
    let mut require = |origin: &Origin, field: &str, value: &str| {
        if value.trim().is_empty() {
            out.push(Diagnostic::new(
                "missing-text",
                origin,
                format!("`{field}` is empty"),
            ));
        }
    };
    for section in &book.sections {
        require(&section.origin, "title", &section.title);
        require(&section.origin, "description", &section.description);
        for chapter in &section.chapters {
            require(&chapter.origin, "title", &chapter.title);
            require(&chapter.origin, "summary", &chapter.summary);
        }
    }
    for page in book.pages() {
        require(&page.origin, "title", &page.page.title);
        require(&page.origin, "description", &page.page.description);
    }
}

/// Every route a content link may point to.
pub fn routes(book: &Book) -> HashSet<String> {
    let mut routes: HashSet<String> = SECTIONS
        .iter()
        .chain(TOPICS.iter())
        .map(|slug| format!("/{slug}"))
        .collect();
    routes.insert("/".into());
    for section in &book.sections {
        for chapter in &section.chapters {
            for page in &chapter.pages {
                routes.insert(page_path(&section.slug, &chapter.slug, &page.slug));
            }
            if chapter.bullets.is_some() {
                routes.insert(bullets_path(&chapter.slug));
            }
        }
    }
    routes.extend(book.subpages.iter().map(|p| p.page.path.clone()));
    routes
}

fn broken_links(book: &Book, out: &mut Vec<Diagnostic>) {
    let routes = routes(book);
    let check_page = |page: &SourcePage, out: &mut Vec<Diagnostic>| {
        for (to, line) in &page.links {
            let route = to.split(['#', '?']).next().unwrap_or(to);
            if !routes.contains(route) {
                out.push(Diagnostic::new(
                    "broken-link",
                    &Origin::new(page.origin.file.clone(), *line),
                    format!("link to \"{to}\", which is not a page of the site"),
                ));
            }
        }
    };
    for page in book.pages() {
        check_page(page, out);
    }
    for term in &book.glossary {
        for to in &term.see {
            if !routes.contains(to) {
                out.push(Diagnostic::new(
                    "broken-link",
                    &term.origin,
                    format!(
                        "\"{}\" sees \"{to}\", which is not a page of the site",
                        term.name
                    ),
                ));
            }
        }
    }
}

fn short_chapters(book: &Book, out: &mut Vec<Diagnostic>) {
    for chapter in book.sections.iter().flat_map(|s| &s.chapters) {
        // No pages at all is reported by `empty-page`.
        if (1..MIN_PAGES).contains(&chapter.pages.len()) {
            out.push(Diagnostic::new(
                "short-chapter",
                &chapter.origin,
                format!(
                    "chapter \"{}\" has {} page(s); a chapter needs at least {MIN_PAGES}",
                    chapter.slug,
                    chapter.pages.len()
                ),
            ));
        }
    }
}

fn word_range(book: &Book, out: &mut Vec<Diagnostic>) {
    for page in book.chapter_pages() {
        let words = word_count(&page.page.body);
        if words > 0 && !WORDS.contains(&words) {
            out.push(Diagnostic::new(
                "word-range",
                &page.origin,
                format!(
                    "the page has {words} words; a history page has {} to {}",
                    WORDS.start(),
                    WORDS.end()
                ),
            ));
        }
    }
}

fn missing_bullets(book: &Book, out: &mut Vec<Diagnostic>) {
    for chapter in book.sections.iter().flat_map(|s| &s.chapters) {
        if chapter.bullets.is_none() {
            out.push(Diagnostic::new(
                "missing-bullets",
                &chapter.origin,
                format!(
                    "chapter \"{}\" has no lecture bullet points: add _bullets.md beside _chapter.md",
                    chapter.slug
                ),
            ));
        }
    }
}

fn glossary_links_nowhere(book: &Book, out: &mut Vec<Diagnostic>) {
    for term in &book.glossary {
        if term.see.is_empty() {
            out.push(Diagnostic::new(
                "glossary-links-nowhere",
                &term.origin,
                format!(
                    "\"{}\" links to no chapter: list the pages where it matters in `see`",
                    term.name
                ),
            ));
        }
    }
}

#[cfg(test)]
#[path = "validate/tests.rs"]
mod tests;
