use allrussias_model::Page;
use leptos::prelude::*;

use crate::components::page_body::PageBody;
use crate::components::page_heading::PageHeading;

/// A stand-alone page or a page under one: the way back up, the text, and the pages
/// it lists (essays under Best Student Essays, each chapter's bullet points).
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
    let children = (!page.children.is_empty()).then(|| {
        view! {
            <ul class="topic-children">
                {page
                    .children
                    .clone()
                    .into_iter()
                    .map(|child| {
                        view! {
                            <li>
                                <a href=child.path>{child.title}</a>
                                <span class="topic-children-description">{child.description}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    });
    view! {
        <article class="topic-page">
            {up}
            <PageHeading title=page.title.clone() description=page.description.clone() />
            {chapter}
            {children}
            <PageBody page />
        </article>
    }
}
