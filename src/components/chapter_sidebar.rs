use allrussias_model::book::page_path;
use allrussias_model::ChapterManifest;
use allrussias_model::Topic;
use leptos::prelude::*;

use crate::i18n::{Lang, LangExt};
use crate::storage::Kept;

/// The section's chapters, the one being read (at `current` in the list) marked as current
/// and those read to the end marked as read.
#[component]
pub fn ChapterSidebar(manifest: ChapterManifest, current: usize) -> impl IntoView {
    let lang = Lang::current();
    let section = manifest.section;
    let kept = Kept::get();
    let name = lang.chapters_of(&manifest.section_title);
    view! {
        <nav class="chapter-sidebar" aria-label=name>
            <h2 class="chapter-sidebar-title">
                <a href=lang.href(&format!("/{section}"))>{manifest.section_title}</a>
            </h2>
            <ol>
                {manifest
                    .chapters
                    .into_iter()
                    .enumerate()
                    .map(|(i, chapter)| {
                        let read = kept.read_under(&page_path(&section, &chapter.slug, "")) >= chapter.pages;
                        view! {
                            <li class:read=read>
                                <a
                                    href=lang.href(&page_path(&section, &chapter.slug, &chapter.first))
                                    aria-current=(i == current).then_some("page")
                                >
                                    {chapter.title}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="chapter-sidebar-more">
                <a href=lang.href(&Topic::Statistics.path())>{Topic::Statistics.title(lang)}</a>
            </p>
        </nav>
    }
}
