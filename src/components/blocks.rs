//! Typed blocks to views. Text is always set as text, and a link is only made a link when
//! its address is one the site allows, whatever the JSON says.

use allrussias_model::block::{is_internal_route, is_media, is_safe_external};
use allrussias_model::search::mark;
use allrussias_model::{Block, Inline};
use leptos::prelude::*;
use leptos_router::hooks::use_query;

use crate::components::lightbox::{thumbnail_id, use_open_picture, PageFigures};
use crate::components::note_ref::{id_prefix, NoteRef};
use crate::i18n::{Lang, LangExt};
use crate::query::PageQuery;
use crate::routes::site_url;

#[component]
pub fn Blocks(blocks: Vec<Block>) -> impl IntoView {
    blocks.into_iter().map(block).collect_view()
}

fn block(block: Block) -> AnyView {
    match block {
        Block::Paragraph { content } => view! { <p>{inlines(content)}</p> }.into_any(),
        Block::Heading {
            level: 3,
            id,
            content,
        } => view! { <h3 id=format!("{}{id}", id_prefix())>{inlines(content)}</h3> }.into_any(),
        Block::Heading { id, content, .. } => {
            view! { <h2 id=format!("{}{id}", id_prefix())>{inlines(content)}</h2> }.into_any()
        }
        Block::Quote {
            content,
            attribution,
        } => view! {
            <figure class="quote">
                <blockquote>
                    <Blocks blocks=content />
                </blockquote>
                {attribution
                    .map(|a| view! { <figcaption>"— " {inlines(a)}</figcaption> })}
            </figure>
        }
        .into_any(),
        Block::List { ordered, items } => {
            let items = items
                .into_iter()
                .map(|item| view! { <li><Blocks blocks=item /></li> })
                .collect_view();
            if ordered {
                view! { <ol>{items}</ol> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }
        }
        Block::Table { head, rows } => view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=Lang::current().ui().table>
                <table>
                    <thead>
                        <tr>
                            {head
                                .into_iter()
                                .map(|cell| view! { <th scope="col">{inlines(cell)}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|row| {
                                view! {
                                    <tr>
                                        {row
                                            .into_iter()
                                            .map(|cell| view! { <td>{inlines(cell)}</td> })
                                            .collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any(),
        Block::Figure {
            src,
            alt,
            caption,
            width,
            height,
        } => {
            // A figure of the page opens in its lightbox, like a gallery's pictures.
            let figures = use_context::<PageFigures>();
            let slug = figures.as_ref().and_then(|f| f.slug_of(&src));
            let image = is_media(&src).then(|| {
                let img = view! { <img src=site_url(&src) alt=alt width=width height=height loading="lazy" decoding="async" /> };
                match (figures, slug) {
                    (Some(figures), Some(slug)) => {
                        let open = use_open_picture(figures.opened);
                        let opening = slug.clone();
                        view! {
                            <button
                                type="button"
                                class="figure-open"
                                id=thumbnail_id(&slug)
                                aria-label=Lang::current().ui().enlarge
                                on:click=move |_| open(&opening)
                            >
                                {img}
                            </button>
                        }
                        .into_any()
                    }
                    _ => img.into_any(),
                }
            });
            view! {
                <figure class="figure">
                    {image}
                    {(!caption.is_empty()).then(|| view! { <figcaption>{inlines(caption)}</figcaption> })}
                </figure>
            }
            .into_any()
        }
        Block::Aside { title, content } => {
            let label = title.clone();
            view! {
            <aside class="aside" aria-label=label>
                <h2 class="aside-title">{title}</h2>
                <Blocks blocks=content />
            </aside>
            }
            .into_any()
        }
    }
}

/// Text, with the word forms a search result asked for (`?hl=`) marked.
fn highlighted(text: String) -> AnyView {
    let forms: Vec<String> = use_query::<PageQuery>()
        .with_untracked(|query| query.as_ref().ok().and_then(|q| q.hl.clone()))
        .map(|hl| hl.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    if forms.is_empty() {
        return text.into_any();
    }
    marked(mark(&text, &forms))
}

/// Runs of text, the marked ones in `<mark>`: search matches in snippets and pages.
pub fn marked(runs: Vec<(String, bool)>) -> AnyView {
    runs.into_iter()
        .map(|(run, marked)| {
            if marked {
                view! { <mark>{run}</mark> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
        .into_any()
}

pub fn inlines(content: Vec<Inline>) -> AnyView {
    content.into_iter().map(inline).collect_view().into_any()
}

fn inline(inline: Inline) -> AnyView {
    match inline {
        Inline::Text(text) => highlighted(text),
        Inline::Emphasis(content) => view! { <em>{inlines(content)}</em> }.into_any(),
        Inline::Strong(content) => view! { <strong>{inlines(content)}</strong> }.into_any(),
        Inline::Link { to, content } if is_internal_route(&to) => {
            view! { <a href=Lang::current().href(&to)>{inlines(content)}</a> }.into_any()
        }
        Inline::ExternalLink { href, content } if is_safe_external(&href) => view! {
            <a href=href class="external" rel="noopener noreferrer">
                {inlines(content)}
            </a>
        }
        .into_any(),
        // An address the site does not allow: keep the words, drop the link.
        Inline::Link { content, .. } | Inline::ExternalLink { content, .. } => {
            view! { <span class="refused-link">{inlines(content)}</span> }.into_any()
        }
        Inline::NoteRef(number) => view! { <NoteRef number /> }.into_any(),
    }
}
