use allrussias_model::{data, Page, SiteIndex};
use leptos::prelude::*;

use crate::api::{fetch_json, FetchError};
use crate::components::loaded::{rendered, Loaded};
use crate::components::page_heading::PageHeading;
use crate::components::topic_article::TopicArticle;
use crate::routes::{section_href, LANG};

/// The page's content, or `None` while it is being written.
async fn load(slug: String) -> Result<Option<Page>, FetchError> {
    let index = fetch_json::<SiteIndex>(data::site_index(LANG)).await?;
    if !index.topics.iter().any(|t| t.slug == slug) {
        return Ok(None);
    }
    fetch_json::<Page>(data::page(LANG, &format!("/{slug}")))
        .await
        .map(Some)
}

/// A stand-alone page: its content if it has been written, an honest notice if not.
#[component]
pub fn TopicPage(slug: String, title: &'static str) -> impl IntoView {
    let page = LocalResource::new(move || {
        rendered(load(slug.clone()), move |page| match page {
            Some(page) => view! { <TopicArticle page /> }.into_any(),
            None => view! { <BeingWritten title /> }.into_any(),
        })
    });
    view! { <Loaded resource=page /> }
}

#[component]
fn BeingWritten(title: &'static str) -> impl IntoView {
    view! {
        <div class="being-written">
            <PageHeading title=title description=format!("{title}: this part of All Russias is being written.") />
            <p>"This part of All Russias is being written and is not ready to read yet."</p>
            <p>
                "Meanwhile, the history sections are open: "
                <a href=section_href("tsarist-russia")>"Tsarist Russia"</a> ", "
                <a href=section_href("soviet-russia")>"Soviet Russia"</a> " and "
                <a href=section_href("russian-federation")>"Russian Federation"</a>
                ". The " <a href="/site-map">"site map"</a> " lists every page there is."
            </p>
        </div>
    }
}
