//! The route table's vocabulary: every menu of the frame and the site paths it links to.
//! Paths here are language-neutral; [`Lang::href`] puts them in the reader's language.

use std::sync::OnceLock;

use allrussias_model::block::is_safe_external;
use allrussias_model::TOPICS;
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

pub const FOOTER_MENU: [&str; 7] = [
    "/partners",
    "/about",
    "/site-map",
    "/feedback",
    "/bookmarks",
    "/bullets",
    "/timeline",
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
