use leptos::html::H1;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_location, use_query};

use crate::components::language_switch::restore_heading;
use crate::components::pager::is_field;
use crate::handover::Handover;
use crate::i18n::{Lang, LangExt};
use crate::query::PageQuery;

/// The page's one `<h1>`, its document title and its meta description. When the reader
/// moves to a new page, focus moves to its heading so keyboard and screen-reader users
/// start there; the page a visit opens on leaves focus where the browser starts it, so the
/// first Tab finds the skip link.
#[component]
pub fn PageHeading(
    #[prop(into)] title: String,
    #[prop(into)] description: String,
) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    let hash = use_location().hash;
    let handover = Handover::get();
    Effect::new(move |_| {
        if let Some(h1) = heading.get() {
            // Deferred a frame, by when the page around the heading is in the document (a
            // screen that has just loaded is built aside and then put in place): focus
            // moves to the heading, a link to a place in the page (`/a-z#kulak`) lands
            // there, and a language switch returns to the heading the reader had reached.
            let hash = hash.get_untracked();
            let at = use_query::<PageQuery>()
                .with_untracked(|query| query.as_ref().ok().and_then(|q| q.at.clone()))
                .and_then(|at| at.parse::<f64>().ok());
            request_animation_frame(move || {
                // Not while the reader types in a field, such as the search box whose
                // results page this is; and without scrolling, which is the router's on a
                // new page and the browser's on Back.
                let opened = handover.first_opening();
                if !opened && !document().active_element().is_some_and(|el| is_field(&el)) {
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = h1.focus_with_options(&options);
                }
                if let Some(at) = at {
                    window().scroll_to_with_x_and_y(0.0, at);
                    return;
                }
                let id = hash.trim_start_matches('#');
                match (!id.is_empty())
                    .then(|| document().get_element_by_id(id))
                    .flatten()
                {
                    Some(target) => target.scroll_into_view(),
                    None => restore_heading(handover),
                }
            });
        }
    });
    view! {
        <Title text=Lang::current().document_title(&title) />
        <Meta name="description" content=description />
        <h1 tabindex="-1" node_ref=heading>
            {title}
        </h1>
    }
}
