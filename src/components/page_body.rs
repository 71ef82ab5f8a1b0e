use allrussias_model::{notes_title, sources_title, Note, Page, PageLink, Source};
use leptos::prelude::*;
use leptos_router::hooks::use_query;

use crate::chunks;
use crate::components::blocks::{inlines, Blocks};
use crate::components::chunk::Chunk;
use crate::components::lightbox::PageFigures;
use crate::components::note_ref::PageNotes;
use crate::i18n::{Lang, LangExt};
use crate::query::PageQuery;

/// A page's text, the pages it lists, then its notes and its sources. `prefix` keeps ids
/// apart where several pages are shown together.
#[component]
pub fn PageBody(page: Page, #[prop(optional, into)] prefix: String) -> impl IntoView {
    let lang = Lang::current();
    PageNotes::provide(&page.notes, &prefix);
    // The print view shows several pages at once: there, figures stay in print.
    let figures = prefix
        .is_empty()
        .then(|| PageFigures::from_blocks(&page.body))
        .filter(|f| !f.images.is_empty());
    // The lightbox's code is a chunk of its own, loaded when a picture is first opened
    // (or a reader arrives at one by its address) and kept for the rest of the page.
    let lightbox = figures.clone().map(|figures| {
        let PageFigures { images, opened } = figures.clone();
        provide_context(figures);
        let query = use_query::<PageQuery>();
        let wanted = Memo::new(move |was: Option<&bool>| {
            was == Some(&true)
                || query.with(|query| query.as_ref().is_ok_and(|q| q.image.is_some()))
        });
        move || {
            wanted.get().then(|| {
                let images = images.clone();
                view! { <Chunk load=move || chunks::lightbox(images.clone(), opened) /> }
            })
        }
    });
    // An untranslated page says so in the reader's language, and its text is marked as
    // English for screen readers and hyphenation.
    let notice = page.untranslated.then(|| {
        view! {
            <p class="untranslated" role="note">
                {lang.ui().untranslated}
            </p>
        }
    });
    let text_lang = page.untranslated.then_some("en");
    // Pages the text already links to (the grouped bullet points) are not listed again.
    let unlisted = page.unlisted_children().cloned().collect();
    view! {
        {notice}
        <div class="page-body" lang=text_lang>
            <Blocks blocks=page.body />
        </div>
        {children(lang, unlisted)}
        {notes(lang, &prefix, page.notes)}
        {sources(lang, &prefix, page.sources)}
        {lightbox}
    }
}

/// The pages under an index page: the essays, each chapter's bullet points.
fn children(lang: Lang, children: Vec<PageLink>) -> impl IntoView {
    (!children.is_empty()).then(|| {
        view! {
            <ul class="topic-children">
                {children
                    .into_iter()
                    .map(|child| {
                        view! {
                            <li>
                                <a href=lang.href(&child.path)>{child.title}</a>
                                <span class="topic-children-description">{child.description}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// Footnotes, each linked back to where it is referred to.
fn notes(lang: Lang, prefix: &str, notes: Vec<Note>) -> impl IntoView {
    (!notes.is_empty()).then(|| {
        view! {
            <section class="notes" aria-labelledby=format!("{prefix}notes-title")>
                <h2 id=format!("{prefix}notes-title")>{notes_title(lang)}</h2>
                <ol>
                    {notes
                        .into_iter()
                        .map(|note| {
                            let number = note.number;
                            view! {
                                <li id=format!("{prefix}note-{number}") value=number>
                                    {inlines(note.content)}
                                    " "
                                    <a
                                        href=format!("#{prefix}note-ref-{number}")
                                        aria-label=lang.back_to_note(number)
                                    >
                                        "↩"
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
        }
    })
}

/// The books and collections the page was written from.
fn sources(lang: Lang, prefix: &str, sources: Vec<Source>) -> impl IntoView {
    (!sources.is_empty()).then(|| {
        view! {
            <section class="sources" aria-labelledby=format!("{prefix}sources-title")>
                <h2 id=format!("{prefix}sources-title")>{sources_title(lang)}</h2>
                <ul>
                    {sources
                        .into_iter()
                        .map(|s| {
                            let published = format!(" ({})", s.imprint());
                            view! {
                                <li>
                                    {s.author} ", " <cite>{s.title}</cite> {published}
                                    {s.note.map(|n| format!(". {n}"))}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}
