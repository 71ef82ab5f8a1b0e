use allrussias_model::Topic;
use allrussias_model::{data, Page, Section, SiteIndex};
use leptos::prelude::*;

use crate::api::{fetch_json, FetchError};
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_heading::PageHeading;
use crate::components::topic_article::TopicArticle;
use crate::i18n::{Lang, LangExt};

/// The page's content, or `None` while it is being written.
async fn load(lang: Lang, topic: Topic) -> Result<Option<Page>, FetchError> {
    let index = fetch_json::<SiteIndex>(data::site_index(lang)).await?;
    if !index.topics.iter().any(|t| t.slug == topic.slug()) {
        return Ok(None);
    }
    fetch_json::<Page>(data::page(lang, &topic.path()))
        .await
        .map(Some)
}

/// A stand-alone page: its content if it has been written, an honest notice if not.
#[component]
pub fn TopicPage(topic: Topic) -> impl IntoView {
    let lang = Lang::current();
    let title = topic.title(lang);
    let page = screen_resource(move || {
        rendered(load(lang, topic), move |page| match page {
            Some(page) => view! { <TopicArticle page /> }.into_any(),
            None => view! { <BeingWritten title /> }.into_any(),
        })
    });
    view! { <Loaded resource=page /> }
}

#[component]
fn BeingWritten(title: &'static str) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let section =
        |section: Section| view! { <a href=lang.href(&section.path())>{section.title(lang)}</a> };
    view! {
        <div class="being-written">
            <PageHeading title=title description=format!("{title}: {}", ui.being_written) />
            <p>{ui.being_written_text}</p>
            <p>
                {ui.meanwhile} " " {section(Section::TsaristRussia)} ", " {section(Section::SovietRussia)} " " {ui.and} " "
                {section(Section::RussianFederation)} ". " <a href=lang.href(&Topic::SiteMap.path())>{Topic::SiteMap.title(lang)}</a>
                " " {ui.site_map_lists}
            </p>
        </div>
    }
}
