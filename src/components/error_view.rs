use leptos::prelude::*;

use crate::api::FetchError;
use crate::components::page_heading::PageHeading;
use crate::i18n::{Lang, LangExt};

/// Shown when a page's content cannot be loaded: what went wrong and a way to try again.
/// The frame around it keeps working. For a `part` of a page, the page keeps its heading.
#[component]
pub fn ErrorView(
    errors: ArcRwSignal<Errors>,
    retry: Callback<()>,
    #[prop(optional)] part: bool,
) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let messages = move || {
        let mut messages: Vec<String> = errors
            .read()
            .iter()
            .map(|(_, e)| match e.downcast_ref::<FetchError>() {
                Some(fetch) => fetch.message(lang),
                None => e.to_string(),
            })
            .collect();
        messages.dedup();
        messages
            .into_iter()
            .map(|m| view! { <p>{m}</p> })
            .collect_view()
    };
    view! {
        <div class="error-view" role="alert">
            {if part {
                view! { <p><strong>{ui.error_title}</strong></p> }.into_any()
            } else {
                view! { <PageHeading title=ui.error_title description=ui.error_description /> }
                    .into_any()
            }}
            {messages}
            <button type="button" on:click=move |_| retry.run(())>
                {ui.try_again}
            </button>
        </div>
    }
}
