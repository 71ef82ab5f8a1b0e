//! Shows its children once its place comes near the window, so what sits far down a page
//! (and the code and data it needs) loads only for a reader who goes that far.

use leptos::html::Div;
use leptos::prelude::*;

/// How near counts, in window heights below the window's top: a screen ahead, so it is
/// there by the time it scrolls in.
const AHEAD: f64 = 2.0;

#[component]
pub fn WhenNear(children: ChildrenFn) -> impl IntoView {
    let near = RwSignal::new(false);
    let place = NodeRef::<Div>::new();
    // Measured on the scroll events the page already has rather than by an
    // IntersectionObserver, whose bindings the first view would carry for this alone.
    let check = move || {
        let Some(place) = place.get_untracked() else {
            return;
        };
        let height = window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or_default();
        if place.get_bounding_client_rect().top() < AHEAD * height {
            near.set(true);
        }
    };
    // A short page has its place near from the start: measured on the next frame, once
    // what is above it is laid out.
    place.on_load(move |_| request_animation_frame(check));
    let follow = window_event_listener(leptos::ev::scroll, move |_| {
        if !near.get_untracked() {
            check();
        }
    });
    on_cleanup(move || follow.remove());
    view! { <div class="when-near" node_ref=place>{move || near.get().then(|| children())}</div> }
}
