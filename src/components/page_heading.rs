use leptos::html::H1;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::routes::document_title;

/// The page's one `<h1>`, its document title and its meta description. When a new page
/// mounts, focus moves to its heading so keyboard and screen-reader users start there.
#[component]
pub fn PageHeading(
    #[prop(into)] title: String,
    #[prop(into)] description: String,
) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    Effect::new(move |_| {
        if let Some(h1) = heading.get() {
            let _ = h1.focus();
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
