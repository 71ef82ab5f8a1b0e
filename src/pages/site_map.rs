use allrussias_model::book::page_path;
use allrussias_model::Topic;
use allrussias_model::{data, SectionManifest, SiteIndex};
use leptos::prelude::*;

use crate::api::{fetch_json, FetchError};
use crate::components::ebook_link::EbookLink;
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_heading::PageHeading;
use crate::i18n::{Lang, LangExt};
use crate::storage::Kept;

async fn load(lang: Lang) -> Result<(SiteIndex, Vec<SectionManifest>), FetchError> {
    let index = fetch_json::<SiteIndex>(data::site_index(lang)).await?;
    let mut manifests = Vec::with_capacity(index.sections.len());
    for section in &index.sections {
        manifests.push(fetch_json::<SectionManifest>(data::manifest(lang, &section.slug)).await?);
    }
    Ok((index, manifests))
}

/// Every section, chapter and page, generated from the content, and every other page.
#[component]
pub fn SiteMap() -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let map = screen_resource(move || {
        rendered(
            load(lang),
            |(index, manifests)| view! { <SiteMapView index manifests /> },
        )
    });
    view! {
        <PageHeading title=Topic::SiteMap.title(lang) description=ui.site_map_description />
        <Loaded resource=map />
    }
}

#[component]
fn SiteMapView(index: SiteIndex, manifests: Vec<SectionManifest>) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let kept = Kept::get();
    let sections = manifests
        .into_iter()
        .map(|m| {
            let section = m.slug.clone();
            let ebook = m
                .ebook
                .clone()
                .map(|ebook| view! { <EbookLink ebook title=m.title.clone() /> });
            view! {
                <section class="site-map-section">
                    <h2>
                        <a href=lang.href(&format!("/{section}"))>{m.title}</a>
                    </h2>
                    {ebook}
                    <ol>
                        {m
                            .chapters
                            .into_iter()
                            .map(|c| {
                                let pages = c
                                    .pages
                                    .into_iter()
                                    .map(|p| {
                                        let path = page_path(&section, &c.slug, &p.slug);
                                        let read = kept.has_read(&path).then_some(ui.read_mark);
                                        view! {
                                            <li class:read=read.is_some()>
                                                <a href=lang.href(&path)>{p.title}</a>
                                                {read.map(|r| view! { <span class="read-mark">{format!(" ({r})")}</span> })}
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
    let topics = Topic::ALL
        .iter()
        .filter(|topic| **topic != Topic::SiteMap)
        .map(|topic| {
            let written = written.iter().any(|w| w == topic.slug());
            let note = (!written).then_some(ui.being_written_mark);
            view! {
                <li>
                    <a href=lang.href(&topic.path())>{topic.title(lang)}</a>
                    {note.map(|n| format!(" {n}"))}
                </li>
            }
        })
        .collect_view();
    let whole = index
        .ebook
        .map(|ebook| view! { <EbookLink ebook title=ui.site_name /> });
    view! {
        {whole}
        {sections}
        <section class="site-map-section">
            <h2>{ui.more_of_the_site}</h2>
            <ul>{topics}</ul>
        </section>
    }
}
