use allrussias_model::{data, home_lead, SiteIndex};
use leptos::prelude::*;

use crate::api::fetch_json;
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_heading::PageHeading;
use crate::i18n::{Lang, LangExt};
use crate::routes::site_url;
use crate::storage::Kept;

/// The home page: the history sections, generated from the site index.
#[component]
pub fn Home() -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    // All of it waits for the site index, so the first screen shows the static entry's
    // copy of the same text until then.
    let index = screen_resource(move || {
        rendered(
            fetch_json(data::site_index(lang)),
            move |index: SiteIndex| {
                view! {
                    <PageHeading title=ui.site_name description=ui.home_description />
                    <p class="lead">{home_lead(lang)}</p>
                    <ContinueReading />
                    <SectionCards index />
                }
            },
        )
    });
    view! { <Loaded resource=index /> }
}

#[component]
fn SectionCards(index: SiteIndex) -> impl IntoView {
    let lang = Lang::current();
    view! {
        <ul class="section-cards">
            {index
                .sections
                .into_iter()
                .map(|s| {
                    view! {
                        <li class="section-card">
                            <h2>
                                <a href=lang.href(&format!("/{}", s.slug))>{s.title}</a>
                            </h2>
                            <p>{s.description}</p>
                            <p class="section-card-count">
                                {lang.count(s.chapters, &lang.ui().chapter_forms)}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// "Continue reading": back to the last page read, at the place the reader left it.
#[component]
fn ContinueReading() -> impl IntoView {
    let ui = Lang::current().ui();
    let last = Kept::get().progress.with_untracked(|p| p.last.clone());
    last.map(|place| {
        view! {
            <p class="continue-reading">
                {ui.continue_reading} " "
                <a href=format!("{}?at={}", site_url(&place.href), place.scroll)>{place.title}</a>
            </p>
        }
    })
}
