use allrussias_model::{data, Page, Route, Topic};
use leptos::prelude::*;

use crate::api::{fetch_listed, FetchError};
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::topic_article::TopicArticle;
use crate::i18n::{Lang, LangExt};
use crate::pages::not_found::NotFound;

/// The page, or `None` when its topic does not list it.
async fn load(lang: Lang, topic: Topic, item: String) -> Result<Option<Page>, FetchError> {
    let path = Route::Item(topic, item).path();
    fetch_listed(
        data::page(lang, &topic.path()),
        |index: &Page| index.children.iter().any(|child| child.path == path),
        data::page(lang, &path),
    )
    .await
}

/// `/{topic}/{item}`: a page under a stand-alone page, such as one essay or one chapter's
/// bullet points. (A series, a gallery, a lesson and the flash cards have screens of their
/// own: [`crate::pages::screen`].)
#[component]
pub fn ItemPage(topic: Topic, item: String) -> impl IntoView {
    let lang = Lang::current();
    let up = (topic.path(), topic.title(lang));
    let page = screen_resource(move || {
        let up = up.clone();
        rendered(load(lang, topic, item.clone()), move |page| match page {
            Some(page) => view! { <TopicArticle page topic=up.clone() /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        })
    });
    view! { <Loaded resource=page /> }
}
