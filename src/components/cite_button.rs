use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::chunk::Chunk;
use crate::i18n::{Lang, LangExt};

/// What a reference to a page is made from, besides the site and today's date.
#[derive(Clone)]
pub struct Cited {
    pub title: String,
    /// The part of the site the page belongs to, as Chicago names it.
    pub section: Option<String>,
    /// The page's site path (`/soviet-russia/...`), made a full address in the reader's
    /// language.
    pub path: String,
    /// When the page last changed (`yyyy-mm-dd`), if the build knew.
    pub updated: Option<String>,
}

/// "Cite this page": opens the page's reference in each style the reader's language
/// offers. The dialog's code is a chunk of its own ([`crate::chunks::cite`]), fetched
/// ahead when the button is pointed at or focused.
#[component]
pub fn CiteButton(cited: Cited) -> impl IntoView {
    let ui = Lang::current().ui();
    let open = RwSignal::new(false);
    let cited = StoredValue::new(cited);
    let ahead = || {
        spawn_local(async {
            let _ = crate::chunks::preload_cite().await;
        })
    };
    view! {
        <button
            type="button"
            class="cite-button"
            aria-haspopup="dialog"
            on:click=move |_| open.set(true)
            on:pointerover=move |_| ahead()
            on:focusin=move |_| ahead()
        >
            {ui.cite_page}
        </button>
        <Show when=move || open.get()>
            <Chunk load=move || crate::chunks::cite(cited.get_value(), open) />
        </Show>
    }
}
