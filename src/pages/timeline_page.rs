//! The timeline of the whole history: every dated event of the content, by century and
//! year, each linked to its page, with the rulers' reigns beside them. Filters by section
//! and kind; the centuries bar is the zoomed-out view (each century's share of events)
//! and jumps to it; arrow keys move between events and Enter opens one's page. The list
//! is plain headings and lists, so a screen reader reads it in order.

use allrussias_model::data;
use allrussias_model::timeline::{Event, Kind, Timeline};
use allrussias_model::Section;
use allrussias_model::Topic;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::fetch_json;
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_heading::PageHeading;
use crate::i18n::{Lang, LangExt};

const KINDS: [Kind; 6] = [
    Kind::War,
    Kind::Reform,
    Kind::Politics,
    Kind::Economy,
    Kind::Culture,
    Kind::People,
];

#[component]
pub fn TimelinePage() -> impl IntoView {
    let lang = Lang::current();
    let timeline = screen_resource(move || {
        rendered(
            fetch_json(data::timeline(lang)),
            |timeline: Timeline| view! { <TimelineView timeline /> },
        )
    });
    view! { <Loaded resource=timeline /> }
}

/// The century a year falls in, counted as readers do: 1901–2000 is the 20th.
fn century(year: i32) -> i32 {
    (year + 99) / 100
}

fn century_name(lang: Lang, century: i32) -> String {
    match lang {
        Lang::Ru => format!("{} век", roman(century)),
        Lang::En => {
            let suffix = match (century % 10, century % 100) {
                (1, n) if n != 11 => "st",
                (2, n) if n != 12 => "nd",
                (3, n) if n != 13 => "rd",
                _ => "th",
            };
            format!("{century}{suffix} century")
        }
    }
}

fn roman(mut n: i32) -> String {
    const DIGITS: [(i32, &str); 8] = [
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, digits) in DIGITS.iter() {
        while n >= *value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// Events grouped by century, then by year, in date order.
type Centuries = Vec<(i32, Vec<(i32, Vec<Event>)>)>;

/// How many events a century's years hold.
fn events_in(years: &[(i32, Vec<Event>)]) -> usize {
    years.iter().map(|(_, events)| events.len()).sum()
}

fn group(events: impl Iterator<Item = Event>) -> Centuries {
    let mut centuries: Centuries = Vec::new();
    for event in events {
        let (c, y) = (century(event.date.year), event.date.year);
        if centuries.last().is_none_or(|(last, _)| *last != c) {
            centuries.push((c, Vec::new()));
        }
        let Some((_, years)) = centuries.last_mut() else {
            continue;
        };
        match years.last_mut() {
            Some((year, list)) if *year == y => list.push(event),
            _ => years.push((y, vec![event])),
        }
    }
    centuries
}

/// Arrow keys (up and left, down and right) move focus to the previous or next event shown; Enter follows the link.
fn move_between_events(event: KeyboardEvent) {
    let step: i32 = match event.key().as_str() {
        "ArrowDown" | "ArrowRight" => 1,
        "ArrowUp" | "ArrowLeft" => -1,
        _ => return,
    };
    let Some(list) = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(links) = list.query_selector_all(".timeline-event a") else {
        return;
    };
    let active = document().active_element();
    let at = (0..links.length()).find(|&i| {
        links
            .get(i)
            .zip(active.as_ref())
            .is_some_and(|(link, active)| link.is_same_node(Some(active)))
    });
    let Some(at) = at else { return };
    let to = i64::from(at) + i64::from(step);
    let Some(next) = u32::try_from(to).ok().and_then(|to| links.get(to)) else {
        return;
    };
    if let Ok(next) = next.dyn_into::<web_sys::HtmlElement>() {
        event.prevent_default();
        let _ = next.focus();
    }
}

#[component]
fn TimelineView(timeline: Timeline) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let section = RwSignal::new(String::new());
    let kind = RwSignal::new(None::<Kind>);
    let events = StoredValue::new(timeline.events);
    let shown = Memo::new(move |_| {
        let (section, kind) = (section.get(), kind.get());
        events.with_value(|events| {
            group(
                events
                    .iter()
                    .filter(|e| section.is_empty() || e.section == section)
                    .filter(|e| kind.is_none_or(|k| e.kind == k))
                    .cloned(),
            )
        })
    });
    let count = move || shown.with(|c| c.iter().map(|(_, years)| events_in(years)).sum::<usize>());
    let overview = move || {
        shown.with(|centuries| {
            let most = centuries.iter().map(|(_, years)| events_in(years)).max().unwrap_or(1).max(1);
            centuries
                .iter()
                .map(|(c, years)| {
                    let n = events_in(years);
                    // Drawn as SVG: the site's CSP allows no inline styles.
                    let height = 5 + 95 * n / most;
                    view! {
                        <li>
                            <a href=format!("#c{c}") title=format!("{}: {n}", century_name(lang, *c))>
                                <svg class="timeline-bar" viewBox="0 0 10 100" preserveAspectRatio="none" aria-hidden="true">
                                    <rect x="0" y=(100 - height).to_string() width="10" height=height.to_string() />
                                </svg>
                                <span class="timeline-bar-label">{roman(*c)}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let reigns = timeline
        .reigns
        .iter()
        .map(|reign| {
            // The first year of events in the reign (or after it); the events are in date order.
            let start = reign.start.year;
            let at = events.with_value(|events| {
                let first = events.partition_point(|e| e.date.year < start);
                events
                    .get(first)
                    .or(events.last())
                    .map_or(start, |e| e.date.year)
            });
            view! {
                <li>
                    <a href=format!("#{}", year_id(at))>{reign.ruler.clone()}</a>
                    " "
                    <span class="timeline-reign-years">{reign.years(lang)}</span>
                </li>
            }
        })
        .collect_view();
    let list = move || {
        shown.with(|centuries| {
            centuries
                .iter()
                .map(|(c, years)| {
                    view! {
                        <section class="timeline-century" aria-labelledby=format!("c{c}")>
                            <h2 id=format!("c{c}")>{century_name(lang, *c)}</h2>
                            {years
                                .iter()
                                .map(|(year, events)| {
                                    view! {
                                        <h3 id=year_id(*year)>{*year}</h3>
                                        <ul class="timeline-events">
                                            {events.iter().map(|e| view! { <TimelineEvent event=e.clone() /> }).collect_view()}
                                        </ul>
                                    }
                                })
                                .collect_view()}
                        </section>
                    }
                })
                .collect_view()
        })
    };
    let section_options = Section::ALL
        .iter()
        .map(|section| view! { <option value=section.slug()>{section.title(lang)}</option> })
        .collect_view();
    let kind_options = KINDS
        .iter()
        .enumerate()
        .map(|(i, k)| view! { <option value=i.to_string()>{kind_name(lang, *k)}</option> })
        .collect_view();
    view! {
        <article class="timeline">
            <PageHeading title=Topic::Timeline.title(lang).to_string() description=ui.timeline_lead.to_string() />
            <p class="lead">{ui.timeline_lead}</p>
            <form class="timeline-filters" on:submit=|e| e.prevent_default()>
                <label>
                    {ui.timeline_section} " "
                    <select on:change=move |e| section.set(event_target_value(&e))>
                        <option value="">{ui.timeline_all}</option>
                        {section_options}
                    </select>
                </label>
                <label>
                    {ui.timeline_kind} " "
                    <select on:change=move |e| {
                        kind.set(event_target_value(&e).parse::<usize>().ok().and_then(|i| KINDS.get(i).copied()))
                    }>
                        <option value="">{ui.timeline_all}</option>
                        {kind_options}
                    </select>
                </label>
                <p class="timeline-count" role="status">{move || lang.events(count())}</p>
            </form>
            <nav class="timeline-overview" aria-label=ui.timeline_centuries>
                <ol>{overview}</ol>
            </nav>
            <div class="timeline-body">
                <div class="timeline-list" on:keydown=move_between_events>{list}</div>
                <aside class="timeline-reigns" aria-labelledby="timeline-reigns-title">
                    <h2 id="timeline-reigns-title">{ui.timeline_reigns}</h2>
                    <ul>{reigns}</ul>
                </aside>
            </div>
        </article>
    }
}

fn kind_name(lang: Lang, kind: Kind) -> &'static str {
    let names = lang.ui().timeline_kinds;
    let at = KINDS.iter().position(|k| *k == kind).unwrap_or_default();
    names[at]
}

#[component]
fn TimelineEvent(event: Event) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let date = event.date.until(event.end.as_ref(), lang);
    let old_style = event.old_style.then_some(ui.old_style);
    view! {
        <li class="timeline-event" data-kind=kind_name(Lang::En, event.kind).to_lowercase()>
            <span class="timeline-date">{date} {old_style.map(|o| format!(" ({o})"))}</span>
            ": "
            {event.text}
            " "
            <span class="timeline-kind">{kind_name(lang, event.kind)}</span>
            " — "
            <a href=lang.href(&event.path)>{event.title}</a>
        </li>
    }
}

/// The id of a year's heading in the list, which the rulers' links jump to.
fn year_id(year: i32) -> String {
    format!("y{year}")
}
