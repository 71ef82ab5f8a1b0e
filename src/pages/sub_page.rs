use allrussias_model::learn::{CARDS, LEARN};
use allrussias_model::{data, Page};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::{fetch_listed, FetchError};
use crate::chunks;
use crate::components::chunk::Chunk;
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::topic_article::TopicArticle;
use crate::i18n::{Lang, LangExt};
use crate::pages::not_found::NotFound;
use crate::routes::topic_title;

/// The page, or `None` when its topic does not exist or does not list it.
async fn load(lang: Lang, topic: String, item: String) -> Result<Option<Page>, FetchError> {
    if topic_title(lang, &topic).is_none() {
        return Ok(None);
    }
    let path = format!("/{topic}/{item}");
    fetch_listed(
        data::page(lang, &format!("/{topic}")),
        |index: &Page| index.children.iter().any(|child| child.path == path),
        data::page(lang, &path),
    )
    .await
}

/// `/{topic}/{item}`: one statistical series, one gallery, a Learn Russian lesson or its
/// flash cards, or a page under a stand-alone page, such as one essay or one chapter's
/// bullet points.
#[component]
pub fn SubPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let (topic, item) = params.with(|p| {
            (
                p.get("slug").unwrap_or_default(),
                p.get("item").unwrap_or_default(),
            )
        });
        match (topic.as_str(), item.as_str()) {
            (LEARN, CARDS) => view! { <Chunk load=chunks::cards /> }.into_any(),
            (LEARN, _) => view! { <Chunk load=move || chunks::lesson(item.clone()) /> }.into_any(),
            ("statistics", _) => {
                view! { <Chunk load=move || chunks::series(item.clone()) /> }.into_any()
            }
            ("images", _) => {
                view! { <Chunk load=move || chunks::gallery(item.clone()) /> }.into_any()
            }
            _ => view! { <TopicSubPage topic item /> }.into_any(),
        }
    }
}

#[component]
fn TopicSubPage(topic: String, item: String) -> impl IntoView {
    let lang = Lang::current();
    let up = topic_title(lang, &topic).map(|title| (format!("/{topic}"), title));
    let page = screen_resource(move || {
        let up = up.clone();
        rendered(
            load(lang, topic.clone(), item.clone()),
            move |page| match (page, up.clone()) {
                (Some(page), Some(topic)) => view! { <TopicArticle page topic /> }.into_any(),
                _ => view! { <NotFound /> }.into_any(),
            },
        )
    });
    view! { <Loaded resource=page /> }
}
