//! Shows its children once its place comes near the window, so what sits far down a page
//! (and the code and data it needs) loads only for a reader who goes that far.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// How near counts: a screen's height ahead, so it is there by the time it scrolls in.
const AHEAD: &str = "100% 0px";

#[component]
pub fn WhenNear(children: ChildrenFn) -> impl IntoView {
    let near = RwSignal::new(false);
    let place = NodeRef::<Div>::new();
    place.on_load(move |place| {
        let seen = Closure::<dyn Fn(Vec<IntersectionObserverEntry>, IntersectionObserver)>::new(
            move |entries: Vec<IntersectionObserverEntry>, observer: IntersectionObserver| {
                if entries.iter().any(|e| e.is_intersecting()) {
                    observer.disconnect();
                    near.set(true);
                }
            },
        );
        let options = IntersectionObserverInit::new();
        options.set_root_margin(AHEAD);
        let Ok(observer) =
            IntersectionObserver::new_with_options(seen.as_ref().unchecked_ref(), &options)
        else {
            // Without an observer, show it at once rather than never.
            near.set(true);
            return;
        };
        observer.observe(&place);
        // Kept as long as the place is shown; the callback goes with it.
        let kept = StoredValue::new_local((observer, seen));
        on_cleanup(move || kept.with_value(|(observer, _)| observer.disconnect()));
    });
    view! { <div class="when-near" node_ref=place>{move || near.get().then(|| children())}</div> }
}
