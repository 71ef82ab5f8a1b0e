use allrussias_model::Download;
use leptos::prelude::*;

use crate::i18n::{Lang, LangExt};
use crate::routes::site_url;

/// "Download the e-book (EPUB, 244 KB)": a section's or the whole history's EPUB.
#[component]
pub fn EbookLink(ebook: Download, #[prop(into)] title: String) -> impl IntoView {
    let lang = Lang::current();
    let name = ebook
        .path
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_string();
    view! {
        <p class="ebook-link">
            <a href=site_url(&ebook.path) download=name type="application/epub+zip">
                {lang.ebook_link(&title, ebook.bytes)}
            </a>
        </p>
    }
}
