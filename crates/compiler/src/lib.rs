//! The All Russias content compiler: reads `content/`, validates it with every check, and
//! writes the JSON the app fetches.

pub mod emit;
pub mod frontmatter;
pub mod glossary;
pub mod load;
pub mod markdown;
pub mod media;
pub mod report;

use std::path::Path;

use allrussias_model::{validate, Book, Diagnostic};

/// The languages the site is published in; a language folder that is missing is skipped.
pub const LANGUAGES: [&str; 1] = ["en"];

/// Loads and validates every language; returns the books and every problem found.
pub fn compile(content_dir: &Path) -> (Vec<(&'static str, Book)>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut books = Vec::new();
    for lang in LANGUAGES {
        let mut book = load::load(content_dir, lang, &mut diagnostics);
        book.link_pages();
        glossary::apply(&mut book);
        diagnostics.extend(validate(&book));
        books.push((lang, book));
    }
    diagnostics.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    diagnostics.dedup();
    (books, diagnostics)
}
