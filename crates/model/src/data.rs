//! Where published JSON lives, relative to the site root. The compiler writes these paths
//! and the app fetches them, so both sides take them from here.
//!
//! Each path under `/data/` names a file published under a name with a hash of its
//! content (`about.3f9a0c1d2b.json`), so hosts can cache everything there for good; its
//! published name is listed in the `files` of its [`parent`], which the app has fetched
//! first. The files under `/site/` keep their names, and hosts make browsers check them
//! for changes: a language's site index, and each chapter's manifest, which lists the
//! chapter's pages, so that reading a chapter page never needs a list of every page of
//! its section.

use crate::Lang;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::SECTIONS;

/// The content hashes of the files a file is the parent of, by their paths: with
/// [`hashed_name`], their published names.
pub type Files = BTreeMap<String, String>;

/// What the app reads of any published file to find the files it lists.
#[derive(Debug, Default, Deserialize, Serialize)]
pub struct Listing {
    #[serde(default)]
    pub files: Files,
}

/// The file that lists `path`'s published name; `None` for the files under `/site/` (and
/// anything else outside `/data/`), which keep their own names.
pub fn parent(path: &str) -> Option<String> {
    let (lang, rest) = path.strip_prefix("/data/")?.split_once('/')?;
    let lang = Lang::from_code(lang)?;
    let parts: Vec<&str> = rest.split('/').collect();
    let parent = match parts.as_slice() {
        ["pages", section, chapter_slug, _] if SECTIONS.contains(section) => {
            chapter(lang, section, chapter_slug)
        }
        ["pages", topic, _] => page(lang, &format!("/{topic}")),
        ["images", name] if *name != "index.json" => images(lang),
        ["statistics", name] if *name != "index.json" => statistics(lang),
        ["learn", "lessons", _] => learn(lang),
        ["search", name] if *name != "docs.json" => crate::search::docs_url(lang),
        _ => site_index(lang),
    };
    Some(parent)
}

/// `path` and the files above it, the site index first: the order to fetch them in.
pub fn lineage(path: &str) -> Vec<String> {
    let mut line = vec![path.to_string()];
    while let Some(up) = parent(line.last().map(String::as_str).unwrap_or_default()) {
        line.push(up);
    }
    line.reverse();
    line
}

/// The published name of a file with this content: its path with a hash of the content
/// before the extension.
pub fn hashed_name(path: &str, hash: &str) -> String {
    match path.rsplit_once('.') {
        Some((stem, ext)) if !ext.contains('/') => format!("{stem}.{hash}.{ext}"),
        _ => format!("{path}.{hash}"),
    }
}

/// The site index: sections and the topics that have content.
pub fn site_index(lang: Lang) -> String {
    format!("/site/{lang}.json")
}

/// One section's manifest: its chapters and pages in reading order.
pub fn manifest(lang: Lang, section: &str) -> String {
    format!("/data/{lang}/sections/{section}.json")
}

/// One chapter's manifest: the section's chapters, its pages and its neighbours.
pub fn chapter(lang: Lang, section: &str, chapter: &str) -> String {
    format!("/site/{lang}/chapters/{section}/{chapter}.json")
}

/// One chapter's strip of the timeline ([`crate::timeline::ChapterTimeline`]), which its
/// pages load when the reader nears it.
pub fn chapter_timeline(lang: Lang, section: &str, chapter: &str) -> String {
    format!("/site/{lang}/timelines/{section}/{chapter}.json")
}

/// One page, by its route (`/soviet-russia/stalins-legacy/the-thaw` or `/about`).
pub fn page(lang: Lang, path: &str) -> String {
    format!("/data/{lang}/pages{path}.json")
}

/// The Images page: the galleries.
pub fn images(lang: Lang) -> String {
    format!("/data/{lang}/images/index.json")
}

/// One gallery and its pictures.
pub fn gallery(lang: Lang, slug: &str) -> String {
    format!("/data/{lang}/images/{slug}.json")
}

/// Russian Music Samples: every tune.
pub fn music(lang: Lang) -> String {
    format!("/data/{lang}/music.json")
}

/// Russia on YouTube: the videos by era.
pub fn videos(lang: Lang) -> String {
    format!("/data/{lang}/videos.json")
}

/// The timeline: every dated event and the rulers' reigns.
pub fn timeline(lang: Lang) -> String {
    format!("/data/{lang}/timeline.json")
}

/// The statistics page: every series by topic.
pub fn statistics(lang: Lang) -> String {
    format!("/data/{lang}/statistics/index.json")
}

/// One statistical series, and the same figures as CSV for download.
pub fn series(lang: Lang, slug: &str) -> String {
    format!("/data/{lang}/statistics/{slug}.json")
}

pub fn series_csv(lang: Lang, slug: &str) -> String {
    format!("/data/{lang}/statistics/{slug}.csv")
}
/// The Learn Russian main page's data in a language.
pub fn learn(lang: Lang) -> String {
    format!("/data/{lang}/learn/index.json")
}

/// One lesson's data in a language.
pub fn lesson(lang: Lang, slug: &str) -> String {
    format!("/data/{lang}/learn/lessons/{slug}.json")
}

/// An e-book (EPUB) of a history section, or of the whole history (`name` is then
/// [`WHOLE_HISTORY`]). Published under a hashed name, like the data, and kept out of
/// `/data/` because no JSON lists it in `files`: its [`crate::Download`] gives its name.
pub fn ebook(lang: Lang, name: &str) -> String {
    format!("/ebooks/{lang}/{name}.epub")
}

/// The e-book name of the whole history.
pub const WHOLE_HISTORY: &str = "all-russias";

/// A Learn Russian recording by its stem, in a format (`ogg`, `mp3`).
pub fn learn_audio(stem: &str, format: &str) -> String {
    format!("{LEARN_AUDIO}/{stem}.{format}")
}

/// Where the recordings are published (the compiler copies them there).
pub const LEARN_AUDIO: &str = "/media/audio/learn";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_under_data_is_listed_by_its_parent() {
        assert_eq!(parent("/site/en.json"), None);
        assert_eq!(parent("/site/en/chapters/soviet-russia/a.json"), None);
        assert_eq!(parent("/media/a.svg"), None);
        let expect = [
            ("/data/ru/sections/soviet-russia.json", "/site/ru.json"),
            (
                "/data/en/pages/soviet-russia/a/b.json",
                "/site/en/chapters/soviet-russia/a.json",
            ),
            ("/data/en/pages/about.json", "/site/en.json"),
            (
                "/data/en/pages/jokes/lenin.json",
                "/data/en/pages/jokes.json",
            ),
            (
                "/data/en/pages/bullets/the-thaw.json",
                "/data/en/pages/bullets.json",
            ),
            ("/data/en/images/index.json", "/site/en.json"),
            (
                "/data/en/images/soviet-russia.json",
                "/data/en/images/index.json",
            ),
            (
                "/data/en/statistics/grain.csv",
                "/data/en/statistics/index.json",
            ),
            (
                "/data/en/learn/lessons/greetings.json",
                "/data/en/learn/index.json",
            ),
            ("/data/en/search/docs.json", "/site/en.json"),
            ("/data/en/search/s07.json", "/data/en/search/docs.json"),
            ("/data/en/music.json", "/site/en.json"),
            ("/data/ru/timeline.json", "/site/ru.json"),
        ];
        for (path, up) in expect {
            assert_eq!(parent(path).as_deref(), Some(up), "{path}");
        }
        assert_eq!(
            lineage("/data/en/pages/soviet-russia/a/b.json"),
            [
                "/site/en/chapters/soviet-russia/a.json",
                "/data/en/pages/soviet-russia/a/b.json"
            ]
        );
        assert_eq!(
            hashed_name("/data/en/pages/a.json", "0a1b"),
            "/data/en/pages/a.0a1b.json"
        );
    }

    #[test]
    fn paths_are_absolute_so_deep_links_work() {
        assert_eq!(super::site_index(Lang::En), "/site/en.json");
        assert_eq!(
            super::manifest(Lang::En, "soviet-russia"),
            "/data/en/sections/soviet-russia.json"
        );
        assert_eq!(
            super::page(Lang::En, "/soviet-russia/a/b"),
            "/data/en/pages/soviet-russia/a/b.json"
        );
        assert_eq!(super::timeline(Lang::Ru), "/data/ru/timeline.json");
    }
}
