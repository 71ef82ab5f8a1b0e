use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use crate::api::fetch_ahead;
use crate::i18n::{Lang, LangExt};
use crate::routes::{follow, Follow};
use crate::storage::Kept;

/// How long after a page shows its next page is fetched: once its own images and fonts
/// have had the network to themselves.
const AHEAD_AFTER: std::time::Duration = std::time::Duration::from_millis(400);

/// A link in the reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct PagerLink {
    pub href: String,
    pub title: String,
}

/// PREVIOUS / NEXT through a section's reading order; ← and → do the same. `ahead` is
/// the data the next page needs: it is fetched when the reader points at NEXT or focuses
/// it, and shortly after this page shows, unless the reader turned that off.
#[component]
pub fn Pager(
    prev: Option<PagerLink>,
    next: Option<PagerLink>,
    #[prop(optional)] ahead: Vec<String>,
) -> impl IntoView {
    let ahead = StoredValue::new(ahead);
    // Read here: the timer and the pointer run outside the component, without its context.
    let kept = Kept::get();
    let fetch_next = move || {
        if kept.settings.with_untracked(|s| s.ahead != "off") {
            ahead.with_value(|urls| urls.iter().cloned().for_each(fetch_ahead));
        }
    };
    // A reader turning pages faster than this never fetches the page they skipped.
    if let Ok(timer) = set_timeout_with_handle(fetch_next, AHEAD_AFTER) {
        on_cleanup(move || timer.clear());
    }
    let navigate = use_navigate();
    let (prev_href, next_href) = (
        prev.as_ref().map(|l| l.href.clone()),
        next.as_ref().map(|l| l.href.clone()),
    );
    let handle = window_event_listener(ev::keydown, move |event: KeyboardEvent| {
        if !is_plain_key(&event) || is_typing(&event) {
            return;
        }
        let target = match event.key().as_str() {
            "ArrowLeft" => prev_href.as_deref(),
            "ArrowRight" => next_href.as_deref(),
            _ => None,
        };
        if let Some(href) = target {
            event.prevent_default();
            navigate(href, follow(Follow::ToPage));
        }
    });
    on_cleanup(move || handle.remove());
    let ui = Lang::current().ui();
    view! {
        <nav class="pager" aria-label=ui.pager_label>
            {prev
                .map(|l| {
                    view! {
                        <a rel="prev" href=l.href class="pager-prev">
                            <span class="pager-label">{ui.previous}</span>
                            <span class="pager-title">{l.title}</span>
                        </a>
                    }
                })}
            {next
                .map(|l| {
                    view! {
                        <a
                            rel="next"
                            href=l.href
                            class="pager-next"
                            on:pointerenter=move |_| fetch_next()
                            on:focus=move |_| fetch_next()
                        >
                            <span class="pager-label">{ui.next}</span>
                            <span class="pager-title">{l.title}</span>
                        </a>
                    }
                })}
        </nav>
    }
}

fn is_plain_key(event: &KeyboardEvent) -> bool {
    !(event.alt_key()
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.default_prevented())
}

/// Keys belong to a field the reader is typing in.
pub fn is_typing(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| is_field(&element))
}

/// A field the reader types in: an input, a text area, a menu or editable text.
pub fn is_field(element: &web_sys::Element) -> bool {
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element
            .dyn_ref::<web_sys::HtmlElement>()
            .is_some_and(|e| e.is_content_editable())
}
