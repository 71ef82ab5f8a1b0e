use leptos::html::H1;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_location;

use crate::routes::document_title;

/// The page's one `<h1>`, its document title and its meta description. When a new page
/// mounts, focus moves to its heading so keyboard and screen-reader users start there.
#[component]
pub fn PageHeading(
    #[prop(into)] title: String,
    #[prop(into)] description: String,
) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    let hash = use_location().hash;
    Effect::new(move |_| {
        if let Some(h1) = heading.get() {
            let _ = h1.focus();
            // A link to a place in the page (`/a-z#kulak`) lands there once the text is in.
            // Deferred a frame, by when the page around the heading is in the document.
            let hash = hash.get_untracked();
            request_animation_frame(move || {
                let id = hash.trim_start_matches('#');
                if let Some(target) = (!id.is_empty())
                    .then(|| document().get_element_by_id(id))
                    .flatten()
                {
                    target.scroll_into_view();
                }
            });
        }
    });
    view! {
        <Title text=document_title(&title) />
        <Meta name="description" content=description />
        <h1 tabindex="-1" node_ref=heading>
            {title}
        </h1>
    }
}
