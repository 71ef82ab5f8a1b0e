use crate::routes::site_url;
use allrussias_model::data::learn_audio;
use leptos::html::Audio;
use leptos::prelude::*;

/// A recording and the button that plays it. Browsers take the Opus file, or the MP3 when
/// they cannot play Opus; nothing is downloaded until the reader presses the button.
#[component]
pub fn AudioButton(stem: String, label: String) -> impl IntoView {
    let audio = NodeRef::<Audio>::new();
    let play = move |_| {
        if let Some(audio) = audio.get() {
            audio.set_current_time(0.0);
            let _ = audio.play();
        }
    };
    view! {
        <button type="button" class="play" aria-label=label.clone() title=label on:click=play></button>
        <audio node_ref=audio preload="none">
            <source src=site_url(&learn_audio(&stem, "ogg")) type="audio/ogg; codecs=opus" />
            <source src=site_url(&learn_audio(&stem, "mp3")) type="audio/mpeg" />
        </audio>
    }
}
