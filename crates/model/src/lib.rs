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

/// The history sections, in menu order. Their slugs are public routes.
pub const SECTIONS: [&str; 3] = ["tsarist-russia", "soviet-russia", "russian-federation"];

/// Stand-alone pages that content files may fill (`content/en/pages/{slug}.md`).
/// Each is a public route of its own; a topic without a file shows a "being written" page.
pub const TOPICS: [&str; 18] = [
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
    "timeline",
];

/// The title of a history section or a stand-alone page in a language (`en`, `ru`): the
/// menus, the app's headings and the static entries all name routes from here.
pub fn route_title(lang: &str, slug: &str) -> Option<&'static str> {
    let titles = if lang == "ru" { &TITLES_RU } else { &TITLES_EN };
    titles.iter().find(|(s, _)| *s == slug).map(|(_, t)| *t)
}

/// The site's name in a language, as the app's interface writes it (`site_name` in
/// src/i18n.rs): the English name echoes the tsars' style "of all the Russias", the
/// Russian one their title «Государь всея Руси».
pub fn site_name(lang: &str) -> &'static str {
    if lang == "ru" {
        "Всея Руси"
    } else {
        "All Russias"
    }
}

/// The home page's lead line in a language: the app shows it, and the home page's static
/// entry carries it too, so the text readers see first is the app's own.
pub fn home_lead(lang: &str) -> &'static str {
    if lang == "ru" {
        "Тысяча лет российской истории в коротких страницах, которые читаются одна за другой."
    } else {
        "A thousand years of Russian history, told in short pages you can read one after another."
    }
}

const TITLES_EN: [(&str, &str); 21] = [
    ("tsarist-russia", "Tsarist Russia"),
    ("soviet-russia", "Soviet Russia"),
    ("russian-federation", "Russian Federation"),
    ("learn-russian", "Learn Russian"),
    ("images", "Images & Video"),
    ("a-z", "Russia from A to Z"),
    ("videos", "Russia on YouTube"),
    ("essays", "Best Student Essays"),
    ("jokes", "Jokes about Rulers"),
    ("laugh", "Russia with Laugh"),
    ("links", "Useful Links"),
    ("music", "Russian Music Samples"),
    ("statistics", "Tables and Statistics"),
    ("bullets", "Lecture Bullet Points"),
    ("about", "About This Site"),
    ("partners", "We Are Partners"),
    ("feedback", "Send Feedback"),
    ("bookmarks", "Bookmark This Site"),
    ("search", "Search"),
    ("site-map", "Site Map"),
    ("timeline", "Timeline"),
];

const TITLES_RU: [(&str, &str); 21] = [
    ("tsarist-russia", "Царская Россия"),
    ("soviet-russia", "Советская Россия"),
    ("russian-federation", "Российская Федерация"),
    ("learn-russian", "Учим русский"),
    ("images", "Картинки и видео"),
    ("a-z", "Россия от А до Я"),
    ("videos", "Россия на YouTube"),
    ("essays", "Лучшие студенческие эссе"),
    ("jokes", "Анекдоты о правителях"),
    ("laugh", "Россия со смехом"),
    ("links", "Полезные ссылки"),
    ("music", "Русская музыка"),
    ("statistics", "Таблицы и статистика"),
    ("bullets", "Тезисы лекций"),
    ("about", "О сайте"),
    ("partners", "Наши партнёры"),
    ("feedback", "Обратная связь"),
    ("bookmarks", "Закладки"),
    ("search", "Поиск"),
    ("site-map", "Карта сайта"),
    ("timeline", "Хронология"),
];

#[cfg(test)]
mod tests {
    #[test]
    fn every_route_has_a_title_in_both_languages() {
        for slug in super::SECTIONS.iter().chain(&super::TOPICS) {
            for lang in ["en", "ru"] {
                assert!(super::route_title(lang, slug).is_some(), "{slug} in {lang}");
            }
        }
    }
}
