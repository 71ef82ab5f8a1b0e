//! The book: sections of chapters of pages, as authored (with origins for error messages)
//! and as published (the site index, one manifest per section, one JSON file per page).

use serde::{Deserialize, Serialize};

use crate::block::{Block, Note, Source};

/// The site's table of contents: what the home page and the menus need, nothing more.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteIndex {
    pub sections: Vec<SectionSummary>,
    pub topics: Vec<TopicSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionSummary {
    pub slug: String,
    pub title: String,
    pub description: String,
    pub chapters: usize,
}

/// A stand-alone page (About, Useful Links ...) that has content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicSummary {
    pub slug: String,
    pub title: String,
}

/// One history section: its chapters and their pages in reading order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionManifest {
    pub slug: String,
    pub title: String,
    pub description: String,
    pub intro: Vec<Block>,
    pub chapters: Vec<ChapterEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChapterEntry {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub pages: Vec<PageEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageEntry {
    pub slug: String,
    pub title: String,
    pub description: String,
}

/// A page as the app fetches it. `path` is its route, so the app can tell
/// which URL a response belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub path: String,
    pub title: String,
    pub description: String,
    pub body: Vec<Block>,
    pub notes: Vec<Note>,
    pub sources: Vec<Source>,
}

/// Where a page sits in its section's reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Position {
    pub chapter_index: usize,
    /// 1-based number of the page within its chapter.
    pub page_number: usize,
    pub page_count: usize,
    pub prev: Option<Neighbour>,
    pub next: Option<Neighbour>,
}

/// The page before or after the current one; may be in another chapter.
#[derive(Debug, Clone, PartialEq)]
pub struct Neighbour {
    pub chapter: String,
    pub page: String,
    pub title: String,
}

/// The route of a chapter page, without a language prefix.
pub fn page_path(section: &str, chapter: &str, page: &str) -> String {
    format!("/{section}/{chapter}/{page}")
}

impl SectionManifest {
    pub fn chapter(&self, slug: &str) -> Option<&ChapterEntry> {
        self.chapters.iter().find(|c| c.slug == slug)
    }

    /// Locates a page and its neighbours; previous/next cross chapter boundaries.
    pub fn position(&self, chapter: &str, page: &str) -> Option<Position> {
        let chapter_index = self.chapters.iter().position(|c| c.slug == chapter)?;
        let pages = &self.chapters[chapter_index].pages;
        let page_index = pages.iter().position(|p| p.slug == page)?;
        let order: Vec<(&ChapterEntry, &PageEntry)> = self
            .chapters
            .iter()
            .flat_map(|c| c.pages.iter().map(move |p| (c, p)))
            .collect();
        let at = order
            .iter()
            .position(|(c, p)| c.slug == chapter && p.slug == page)?;
        let neighbour = |i: usize| {
            order.get(i).map(|(c, p)| Neighbour {
                chapter: c.slug.clone(),
                page: p.slug.clone(),
                title: p.title.clone(),
            })
        };
        Some(Position {
            chapter_index,
            page_number: page_index + 1,
            page_count: pages.len(),
            prev: at.checked_sub(1).and_then(neighbour),
            next: neighbour(at + 1),
        })
    }

    /// Every page route in the section, in reading order.
    pub fn page_paths(&self) -> impl Iterator<Item = String> + '_ {
        self.chapters.iter().flat_map(move |c| {
            c.pages
                .iter()
                .map(move |p| page_path(&self.slug, &c.slug, &p.slug))
        })
    }
}

/// A place in a content file, for error messages.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Origin {
    pub file: String,
    pub line: u32,
}

impl Origin {
    pub fn new(file: impl Into<String>, line: u32) -> Self {
        Origin {
            file: file.into(),
            line,
        }
    }
}

/// The book as read from the content files, before publishing.
#[derive(Debug, Clone, Default)]
pub struct Book {
    pub sections: Vec<SourceSection>,
    pub topics: Vec<SourcePage>,
}

#[derive(Debug, Clone)]
pub struct SourceSection {
    pub origin: Origin,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub intro: Vec<Block>,
    pub chapters: Vec<SourceChapter>,
}

#[derive(Debug, Clone)]
pub struct SourceChapter {
    pub origin: Origin,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub pages: Vec<SourcePage>,
}

#[derive(Debug, Clone)]
pub struct SourcePage {
    pub origin: Origin,
    pub slug: String,
    pub page: Page,
    /// Internal link targets with the line each was written on.
    pub links: Vec<(String, u32)>,
}

impl Book {
    pub fn site_index(&self) -> SiteIndex {
        SiteIndex {
            sections: self
                .sections
                .iter()
                .map(|s| SectionSummary {
                    slug: s.slug.clone(),
                    title: s.title.clone(),
                    description: s.description.clone(),
                    chapters: s.chapters.len(),
                })
                .collect(),
            topics: self
                .topics
                .iter()
                .map(|t| TopicSummary {
                    slug: t.slug.clone(),
                    title: t.page.title.clone(),
                })
                .collect(),
        }
    }

    pub fn manifest(section: &SourceSection) -> SectionManifest {
        SectionManifest {
            slug: section.slug.clone(),
            title: section.title.clone(),
            description: section.description.clone(),
            intro: section.intro.clone(),
            chapters: section
                .chapters
                .iter()
                .map(|c| ChapterEntry {
                    slug: c.slug.clone(),
                    title: c.title.clone(),
                    summary: c.summary.clone(),
                    pages: c
                        .pages
                        .iter()
                        .map(|p| PageEntry {
                            slug: p.slug.clone(),
                            title: p.page.title.clone(),
                            description: p.page.description.clone(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// Every page of the book, chapter pages first, then topics.
    pub fn pages(&self) -> impl Iterator<Item = &SourcePage> {
        self.sections
            .iter()
            .flat_map(|s| s.chapters.iter().flat_map(|c| c.pages.iter()))
            .chain(self.topics.iter())
    }
}

#[cfg(test)]
#[path = "book/tests.rs"]
mod tests;
