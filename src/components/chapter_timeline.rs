//! A chapter's own strip of the timeline, on each of its pages: its years as a line with
//! its events on it, then the same events as a list that a screen reader reads in order,
//! each linked to its page. The events of the page being read are marked in both. Its
//! code is a chunk of its own ([`crate::chunks::chapter_timeline`]) and its data a file of
//! its own, both loaded when the reader nears the end of the page.

use allrussias_model::Topic;
use allrussias_model::{data, timeline};
use leptos::prelude::*;

use crate::api::fetch_json;
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::i18n::{Lang, LangExt};

#[component]
pub fn ChapterTimeline(section: String, chapter: String, page: String) -> impl IntoView {
    let lang = Lang::current();
    let strip = screen_resource(move || {
        let page = page.clone();
        rendered(
            fetch_json(data::chapter_timeline(lang, &section, &chapter)),
            move |strip: timeline::ChapterTimeline| shown(strip, &page),
        )
    });
    view! { <Loaded resource=strip part=true /> }
}

fn shown(strip: timeline::ChapterTimeline, page: &str) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    // Lines in a 10,000-wide box, one unit per hundredth of a percent: a span runs as a
    // bar from its start to its end, a date is a line of no length that its round caps
    // draw as a dot.
    let marks = strip
        .events
        .iter()
        .map(|event| {
            view! {
                <line
                    x1=event.at.to_string()
                    x2=(event.at + event.length).to_string()
                    y1="6"
                    y2="6"
                    data-here=(event.path == page).then_some("true")
                    data-span=(event.length > 0).then_some("true")
                />
            }
        })
        .collect_view();
    let events = strip
        .events
        .into_iter()
        .map(|event| {
            let here = event.path == page;
            let old_style = event.old_style.then(|| format!(" ({})", ui.old_style));
            let source = if here {
                view! { <span class="chapter-timeline-here">{ui.this_page}</span> }.into_any()
            } else {
                view! { <a href=lang.href(&event.path)>{event.title}</a> }.into_any()
            };
            view! {
                <li data-here=here.then_some("true")>
                    <span class="chapter-timeline-date">{event.date}{old_style}</span>
                    ": " {event.text} " — " {source}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="chapter-timeline" aria-labelledby="chapter-timeline-title">
            <h2 id="chapter-timeline-title">{ui.chapter_timeline}</h2>
            <div class="chapter-timeline-strip">
                <span>{strip.from}</span>
                <svg viewBox="0 0 10000 12" preserveAspectRatio="none" aria-hidden="true">
                    <line class="chapter-timeline-axis" x1="0" x2="10000" y1="6" y2="6" />
                    {marks}
                </svg>
                <span>{(strip.to != strip.from).then_some(strip.to)}</span>
            </div>
            <ol class="chapter-timeline-events">{events}</ol>
            <a class="chapter-timeline-all" href=lang.href(&Topic::Timeline.path())>{ui.whole_timeline}</a>
        </section>
    }
}
