use allrussias_model::Page;
use allrussias_model::Topic;
use leptos::prelude::*;

use crate::components::bookmark_button::BookmarkButton;
use crate::components::cite_button::{CiteButton, Cited};
use crate::components::page_body::PageBody;
use crate::components::page_heading::PageHeading;
use crate::i18n::{Lang, LangExt};

/// A stand-alone page or a page under one, with the way back up.
#[component]
pub fn TopicArticle(
    page: Page,
    /// The index the page sits under, as (site path, title).
    #[prop(optional)]
    topic: Option<(String, &'static str)>,
) -> impl IntoView {
    let lang = Lang::current();
    let topic_path = topic.as_ref().map(|(path, _)| path.clone());
    // Where the page belongs, for its bookmark: the index above it, or itself.
    let section = topic
        .as_ref()
        .map_or(page.title.clone(), |(_, title)| title.to_string());
    let up = topic.map(|(path, title)| {
        view! {
            <p class="breadcrumb">
                <a href=lang.href(&path)>{title}</a>
                " ›"
            </p>
        }
    });
    // A parent other than the topic index is the chapter the page summarises.
    let chapter = page
        .parent
        .clone()
        .filter(|parent| Some(&parent.path) != topic_path.as_ref())
        .map(|parent| {
            view! {
                <p class="topic-chapter">
                    {lang.ui().chapter} " " <a href=lang.href(&parent.path)>{parent.title}</a>
                </p>
            }
        });
    // Students cite essays, so an essay offers its reference.
    let cite = (topic_path == Some(Topic::Essays.path())).then(|| {
        let cited = Cited {
            title: page.title.clone(),
            section: Some(section.clone()),
            path: page.path.clone(),
            updated: page.updated.clone(),
        };
        view! {
            <div class="chapter-links">
                <CiteButton cited />
            </div>
        }
    });
    view! {
        <article class="topic-page">
            {up}
            <PageHeading title=page.title.clone() description=page.description.clone() />
            <BookmarkButton path=page.path.clone() title=page.title.clone() section=section />
            {chapter}
            <PageBody page />
            {cite}
        </article>
    }
}
