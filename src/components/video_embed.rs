//! A video shown as our own poster and title; only a click loads it from YouTube's
//! privacy-enhanced host, so no page asks a third party for anything unasked.

use allrussias_model::videos::{embed_url, Video};
use leptos::prelude::*;

use crate::i18n::{Lang, LangExt};

#[component]
pub fn VideoEmbed(video: Video) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let playing = RwSignal::new(false);
    let src = embed_url(&video.id);
    let title = video.title.clone();
    let poster_title = video.title.clone();
    let player = move || {
        playing.get().then(|| {
            src.clone().map(|src| {
                view! {
                    <iframe
                        class="video-frame"
                        src=src
                        title=title.clone()
                        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
                        referrerpolicy="strict-origin-when-cross-origin"
                    ></iframe>
                }
            })
        })
    };
    view! {
        <figure class="video" id=format!("video-{}", video.id)>
            <Show
                when=move || playing.get()
                fallback=move || {
                    view! {
                        <button type="button" class="video-poster" on:click=move |_| playing.set(true)>
                            <span class="video-poster-play" aria-hidden="true"></span>
                            <span class="video-poster-title">{poster_title.clone()}</span>
                            <span class="video-poster-note">{ui.video_click}</span>
                        </button>
                    }
                }
            >
                {player.clone()}
            </Show>
            <figcaption>
                <strong>{video.title.clone()}</strong>
                " (" {video.channel.clone()} "). " {video.description.clone()}
            </figcaption>
        </figure>
    }
}
