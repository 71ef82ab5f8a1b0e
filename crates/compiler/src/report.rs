//! The content report: how much each section holds, and which pages fall short.

use allrussias_model::Lang;
use std::collections::HashSet;
use std::fmt::Write;

use allrussias_model::block::word_count;
use allrussias_model::Book;

use crate::Compiled;

/// Per language, one line per section (chapters, pages, words, distinct sources) and a
/// total; per translation, how much of each section is translated; then every problem the
/// checks found, so "zero shortfalls" is something the report says outright.
pub fn report(compiled: &Compiled) -> String {
    let mut out = String::new();
    for &(lang, ref book) in &compiled.books {
        sections(&mut out, lang, book);
    }
    for &(lang, ref coverage) in &compiled.coverage {
        let _ = writeln!(
            out,
            "{:<22} {:>10} {:>8} {:>8}",
            format!("[{lang}] translated"),
            "pages",
            "missing",
            "outdated"
        );
        for part in coverage {
            let _ = writeln!(
                out,
                "{:<22} {:>10} {:>8} {:>8}",
                part.part,
                format!("{}/{}", part.translated(), part.pages),
                part.missing.len(),
                part.outdated.len()
            );
            for path in &part.missing {
                let _ = writeln!(out, "  missing: {path}");
            }
            for path in &part.outdated {
                let _ = writeln!(out, "  outdated: {path}");
            }
        }
    }
    let diagnostics = &compiled.diagnostics;
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

fn sections(out: &mut String, lang: Lang, book: &Book) {
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
}
