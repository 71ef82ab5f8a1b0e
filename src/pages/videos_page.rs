//! Russia on YouTube: documentary and archive videos by era, each loaded only on request.

use allrussias_model::data;
use allrussias_model::videos::Videos;
use allrussias_model::Topic;
use leptos::prelude::*;

use crate::api::fetch_json;
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_heading::PageHeading;
use crate::components::video_embed::VideoEmbed;
use crate::i18n::{Lang, LangExt};

#[component]
pub fn VideosPage() -> impl IntoView {
    let lang = Lang::current();
    let videos = screen_resource(move || {
        rendered(fetch_json(data::videos(lang)), |videos: Videos| {
            view! { <VideoList videos /> }
        })
    });
    view! { <Loaded resource=videos /> }
}

#[component]
fn VideoList(videos: Videos) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    view! {
        <PageHeading title=Topic::Videos.title(lang) description=ui.videos_intro />
        <p>{ui.videos_intro}</p>
        {videos
            .eras
            .into_iter()
            .map(|era| {
                view! {
                    <section class="video-era">
                        <h2>{era.title}</h2>
                        <div class="video-grid">
                            {era.videos.into_iter().map(|video| view! { <VideoEmbed video /> }).collect_view()}
                        </div>
                    </section>
                }
            })
            .collect_view()}
    }
}
