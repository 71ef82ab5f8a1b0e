use allrussias_model::Topic;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::components::page_heading::PageHeading;
use crate::i18n::{Lang, LangExt};
use crate::storage::Kept;

/// Bookmark This Site: the reader's bookmarks with their section and date, each removable,
/// and the whole list saved to or loaded from a file.
#[component]
pub fn BookmarksPage() -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let kept = Kept::get();
    let failed = RwSignal::new(false);
    let export = move || {
        let json = kept
            .bookmarks
            .with(|b| serde_json::to_string_pretty(b).unwrap_or_default());
        format!(
            "data:application/json;charset=utf-8,{}",
            js_sys::encode_uri_component(&json)
        )
    };
    let import = move |event: leptos::ev::Event| {
        let file = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            leptos::task::spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                failed.set(!text.is_some_and(|t| kept.import(&t)));
            });
        }
    };
    let items = move || {
        let items = kept.bookmarks.with(|b| b.items.clone());
        if items.is_empty() {
            return view! { <p class="bookmarks-empty">{ui.bookmarks_empty}</p> }.into_any();
        }
        view! {
            <ul class="bookmarks">
                {items
                    .into_iter()
                    .map(|item| {
                        let path = item.path.clone();
                        view! {
                            <li>
                                <a href=lang.href(&item.path)>{item.title}</a>
                                <span class="bookmarks-meta">
                                    {format!("{} · {}", item.section, lang.date(&item.saved))}
                                </span>
                                <button type="button" on:click=move |_| kept.remove_bookmark(&path)>
                                    {ui.remove}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <PageHeading title=Topic::Bookmarks.title(lang) description=ui.bookmark />
        {items}
        <p class="bookmarks-files">
            <a href=export download="all-russias-bookmarks.json">{ui.export}</a>
            <label>
                {ui.import} " "
                <input type="file" accept="application/json,.json" on:change=import />
            </label>
        </p>
        {move || failed.get().then(|| view! { <p role="alert">{ui.import_failed}</p> })}
    }
}
