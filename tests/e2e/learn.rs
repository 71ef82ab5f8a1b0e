//! Learn Russian: the alphabet and its recordings, the transliteration box, lessons, flash
//! cards kept across reloads (and reset alone when damaged), and the Russian version.

use allrussias_model::cards::LEARNT;
use allrussias_model::data::learn_audio;
use allrussias_model::learn::{lesson_path, CARDS, LEARN};
use allrussias_model::translit::{strip_stress, to_latin};
use allrussias_model::Lang;
use fantoccini::key::Key;
use serde_json::{json, Value};

use crate::support::browser::Browser;
use crate::support::{course_in, lesson_in};

fn first_lesson(lang: Lang) -> allrussias_model::learn::Lesson {
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
    let course = course_in(Lang::En);
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
    for item in first_lesson(Lang::En).items.iter().take(4) {
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
    let course = course_in(Lang::En);
    let total: usize = course.lessons.iter().map(|l| l.items).sum();
    let lesson = first_lesson(Lang::En);
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
    let course = course_in(Lang::Ru);
    open_learn(&b, "/ru/learn-russian", "Учим русский").await;
    assert_eq!(
        b.js_string("return document.querySelector('table.alphabet button.play').getAttribute('aria-label')")
            .await,
        "Слушать «а»"
    );
    let lesson = first_lesson(Lang::Ru);
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

#[tokio::test]
async fn a_lessons_links_lead_back_to_learn_russian_on_to_the_next_lesson_and_to_the_cards() {
    let b = Browser::start().await;
    let course = course_in(Lang::En);
    let learn = allrussias_model::route_title(Lang::En, LEARN).unwrap();
    let (first, second) = (&course.lessons[0], &course.lessons[1]);
    b.open(&lesson_path(&first.slug)).await;
    b.wait_for_h1(&first.title).await;
    assert_eq!(
        b.js_string("return document.querySelector('.breadcrumb a').textContent")
            .await,
        learn
    );
    b.click(".breadcrumb a").await;
    b.wait_for_h1(learn).await;
    assert_eq!(b.path().await, format!("/{LEARN}"));
    b.client.back().await.unwrap();
    b.wait_for_h1(&first.title).await;
    assert_eq!(
        b.js_string("return document.querySelector('.lesson-next a[rel=next]').textContent")
            .await,
        format!("{} →", second.title)
    );
    b.click(".lesson-next a[rel=next]").await;
    b.wait_for_h1(&second.title).await;
    assert_eq!(b.path().await, lesson_path(&second.slug));
    // The next lesson's own words, not the first one's left in place.
    assert_eq!(
        b.js_string("return document.querySelector('.phrases .phrase-ru [lang=ru]').textContent")
            .await,
        lesson_in(Lang::En, &second.slug).items[0].ru
    );
    b.click(".lesson-next a:last-child").await;
    b.wait_for_h1(&course.cards_title).await;
    assert_eq!(b.path().await, lesson_path(CARDS));
    // The last lesson has nothing after it but the cards.
    let last = course.lessons.last().unwrap();
    b.open(&lesson_path(&last.slug)).await;
    b.wait_for_h1(&last.title).await;
    assert_eq!(
        b.js("return [...document.querySelectorAll('.lesson-next a')].map(a => [a.getAttribute('rel'), a.textContent])")
            .await,
        json!([[null, course.cards_title]])
    );
}

#[tokio::test]
async fn a_phrases_play_button_plays_that_phrases_recording() {
    let b = Browser::start().await;
    let course = course_in(Lang::En);
    let lesson = first_lesson(Lang::En);
    b.open(&lesson_path(&course.lessons[0].slug)).await;
    b.wait_for_h1(&lesson.title).await;
    let phrase = &lesson.items[1];
    let li = ".phrases > li:nth-child(2)";
    assert_eq!(
        b.js_string(&format!(
            "return document.querySelector('{li} button.play').getAttribute('aria-label')"
        ))
        .await,
        format!("Play {}", strip_stress(&phrase.ru))
    );
    // Muted: the test machine has no speakers.
    b.js(&format!(
        "document.querySelector('{li} audio').muted = true; return null"
    ))
    .await;
    b.click(&format!("{li} button.play")).await;
    let file = json!(learn_audio(&phrase.audio, "ogg"));
    b.wait_until(
        "the phrase playing",
        &format!(
            "const a = document.querySelector('{li} audio'); return a.error === null && a.currentSrc.endsWith({file}) && (a.currentTime > 0 || a.ended)"
        ),
    )
    .await;
    // Only that phrase: no other recording has played.
    assert_eq!(
        b.js("return [...document.querySelectorAll('.phrases audio')].flatMap((a, i) => a.played.length > 0 ? [i] : [])")
            .await,
        json!([1])
    );
}

async fn open_cards(b: &Browser) {
    b.open(&lesson_path(CARDS)).await;
    b.wait_for_h1(&course_in(Lang::En).cards_title).await;
    b.wait_until(
        "the first card",
        "return document.querySelector('.card-front') !== null",
    )
    .await;
}

/// Shows the answer and presses the grade button the reader sees as `grade`.
async fn grade(b: &Browser, grade: &str) {
    b.click(".card-show").await;
    let at = b
        .js(&format!(
            "return [...document.querySelectorAll('.card-grades button')].findIndex(b => b.textContent === {}) + 1",
            json!(grade)
        ))
        .await;
    assert_ne!(at, 0, "no grade button {grade}");
    b.click(&format!(".card-grades button:nth-child({at})"))
        .await;
}

/// The stored box of each card, least recently graded first.
async fn boxes(b: &Browser) -> Value {
    b.js("return JSON.parse(localStorage.getItem('allrussias.cards')).schedule.cards.map(c => [c.id, c.box])")
        .await
}

fn deck() -> Vec<allrussias_model::learn::Phrase> {
    course_in(Lang::En)
        .lessons
        .iter()
        .flat_map(|l| lesson_in(Lang::En, &l.slug).items)
        .collect()
}

#[tokio::test]
async fn again_brings_a_card_back_today_in_the_first_box_and_easy_moves_it_two_boxes_up() {
    let b = Browser::start().await;
    let deck = deck();
    let total = deck.len();
    let shows =
        |due: usize, learnt: usize| format!("Due today: {due} · Learnt: {learnt} of {total}");
    open_cards(&b).await;
    assert_eq!(progress(&b).await, shows(total, 0));
    grade(&b, "Again").await;
    // Still due today: the same card comes straight back.
    assert_eq!(progress(&b).await, shows(total, 0));
    assert_eq!(front(&b).await, deck[0].ru);
    assert_eq!(boxes(&b).await, json!([[deck[0].audio, 1]]));
    grade(&b, "Easy").await;
    assert_eq!(progress(&b).await, shows(total - 1, 0));
    assert_eq!(front(&b).await, deck[1].ru);
    assert_eq!(boxes(&b).await, json!([[deck[0].audio, 3]]));
    // A card due again two boxes below learnt is learnt once it is easy.
    b.js(&format!(
        "const k = JSON.parse(localStorage.getItem('allrussias.cards')); k.schedule.cards[0].box = {}; k.schedule.cards[0].due = 0; localStorage.setItem('allrussias.cards', JSON.stringify(k)); return null",
        LEARNT - 2
    ))
    .await;
    b.client.refresh().await.unwrap();
    b.wait_until(
        "the card due again",
        "return document.querySelector('.card-front') !== null",
    )
    .await;
    assert_eq!(progress(&b).await, shows(total, 0));
    assert_eq!(front(&b).await, deck[0].ru);
    grade(&b, "Easy").await;
    assert_eq!(progress(&b).await, shows(total - 1, 1));
    assert_eq!(boxes(&b).await, json!([[deck[0].audio, LEARNT]]));
}

#[tokio::test]
async fn once_every_card_is_graded_the_cards_say_all_is_done_for_today() {
    let b = Browser::start().await;
    let deck = deck();
    let total = deck.len();
    open_cards(&b).await;
    // Every phrase of every lesson, in the course's order, once each.
    for (i, phrase) in deck.iter().enumerate() {
        assert_eq!(
            progress(&b).await,
            format!("Due today: {} · Learnt: 0 of {total}", total - i)
        );
        assert_eq!(front(&b).await, phrase.ru);
        grade(&b, "Easy").await;
    }
    assert_eq!(
        progress(&b).await,
        format!("Due today: 0 · Learnt: 0 of {total}")
    );
    assert_eq!(
        b.js("return [document.querySelectorAll('.card').length, document.querySelector('.cards-done')?.textContent]")
            .await,
        json!([0, "Nothing more is due today. Come back tomorrow."])
    );
    let expected: Vec<(String, u8)> = deck.iter().map(|p| (p.audio.clone(), 2)).collect();
    assert_eq!(boxes(&b).await, json!(expected));
}

async fn focused(b: &Browser, what: &str, script: &str) {
    b.wait_until(what, &format!("return document.activeElement === {script}"))
        .await;
}

#[tokio::test]
async fn keyboard_focus_goes_to_the_grades_when_the_answer_shows_and_back_to_show_after() {
    let b = Browser::start().await;
    let deck = deck();
    open_cards(&b).await;
    b.click(".card-show").await;
    focused(
        &b,
        "focus on the first grade",
        "document.querySelector('.card-grades button:first-child')",
    )
    .await;
    assert_eq!(
        b.js_string("return document.activeElement.textContent")
            .await,
        "Again"
    );
    b.click(".card-grades button:nth-child(2)").await;
    focused(&b, "focus on Show", "document.querySelector('.card-show')").await;
    assert_eq!(front(&b).await, deck[1].ru);
    // From there the keyboard alone goes on: Enter shows the answer, Enter grades it Again.
    b.press(Key::Enter, &[]).await;
    focused(
        &b,
        "focus on the first grade",
        "document.querySelector('.card-grades button:first-child')",
    )
    .await;
    assert_eq!(
        b.js_string("return document.querySelector('.card-back [lang=en]').textContent")
            .await,
        deck[1].en
    );
    b.press(Key::Enter, &[]).await;
    focused(&b, "focus on Show", "document.querySelector('.card-show')").await;
    assert_eq!(
        boxes(&b).await,
        json!([[deck[0].audio, 1], [deck[1].audio, 1]])
    );
}
