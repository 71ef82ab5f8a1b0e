//! The content report: how much each section holds, and which pages fall short.

use std::collections::HashSet;
use std::fmt::Write;

use allrussias_model::block::word_count;
use allrussias_model::{Book, Diagnostic};

/// One line per section (chapters, pages, words, distinct sources), a total, then every
/// problem the checks found, so "zero shortfalls" is something the report says outright.
pub fn report(lang: &str, book: &Book, diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<22} {:>8} {:>6} {:>8} {:>8}",
        format!("[{lang}] section"),
        "chapters",
        "pages",
        "words",
        "sources"
    );
    let (mut chapters, mut pages, mut words) = (0, 0, 0);
    for section in &book.sections {
        let section_pages: Vec<_> = section.chapters.iter().flat_map(|c| &c.pages).collect();
        let section_words: usize = section_pages.iter().map(|p| word_count(&p.page.body)).sum();
        let sources: HashSet<_> = section_pages
            .iter()
            .flat_map(|p| &p.page.sources)
            .map(|s| (&s.author, &s.title))
            .collect();
        let _ = writeln!(
            out,
            "{:<22} {:>8} {:>6} {:>8} {:>8}",
            section.slug,
            section.chapters.len(),
            section_pages.len(),
            section_words,
            sources.len()
        );
        chapters += section.chapters.len();
        pages += section_pages.len();
        words += section_words;
    }
    let _ = writeln!(out, "{:<22} {chapters:>8} {pages:>6} {words:>8}", "total");
    let others: usize = book
        .pages()
        .skip(pages)
        .map(|p| word_count(&p.page.body))
        .sum();
    let _ = writeln!(
        out,
        "other pages: {} ({others} words), glossary terms: {}",
        book.pages().count() - pages,
        book.glossary.len()
    );
    if diagnostics.is_empty() {
        let _ = writeln!(out, "shortfalls: none");
    } else {
        let _ = writeln!(out, "shortfalls: {}", diagnostics.len());
        for d in diagnostics {
            let _ = writeln!(out, "  {d}");
        }
    }
    out
}
