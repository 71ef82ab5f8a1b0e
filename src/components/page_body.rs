use allrussias_model::{Note, Page, PageLink, Source};
use leptos::prelude::*;

use crate::components::blocks::{inlines, Blocks};

/// A page's text, the pages it lists, then its notes and its sources.
#[component]
pub fn PageBody(page: Page) -> impl IntoView {
    view! {
        <div class="page-body">
            <Blocks blocks=page.body />
        </div>
        {children(page.children)}
        {notes(page.notes)}
        {sources(page.sources)}
    }
}

/// The pages under an index page: the essays, each chapter's bullet points.
fn children(children: Vec<PageLink>) -> impl IntoView {
    (!children.is_empty()).then(|| {
        view! {
            <ul class="topic-children">
                {children
                    .into_iter()
                    .map(|child| {
                        view! {
                            <li>
                                <a href=child.path>{child.title}</a>
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
fn notes(notes: Vec<Note>) -> impl IntoView {
    (!notes.is_empty()).then(|| {
        view! {
            <section class="notes" aria-labelledby="notes-title">
                <h2 id="notes-title">"Notes"</h2>
                <ol>
                    {notes
                        .into_iter()
                        .map(|note| {
                            let number = note.number;
                            view! {
                                <li id=format!("note-{number}") value=number>
                                    {inlines(note.content)}
                                    " "
                                    <a
                                        href=format!("#note-ref-{number}")
                                        aria-label=format!("Back to note {number} in the text")
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
fn sources(sources: Vec<Source>) -> impl IntoView {
    (!sources.is_empty()).then(|| {
        view! {
            <section class="sources" aria-labelledby="sources-title">
                <h2 id="sources-title">"Sources"</h2>
                <ul>
                    {sources
                        .into_iter()
                        .map(|s| {
                            let published = match s.publisher {
                                Some(publisher) => format!(" ({publisher}, {})", s.year),
                                None => format!(" ({})", s.year),
                            };
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
