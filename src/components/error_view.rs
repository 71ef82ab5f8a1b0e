use leptos::prelude::*;

use crate::components::page_heading::PageHeading;

/// Shown when a page's content cannot be loaded: what went wrong and a way to try again.
/// The frame around it keeps working.
#[component]
pub fn ErrorView(errors: ArcRwSignal<Errors>, retry: Callback<()>) -> impl IntoView {
    let messages = move || {
        let mut messages: Vec<String> = errors.read().iter().map(|(_, e)| e.to_string()).collect();
        messages.dedup();
        messages
            .into_iter()
            .map(|m| view! { <p>{m}</p> })
            .collect_view()
    };
    view! {
        <div class="error-view" role="alert">
            <PageHeading title="This page could not be loaded" description="The page could not be loaded." />
            {messages}
            <button type="button" on:click=move |_| retry.run(())>
                "Try again"
            </button>
        </div>
    }
}
