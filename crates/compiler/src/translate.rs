//! A translation is published in the original's shape: every page of the original exists
//! in every language, translated where a translation exists and in the original language,
//! marked untranslated, where it does not. What is missing or out of date is reported.

use allrussias_model::{Book, Origin, SourcePage, Version};

use crate::Diagnostic;

/// How much of one part of the site (a section, or the other pages) is translated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    pub part: String,
    pub pages: usize,
    /// Routes of pages with no translation.
    pub missing: Vec<String>,
    /// Routes of pages translated from an older version of the original.
    pub outdated: Vec<String>,
}

impl Coverage {
    fn new(part: &str) -> Self {
        Coverage {
            part: part.to_string(),
            ..Coverage::default()
        }
    }

    pub fn translated(&self) -> usize {
        self.pages - self.missing.len()
    }

    /// Counts one page of the original: its translation if there is one, else the
    /// original marked untranslated.
    fn page(&mut self, original: &SourcePage, translation: Option<SourcePage>) -> SourcePage {
        self.pages += 1;
        match translation {
            Some(page) => {
                if is_outdated(&original.version, &page.version) {
                    self.outdated.push(original.page.path.clone());
                }
                page
            }
            None => {
                self.missing.push(original.page.path.clone());
                let mut page = original.clone();
                page.page.untranslated = true;
                page
            }
        }
    }
}

fn is_outdated(original: &Version, translation: &Version) -> bool {
    translation.translated_from.as_deref() != Some(original.fingerprint.as_str())
}

/// Publishes `translation` in the shape of `original`. Translated files that have no
/// original are errors: nobody would ever reach them.
pub fn merge(
    original: &Book,
    mut translation: Book,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Book, Vec<Coverage>) {
    let mut coverage = Vec::new();
    let mut book = Book::default();
    for section in &original.sections {
        let mut part = Coverage::new(&section.slug);
        let mut translated = take(&mut translation.sections, |s| s.slug == section.slug);
        let mut merged = section.clone();
        if let Some(t) = &translated {
            merged.title = t.title.clone();
            merged.description = t.description.clone();
            merged.intro = t.intro.clone();
        }
        for chapter in &mut merged.chapters {
            let mut t_chapter = translated
                .as_mut()
                .and_then(|t| take(&mut t.chapters, |c| c.slug == chapter.slug));
            if let Some(t) = &t_chapter {
                chapter.title = t.title.clone();
                chapter.summary = t.summary.clone();
            }
            for page in &mut chapter.pages {
                let t_page = t_chapter
                    .as_mut()
                    .and_then(|t| take(&mut t.pages, |p| p.slug == page.slug));
                *page = part.page(page, t_page);
            }
            if let Some(bullets) = &chapter.bullets {
                let t_bullets = t_chapter.as_mut().and_then(|t| t.bullets.take());
                chapter.bullets = Some(part.page(bullets, t_bullets));
            }
            if let Some(rest) = t_chapter {
                leftovers(rest.pages.iter().chain(&rest.bullets), diagnostics);
            }
        }
        if let Some(rest) = translated {
            for chapter in &rest.chapters {
                unknown(&chapter.origin, diagnostics);
            }
        }
        book.sections.push(merged);
        coverage.push(part);
    }
    for section in &translation.sections {
        unknown(&section.origin, diagnostics);
    }
    let mut part = Coverage::new("other pages");
    for topic in &original.topics {
        let t = take(&mut translation.topics, |t| t.slug == topic.slug);
        book.topics.push(part.page(topic, t));
    }
    for subpage in &original.subpages {
        let t = take(&mut translation.subpages, |t| {
            t.page.path == subpage.page.path
        });
        book.subpages.push(part.page(subpage, t));
    }
    leftovers(
        translation.topics.iter().chain(&translation.subpages),
        diagnostics,
    );
    if let Some((_, version)) = &original.glossary_version {
        part.pages += 1;
        match &translation.glossary_version {
            Some((_, t)) => {
                if is_outdated(version, t) {
                    part.outdated.push("/a-z (glossary.toml)".into());
                }
                book.glossary = translation.glossary;
            }
            None => {
                part.missing.push("/a-z (glossary.toml)".into());
                book.glossary = original.glossary.clone();
            }
        }
    }
    coverage.push(part);
    (book, coverage)
}

/// Removes and returns the first item that matches.
fn take<T>(items: &mut Vec<T>, matches: impl Fn(&T) -> bool) -> Option<T> {
    let index = items.iter().position(matches)?;
    Some(items.remove(index))
}

fn leftovers<'a>(pages: impl Iterator<Item = &'a SourcePage>, out: &mut Vec<Diagnostic>) {
    for page in pages {
        unknown(&page.origin, out);
    }
}

fn unknown(origin: &Origin, out: &mut Vec<Diagnostic>) {
    out.push(Diagnostic::new(
        "translation-without-original",
        origin,
        "this translation has no original in content/en: its file or folder name must match the original's",
    ));
}
