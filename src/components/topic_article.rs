use allrussias_model::Page;
use leptos::prelude::*;

use crate::components::page_body::PageBody;
use crate::components::page_heading::PageHeading;

/// A stand-alone page or a page under one, with the way back up.
#[component]
pub fn TopicArticle(
    page: Page,
    /// The index the page sits under, as (href, title).
    #[prop(optional)]
    topic: Option<(String, &'static str)>,
) -> impl IntoView {
    let topic_href = topic.as_ref().map(|(href, _)| href.clone());
    let up = topic.map(|(href, title)| {
        view! {
            <p class="breadcrumb">
                <a href=href>{title}</a>
                " ›"
            </p>
        }
    });
    // A parent other than the topic index is the chapter the page summarises.
    let chapter = page
        .parent
        .clone()
        .filter(|parent| Some(&parent.path) != topic_href.as_ref())
        .map(|parent| {
            view! {
                <p class="topic-chapter">
                    "Chapter: " <a href=parent.path>{parent.title}</a>
                </p>
            }
        });
    view! {
        <article class="topic-page">
            {up}
            <PageHeading title=page.title.clone() description=page.description.clone() />
            {chapter}
            <PageBody page />
        </article>
    }
}
