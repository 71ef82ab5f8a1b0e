//! A whole chapter on one screen, its pages in order, for printing or saving as PDF.

use allrussias_model::book::page_path;
use allrussias_model::{data, ChapterEntry, Page, Section, SectionManifest};
use futures::future::try_join_all;
use leptos::prelude::*;

use crate::api::{fetch_json, FetchError};
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_body::PageBody;
use crate::components::page_heading::PageHeading;
use crate::i18n::{Lang, LangExt};
use crate::pages::not_found::NotFound;

#[derive(Clone)]
struct Chapter {
    section: SectionManifest,
    entry: ChapterEntry,
    pages: Vec<Page>,
}

async fn load(
    lang: Lang,
    section: Section,
    chapter: String,
) -> Result<Option<Chapter>, FetchError> {
    let section = section.slug();
    let manifest = fetch_json::<SectionManifest>(data::manifest(lang, section)).await?;
    let Some(entry) = manifest
        .chapters
        .iter()
        .find(|c| c.slug == chapter)
        .cloned()
    else {
        return Ok(None);
    };
    let pages = try_join_all(entry.pages.iter().map(|page| {
        fetch_json::<Page>(data::page(lang, &page_path(section, &chapter, &page.slug)))
    }))
    .await?;
    Ok(Some(Chapter {
        section: manifest,
        entry,
        pages,
    }))
}

#[component]
pub fn PrintChapter(section: Section, chapter: String) -> impl IntoView {
    let lang = Lang::current();
    let chapter = screen_resource(move || {
        rendered(
            load(lang, section, chapter.clone()),
            |chapter| match chapter {
                Some(chapter) => view! { <PrintView chapter /> }.into_any(),
                None => view! { <NotFound /> }.into_any(),
            },
        )
    });
    view! { <Loaded resource=chapter /> }
}

#[component]
fn PrintView(chapter: Chapter) -> impl IntoView {
    let Chapter {
        section,
        entry,
        pages,
    } = chapter;
    let lang = Lang::current();
    let ui = lang.ui();
    let first = pages.first().map(|page| lang.href(&page.path));
    view! {
        <article class="print-chapter">
            <p class="breadcrumb">
                <a href=lang.href(&format!("/{}", section.slug))>{section.title.clone()}</a>
            </p>
            <PageHeading title=entry.title.clone() description=entry.summary.clone() />
            <p class="print-chapter-summary">{entry.summary.clone()}</p>
            <p class="print-chapter-actions">
                <button type="button" class="button" on:click=|_| {
                    let _ = window().print();
                }>{ui.print}</button>
                {first.map(|href| view! { <a href=href>{ui.back_to_chapter}</a> })}
            </p>
            {pages
                .into_iter()
                .enumerate()
                .map(|(index, page)| {
                    let prefix = format!("p{}-", index + 1);
                    let title_id = format!("{prefix}title");
                    view! {
                        <section class="print-chapter-page" aria-labelledby=title_id.clone()>
                            <h2 id=title_id.clone()>{page.title.clone()}</h2>
                            <PageBody page prefix />
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
}
