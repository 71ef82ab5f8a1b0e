//! The site's addresses as types: its two languages, its history sections, its stand-alone
//! pages and the routes made of them. The app's router, its links, the compiler's static
//! entries and sitemap, and the tests all read and write addresses through these, so a route
//! is added in one place: a variant here.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A language the site is written in. English lives at the root, Russian under `/ru`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ru];

    /// The language's code, as in `lang` attributes, `hreflang` and data paths.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    pub const fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Ru,
            Lang::Ru => Lang::En,
        }
    }

    /// A site path (`/about`, as content and data write it) as this language's route:
    /// `/about` -> `/ru/about`. Fragments and web addresses are the same in every language.
    pub fn route(self, path: &str) -> String {
        match (self, path) {
            (Lang::En, _) => path.to_string(),
            (Lang::Ru, "/") => "/ru".to_string(),
            (Lang::Ru, _) if path.starts_with('/') => format!("/ru{path}"),
            (Lang::Ru, _) => path.to_string(),
        }
    }

    /// A route's language and its site path: `/ru/about` -> (Ru, `/about`).
    pub fn split(route: &str) -> (Lang, &str) {
        match route.strip_prefix("/ru") {
            Some("") => (Lang::Ru, "/"),
            Some(rest) if rest.starts_with('/') => (Lang::Ru, rest),
            _ => (Lang::En, route),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Declares a set of route slugs as an enum with its slug, its title in each language and
/// the list of all of them, so that a slug, its title and its place in the list are written
/// once, side by side.
macro_rules! slugs {
    ($(#[$meta:meta])* $name:ident, $all:ident; $($variant:ident = $slug:literal, $en:literal, $ru:literal;)+) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            pub const fn slug(self) -> &'static str {
                match self {
                    $($name::$variant => $slug,)+
                }
            }

            /// Its site path: `/{slug}`.
            pub fn path(self) -> String {
                format!("/{}", self.slug())
            }

            pub fn from_slug(slug: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|item| item.slug() == slug)
            }

            /// Its title: the menus, the app's headings and the static entries name it so.
            pub const fn title(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(($name::$variant, Lang::En) => $en,
                      ($name::$variant, Lang::Ru) => $ru,)+
                }
            }
        }

        /// The slugs of every variant, in order.
        pub const $all: &[&str] = &[$($slug,)+];
    };
}

slugs! {
    /// The history sections, in menu order.
    Section, SECTIONS;
    TsaristRussia = "tsarist-russia", "Tsarist Russia", "Царская Россия";
    SovietRussia = "soviet-russia", "Soviet Russia", "Советская Россия";
    RussianFederation = "russian-federation", "Russian Federation", "Российская Федерация";
}

slugs! {
    /// Stand-alone pages: each is a route of its own, filled from
    /// `content/{lang}/pages/{slug}.md` where it has text; one without a file shows a
    /// "being written" page.
    Topic, TOPICS;
    LearnRussian = "learn-russian", "Learn Russian", "Учим русский";
    Images = "images", "Images & Video", "Картинки и видео";
    Videos = "videos", "Russia on YouTube", "Россия на YouTube";
    AToZ = "a-z", "Russia from A to Z", "Россия от А до Я";
    Essays = "essays", "Best Student Essays", "Лучшие студенческие эссе";
    Jokes = "jokes", "Jokes about Rulers", "Анекдоты о правителях";
    Laugh = "laugh", "Russia with Laugh", "Россия со смехом";
    Links = "links", "Useful Links", "Полезные ссылки";
    Music = "music", "Russian Music Samples", "Русская музыка";
    Statistics = "statistics", "Tables and Statistics", "Таблицы и статистика";
    Bullets = "bullets", "Lecture Bullet Points", "Тезисы лекций";
    About = "about", "About This Site", "О сайте";
    Partners = "partners", "We Are Partners", "Наши партнёры";
    Feedback = "feedback", "Send Feedback", "Обратная связь";
    Bookmarks = "bookmarks", "Bookmark This Site", "Закладки";
    Search = "search", "Search", "Поиск";
    SiteMap = "site-map", "Site Map", "Карта сайта";
    Timeline = "timeline", "Timeline", "Хронология";
}

/// A screen of the site, without its language: the same route exists in each language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    Section(Section),
    Topic(Topic),
    /// A page under a stand-alone page: a statistical series, a gallery, a lesson or the
    /// flash cards, an essay, a chapter's bullet points.
    Item(Topic, String),
    /// A page of a chapter, read with PREVIOUS/NEXT.
    Page {
        section: Section,
        chapter: String,
        page: String,
    },
    /// A whole chapter on one page, for printing.
    Print {
        section: Section,
        chapter: String,
    },
}

impl Route {
    /// The route at a site path (no language prefix, no base path, no query); `None` for a
    /// path no screen has.
    pub fn parse(path: &str) -> Option<Route> {
        if path == "/" {
            return Some(Route::Home);
        }
        let parts: Vec<&str> = path.strip_prefix('/')?.split('/').collect();
        if parts.iter().any(|part| part.is_empty()) {
            return None;
        }
        let owned = |part: &str| part.to_string();
        match parts.as_slice() {
            [slug] => Section::from_slug(slug)
                .map(Route::Section)
                .or_else(|| Topic::from_slug(slug).map(Route::Topic)),
            ["print", section, chapter] => Some(Route::Print {
                section: Section::from_slug(section)?,
                chapter: owned(chapter),
            }),
            [topic, item] => Some(Route::Item(Topic::from_slug(topic)?, owned(item))),
            [section, chapter, page] => Some(Route::Page {
                section: Section::from_slug(section)?,
                chapter: owned(chapter),
                page: owned(page),
            }),
            _ => None,
        }
    }

    /// Its site path, as content and data write it: `/soviet-russia/the-thaw/khrushchev`.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".to_string(),
            Route::Section(section) => format!("/{}", section.slug()),
            Route::Topic(topic) => format!("/{}", topic.slug()),
            Route::Item(topic, item) => format!("/{}/{item}", topic.slug()),
            Route::Page {
                section,
                chapter,
                page,
            } => format!("/{}/{chapter}/{page}", section.slug()),
            Route::Print { section, chapter } => format!("/print/{}/{chapter}", section.slug()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_path() {
        let routes = [
            Route::Home,
            Route::Section(Section::SovietRussia),
            Route::Topic(Topic::SiteMap),
            Route::Item(Topic::Statistics, "alcohol-consumption".into()),
            Route::Page {
                section: Section::TsaristRussia,
                chapter: "ivan-the-terrible".into(),
                page: "the-oprichnina".into(),
            },
            Route::Print {
                section: Section::RussianFederation,
                chapter: "the-1990s".into(),
            },
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.path()), Some(route.clone()));
            for lang in Lang::ALL {
                let address = lang.route(&route.path());
                let (read_lang, path) = Lang::split(&address);
                assert_eq!((read_lang, Route::parse(path)), (lang, Some(route.clone())));
            }
        }
    }

    #[test]
    fn paths_no_screen_has_are_no_route() {
        for path in [
            "",
            "about",
            "/nowhere",
            "/about/",
            "//about",
            "/nowhere/item",
            "/print/nowhere/chapter",
            "/nowhere/chapter/page",
            "/soviet-russia/a/b/c",
        ] {
            assert_eq!(Route::parse(path), None, "{path}");
        }
    }

    #[test]
    fn languages_split_only_at_their_prefix() {
        assert_eq!(Lang::split("/ru"), (Lang::Ru, "/"));
        assert_eq!(Lang::split("/ru/about"), (Lang::Ru, "/about"));
        assert_eq!(
            Lang::split("/russian-federation"),
            (Lang::En, "/russian-federation")
        );
        assert_eq!(Lang::En.route("/about"), "/about");
        assert_eq!(Lang::Ru.route("/"), "/ru");
        assert_eq!(Lang::Ru.route("#note-1"), "#note-1");
        assert_eq!(Lang::from_code("ru"), Some(Lang::Ru));
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn slugs_and_titles_are_unique() {
        let slugs: std::collections::HashSet<_> = SECTIONS.iter().chain(TOPICS).collect();
        assert_eq!(slugs.len(), SECTIONS.len() + TOPICS.len());
        for lang in Lang::ALL {
            let titles: std::collections::HashSet<_> = Section::ALL
                .iter()
                .map(|s| s.title(lang))
                .chain(Topic::ALL.iter().map(|t| t.title(lang)))
                .collect();
            assert_eq!(titles.len(), slugs.len(), "{lang}");
        }
    }
}
