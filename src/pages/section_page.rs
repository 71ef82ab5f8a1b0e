use allrussias_model::book::page_path;
use allrussias_model::{data, Section, SectionManifest};
use leptos::prelude::*;

use crate::api::fetch_json;
use crate::components::blocks::Blocks;
use crate::components::ebook_link::EbookLink;
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_heading::PageHeading;
use crate::components::save_offline::SaveOffline;
use crate::i18n::{Lang, LangExt};
use crate::storage::Kept;

/// A history section: its introduction and its chapters, each linked to its first page.
#[component]
pub fn SectionPage(section: Section) -> impl IntoView {
    let lang = Lang::current();
    let manifest = screen_resource(move || {
        rendered(
            fetch_json(data::manifest(lang, section.slug())),
            |manifest: SectionManifest| view! { <SectionView manifest /> },
        )
    });
    view! { <Loaded resource=manifest /> }
}

#[component]
fn SectionView(manifest: SectionManifest) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let section = manifest.slug.clone();
    let kept = Kept::get();
    let pages = manifest.page_paths().count();
    let read = manifest.page_paths().filter(|p| kept.has_read(p)).count();
    let paths: Vec<String> = manifest.page_paths().collect();
    let strips: Vec<String> = manifest
        .chapters
        .iter()
        .filter(|c| c.timeline)
        .map(|c| data::chapter_timeline(lang, &section, &c.slug))
        .collect();
    let ebook = manifest
        .ebook
        .clone()
        .map(|ebook| view! { <EbookLink ebook title=manifest.title.clone() /> });
    view! {
        <PageHeading title=manifest.title description=manifest.description />
        <div class="section-intro">
            <Blocks blocks=manifest.intro />
        </div>
        <p class="section-progress">{lang.pages_read(read, pages)}</p>
        <SaveOffline paths strips />
        {ebook}
        <h2>{ui.chapters}</h2>
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
                                <a href=lang.href(&page_path(&section, &chapter.slug, &first))>{chapter.title}</a>
                            </h3>
                            <p>{chapter.summary}</p>
                            <p class="chapter-list-count">
                                {lang.count(pages, &ui.page_forms)}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
