use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::handover::Handover;
use crate::i18n::{Lang, LangExt};
use crate::routes::other_language_href;

/// "Русская версия" / "English version": the same page in the other language, with the
/// same query and fragment (a search, a picture, an A-Z term), opened at the heading the
/// reader had reached.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let location = use_location();
    let lang = Lang::current();
    let other = lang.other();
    let handover = Handover::get();
    let href = move || {
        let search = location.search.get();
        let query = if search.is_empty() {
            String::new()
        } else {
            format!("?{search}")
        };
        let path = other_language_href(&location.pathname.get());
        format!("{path}{query}{}", location.hash.get())
    };
    view! {
        <a
            class="language-switch"
            href=href
            hreflang=other.code()
            lang=other.code()
            on:click=move |event| {
                handover.leave_heading(heading_at_top());
                // A fragment the reader reached by an in-page link may be newer than the
                // router's; the router reads the link's address after this.
                if let Some(link) = event
                    .current_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                {
                    let shown = window().location().hash().unwrap_or_default();
                    let current = link.get_attribute("href").unwrap_or_default();
                    let path = current.split('#').next().unwrap_or_default();
                    let _ = link.set_attribute("href", &format!("{path}{shown}"));
                }
            }
        >
            {lang.ui().other_version}
        </a>
    }
}

fn headings() -> Vec<web_sys::HtmlElement> {
    let Ok(list) = document().query_selector_all("main h2, main h3") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// The last heading scrolled past the top of the window, if any.
fn heading_at_top() -> Option<u32> {
    headings()
        .iter()
        .rposition(|h| h.get_bounding_client_rect().top() <= 1.0)
        .map(|i| i as u32)
}

/// After a language switch, scrolls the new page to the heading the reader had reached.
pub fn restore_heading(handover: Handover) {
    if let Some(index) = handover.take_heading() {
        if let Some(heading) = headings().get(index as usize) {
            heading.scroll_into_view();
        }
    }
}
