//! Reads `content/{lang}/` into a [`Book`], collecting every problem on the way.

use allrussias_model::Lang;
use std::fs;
use std::path::{Path, PathBuf};

use allrussias_model::book::{bullets_path, page_path};
use allrussias_model::{
    Book, Origin, Page, Source, SourceChapter, SourcePage, SourceSection, Term, Version,
};
use serde::de::DeserializeOwned;

use crate::frontmatter::{self, BulletsMeta, ChapterMeta, GlossaryFile, PageMeta, SectionMeta};
use crate::markdown::{self, Body};
use crate::slug;
use crate::updated::Changes;
use crate::Diagnostic;

/// The folder of stand-alone pages inside a language folder.
const TOPICS_DIR: &str = "pages";

/// The Russia A-Z terms, beside the section folders.
const GLOSSARY_FILE: &str = "glossary.toml";

pub struct Loader<'a> {
    media_dir: PathBuf,
    changes: &'a Changes,
    diagnostics: &'a mut Vec<Diagnostic>,
}

/// Loads one language of the book from `content_dir`, each page dated by `changes`.
pub fn load(
    content_dir: &Path,
    lang: Lang,
    changes: &Changes,
    diagnostics: &mut Vec<Diagnostic>,
) -> Book {
    let mut loader = Loader {
        media_dir: content_dir.join("media"),
        changes,
        diagnostics,
    };
    let root = content_dir.join(lang.code());
    let mut book = Book::default();
    for entry in loader.entries(&root) {
        let name = file_name(&entry);
        if entry.is_dir() && name == TOPICS_DIR {
            (book.topics, book.subpages) = loader.topics(&entry);
        } else if name == GLOSSARY_FILE && entry.is_file() {
            (book.glossary, book.glossary_version) = loader.glossary(&entry);
        } else if entry.is_dir() {
            if let Some(section) = loader.section(&entry, &name) {
                book.sections.push(section);
            }
        } else {
            loader.unexpected(
                &entry,
                "a language folder holds section folders, pages/ and glossary.toml",
            );
        }
    }
    book.sections.sort_by_key(|s| {
        allrussias_model::SECTIONS
            .iter()
            .position(|known| *known == s.slug)
    });
    book
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

impl Loader<'_> {
    fn error(&mut self, check: &'static str, path: &Path, line: u32, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::new(
            check,
            &Origin::new(display(path), line),
            message,
        ));
    }

    fn unexpected(&mut self, path: &Path, hint: &str) {
        self.error(
            "layout",
            path,
            1,
            format!("unexpected file or folder: {hint}"),
        );
    }

    /// Directory entries sorted by name, skipping hidden files.
    fn entries(&mut self, dir: &Path) -> Vec<PathBuf> {
        match fs::read_dir(dir) {
            Ok(read) => {
                let mut entries: Vec<PathBuf> = read
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| !file_name(p).starts_with('.'))
                    .collect();
                entries.sort();
                entries
            }
            Err(err) => {
                self.error("layout", dir, 1, format!("cannot read folder: {err}"));
                Vec::new()
            }
        }
    }

    /// Splits `NN-slug` names, reporting names that do not follow the pattern.
    fn ordered_slug(&mut self, path: &Path, name: &str) -> Option<(u32, String)> {
        match slug::split_ordered(name) {
            Some((order, s)) if slug::is_valid(s) => Some((order, s.to_string())),
            _ => {
                self.error(
                    "slug",
                    path,
                    1,
                    format!(
                        "\"{name}\" should be a number, a hyphen and a slug of lower-case letters, digits and hyphens, like 02-the-thaw"
                    ),
                );
                None
            }
        }
    }

    /// A file's front matter, its body, the line the body starts on and its fingerprint.
    fn read_split<T: DeserializeOwned>(&mut self, path: &Path) -> Option<(T, String, u32, String)> {
        let file = display(path);
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) => {
                self.error("layout", path, 1, format!("cannot read file: {err}"));
                return None;
            }
        };
        let Some(split) = frontmatter::split(&text) else {
            self.error(
                "front-matter",
                path,
                1,
                "the file must start with front matter between +++ lines",
            );
            return None;
        };
        let meta = frontmatter::parse::<T>(split.front, &file, self.diagnostics)?;
        Some((
            meta,
            split.body.to_string(),
            split.body_line,
            fingerprint(&text),
        ))
    }

    /// Reads a folder's index file (`_section.md`, `_chapter.md`), which must exist.
    fn read_index<T: DeserializeOwned>(
        &mut self,
        dir: &Path,
        name: &str,
    ) -> Option<(PathBuf, T, String, u32)> {
        let index = dir.join(name);
        if !index.is_file() {
            self.error(
                "layout",
                &index,
                1,
                format!("this folder needs a {name} file"),
            );
            return None;
        }
        let (meta, body, line, _) = self.read_split::<T>(&index)?;
        Some((index, meta, body, line))
    }

    fn section(&mut self, dir: &Path, slug: &str) -> Option<SourceSection> {
        let (index, meta, body, line) = self.read_index::<SectionMeta>(dir, "_section.md")?;
        let intro = self.body(&index, &body, line).blocks;
        let mut chapters = Vec::new();
        for entry in self.entries(dir) {
            let name = file_name(&entry);
            if name == "_section.md" {
                continue;
            }
            if !entry.is_dir() {
                self.unexpected(&entry, "a section holds _section.md and chapter folders");
                continue;
            }
            if let Some((order, chapter_slug)) = self.ordered_slug(&entry, &name) {
                if let Some(chapter) = self.chapter(&entry, slug, chapter_slug) {
                    chapters.push((order, chapter));
                }
            }
        }
        chapters.sort_by_key(|(order, _)| *order);
        if !slug::is_valid(slug) {
            self.error("slug", dir, 1, format!("\"{slug}\" is not a valid slug"));
        }
        Some(SourceSection {
            origin: Origin::new(display(&index), 1),
            slug: slug.to_string(),
            title: markdown::smart_text(&meta.title),
            description: markdown::smart_text(&meta.description),
            intro,
            chapters: chapters.into_iter().map(|(_, c)| c).collect(),
        })
    }

    fn chapter(&mut self, dir: &Path, section: &str, slug: String) -> Option<SourceChapter> {
        let (index, meta, body, line) = self.read_index::<ChapterMeta>(dir, "_chapter.md")?;
        if !body.trim().is_empty() {
            self.error(
                "layout",
                &index,
                line,
                "_chapter.md has only front matter: write the text in the chapter's pages",
            );
        }
        let mut pages = Vec::new();
        let mut bullets = None;
        for entry in self.entries(dir) {
            let name = file_name(&entry);
            if name == "_chapter.md" {
                continue;
            }
            if name == "_bullets.md" {
                bullets = Some(entry);
                continue;
            }
            let Some(stem) = name.strip_suffix(".md").filter(|_| entry.is_file()) else {
                self.unexpected(&entry, "a chapter holds _chapter.md and NN-slug.md pages");
                continue;
            };
            if let Some((order, page_slug)) = self.ordered_slug(&entry, stem) {
                let path = page_path(section, &slug, &page_slug);
                if let Some(page) = self.page(&entry, path, page_slug) {
                    pages.push((order, page));
                }
            }
        }
        pages.sort_by_key(|(order, _)| *order);
        let mut chapter = SourceChapter {
            origin: Origin::new(display(&index), 1),
            slug,
            title: markdown::smart_text(&meta.title),
            summary: markdown::smart_text(&meta.summary),
            pages: pages.into_iter().map(|(_, p)| p).collect(),
            bullets: None,
        };
        chapter.bullets = bullets.and_then(|path| self.bullets(&path, &chapter));
        Some(chapter)
    }

    /// A chapter's lecture bullet points: a table of dates and one-line summaries.
    fn bullets(&mut self, path: &Path, chapter: &SourceChapter) -> Option<SourcePage> {
        let (meta, body, line, fingerprint) = self.read_split::<BulletsMeta>(path)?;
        let body = self.body(path, &body, line);
        let updated = self.changes.date(path, meta.updated, self.diagnostics);
        let mut sources: Vec<Source> = Vec::new();
        for source in chapter.pages.iter().flat_map(|p| &p.page.sources) {
            if !sources.contains(source) {
                sources.push(source.clone());
            }
        }
        Some(SourcePage {
            origin: Origin::new(display(path), 1),
            slug: chapter.slug.clone(),
            page: Page {
                updated,
                ..Page::new(
                    bullets_path(&chapter.slug),
                    chapter.title.clone(),
                    chapter.summary.clone(),
                    body.blocks,
                    body.notes,
                    sources,
                )
            },
            version: Version {
                fingerprint,
                translated_from: meta.translated_from,
            },
            links: body.links,
            no_link: body.no_link,
        })
    }

    /// `pages/{topic}.md` and the pages under a topic, `pages/{topic}/{slug}.md`.
    fn topics(&mut self, dir: &Path) -> (Vec<SourcePage>, Vec<SourcePage>) {
        let mut topics = Vec::new();
        let mut subpages = Vec::new();
        for entry in self.entries(dir) {
            let name = file_name(&entry);
            if entry.is_dir() && slug::is_valid(&name) {
                for page in self.pages_in(&entry, &format!("/{name}/")) {
                    subpages.push(page);
                }
            } else {
                topics.extend(self.pages_in_file(&entry, "/"));
            }
        }
        (topics, subpages)
    }

    fn pages_in(&mut self, dir: &Path, prefix: &str) -> Vec<SourcePage> {
        let mut pages = Vec::new();
        for entry in self.entries(dir) {
            pages.extend(self.pages_in_file(&entry, prefix));
        }
        pages
    }

    /// A `slug.md` page at `{prefix}{slug}`.
    fn pages_in_file(&mut self, entry: &Path, prefix: &str) -> Option<SourcePage> {
        let name = file_name(entry);
        match name.strip_suffix(".md").filter(|s| slug::is_valid(s)) {
            Some(stem) if entry.is_file() => {
                self.page(entry, format!("{prefix}{stem}"), stem.to_string())
            }
            _ => {
                self.unexpected(
                    entry,
                    "pages/ holds slug.md files, like about.md, and topic folders of them",
                );
                None
            }
        }
    }

    fn glossary(&mut self, path: &Path) -> (Vec<Term>, Option<(Origin, Version)>) {
        let file = display(path);
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) => {
                self.error("layout", path, 1, format!("cannot read file: {err}"));
                return (Vec::new(), None);
            }
        };
        // Parsed as front matter whose lines start at 1.
        let Some(glossary) =
            frontmatter::parse::<GlossaryFile>(&format!("\n{text}"), &file, self.diagnostics)
        else {
            return (Vec::new(), None);
        };
        let version = Version {
            fingerprint: fingerprint(&text),
            translated_from: glossary.translated_from,
        };
        let mut from = 0;
        let terms = glossary
            .term
            .into_iter()
            .map(|meta| {
                // Each term's origin is the line of its `name`, found in file order.
                let needle = format!("\"{}\"", meta.name);
                let at = text[from..].find(&needle).map_or(from, |i| from + i);
                from = at;
                let line = 1 + text[..at].matches('\n').count() as u32;
                let definition =
                    markdown::inline_text(&meta.definition, &file, line, self.diagnostics);
                Term {
                    origin: Origin::new(file.clone(), line),
                    slug: meta.id.unwrap_or_else(|| slug::from_title(&meta.name)),
                    name: meta.name,
                    forms: meta.forms,
                    definition,
                    see: meta.see,
                    date: meta.date,
                }
            })
            .collect();
        (terms, Some((Origin::new(file, 1), version)))
    }

    fn body(&mut self, path: &Path, body: &str, line: u32) -> Body {
        markdown::parse(
            body,
            &display(path),
            line,
            &self.media_dir,
            self.diagnostics,
        )
    }

    fn page(&mut self, path: &Path, route: String, slug: String) -> Option<SourcePage> {
        let (meta, body, line, fingerprint) = self.read_split::<PageMeta>(path)?;
        let body = self.body(path, &body, line);
        Some(SourcePage {
            origin: Origin::new(display(path), 1),
            slug,
            page: Page {
                updated: self.changes.date(path, meta.updated, self.diagnostics),
                ..Page::new(
                    route,
                    markdown::smart_text(&meta.title),
                    markdown::smart_text(&meta.description),
                    body.blocks,
                    body.notes,
                    meta.sources,
                )
            },
            version: Version {
                fingerprint,
                translated_from: meta.translated_from,
            },
            links: body.links,
            no_link: body.no_link,
        })
    }
}

/// A short fingerprint of a file's text (64-bit FNV-1a), which a translation records to
/// say which version of the original it was made from.
pub fn fingerprint(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}
