use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use allrussias_model::block::{plain_text, word_count};
use allrussias_model::{Block, Page};
use leptos::prelude::*;

use crate::i18n::{Lang, LangExt};

/// Words a reader reads in a minute, for the reading-time estimate.
const WORDS_PER_MINUTE: usize = 200;

/// A page needs a list of its headings only when it has this many.
const MIN_HEADINGS: usize = 3;

/// The page's reading time, and for a long page the list of its headings, the one being
/// read marked as current as the reader scrolls.
#[component]
pub fn OnThisPage(page: Page) -> impl IntoView {
    let lang = Lang::current();
    let minutes = word_count(&page.body).div_ceil(WORDS_PER_MINUTE).max(1);
    let headings: Vec<(String, String)> = page
        .body
        .iter()
        .filter_map(|block| match block {
            Block::Heading {
                level: 2,
                id,
                content,
            } => Some((id.clone(), plain_text(content))),
            _ => None,
        })
        .collect();
    let list = (headings.len() >= MIN_HEADINGS).then(|| {
        let current = RwSignal::new(usize::MAX);
        let ids: Vec<String> = headings.iter().map(|(id, _)| id.clone()).collect();
        let last = Arc::new(AtomicUsize::new(usize::MAX));
        let follow = window_event_listener(leptos::ev::scroll, move |_| {
            // The last heading above the middle of the window is the one being read.
            let middle = window()
                .inner_height()
                .ok()
                .and_then(|h| h.as_f64())
                .unwrap_or_default()
                / 2.0;
            let at = ids
                .iter()
                .rposition(|id| {
                    document()
                        .get_element_by_id(id)
                        .is_some_and(|h| h.get_bounding_client_rect().top() < middle)
                })
                .unwrap_or(usize::MAX);
            if last.swap(at, Ordering::Relaxed) != at {
                current.set(at);
            }
        });
        on_cleanup(move || follow.remove());
        view! {
            <nav class="on-this-page" aria-label=lang.ui().on_this_page>
                <p class="on-this-page-title">{lang.ui().on_this_page}</p>
                <ol>
                    {headings
                        .into_iter()
                        .enumerate()
                        .map(|(i, (id, text))| {
                            view! {
                                <li>
                                    <a
                                        href=format!("#{id}")
                                        aria-current=move || (current.get() == i).then_some("location")
                                    >
                                        {text}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </nav>
        }
    });
    view! {
        <p class="reading-time">{lang.reading_time(minutes)}</p>
        {list}
    }
}
