//! The route table's vocabulary: every menu of the frame and the site paths it links to.
//! Paths here are language-neutral; [`Lang::href`] puts them in the reader's language.

use std::sync::OnceLock;

use allrussias_model::block::is_safe_external;
use allrussias_model::{Route, Section, Topic};
use leptos_router::NavigateOptions;

use crate::i18n::{Lang, LangExt};

static BASE: OnceLock<String> = OnceLock::new();

/// The path the site is served under, without its last slash: "" at the root of a domain,
/// "/sub" under a sub-path. Every address the app writes or fetches starts with it.
pub fn base() -> &'static str {
    BASE.get().map(String::as_str).unwrap_or_default()
}

/// Reads the base path from the entry's `allrussias-base` tag, which the compiler writes
/// from Trunk's public URL; a page without one is served from the root.
pub fn read_base() {
    let content = leptos::prelude::document()
        .query_selector("meta[name=allrussias-base]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    let _ = BASE.set(content.trim_end_matches('/').to_string());
}

/// Drops the slash a host adds to a route served as a folder (`/search/` for `/search`, as
/// GitHub Pages and plain file servers redirect), so the app knows one address per page:
/// the router would otherwise take `/search/` and `/search` for two places.
pub fn drop_folder_slash() {
    let location = leptos::prelude::window().location();
    let Ok(path) = location.pathname() else {
        return;
    };
    if path.len() > 1 && path.ends_with('/') {
        let search = location.search().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        let address = format!("{}{search}{hash}", path.trim_end_matches('/'));
        if let Ok(history) = leptos::prelude::window().history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
        }
    }
}

/// A site path (a route, `/data/...`, `/media/...`) as the browser asks for it. A
/// fragment or a web or mail address is kept as it is; anything else (a `javascript:` or
/// `data:` address from a damaged or hostile file, or `//host`) becomes `#`, which leads
/// nowhere.
pub fn site_url(path: &str) -> String {
    if path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/\\") {
        format!("{}{path}", base())
    } else if path.starts_with('#') || is_safe_external(path) {
        path.to_string()
    } else {
        "#".to_string()
    }
}

/// How the app moves to an address of its own.
#[derive(Clone, Copy)]
pub enum Follow {
    /// A new page: a new history entry, read from the top.
    ToPage,
    /// A new state of the same page (a picture opened): a new history entry, so Back
    /// undoes it, and the page stays where it is.
    Adding,
    /// The same entry with a new address (a picture closed, a search retyped).
    Replacing,
}

/// The router's options for `how`: the app's addresses carry the base path already, so
/// the router must not resolve them against it again.
pub fn follow(how: Follow) -> NavigateOptions {
    NavigateOptions {
        resolve: false,
        replace: matches!(how, Follow::Replacing),
        scroll: matches!(how, Follow::ToPage),
        ..NavigateOptions::default()
    }
}

/// The route shown at a browser path: the path without the base.
pub fn route_of(pathname: &str) -> &str {
    match pathname.strip_prefix(base()) {
        Some("") => "/",
        Some(route) if route.starts_with('/') => route,
        _ => pathname,
    }
}

pub const MAIN_MENU: [Route; 6] = [
    Route::Home,
    Route::Section(Section::TsaristRussia),
    Route::Section(Section::SovietRussia),
    Route::Section(Section::RussianFederation),
    Route::Topic(Topic::LearnRussian),
    Route::Topic(Topic::Images),
];

pub const SECOND_MENU: [Route; 6] = [
    Route::Topic(Topic::AToZ),
    Route::Topic(Topic::Videos),
    Route::Topic(Topic::Essays),
    Route::Topic(Topic::Jokes),
    Route::Topic(Topic::Laugh),
    Route::Topic(Topic::Links),
];

/// The classic site's side links: its jokes page, as "Political Jokes", and its music.
pub const SIDE_LINKS: [Route; 2] = [Route::Topic(Topic::Jokes), Route::Topic(Topic::Music)];

pub const FOOTER_MENU: [Route; 7] = [
    Route::Topic(Topic::Partners),
    Route::Topic(Topic::About),
    Route::Topic(Topic::SiteMap),
    Route::Topic(Topic::Feedback),
    Route::Topic(Topic::Bookmarks),
    Route::Topic(Topic::Bullets),
    Route::Topic(Topic::Timeline),
];

/// The label of a menu entry: the home page's, or the section's or stand-alone page's
/// title. No other kind of route is in a menu.
pub fn label(lang: Lang, route: &Route) -> &'static str {
    match route {
        Route::Home => lang.ui().home_label,
        Route::Section(section) => section.title(lang),
        Route::Topic(topic) => topic.title(lang),
        Route::Item(..) | Route::Page { .. } | Route::Print { .. } => "",
    }
}

/// The same page in the other language, for the language switch.
pub fn other_language_href(path: &str) -> String {
    Lang::of(path).other().href(Lang::site_path(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_site_paths_fragments_and_web_addresses_become_links() {
        for kept in [
            "/soviet-russia",
            "/media/maps/ussr.svg",
            "#note-1",
            "https://www.gks.ru/",
            "mailto:editors@example.org",
        ] {
            assert_eq!(site_url(kept), kept);
        }
        for hostile in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "//evil.example/x",
            "/\\evil.example/x",
            "soviet-russia",
        ] {
            assert_eq!(site_url(hostile), "#", "{hostile}");
        }
    }

    #[test]
    fn every_menu_entry_has_a_label() {
        let menus = MAIN_MENU
            .iter()
            .chain(&SECOND_MENU)
            .chain(&SIDE_LINKS)
            .chain(&FOOTER_MENU);
        for route in menus {
            for lang in [Lang::En, Lang::Ru] {
                assert!(!label(lang, route).is_empty(), "{route:?} has no label");
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
