use allrussias_model::{data, SectionManifest};
use leptos::prelude::*;

use crate::api::fetch_json;
use crate::components::blocks::Blocks;
use crate::components::loaded::{rendered, Loaded};
use crate::components::page_heading::PageHeading;
use crate::routes::{page_href, LANG};

/// A history section: its introduction and its chapters, each linked to its first page.
#[component]
pub fn SectionPage(section: String) -> impl IntoView {
    let manifest = LocalResource::new(move || {
        rendered(
            fetch_json(data::manifest(LANG, &section)),
            |manifest: SectionManifest| view! { <SectionView manifest /> },
        )
    });
    view! { <Loaded resource=manifest /> }
}

#[component]
fn SectionView(manifest: SectionManifest) -> impl IntoView {
    let section = manifest.slug.clone();
    view! {
        <PageHeading title=manifest.title description=manifest.description />
        <div class="section-intro">
            <Blocks blocks=manifest.intro />
        </div>
        <h2>"Chapters"</h2>
        <ol class="chapter-list">
            {manifest
                .chapters
                .into_iter()
                .map(|chapter| {
                    let first = chapter.pages.first().map(|p| p.slug.clone()).unwrap_or_default();
                    let pages = chapter.pages.len();
                    view! {
                        <li>
                            <h3>
                                <a href=page_href(&section, &chapter.slug, &first)>{chapter.title}</a>
                            </h3>
                            <p>{chapter.summary}</p>
                            <p class="chapter-list-count">
                                {format!("{pages} page{}", if pages == 1 { "" } else { "s" })}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
