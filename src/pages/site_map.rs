use allrussias_model::{data, SectionManifest, SiteIndex};
use leptos::prelude::*;

use crate::api::{fetch_json, FetchError};
use crate::components::loaded::{rendered, Loaded};
use crate::components::page_heading::PageHeading;
use crate::routes::{page_href, section_href, topic_title, LANG};

async fn load() -> Result<(SiteIndex, Vec<SectionManifest>), FetchError> {
    let index = fetch_json::<SiteIndex>(data::site_index(LANG)).await?;
    let mut manifests = Vec::with_capacity(index.sections.len());
    for section in &index.sections {
        manifests.push(fetch_json::<SectionManifest>(data::manifest(LANG, &section.slug)).await?);
    }
    Ok((index, manifests))
}

/// Every section, chapter and page, generated from the content, and every other page.
#[component]
pub fn SiteMap() -> impl IntoView {
    let map = LocalResource::new(|| {
        rendered(
            load(),
            |(index, manifests)| view! { <SiteMapView index manifests /> },
        )
    });
    view! {
        <PageHeading title="Site Map" description="Every section, chapter and page of All Russias." />
        <Loaded resource=map />
    }
}

#[component]
fn SiteMapView(index: SiteIndex, manifests: Vec<SectionManifest>) -> impl IntoView {
    let sections = manifests
        .into_iter()
        .map(|m| {
            let section = m.slug.clone();
            view! {
                <section class="site-map-section">
                    <h2>
                        <a href=section_href(&section)>{m.title}</a>
                    </h2>
                    <ol>
                        {m
                            .chapters
                            .into_iter()
                            .map(|c| {
                                let pages = c
                                    .pages
                                    .into_iter()
                                    .map(|p| {
                                        view! {
                                            <li>
                                                <a href=page_href(&section, &c.slug, &p.slug)>{p.title}</a>
                                            </li>
                                        }
                                    })
                                    .collect_view();
                                view! {
                                    <li>
                                        <h3>{c.title}</h3>
                                        <ol>{pages}</ol>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                </section>
            }
        })
        .collect_view();
    let written: Vec<String> = index.topics.into_iter().map(|t| t.slug).collect();
    let topics = allrussias_model::TOPICS
        .iter()
        .filter(|slug| **slug != "site-map")
        .map(|slug| {
            let note = (!written.iter().any(|w| w == slug)).then_some(" (being written)");
            view! {
                <li>
                    <a href=format!("/{slug}")>{topic_title(slug)}</a>
                    {note}
                </li>
            }
        })
        .collect_view();
    view! {
        {sections}
        <section class="site-map-section">
            <h2>"More of the site"</h2>
            <ul>{topics}</ul>
        </section>
    }
}
