use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Arc;

use allrussias_model::book::page_path;
use allrussias_model::{bullets_path, data, ChapterManifest, Page, Position, Section};
use leptos::prelude::*;

use crate::api::{fetch_json, FetchError};
use crate::components::bookmark_button::BookmarkButton;
use crate::components::chapter_sidebar::ChapterSidebar;
use crate::components::chunk::Chunk;
use crate::components::cite_button::{CiteButton, Cited};
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::on_this_page::OnThisPage;
use crate::components::page_body::PageBody;
use crate::components::page_heading::PageHeading;
use crate::components::pager::{Pager, PagerLink};
use crate::components::when_near::WhenNear;
use crate::i18n::{Lang, LangExt};
use crate::pages::not_found::NotFound;
use crate::storage::{Kept, Place};

/// What a chapter page route resolves to.
#[derive(Clone)]
enum Reading {
    Found(Box<Found>),
    Missing,
}

#[derive(Clone)]
struct Found {
    manifest: ChapterManifest,
    position: Position,
    page: Page,
}

async fn load(
    lang: Lang,
    section: Section,
    chapter: String,
    page: String,
) -> Result<Reading, FetchError> {
    let section = section.slug();
    // The chapter's manifest decides whether the page exists, so a failed page fetch is
    // an error to retry, never a "not found"; a chapter without one does not exist.
    let manifest = match fetch_json::<ChapterManifest>(data::chapter(lang, section, &chapter)).await
    {
        Err(FetchError::Status(404)) => return Ok(Reading::Missing),
        fetched => fetched?,
    };
    let Some(position) = manifest.position(&page) else {
        return Ok(Reading::Missing);
    };
    let path = page_path(section, &chapter, &page);
    let page = fetch_json::<Page>(data::page(lang, &path)).await?;
    Ok(Reading::Found(Box::new(Found {
        manifest,
        position,
        page,
    })))
}

/// One page of a chapter, read in order with PREVIOUS/NEXT and the chapter list beside it.
/// Each page is a screen of its own with its own resource: a page turned away from while
/// it loads is dropped at once, and never holds up the page the reader moved on to.
#[component]
pub fn ChapterPage(section: Section, chapter: String, page: String) -> impl IntoView {
    let lang = Lang::current();
    let reading = screen_resource(move || {
        rendered(
            load(lang, section, chapter.clone(), page.clone()),
            |reading| match reading {
                Reading::Found(found) => view! { <Reader found=*found /> }.into_any(),
                Reading::Missing => view! { <NotFound /> }.into_any(),
            },
        )
    });
    view! { <Loaded resource=reading /> }
}

#[component]
fn Reader(found: Found) -> impl IntoView {
    let Found {
        manifest,
        position,
        page,
    } = found;
    let lang = Lang::current();
    let ui = lang.ui();
    let section = manifest.section.clone();
    let chapter = manifest.chapter.slug.clone();
    let chapter_title = manifest.chapter.title.clone();
    let bullets = manifest.chapter.bullets.then(|| {
        view! { <a class="chapter-bullets" href=lang.href(&bullets_path(&chapter))>{ui.bullets_link}</a> }
    });
    let print = lang.href(&format!("/print/{section}/{chapter}"));
    let link = |n: allrussias_model::Neighbour| PagerLink {
        href: lang.href(&n.path()),
        title: n.title,
    };
    let ahead = position
        .next
        .iter()
        .flat_map(|n| {
            [
                data::chapter(lang, &n.section, &n.chapter),
                data::page(lang, &n.path()),
            ]
        })
        .collect::<Vec<_>>();
    let prev = position.prev.clone().map(link);
    let next = position.next.clone().map(link);
    remember_reading(&page.path, &page.title);
    let cited = Cited {
        title: page.title.clone(),
        section: Some(manifest.section_title.clone()),
        path: page.path.clone(),
        updated: page.updated.clone(),
    };
    let strip = manifest.chapter.timeline.then(|| {
        let (section, chapter, page) = (section.clone(), chapter.clone(), page.path.clone());
        let load =
            move || crate::chunks::chapter_timeline(section.clone(), chapter.clone(), page.clone());
        view! {
            <WhenNear>
                <Chunk load=load.clone() part=true />
            </WhenNear>
        }
    });
    let bookmark = view! {
        <BookmarkButton path=page.path.clone() title=page.title.clone() section=manifest.section_title.clone() />
    };
    view! {
        <div class="chapter-page">
            <article class="chapter-page-text">
                <p class="breadcrumb">
                    <a href=lang.href(&format!("/{section}"))>{manifest.section_title.clone()}</a>
                    " › "
                    <span>{chapter_title}</span>
                </p>
                <PageHeading title=page.title.clone() description=page.description.clone() />
                <p class="page-count">
                    {lang.page_of(position.page_number, position.page_count)}
                </p>
                {bookmark}
                <OnThisPage page=page.clone() />
                <PageBody page />
                <div class="chapter-links">
                    {bullets}
                    <a class="chapter-print" href=print>{ui.print_chapter}</a>
                    <CiteButton cited />
                </div>
                <Pager prev next ahead />
                // Last, so nothing the reader might be about to click moves when it comes.
                {strip}
            </article>
            <ChapterSidebar manifest current=position.chapter_index />
        </div>
    }
}

/// Marks the page read and as the place to continue from, keeping how far down the reader
/// got: the position is noted as they scroll and saved when they leave the page.
fn remember_reading(path: &str, title: &str) {
    let kept = Kept::get();
    let place = |scroll: i32| Place {
        href: Lang::current().route(path),
        title: title.to_string(),
        scroll,
    };
    kept.read(path, place(0));
    let scrolled = Arc::new(AtomicI32::new(0));
    let on_scroll = {
        let scrolled = scrolled.clone();
        window_event_listener(leptos::ev::scroll, move |_| {
            let y = window().scroll_y().unwrap_or_default() as i32;
            scrolled.store(y, Ordering::Relaxed)
        })
    };
    let leave = {
        let place = place(0);
        move || {
            let place = Place {
                scroll: scrolled.load(Ordering::Relaxed),
                ..place.clone()
            };
            kept.progress.update(|p| p.last = Some(place));
        }
    };
    let on_hide = {
        let leave = leave.clone();
        window_event_listener(leptos::ev::pagehide, move |_| leave())
    };
    on_cleanup(move || {
        leave();
        on_scroll.remove();
        on_hide.remove();
    });
}
