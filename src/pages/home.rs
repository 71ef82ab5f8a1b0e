use allrussias_model::{data, SiteIndex};
use leptos::prelude::*;

use crate::api::fetch_json;
use crate::components::loaded::{rendered, Loaded};
use crate::components::page_heading::PageHeading;
use crate::routes::{section_href, LANG};

/// The home page: the history sections, generated from the site index.
#[component]
pub fn Home() -> impl IntoView {
    let index = LocalResource::new(|| {
        rendered(fetch_json(data::site_index(LANG)), |index: SiteIndex| {
            view! { <SectionCards index /> }
        })
    });
    view! {
        <PageHeading
            title="All Russias"
            description="Russian history and culture to read page by page: Tsarist Russia, Soviet Russia and the Russian Federation."
        />
        <p class="lead">
            "A thousand years of Russian history, told in short pages you can read one after another."
        </p>
        <Loaded resource=index />
    }
}

#[component]
fn SectionCards(index: SiteIndex) -> impl IntoView {
    view! {
        <ul class="section-cards">
            {index
                .sections
                .into_iter()
                .map(|s| {
                    view! {
                        <li class="section-card">
                            <h2>
                                <a href=section_href(&s.slug)>{s.title}</a>
                            </h2>
                            <p>{s.description}</p>
                            <p class="section-card-count">
                                {format!("{} chapters", s.chapters)}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
