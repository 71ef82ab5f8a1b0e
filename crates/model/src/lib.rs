//! The All Russias content model: the JSON schema the app reads and the compiler writes,
//! the book of sections, chapters and pages with its reading order, and the named checks
//! that validate a book. Pure Rust: no rendering, no browser, no file system.

pub mod block;
pub mod book;
pub mod data;
pub mod slug;
pub mod validate;

pub use block::{Block, Inline, Note, Source};
pub use book::{
    bullets_path, Book, ChapterEntry, Neighbour, Origin, Page, PageEntry, PageLink, Position,
    SectionManifest, SectionSummary, SiteIndex, SourceChapter, SourcePage, SourceSection, Term,
    TopicSummary, Version,
};
pub use validate::{validate, Diagnostic};

/// The history sections, in menu order. Their slugs are public routes.
pub const SECTIONS: [&str; 3] = ["tsarist-russia", "soviet-russia", "russian-federation"];

/// Stand-alone pages that content files may fill (`content/en/pages/{slug}.md`).
/// Each is a public route of its own; a topic without a file shows a "being written" page.
pub const TOPICS: [&str; 17] = [
    "learn-russian",
    "images",
    "videos",
    "a-z",
    "essays",
    "jokes",
    "laugh",
    "links",
    "music",
    "statistics",
    "bullets",
    "about",
    "partners",
    "feedback",
    "bookmarks",
    "search",
    "site-map",
];
