use allrussias_model::{bullets_path, data, Page, Position, SectionManifest, SECTIONS};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::{fetch_json, FetchError};
use crate::components::chapter_sidebar::ChapterSidebar;
use crate::components::loaded::{rendered, Loaded};
use crate::components::page_body::PageBody;
use crate::components::page_heading::PageHeading;
use crate::components::pager::{Pager, PagerLink};
use crate::pages::not_found::NotFound;
use crate::routes::{page_href, section_href, LANG};

/// What a chapter page route resolves to.
#[derive(Clone)]
enum Reading {
    Found(Box<Found>),
    Missing,
}

#[derive(Clone)]
struct Found {
    manifest: SectionManifest,
    position: Position,
    chapter: String,
    page: Page,
}

async fn load(section: String, chapter: String, page: String) -> Result<Reading, FetchError> {
    if !SECTIONS.contains(&section.as_str()) {
        return Ok(Reading::Missing);
    }
    let manifest = fetch_json::<SectionManifest>(data::manifest(LANG, &section)).await?;
    // The manifest decides whether the page exists, so a failed page fetch is an error
    // to retry, never a "not found".
    let Some(position) = manifest.position(&chapter, &page) else {
        return Ok(Reading::Missing);
    };
    let path = page_href(&section, &chapter, &page);
    let page = fetch_json::<Page>(data::page(LANG, &path)).await?;
    Ok(Reading::Found(Box::new(Found {
        manifest,
        position,
        chapter,
        page,
    })))
}

/// One page of a chapter, read in order with PREVIOUS/NEXT and the chapter list beside it.
#[component]
pub fn ChapterPage() -> impl IntoView {
    let params = use_params_map();
    let reading = LocalResource::new(move || {
        let (section, chapter, page) = params.with(|p| {
            (
                p.get("section").unwrap_or_default(),
                p.get("chapter").unwrap_or_default(),
                p.get("page").unwrap_or_default(),
            )
        });
        rendered(load(section, chapter, page), |reading| match reading {
            Reading::Found(found) => view! { <Reader found=*found /> }.into_any(),
            Reading::Missing => view! { <NotFound /> }.into_any(),
        })
    });
    view! { <Loaded resource=reading /> }
}

#[component]
fn Reader(found: Found) -> impl IntoView {
    let Found {
        manifest,
        position,
        chapter,
        page,
    } = found;
    let section = manifest.slug.clone();
    let entry = &manifest.chapters[position.chapter_index];
    let chapter_title = entry.title.clone();
    let bullets = entry.bullets.then(|| {
        view! {
            <p class="chapter-bullets">
                <a href=bullets_path(&chapter)>"Bullet points for this chapter"</a>
            </p>
        }
    });
    let link = |n: allrussias_model::Neighbour| PagerLink {
        href: n.path(),
        title: n.title,
    };
    let prev = position.prev.clone().map(link);
    let next = position.next.clone().map(link);
    view! {
        <div class="chapter-page">
            <article class="chapter-page-text">
                <p class="breadcrumb">
                    <a href=section_href(&section)>{manifest.title.clone()}</a>
                    " › "
                    <span>{chapter_title}</span>
                </p>
                <PageHeading title=page.title.clone() description=page.description.clone() />
                <p class="page-count">
                    {format!("Page {} of {}", position.page_number, position.page_count)}
                </p>
                <PageBody page />
                {bullets}
                <Pager prev next />
            </article>
            <ChapterSidebar manifest current=Some(chapter) />
        </div>
    }
}
