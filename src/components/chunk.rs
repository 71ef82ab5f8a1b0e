use std::future::Future;

use leptos::prelude::*;

use crate::components::loaded::{screen_resource, Loaded, Rendered};

/// A screen whose code lives in a chunk of its own ([`crate::chunks`]): loaded when the
/// screen is first shown, with the same loading notice, alert and Try again as data; a
/// `part` of a screen as [`Loaded`] shows one.
#[component]
pub fn Chunk<F, Fut>(load: F, #[prop(optional)] part: bool) -> impl IntoView
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Rendered> + 'static,
{
    let resource = screen_resource(move || Box::pin(load()));
    view! { <Loaded resource part /> }
}
