//! The All Russias content model: the JSON schema the app reads and the compiler writes,
//! and the book of sections, chapters and pages with its reading order. Pure Rust: no
//! rendering, no browser, no file system.

pub mod block;
pub mod book;
pub mod cards;
pub mod cite;
pub mod data;
pub mod escape;
pub mod gallery;
pub mod learn;
pub mod music;
pub mod route;
pub mod search;
pub mod statistics;
pub mod timeline;
pub mod translit;
pub mod videos;

pub use block::{Block, Inline, Note, Source};
pub use book::{
    bullets_path, Book, ChapterEntry, ChapterLink, ChapterManifest, Download, Neighbour, Origin,
    Page, PageEntry, PageLink, Position, SectionManifest, SectionSummary, SiteIndex, SourceChapter,
    SourcePage, SourceSection, Term, TopicSummary, Version,
};
pub use route::{Lang, Route, Section, Topic, SECTIONS, TOPICS};

/// The title of a history section or a stand-alone page, by its slug.
pub fn route_title(lang: Lang, slug: &str) -> Option<&'static str> {
    Section::from_slug(slug)
        .map(|section| section.title(lang))
        .or_else(|| Topic::from_slug(slug).map(|topic| topic.title(lang)))
}

/// The site's name in a language, as the app's interface writes it (`site_name` in
/// src/i18n.rs): the English name echoes the tsars' style "of all the Russias", the
/// Russian one their title «Государь всея Руси».
pub fn site_name(lang: Lang) -> &'static str {
    if lang == Lang::Ru {
        "Всея Руси"
    } else {
        "All Russias"
    }
}

/// The heading of a page's footnotes: the app writes it, and the static entries too.
pub fn notes_title(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Notes",
        Lang::Ru => "Примечания",
    }
}

/// The heading of the books and collections a page was written from, in the app and in
/// the static entries.
pub fn sources_title(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Sources",
        Lang::Ru => "Источники",
    }
}

/// The home page's lead line in a language: the app shows it, and the home page's static
/// entry carries it too, so the text readers see first is the app's own.
pub fn home_lead(lang: Lang) -> &'static str {
    if lang == Lang::Ru {
        "Тысяча лет российской истории в коротких страницах, которые читаются одна за другой."
    } else {
        "A thousand years of Russian history, told in short pages you can read one after another."
    }
}
