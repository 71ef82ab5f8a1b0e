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
    /// The whole history as an e-book, when the compiler wrote one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ebook: Option<Download>,
    /// Published names of the files this one lists ([`crate::data`]).
    #[serde(default, skip_serializing_if = "crate::data::Files::is_empty")]
    pub files: crate::data::Files,
}

/// A file readers can download, such as an e-book: its published path (with its hash) and
/// its size, so a link can say how big it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Download {
    pub path: String,
    pub bytes: u64,
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
    /// The last page of the section before, so PREVIOUS crosses sections too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<Neighbour>,
    /// The first page of the section after, so NEXT runs through the whole history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<Neighbour>,
    /// The section as an e-book, when the compiler wrote one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ebook: Option<Download>,
    /// Published names of the files this one lists ([`crate::data`]).
    #[serde(default, skip_serializing_if = "crate::data::Files::is_empty")]
    pub files: crate::data::Files,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChapterEntry {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub pages: Vec<PageEntry>,
    /// Whether the chapter has a lecture bullet points page at [`bullets_path`].
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bullets: bool,
    /// Whether it has a strip of the timeline at [`crate::data::chapter_timeline`].
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub timeline: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageEntry {
    pub slug: String,
    pub title: String,
    pub description: String,
}

/// One chapter as a chapter page needs it, published on its own so that a chapter page's
/// first view costs the same however many pages its section has: the section's chapter
/// list without their pages, this chapter's pages, and the pages just before and after it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChapterManifest {
    pub section: String,
    pub section_title: String,
    pub chapters: Vec<ChapterLink>,
    pub chapter: ChapterEntry,
    /// The last page of the chapter before, in this section or the one before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<Neighbour>,
    /// The first page of the chapter after, in this section or the one after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<Neighbour>,
    /// Published names of the files this one lists ([`crate::data`]): its pages.
    #[serde(default, skip_serializing_if = "crate::data::Files::is_empty")]
    pub files: crate::data::Files,
}

/// A chapter in a section's list: where it starts and how many pages it has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChapterLink {
    pub slug: String,
    pub title: String,
    /// The slug of its first page.
    pub first: String,
    pub pages: usize,
}

impl ChapterManifest {
    /// Locates a page and its neighbours; previous/next cross chapter and section boundaries.
    pub fn position(&self, page: &str) -> Option<Position> {
        let pages = &self.chapter.pages;
        let at = pages.iter().position(|p| p.slug == page)?;
        let neighbour = |p: &PageEntry| neighbour(&self.section, &self.chapter, p);
        Some(Position {
            chapter_index: self
                .chapters
                .iter()
                .position(|c| c.slug == self.chapter.slug)?,
            page_number: at + 1,
            page_count: pages.len(),
            prev: match at.checked_sub(1) {
                Some(i) => pages.get(i).map(neighbour),
                None => self.before.clone(),
            },
            next: pages
                .get(at + 1)
                .map(neighbour)
                .or_else(|| self.after.clone()),
        })
    }
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
    /// The page this one belongs to: a chapter for its bullet points, an index for an essay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<PageLink>,
    /// The pages listed under an index page such as Best Student Essays.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<PageLink>,
    /// The page is shown in the original English because its translation is missing.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub untranslated: bool,
    /// When the page's file last changed (`2026-01-05`), for "Cite this page".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// Published names of the files this one lists ([`crate::data`]).
    #[serde(default, skip_serializing_if = "crate::data::Files::is_empty")]
    pub files: crate::data::Files,
}

impl Page {
    /// The pages under this one that its body does not link to already: the list shown
    /// after the body. The bullet points index groups its sheets in the body itself.
    pub fn unlisted_children(&self) -> impl Iterator<Item = &PageLink> {
        self.children
            .iter()
            .filter(|child| !crate::block::links_to(&self.body, &child.path))
    }

    /// A page of its own: no parent, nothing listed under it, in its own language.
    pub fn new(
        path: String,
        title: String,
        description: String,
        body: Vec<Block>,
        notes: Vec<Note>,
        sources: Vec<Source>,
    ) -> Self {
        Page {
            files: Default::default(),
            path,
            title,
            description,
            body,
            notes,
            sources,
            parent: None,
            children: Vec::new(),
            untranslated: false,
            updated: None,
        }
    }
}

/// A link to another page with what a list of pages shows about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageLink {
    pub path: String,
    pub title: String,
    pub description: String,
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

/// The page before or after the current one; may be in another chapter or section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Neighbour {
    pub section: String,
    pub chapter: String,
    pub page: String,
    pub title: String,
}

/// The route of a chapter page, without a language prefix.
pub fn page_path(section: &str, chapter: &str, page: &str) -> String {
    format!("/{section}/{chapter}/{page}")
}

/// The route of a chapter's lecture bullet points. Chapter slugs are unique across
/// sections (the `duplicate-slug` check), so the chapter alone names the page.
pub fn bullets_path(chapter: &str) -> String {
    format!("/bullets/{chapter}")
}

impl Neighbour {
    pub fn path(&self) -> String {
        page_path(&self.section, &self.chapter, &self.page)
    }
}

impl SectionManifest {
    pub fn chapter(&self, slug: &str) -> Option<&ChapterEntry> {
        self.chapters.iter().find(|c| c.slug == slug)
    }

    /// Each chapter as a chapter page reads it: the section's chapter list, the chapter's
    /// pages, and the pages just outside it, which may be in another section.
    pub fn chapter_manifests(&self) -> Vec<ChapterManifest> {
        let chapters: Vec<ChapterLink> = self
            .chapters
            .iter()
            .map(|c| ChapterLink {
                slug: c.slug.clone(),
                title: c.title.clone(),
                first: c.pages.first().map(|p| p.slug.clone()).unwrap_or_default(),
                pages: c.pages.len(),
            })
            .collect();
        self.chapters
            .iter()
            .enumerate()
            .map(|(i, chapter)| ChapterManifest {
                section: self.slug.clone(),
                section_title: self.title.clone(),
                chapters: chapters.clone(),
                chapter: chapter.clone(),
                before: last_page(&self.slug, &self.chapters[..i]).or_else(|| self.before.clone()),
                after: first_page(&self.slug, &self.chapters[i + 1..])
                    .or_else(|| self.after.clone()),
                files: Default::default(),
            })
            .collect()
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
    /// Pages under a topic, such as the essays at `/essays/{slug}`.
    pub subpages: Vec<SourcePage>,
    pub glossary: Vec<Term>,
    /// The version of `glossary.toml`, when there is one.
    pub glossary_version: Option<(Origin, Version)>,
    /// Learn Russian in this book's language, when `content/learn/` exists.
    pub learn: Option<crate::learn::Learn>,
}

/// A file's fingerprint, and for a translation the fingerprint of the original it was
/// made from (`translated_from` in its front matter).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Version {
    pub fingerprint: String,
    pub translated_from: Option<String>,
}

/// A Russia A-Z entry. Its first use in each chapter page links to it.
#[derive(Debug, Clone)]
pub struct Term {
    pub origin: Origin,
    pub name: String,
    /// The anchor on the A-Z page.
    pub slug: String,
    /// Other spellings that chapter text uses (plurals, lower case).
    pub forms: Vec<String>,
    pub definition: Vec<crate::Inline>,
    /// The pages where the term matters most.
    pub see: Vec<String>,
    /// When it happened or lasted, as written ("1565–1572"), for the timeline.
    pub date: Option<String>,
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
    pub bullets: Option<SourcePage>,
}

#[derive(Debug, Clone)]
pub struct SourcePage {
    pub origin: Origin,
    pub slug: String,
    pub page: Page,
    /// Which version of the file this is: a fingerprint of its text, so a translation can
    /// name the original it was made from.
    pub version: Version,
    /// Internal link targets with the line each was written on.
    pub links: Vec<(String, u32)>,
    /// Text the author marked `{nolink}…{/nolink}`: the glossary links no term inside it.
    pub no_link: Vec<String>,
}

impl Book {
    pub fn site_index(&self) -> SiteIndex {
        SiteIndex {
            files: Default::default(),
            ebook: None,
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
                .chain(self.learn.iter().map(|learn| TopicSummary {
                    slug: crate::learn::LEARN.to_string(),
                    title: learn.title.clone(),
                }))
                .collect(),
        }
    }

    /// One manifest per section, each knowing the pages just outside it.
    pub fn manifests(&self) -> Vec<SectionManifest> {
        let mut manifests: Vec<SectionManifest> = self.sections.iter().map(manifest).collect();
        for i in 1..manifests.len() {
            let (done, rest) = manifests.split_at_mut(i);
            let (before, after) = (&mut done[i - 1], &mut rest[0]);
            after.before = last_page(&before.slug, &before.chapters);
            before.after = first_page(&after.slug, &after.chapters);
        }
        manifests
    }

    /// Fills in the links between pages that the files imply: a chapter's bullet points
    /// and its first page, a topic index and the pages under it.
    pub fn link_pages(&mut self) {
        let mut bullets = Vec::new();
        for section in &mut self.sections {
            for chapter in &mut section.chapters {
                let first = chapter.pages.first().map(|p| p.page.path.clone());
                if let (Some(page), Some(path)) = (&mut chapter.bullets, first) {
                    page.page.parent = Some(PageLink {
                        path,
                        title: chapter.title.clone(),
                        description: chapter.summary.clone(),
                    });
                    bullets.push(link_to(&page.page));
                }
            }
        }
        for topic in &mut self.topics {
            let prefix = format!("{}/", topic.page.path);
            let parent = link_to(&topic.page);
            topic.page.children = if topic.slug == "bullets" {
                bullets.clone()
            } else {
                self.subpages
                    .iter_mut()
                    .filter(|p| p.page.path.starts_with(&prefix))
                    .map(|p| {
                        p.page.parent = Some(parent.clone());
                        link_to(&p.page)
                    })
                    .collect()
            };
        }
    }

    /// Every history page, in reading order.
    pub fn chapter_pages(&self) -> impl Iterator<Item = &SourcePage> {
        self.sections
            .iter()
            .flat_map(|s| s.chapters.iter().flat_map(|c| c.pages.iter()))
    }

    /// Every page of the book: history pages, bullet points, topics and their subpages.
    pub fn pages(&self) -> impl Iterator<Item = &SourcePage> {
        let bullets = self
            .sections
            .iter()
            .flat_map(|s| s.chapters.iter().filter_map(|c| c.bullets.as_ref()));
        self.chapter_pages()
            .chain(bullets)
            .chain(self.topics.iter())
            .chain(self.subpages.iter())
    }
}

fn link_to(page: &Page) -> PageLink {
    PageLink {
        path: page.path.clone(),
        title: page.title.clone(),
        description: page.description.clone(),
    }
}

fn manifest(section: &SourceSection) -> SectionManifest {
    SectionManifest {
        files: Default::default(),
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
                bullets: c.bullets.is_some(),
                timeline: false,
            })
            .collect(),
        before: None,
        after: None,
        ebook: None,
    }
}

/// The first page of `chapters` (of section `section`), skipping chapters without pages.
fn first_page(section: &str, chapters: &[ChapterEntry]) -> Option<Neighbour> {
    chapters
        .iter()
        .find_map(|c| Some(neighbour(section, c, c.pages.first()?)))
}

/// The last page of `chapters` (of section `section`), skipping chapters without pages.
fn last_page(section: &str, chapters: &[ChapterEntry]) -> Option<Neighbour> {
    chapters
        .iter()
        .rev()
        .find_map(|c| Some(neighbour(section, c, c.pages.last()?)))
}

fn neighbour(section: &str, chapter: &ChapterEntry, page: &PageEntry) -> Neighbour {
    Neighbour {
        section: section.to_string(),
        chapter: chapter.slug.clone(),
        page: page.slug.clone(),
        title: page.title.clone(),
    }
}

#[cfg(test)]
#[path = "book/tests.rs"]
mod tests;
