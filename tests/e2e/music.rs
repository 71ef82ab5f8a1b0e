//! Russian Music Samples: every tune has its score, a playable recording in two formats
//! and its transcription, in both languages.

use crate::support::browser::Browser;
use allrussias_model::Lang;

#[tokio::test]
async fn each_tune_has_a_score_a_playable_recording_and_its_abc() {
    let b = Browser::start().await;
    b.open("/music").await;
    b.wait_for_h1("Russian Music Samples").await;
    let tunes = b
        .js("return document.querySelectorAll('section.tune').length")
        .await;
    let published: serde_json::Value =
        crate::support::read_json(&allrussias_model::data::music(Lang::En));
    assert_eq!(tunes, published["tunes"].as_array().unwrap().len());
    assert_eq!(
        b.js("return [...document.querySelectorAll('section.tune')].every(t => { const i = t.querySelector('img.tune-score'); const s = t.querySelectorAll('audio source'); return i.getAttribute('width') > 0 && i.alt.startsWith('Score of') && s.length === 2 && s[0].type.startsWith('audio/ogg') && s[1].type === 'audio/mpeg' && t.querySelector('a[download]') !== null; })")
            .await,
        true
    );
    // Our files are what their types say: Opus in an Ogg container, and MP3 (an ID3 tag or
    // an MPEG audio frame first); and every file is there.
    assert_eq!(
        b.js("const s = [...document.querySelectorAll('section.tune audio source')].map(s => s.src); \
              return Promise.all(s.slice(0, 2).map(u => fetch(u).then(r => r.arrayBuffer()))).then(([o, m]) => { \
                const head = String.fromCharCode(...new Uint8Array(o, 0, 64)); const b = new Uint8Array(m, 0, 3); \
                return [head.startsWith('OggS') && head.includes('OpusHead'), (b[0] === 0x49 && b[1] === 0x44 && b[2] === 0x33) || (b[0] === 0xff && (b[1] & 0xe0) === 0xe0)]; })")
            .await,
        serde_json::json!([true, true])
    );
    let answers = b
        .js_string("return Promise.all([...document.querySelectorAll('section.tune audio source, section.tune a[download]')].map(e => fetch(e.src || e.href).then(r => r.status + ' ' + r.headers.get('content-type')))).then(all => all.join('|'))")
        .await;
    for answer in answers.split('|') {
        assert!(answer.starts_with("200 "), "{answers}");
    }
    assert!(answers.contains("200 audio/ogg"), "{answers}");
    // The browser decodes the recording it picked, far enough to start playing it.
    let ready = b
        .js_string("const a = document.querySelector('section.tune audio'); a.preload = 'auto'; a.load(); return new Promise(r => { a.addEventListener('canplay', () => r('ready ' + a.currentSrc.split('.').pop()), { once: true }); a.addEventListener('error', () => r('error ' + a.error.code), { once: true }); })")
        .await;
    assert!(ready == "ready ogg" || ready == "ready mp3", "{ready}");
}

#[tokio::test]
async fn the_music_page_reads_in_russian() {
    let b = Browser::start().await;
    b.open("/ru/music").await;
    b.wait_until(
        "the tunes",
        &format!(
            "return document.querySelectorAll('section.tune').length === {}",
            crate::support::read_json::<serde_json::Value>(&allrussias_model::data::music(
                Lang::Ru
            ))["tunes"]
                .as_array()
                .unwrap()
                .len()
        ),
    )
    .await;
    assert_eq!(
        b.js_string("return document.querySelector('section.tune img').alt.slice(0, 5)")
            .await,
        "Ноты:"
    );
}
