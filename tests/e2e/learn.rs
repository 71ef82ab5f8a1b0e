//! Learn Russian: the alphabet and its recordings, the transliteration box, lessons, flash
//! cards kept across reloads (and reset alone when damaged), and the Russian version.

use allrussias_model::translit::{strip_stress, to_latin};
use serde_json::{json, Value};

use crate::support::browser::Browser;
use crate::support::{course_in, lesson_in};

fn first_lesson(lang: &str) -> allrussias_model::learn::Lesson {
    lesson_in(lang, &course_in(lang).lessons[0].slug)
}

async fn open_learn(b: &Browser, path: &str, title: &str) {
    b.open(path).await;
    b.wait_for_h1(title).await;
    b.wait_until(
        "the alphabet",
        "return document.querySelectorAll('table.alphabet tbody tr').length > 0",
    )
    .await;
}

#[tokio::test]
async fn the_alphabet_has_33_letters_whose_recordings_load_and_play() {
    let b = Browser::start().await;
    let course = course_in("en");
    open_learn(&b, "/learn-russian", "Learn Russian").await;
    assert_eq!(
        b.js("return document.querySelectorAll('table.alphabet tbody tr').length")
            .await,
        33
    );
    assert!(b
        .js_string("return document.querySelector('main').textContent")
        .await
        .contains(&course.standard));
    let labels = b
        .js("return [...document.querySelectorAll('table.alphabet button.play')].map(b => b.getAttribute('aria-label'))")
        .await;
    let expected: Vec<String> = course
        .letters
        .iter()
        .flat_map(|l| {
            [
                format!("Play {}", l.lower),
                format!("Play {}", strip_stress(&l.example)),
            ]
        })
        .collect();
    assert_eq!(labels, json!(expected));
    // Every recording answers in its own format, and the browser can play one of them.
    let answers = b
        .js("return (async () => {
            const out = [];
            for (const a of document.querySelectorAll('table.alphabet audio')) {
                if (a.preload !== 'none') out.push('preloads');
                if (![...a.querySelectorAll('source')].some(s => a.canPlayType(s.type) !== '')) out.push('unplayable');
                for (const s of a.querySelectorAll('source')) {
                    const r = await fetch(s.src);
                    const size = (await r.arrayBuffer()).byteLength;
                    const type = r.headers.get('content-type');
                    if (r.status !== 200 || size === 0 || !s.type.startsWith(type)) out.push(s.src + ' ' + r.status + ' ' + type);
                }
            }
            return out;
        })()")
        .await;
    assert_eq!(answers, json!([]));
    assert_eq!(
        b.js("return document.querySelectorAll('table.alphabet audio source').length")
            .await,
        132
    );
    // Pressing play loads and plays the letter (muted: the test machine has no speakers).
    b.js("document.querySelector('table.alphabet audio').muted = true; return null")
        .await;
    b.click("table.alphabet button.play").await;
    b.wait_until(
        "the letter playing",
        "const a = document.querySelector('table.alphabet audio'); return a.error === null && a.currentSrc.endsWith('.ogg') && (a.currentTime > 0 || a.ended)",
    )
    .await;
}

async fn clear(b: &Browser, css: &str) {
    b.js(&format!(
        "const f = document.querySelector('{css}'); f.value = ''; f.dispatchEvent(new Event('input')); return null"
    ))
    .await;
}

async fn value(b: &Browser, css: &str) -> String {
    b.js_string(&format!("return document.querySelector('{css}').value"))
        .await
}

#[tokio::test]
async fn the_transliteration_box_converts_both_ways_as_you_type_and_round_trips() {
    let b = Browser::start().await;
    open_learn(&b, "/learn-russian", "Learn Russian").await;
    let (latin, cyrillic) = ("#translit-latin", "#translit-cyrillic");
    for item in first_lesson("en").items.iter().take(4) {
        let ru = strip_stress(&item.ru);
        clear(&b, latin).await;
        b.type_in(latin, &item.translit).await;
        assert_eq!(value(&b, cyrillic).await, ru, "{}", item.translit);
        clear(&b, cyrillic).await;
        b.type_in(cyrillic, &ru).await;
        assert_eq!(value(&b, latin).await, to_latin(&ru), "{ru}");
    }
    // Letters that would read as one keep the middle dot, and come back as they were.
    clear(&b, cyrillic).await;
    b.type_in(cyrillic, "Детский щит").await;
    let written = value(&b, latin).await;
    assert_eq!(written, "Det·skiy shchit");
    clear(&b, latin).await;
    b.type_in(latin, &written).await;
    assert_eq!(value(&b, cyrillic).await, "Детский щит");
}

async fn progress(b: &Browser) -> String {
    b.js_string("return document.querySelector('.cards-progress')?.textContent ?? ''")
        .await
}

async fn front(b: &Browser) -> String {
    b.js_string("return document.querySelector('.card-front [lang=ru]')?.textContent ?? ''")
        .await
}

#[tokio::test]
async fn a_graded_card_is_kept_across_a_reload() {
    let b = Browser::start().await;
    let course = course_in("en");
    let total: usize = course.lessons.iter().map(|l| l.items).sum();
    let lesson = first_lesson("en");
    b.open("/learn-russian/cards").await;
    b.wait_for_h1(&course.cards_title).await;
    b.wait_until(
        "the first card",
        "return document.querySelector('.card-front') !== null",
    )
    .await;
    assert_eq!(
        progress(&b).await,
        format!("Due today: {total} · Learnt: 0 of {total}")
    );
    assert_eq!(front(&b).await, lesson.items[0].ru);
    b.click(".card-show").await;
    assert_eq!(
        b.js_string("return document.querySelector('.card-back [lang=en]').textContent")
            .await,
        lesson.items[0].en
    );
    b.click(".card-grades button:nth-child(2)").await;
    let after = format!("Due today: {} · Learnt: 0 of {total}", total - 1);
    assert_eq!(progress(&b).await, after);
    assert_eq!(front(&b).await, lesson.items[1].ru);
    b.client.refresh().await.unwrap();
    b.wait_until(
        "the next card",
        "return document.querySelector('.card-front') !== null",
    )
    .await;
    assert_eq!(progress(&b).await, after);
    assert_eq!(front(&b).await, lesson.items[1].ru);
    let kept: Value = serde_json::from_str(
        &b.js_string("return localStorage.getItem('allrussias.cards')")
            .await,
    )
    .unwrap();
    assert_eq!(
        kept["schedule"]["cards"][0]["id"],
        json!(lesson.items[0].audio)
    );
    assert_eq!(kept["schedule"]["cards"][0]["box"], json!(1));
}

#[tokio::test]
async fn a_damaged_cards_value_is_reset_alone_with_the_notice() {
    let b = Browser::start().await;
    let bookmarks = r#"{"version":1,"items":[{"path":"/about","title":"About","section":"About","saved":"2026-01-01"}]}"#;
    b.open("/learn-russian/cards").await;
    b.wait_until(
        "the first card",
        "return document.querySelector('.card-front') !== null",
    )
    .await;
    b.js(&format!(
        "localStorage.setItem('allrussias.cards', '{{broken'); localStorage.setItem('allrussias.bookmarks', '{bookmarks}'); return null"
    ))
    .await;
    b.client.refresh().await.unwrap();
    b.wait_until(
        "the notice",
        "return document.querySelector('.storage-notice[role=status]') !== null",
    )
    .await;
    assert_eq!(
        b.js_string("return document.querySelector('.storage-notice').textContent")
            .await,
        "Some of what this browser had saved for All Russias was damaged and has been reset; the rest is kept."
    );
    // Reset to a fresh deck the screen reads again, not merely removed.
    assert_eq!(
        b.js("const kept = JSON.parse(localStorage.getItem('allrussias.cards')); return [kept.version, kept.schedule.cards.length]")
            .await,
        json!([1, 0])
    );
    assert_eq!(
        b.js("return localStorage.getItem('allrussias.bookmarks')")
            .await,
        json!(bookmarks)
    );
}

#[tokio::test]
async fn lessons_work_in_russian_too() {
    let b = Browser::start().await;
    let course = course_in("ru");
    open_learn(&b, "/ru/learn-russian", "Учим русский").await;
    assert_eq!(
        b.js_string("return document.querySelector('table.alphabet button.play').getAttribute('aria-label')")
            .await,
        "Слушать «а»"
    );
    let lesson = first_lesson("ru");
    b.click(".learn-lessons li a").await;
    b.wait_for_h1(&lesson.title).await;
    assert_eq!(
        b.path().await,
        format!("/ru/learn-russian/{}", course.lessons[0].slug)
    );
    let shown = b
        .js("return [...document.querySelectorAll('.phrases > li')].map(li => [li.querySelector('.phrase-ru [lang=ru]').textContent, li.querySelector('.translit').textContent, li.querySelectorAll('audio source').length])")
        .await;
    let expected: Vec<(String, String, usize)> = lesson
        .items
        .iter()
        .map(|i| (i.ru.clone(), i.translit.clone(), 2))
        .collect();
    assert_eq!(shown, json!(expected));
    let notes = lesson.items.iter().filter(|i| i.note.is_some()).count();
    assert_eq!(
        b.js("return document.querySelectorAll('.phrase-note').length")
            .await,
        json!(notes)
    );
    b.open("/learn-russian/no-such-lesson").await;
    b.wait_until(
        "the not-found page",
        "return document.querySelector('meta[name=robots][content=noindex]') !== null",
    )
    .await;
}
