//! The All Russias reading app: the frame, the router and the routed screens.

pub mod api;
mod chunks;
pub mod components;
mod handover;
pub mod i18n;
pub mod pages;
mod query;
pub mod routes;
pub mod storage;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Link};
use leptos_router::components::Router;
use leptos_router::hooks::use_location;

use crate::components::search_box::FirstResult;
use crate::components::side_links::SideLinks;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::handover::Handover;
use crate::i18n::{Lang, LangExt};
use crate::pages::screen::Screen;
use crate::storage::Kept;

/// Removes what a route's static entry shows to readers without JavaScript and to
/// crawlers (its frame, text and head tags), so the app's own page and tags replace them;
/// the text itself is returned for the first screen ([`Handover`]), so it stays in view
/// in the app's one `<main>` until the screen's own content arrives.
fn take_over() -> Option<web_sys::Element> {
    let text = document().query_selector("#static article").ok().flatten();
    let Ok(list) = document().query_selector_all("#static, [data-static]") else {
        return text;
    };
    for i in 0..list.length() {
        if let Some(node) = list.item(i) {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(&node);
            }
        }
    }
    text
}

#[component]
pub fn App() -> impl IntoView {
    Handover::provide(take_over());
    routes::read_base();
    routes::drop_folder_slash();
    provide_meta_context();
    provide_context(FirstResult(RwSignal::new(None)));
    provide_context(Kept::load());
    chunks::preload_on_pointing();
    view! {
        <Router base=routes::base()>
            <Frame>
                <Screen />
            </Frame>
        </Router>
    }
}

/// The parts of every page around the routed screen. They are drawn again when the
/// language changes; the routed screen is a route of its own in each language.
#[component]
fn Frame(children: Children) -> impl IntoView {
    let location = use_location();
    let lang = Memo::new(move |_| Lang::of(&location.pathname.get()));
    // Both versions of the page, for search engines and for readers' browsers; search
    // engines take only full addresses.
    let origin = window().location().origin().unwrap_or_default();
    let alternates = move || {
        let path = location.pathname.get();
        let site_path = Lang::site_path(&path).to_string();
        [Lang::En, Lang::Ru].map(|l| {
            let href = format!("{origin}{}", l.href(&site_path));
            view! { <Link rel="alternate" hreflang=l.code() href=href /> }
        })
    };
    view! {
        <Html {..} lang=move || lang.get().code() />
        {alternates}
        {move || {
            let ui = lang.get().ui();
            view! {
                <a class="skip-link" href="#content" on:click=skip_to_content>
                    {ui.skip_link}
                </a>
                <SiteHeader />
            }
        }}
        <div class="site-body">
            <main id="content" tabindex="-1">
                {move || {
                    let ui = lang.get().ui();
                    Kept::get()
                        .reset
                        .get()
                        .then(|| view! { <p class="storage-notice" role="status">{ui.storage_reset}</p> })
                }}
                {children()}
            </main>
            {move || {
                lang.track();
                view! { <SideLinks /> }
            }}
        </div>
        {move || {
            lang.track();
            view! { <SiteFooter /> }
        }}
    }
}

/// The skip link moves focus past the header to the page itself, as a fragment link does
/// in a plain page; the router would only scroll, so the next Tab went back to the header.
fn skip_to_content(event: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    let main = document()
        .get_element_by_id("content")
        .and_then(|main| main.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        event.prevent_default();
        let _ = main.focus();
    }
}
