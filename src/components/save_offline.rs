//! "Save this section for offline reading": fetches every page of a section once, which
//! the service worker keeps, so the whole section opens later without a connection; and
//! its chapters' strips of the timeline with their code, so those show offline too.

use allrussias_model::data;
use futures::future::join_all;
use leptos::prelude::*;

use crate::api::keep;
use crate::chunks;
use crate::i18n::{Lang, LangExt};

/// Pages fetched at once: enough to be quick, few enough not to crowd a slow connection.
const AT_ONCE: usize = 6;

#[derive(Clone, Copy, PartialEq)]
enum Saving {
    Idle,
    Busy,
    Done { failed: usize },
}

#[component]
pub fn SaveOffline(paths: Vec<String>, strips: Vec<String>) -> impl IntoView {
    // Without a service worker nothing would be kept, so the button would only mislead.
    window().navigator().service_worker().controller()?;
    let lang = Lang::current();
    let ui = lang.ui();
    let total = paths.len();
    let paths = StoredValue::new(paths);
    let strips = StoredValue::new(strips);
    let saved = RwSignal::new(0usize);
    let state = RwSignal::new(Saving::Idle);
    let save = move |_| {
        state.set(Saving::Busy);
        saved.set(0);
        leptos::task::spawn_local(async move {
            let task = chunks::save_offline(paths.get_value(), strips.get_value(), lang, saved);
            let failed = match task.await {
                Ok(saving) => saving.await,
                // The code that saves did not load: nothing was saved.
                Err(_) => total,
            };
            state.set(Saving::Done { failed });
        });
    };
    let status = move || match state.get() {
        Saving::Idle => String::new(),
        Saving::Busy => lang.saving_offline(saved.get(), total),
        Saving::Done { failed: 0 } => lang.saved_offline(total),
        Saving::Done { failed } => lang.saved_offline_failed(total - failed, total),
    };
    Some(view! {
        <div class="save-offline">
            <button type="button" on:click=save disabled=move || state.get() == Saving::Busy>
                {ui.save_offline}
            </button>
            <p class="save-offline-status" role="status">{status}</p>
        </div>
    })
}

/// Fetches the pages, `AT_ONCE` at a time, counting those saved in `saved`, then the
/// chapters' strips; returns how many pages failed. Run from the `save_offline` chunk.
pub async fn save(
    paths: Vec<String>,
    strips: Vec<String>,
    lang: Lang,
    saved: RwSignal<usize>,
) -> usize {
    let mut failed = 0;
    for chunk in paths.chunks(AT_ONCE) {
        let results = join_all(chunk.iter().map(|path| keep(data::page(lang, path)))).await;
        let ok = results.iter().filter(|r| r.is_ok()).count();
        failed += results.len() - ok;
        saved.update(|n| *n += ok);
    }
    // The strips are extras, not the pages the count promises: a failed one leaves a page
    // without its strip offline, nothing more.
    let _ = chunks::preload_chapter_timeline().await;
    join_all(strips.into_iter().map(keep)).await;
    failed
}
