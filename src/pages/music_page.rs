//! Russian Music Samples: each tune's score, a recording to play, its story and our ABC
//! transcription.

use allrussias_model::data;
use allrussias_model::music::Music;
use allrussias_model::Topic;
use leptos::prelude::*;

use crate::api::fetch_json;
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_heading::PageHeading;
use crate::i18n::{Lang, LangExt};
use crate::routes::site_url;

#[component]
pub fn MusicPage() -> impl IntoView {
    let lang = Lang::current();
    let music = screen_resource(move || {
        rendered(fetch_json(data::music(lang)), |music: Music| {
            view! { <TuneList music /> }
        })
    });
    view! { <Loaded resource=music /> }
}

#[component]
fn TuneList(music: Music) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    view! {
        <PageHeading title=Topic::Music.title(lang) description=ui.music_intro />
        <p>{ui.music_intro}</p>
        {music
            .tunes
            .into_iter()
            .map(|tune| {
                let heading = format!("tune-{}", tune.slug);
                view! {
                    <section class="tune" aria-labelledby=heading.clone()>
                        <h2 id=heading.clone()>{tune.title.clone()}</h2>
                        <p class="tune-composer">{tune.composer}</p>
                        <img
                            class="tune-score"
                            src=site_url(&tune.score)
                            alt=lang.score_of(&tune.title)
                            width=tune.score_width
                            height=tune.score_height
                            loading="lazy"
                            decoding="async"
                        />
                        <audio controls preload="none" aria-label=lang.recording_of(&tune.title)>
                            <source src=site_url(&tune.ogg) type="audio/ogg; codecs=opus" />
                            <source src=site_url(&tune.mp3) type="audio/mpeg" />
                        </audio>
                        <p>{tune.note}</p>
                        <p class="tune-source">
                            {tune.source} " " {tune.licence} ". "
                            <a href=site_url(&tune.abc) download>{ui.abc_download}</a>
                        </p>
                    </section>
                }
            })
            .collect_view()}
    }
}
