//! The route table's vocabulary: every menu of the frame and the site paths it links to.
//! Paths here are language-neutral; [`Lang::href`] puts them in the reader's language.

use allrussias_model::TOPICS;

use crate::i18n::Lang;

pub const MAIN_MENU: [&str; 6] = [
    "/",
    "/tsarist-russia",
    "/soviet-russia",
    "/russian-federation",
    "/learn-russian",
    "/images",
];

pub const SECOND_MENU: [&str; 6] = ["/a-z", "/videos", "/essays", "/jokes", "/laugh", "/links"];

/// Political Jokes is the classic site's side link to the jokes page.
pub const SIDE_LINKS: [(&str, &str); 2] = [("/jokes", "side-jokes"), ("/music", "music")];

pub const FOOTER_MENU: [&str; 6] = [
    "/partners",
    "/about",
    "/site-map",
    "/feedback",
    "/bookmarks",
    "/bullets",
];

/// The label of a menu entry: the home page, a section or a stand-alone page.
pub fn label(lang: Lang, key: &str) -> &'static str {
    let ui = lang.ui();
    match key.trim_start_matches('/') {
        "" => ui.home_label,
        "side-jokes" => ui.political_jokes,
        slug => lang.title(slug).unwrap_or_default(),
    }
}

/// The title of a stand-alone page, shown even before it has content.
pub fn topic_title(lang: Lang, slug: &str) -> Option<&'static str> {
    lang.title(slug).filter(|_| TOPICS.contains(&slug))
}

/// The same page in the other language, for the language switch.
pub fn other_language_href(path: &str) -> String {
    Lang::of(path).other().href(Lang::site_path(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_menu_entry_is_a_route_with_a_label() {
        for slug in TOPICS {
            assert!(topic_title(Lang::En, slug).is_some(), "no title for {slug}");
        }
        let menus = MAIN_MENU
            .iter()
            .chain(&SECOND_MENU)
            .chain(SIDE_LINKS.iter().map(|(href, _)| href))
            .chain(&FOOTER_MENU);
        for href in menus {
            let slug = href.trim_start_matches('/');
            assert!(
                slug.is_empty()
                    || allrussias_model::SECTIONS.contains(&slug)
                    || TOPICS.contains(&slug),
                "{href} is not a route"
            );
            for lang in [Lang::En, Lang::Ru] {
                assert!(!label(lang, href).is_empty(), "{href} has no label");
            }
        }
    }

    #[test]
    fn language_switch_mirrors_the_path() {
        assert_eq!(other_language_href("/"), "/ru");
        assert_eq!(
            other_language_href("/soviet-russia/a/b"),
            "/ru/soviet-russia/a/b"
        );
        assert_eq!(other_language_href("/ru/soviet-russia"), "/soviet-russia");
        assert_eq!(other_language_href("/ru"), "/");
    }
}
