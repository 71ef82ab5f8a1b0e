use allrussias_model::book::page_path;
use allrussias_model::SectionManifest;
use leptos::prelude::*;

use crate::i18n::Lang;
use crate::routes::label;
use crate::storage::Kept;

/// The section's chapters, the one being read marked as current.
#[component]
pub fn ChapterSidebar(manifest: SectionManifest, current: Option<String>) -> impl IntoView {
    let lang = Lang::current();
    let section = manifest.slug.clone();
    view! {
        <nav class="chapter-sidebar" aria-label=lang.chapters_of(&manifest.title)>
            <h2 class="chapter-sidebar-title">
                <a href=lang.href(&format!("/{section}"))>{manifest.title.clone()}</a>
            </h2>
            <ol>
                {manifest
                    .chapters
                    .into_iter()
                    .map(|chapter| {
                        let first = chapter.pages.first().map(|p| p.slug.clone()).unwrap_or_default();
                        let is_current = current.as_deref() == Some(chapter.slug.as_str());
                        let read = chapter.pages.iter().all(|p| {
                            Kept::get().has_read(&page_path(&section, &chapter.slug, &p.slug))
                        });
                        view! {
                            <li class:read=read>
                                <a
                                    href=lang.href(&page_path(&section, &chapter.slug, &first))
                                    aria-current=is_current.then_some("page")
                                >
                                    {chapter.title}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="chapter-sidebar-more">
                <a href=lang.href("/statistics")>{label(lang, "/statistics")}</a>
            </p>
        </nav>
    }
}
