//! The timeline: every event of the published timeline listed by year, filtered by
//! section and kind, walked with the arrow keys and opened with Enter, in both languages
//! and on a phone.

use fantoccini::key::Key;

use crate::support::browser::Browser;
use crate::support::timeline_in;

const EVENTS: &str = "return document.querySelectorAll('.timeline-event').length";

#[tokio::test]
async fn the_timeline_lists_filters_and_opens_every_event() {
    let b = Browser::start().await;
    let timeline = timeline_in("en");
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
    let timeline = timeline_in("ru");
    b.open("/ru/timeline").await;
    b.wait_for_h1("Хронология").await;
    b.wait_until(
        "the events",
        "return document.querySelectorAll('.timeline-event').length > 0",
    )
    .await;
    assert_eq!(b.js(EVENTS).await, timeline.events.len());
    let widths = b
        .js("return [document.documentElement.scrollWidth, window.innerWidth]")
        .await;
    let (scroll, inner): (u64, u64) = serde_json::from_value(widths).unwrap();
    assert!(
        scroll <= inner,
        "the timeline scrolls sideways: {scroll} > {inner}"
    );
    // Each event's link leads to the Russian page.
    let outside = b.js("return [...document.querySelectorAll('.timeline-event a')].filter(a => !a.getAttribute('href').startsWith('/ru/')).length").await;
    assert_eq!(outside, 0);
}
