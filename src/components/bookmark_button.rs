use leptos::prelude::*;

use crate::i18n::{Lang, LangExt};
use crate::storage::{today, Bookmark, Kept};

/// "Bookmark this page": pressed while the page is among the reader's bookmarks.
#[component]
pub fn BookmarkButton(path: String, title: String, section: String) -> impl IntoView {
    let kept = Kept::get();
    let pressed = {
        let path = path.clone();
        move || kept.is_bookmarked(&path)
    };
    let toggle = move |_| {
        kept.toggle_bookmark(Bookmark {
            path: path.clone(),
            title: title.clone(),
            section: section.clone(),
            saved: today(),
        })
    };
    view! {
        <button type="button" class="bookmark-button" aria-pressed=move || pressed().to_string() on:click=toggle>
            {Lang::current().ui().bookmark}
        </button>
    }
}
