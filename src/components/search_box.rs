use allrussias_model::Topic;
use leptos::ev;
use leptos::html::Input;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query};
use wasm_bindgen::JsCast;

use crate::components::pager::is_typing;
use crate::i18n::{Lang, LangExt};
use crate::query::SearchQuery;
use crate::routes::{follow, Follow};

/// The best result of the search on screen, which Enter in the search box opens.
#[derive(Clone, Copy)]
pub struct FirstResult(pub RwSignal<Option<String>>);

/// A result's link: the page, with the matched word forms to mark there.
pub fn result_href(lang: Lang, path: &str, forms: &[String]) -> String {
    let (page, fragment) = match path.split_once('#') {
        Some((page, fragment)) => (page, format!("#{fragment}")),
        None => (path, String::new()),
    };
    // A picture's result already has a query (`/images/era?image=map`).
    let join = if page.contains('?') { '&' } else { '?' };
    format!(
        "{}{join}hl={}{fragment}",
        lang.href(page),
        encode(&forms.join(" "))
    )
}

/// Percent-encodes a query value.
pub fn encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The links of the results shown on `/search`, in order.
pub const RESULT_LINKS: &str = ".search-results li > a";

fn first_result_link() -> Option<web_sys::HtmlElement> {
    document()
        .query_selector(RESULT_LINKS)
        .ok()
        .flatten()
        .and_then(|link| link.dyn_into().ok())
}

/// The search box in the frame: results appear on `/search` as the reader types; `/`
/// focuses the box from anywhere, Escape leaves it, Enter opens the best result, and Down
/// goes into the results, where Up and Down move between them and Up from the first returns.
#[component]
pub fn SearchBox() -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let navigate = use_navigate();
    let location = use_location();
    let query = use_query::<SearchQuery>();
    let first = use_context::<FirstResult>();
    let input = NodeRef::<Input>::new();
    let search_path = lang.href(&Topic::Search.path());
    let on_search_page = {
        let search_path = search_path.clone();
        move || location.pathname.get_untracked() == search_path
    };
    let show = {
        let navigate = navigate.clone();
        let search_path = search_path.clone();
        let on_search_page = on_search_page.clone();
        move |text: String| {
            navigate(
                &format!("{search_path}?q={}", encode(&text)),
                follow(if on_search_page() {
                    Follow::Replacing
                } else {
                    Follow::Adding
                }),
            );
        }
    };
    let focus_key = window_event_listener(ev::keydown, move |event| {
        if event.key() == "/" && !is_typing(&event) && !event.ctrl_key() && !event.meta_key() {
            if let Some(input) = input.get() {
                event.prevent_default();
                let _ = input.focus();
            }
        }
    });
    on_cleanup(move || focus_key.remove());
    view! {
        <form
            class="search-box"
            role="search"
            action=search_path.clone()
            on:submit=move |event| {
                event.prevent_default();
                if let Some(href) = first.and_then(|f| f.0.get_untracked()) {
                    navigate(&href, follow(Follow::ToPage));
                }
            }
        >
            <input
                type="search"
                name="q"
                id="search-input"
                node_ref=input
                aria-label=ui.search_label
                placeholder=ui.search_placeholder
                autocomplete="off"
                prop:value=move || {
                    if on_search_page() { query.with(|found| found.as_ref().ok().and_then(|s| s.q.clone()).unwrap_or_default()) } else { String::new() }
                }
                on:input=move |event| show(event_target_value(&event))
                on:keydown=move |event| {
                    match event.key().as_str() {
                        "Escape" => {
                            if let Some(input) = input.get() {
                                let _ = input.blur();
                            }
                        }
                        // Down from the box goes into the results, when they are shown.
                        "ArrowDown" => {
                            if let Some(link) = first_result_link() {
                                event.prevent_default();
                                let _ = link.focus();
                            }
                        }
                        _ => {}
                    }
                }
            />
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_links_carry_the_forms_before_the_fragment() {
        assert_eq!(
            result_href(Lang::Ru, "/a-z#kulak", &["кулаки".into()]),
            "/ru/a-z?hl=%D0%BA%D1%83%D0%BB%D0%B0%D0%BA%D0%B8#kulak"
        );
        assert_eq!(
            result_href(Lang::En, "/about", &["site".into(), "sites".into()]),
            "/about?hl=site+sites"
        );
    }
}
