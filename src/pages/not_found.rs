use allrussias_model::Topic;
use leptos::prelude::*;
use leptos_meta::Meta;

use crate::components::page_heading::PageHeading;
use crate::i18n::{Lang, LangExt};

/// Any address the site does not have: unknown routes, chapters and pages.
#[component]
pub fn NotFound() -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    view! {
        <Meta name="robots" content="noindex" />
        <div class="not-found">
            <PageHeading title=ui.not_found_title description=ui.not_found_description />
            <p>{ui.not_found_text}</p>
            <ul>
                <li>
                    <a href=lang.href("/")>{ui.go_home}</a>
                </li>
                <li>
                    <a href=lang.href(&Topic::SiteMap.path())>{ui.see_site_map}</a>
                </li>
            </ul>
        </div>
    }
}
