//! The timeline: every event of the published timeline listed by year, filtered by
//! section and kind, walked with the arrow keys and opened with Enter, in both languages
//! and on a phone, with the rulers from Kiev to today beside it; and each chapter page's
//! own strip of it.

use allrussias_model::data;
use allrussias_model::timeline::Event;
use allrussias_model::ChapterManifest;
use allrussias_model::Lang;
use fantoccini::key::Key;

use crate::support::browser::Browser;
use crate::support::{read_json, timeline_in};

const CHAPTER: (&str, &str) = ("tsarist-russia", "ivan-the-terrible-and-the-troubles");

const EVENTS: &str = "return document.querySelectorAll('.timeline-event').length";

#[tokio::test]
async fn the_timeline_lists_filters_and_opens_every_event() {
    let b = Browser::start().await;
    let timeline = timeline_in(Lang::En);
    b.open("/timeline").await;
    b.wait_for_h1("Timeline").await;
    b.wait_until(
        "the events",
        "return document.querySelectorAll('.timeline-event').length > 0",
    )
    .await;
    assert_eq!(b.js(EVENTS).await, timeline.events.len());
    assert_eq!(
        b.js_string("return document.querySelector('.timeline-count').textContent")
            .await,
        format!("{} events", timeline.events.len())
    );
    // The first event as the list shows it: its year as a heading, its text and its page.
    let first = &timeline.events[0];
    assert_eq!(
        b.js_string("return document.querySelector('.timeline-century h3').textContent")
            .await,
        first.date.year.to_string()
    );
    let shown = b
        .js_string("return document.querySelector('.timeline-event').textContent")
        .await;
    assert!(
        shown.contains(&first.text) && shown.contains(&first.title),
        "{shown}"
    );

    // Filters: a section, then a kind within it.
    b.js("const s = document.querySelectorAll('.timeline-filters select')[0]; s.value = 'soviet-russia'; s.dispatchEvent(new Event('change'))").await;
    let soviet = timeline
        .events
        .iter()
        .filter(|e| e.section == "soviet-russia");
    b.wait_until(
        "the section filter",
        &format!(
            "return document.querySelectorAll('.timeline-event').length === {}",
            soviet.clone().count()
        ),
    )
    .await;
    b.js("const s = document.querySelectorAll('.timeline-filters select')[1]; s.value = '0'; s.dispatchEvent(new Event('change'))").await;
    let wars = soviet
        .filter(|e| e.kind == allrussias_model::timeline::Kind::War)
        .count();
    assert!(wars > 0);
    b.wait_until(
        "the kind filter",
        &format!("return document.querySelectorAll('.timeline-event').length === {wars}"),
    )
    .await;

    // Keyboard: down moves to the next event's link, up back, Enter opens its page.
    b.js("document.querySelector('.timeline-event a').focus()")
        .await;
    b.press(Key::Down, &[]).await;
    let second = "return [...document.querySelectorAll('.timeline-event a')].indexOf(document.activeElement)";
    assert_eq!(b.js(second).await, 1);
    b.press(Key::Up, &[]).await;
    assert_eq!(b.js(second).await, 0);
    b.press(Key::Down, &[]).await;
    let target = b
        .js_string("return document.activeElement.getAttribute('href')")
        .await;
    b.press(Key::Enter, &[]).await;
    b.wait_until("the event's page", &format!("return location.pathname === '{target}' && document.querySelector('main .page-body') !== null")).await;
}

#[tokio::test]
async fn the_russian_timeline_reads_on_a_phone() {
    let b = Browser::phone().await;
    let timeline = timeline_in(Lang::Ru);
    b.open("/ru/timeline").await;
    b.wait_for_h1("Хронология").await;
    b.wait_until(
        "the events",
        "return document.querySelectorAll('.timeline-event').length > 0",
    )
    .await;
    assert_eq!(b.js(EVENTS).await, timeline.events.len());
    let (scroll, inner) = b.widths().await;
    assert!(
        scroll <= inner,
        "the timeline scrolls sideways: {scroll} > {inner}"
    );
    // Each event's link leads to the Russian page.
    let outside = b.js("return [...document.querySelectorAll('.timeline-event a')].filter(a => !a.getAttribute('href').startsWith('/ru/')).length").await;
    assert_eq!(outside, 0);
}

#[tokio::test]
async fn the_rulers_run_from_kiev_to_today_in_both_languages() {
    let b = Browser::start().await;
    for (lang, path, since) in [
        (Lang::En, "/timeline", "since 2012"),
        (Lang::Ru, "/ru/timeline", "с 2012"),
    ] {
        let reigns = timeline_in(lang).reigns;
        b.open(path).await;
        b.wait_until(
            "the rulers",
            "return document.querySelectorAll('.timeline-reigns li').length > 0",
        )
        .await;
        let shown: Vec<String> = serde_json::from_value(
            b.js("return [...document.querySelectorAll('.timeline-reigns li')].map(li => li.textContent)")
                .await,
        )
        .unwrap();
        assert_eq!(shown.len(), reigns.len());
        assert!(shown[0].starts_with(&reigns[0].ruler), "{shown:?}");
        // The Romanovs and the Soviet leaders are there, and the last reign goes on.
        assert!(shown.len() > 40, "{shown:?}");
        assert!(shown.last().unwrap().ends_with(since), "{shown:?}");
    }

    // A ruler jumps to the first year of events in the reign.
    let timeline = timeline_in(Lang::Ru);
    let at = timeline
        .reigns
        .iter()
        .position(|r| r.ruler == "Иосиф Сталин")
        .unwrap();
    let start = timeline.reigns[at].start.year;
    let year = timeline
        .events
        .iter()
        .map(|e| e.date.year)
        .find(|y| *y >= start)
        .unwrap();
    let ruler = format!(".timeline-reigns li:nth-child({}) a", at + 1);
    b.js(&format!(
        "document.querySelector('{ruler}').scrollIntoView({{ block: 'center' }})"
    ))
    .await;
    b.click(&ruler).await;
    b.wait_until(
        "the ruler's years in view",
        &format!("const h = document.getElementById('y{year}'); return location.hash === '#y{year}' && h !== null && Math.abs(h.getBoundingClientRect().top) < innerHeight / 2"),
    )
    .await;
}

/// The events the whole timeline gives for the chapter's pages, without the chapter's own
/// span (the strip's ends show it).
fn chapter_events(lang: Lang) -> Vec<Event> {
    let (section, chapter) = CHAPTER;
    let manifest: ChapterManifest = read_json(&data::chapter(lang, section, chapter));
    let prefix = format!("/{section}/{chapter}/");
    timeline_in(lang)
        .events
        .into_iter()
        .filter(|e| e.path.starts_with(&prefix) && e.text != manifest.chapter.title)
        .collect()
}

/// What the strip on the open page shows: each event's text, whether it is marked as this
/// page's, and its link if it has one; and the marks on the line, those of this page apart.
async fn strip(b: &Browser) -> (Vec<(String, bool, Option<String>)>, usize, usize) {
    // It loads as the reader nears the end of the page.
    b.scroll_to_strip().await;
    b.wait_until(
        "the chapter's strip of the timeline",
        "return document.querySelector('.chapter-timeline-events li') !== null",
    )
    .await;
    let listed = b
        .js("return [...document.querySelectorAll('.chapter-timeline-events li')].map(li => \
             [li.textContent, li.dataset.here === 'true', li.querySelector('a')?.getAttribute('href') ?? null])")
        .await;
    let marks = b
        .js(
            "return [document.querySelectorAll('.chapter-timeline-strip line:not(.chapter-timeline-axis)').length, \
             document.querySelectorAll('.chapter-timeline-strip line[data-here]').length]",
        )
        .await;
    let (all, here): (usize, usize) = serde_json::from_value(marks).unwrap();
    (serde_json::from_value(listed).unwrap(), all, here)
}

#[tokio::test]
async fn a_chapter_page_shows_its_strip_of_the_timeline_with_its_own_events_marked() {
    let b = Browser::start().await;
    let events = chapter_events(Lang::En);
    let page = events[events.len() / 2].path.clone();
    b.open(&page).await;
    b.wait_until(
        "the page",
        "return document.querySelector('.when-near') !== null",
    )
    .await;
    // Until the reader nears the end of the page, neither its code nor its data loads.
    let strip_loads = "return performance.getEntriesByType('resource').map(e => e.name) \
        .filter(n => n.includes('/timelines/') || n.includes('split_chapter_timeline')).length";
    let far =
        "return document.querySelector('.when-near').getBoundingClientRect().top > 2 * innerHeight";
    assert_eq!(b.js(far).await, true, "the page is too short to show it");
    assert_eq!(b.js(strip_loads).await, 0);
    let (listed, marks, marked) = strip(&b).await;
    assert_eq!(b.js(strip_loads).await, 2);
    assert_eq!(listed.len(), events.len());
    assert_eq!(marks, events.len());
    let here = events.iter().filter(|e| e.path == page).count();
    assert!(here > 0 && here < events.len());
    assert_eq!(marked, here);
    for ((text, is_here, link), event) in listed.iter().zip(&events) {
        assert!(
            text.contains(&event.text),
            "{text:?} lacks {:?}",
            event.text
        );
        assert_eq!(*is_here, event.path == page, "{text}");
        if event.path == page {
            assert!(text.ends_with("this page") && link.is_none(), "{text}");
        } else {
            assert_eq!(link.as_deref(), Some(event.path.as_str()));
        }
    }
    // Every mark sits on the line, in date order.
    let lefts: Vec<f64> = serde_json::from_value(
        b.js("const line = document.querySelector('.chapter-timeline-axis').getBoundingClientRect(); \
              return [...document.querySelectorAll('.chapter-timeline-strip line:not(.chapter-timeline-axis)')].map(l => { \
                const r = l.getBoundingClientRect(), start = r.left + (l.hasAttribute('data-span') ? 3 : 5); \
                return (r.left >= line.left - 6 && r.right <= line.right + 6) ? start : -1; })")
            .await,
    )
    .unwrap();
    assert!(
        lefts.iter().all(|l| *l >= 0.0),
        "a mark off the line: {lefts:?}"
    );
    // Where each starts (past its round cap: 5 px for a dot, 3 for a bar).
    assert!(lefts.windows(2).all(|w| w[0] <= w[1] + 0.5), "{lefts:?}");

    // An event of another page opens it, and the strip there marks that page's events.
    let other = events.iter().find(|e| e.path != page).unwrap();
    b.click(&format!(
        ".chapter-timeline-events a[href='{}']",
        other.path
    ))
    .await;
    b.wait_for_h1(&other.title).await;
    let (listed, _, marked) = strip(&b).await;
    let theirs = events.iter().filter(|e| e.path == other.path).count();
    assert_eq!(marked, theirs);
    assert_eq!(listed.iter().filter(|(_, here, _)| *here).count(), theirs);
}

#[tokio::test]
async fn the_russian_chapter_strip_reads_on_a_phone() {
    let b = Browser::phone().await;
    let events = chapter_events(Lang::Ru);
    b.open(&format!("/ru{}", events[0].path)).await;
    let (listed, _, _) = strip(&b).await;
    assert_eq!(listed.len(), events.len());
    assert!(listed[0].0.ends_with("эта страница"), "{:?}", listed[0]);
    assert!(listed
        .iter()
        .filter_map(|(_, _, link)| link.as_ref())
        .all(|link| link.starts_with("/ru/")));
    let (scroll, inner) = b.widths().await;
    assert!(
        scroll <= inner,
        "the page scrolls sideways: {scroll} > {inner}"
    );
}

/// Every fault of the strip's file: the alert in its place says what went wrong, the page
/// keeps its heading and title, and Try again brings the strip.
#[tokio::test]
async fn a_strip_that_cannot_load_says_so_in_its_place_and_recovers() {
    let b = Browser::start().await;
    let (section, chapter) = CHAPTER;
    let page = chapter_events(Lang::En)[0].path.clone();
    let file = data::chapter_timeline(Lang::En, section, chapter);
    let title = crate::support::page(&page).title;
    b.open(&page).await;
    b.bypass_service_worker().await;
    for (at, (fault, message)) in crate::faults::faults(Lang::En).into_iter().enumerate() {
        b.server.fail(&file, fault.clone());
        b.open(&page).await;
        b.wait_for_h1(&title).await;
        let document_title = b.js_string("return document.title").await;
        b.scroll_to_strip().await;
        let alert = b.alert().await;
        assert!(
            alert.contains("could not be loaded") && alert.contains(message),
            "{fault:?}: {alert}"
        );
        // The page keeps its one heading and its title; the alert sits where the strip goes.
        b.wait_for_h1(&title).await;
        assert_eq!(b.js_string("return document.title").await, document_title);
        assert_eq!(
            b.js("return document.querySelector('.when-near [role=alert] button') !== null")
                .await,
            true
        );
        if at == 0 {
            b.retry_fails_again(&file).await;
        }
        b.server.heal();
        b.click(".when-near [role=alert] button").await;
        b.wait_until(
            &format!("the strip after {fault:?}"),
            "return document.querySelector('.chapter-timeline-events li') !== null && document.querySelector('[role=alert]') === null",
        )
        .await;
    }
}
