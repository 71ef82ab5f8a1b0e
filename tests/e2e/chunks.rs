//! The app's WebAssembly in chunks: the first view loads only the first chunk, a screen
//! outside it loads its own chunk when opened or when a link to it is pointed at, and a
//! chunk that fails (missing, server error, cut connection, changed file) shows the
//! reader's alert with a Try again that recovers, while the frame keeps working and
//! nothing typed is lost; also under a sub-path.

use allrussias_model::Lang;
use std::fs;

use allrussias_model::route_title;

use crate::support::browser::Browser;
use crate::support::server::Fault;
use crate::support::{app_file, app_file_in, dist_dir, dist_sub_dir, page};

const CHAPTER: &str = "/soviet-russia/stalins-legacy/the-secret-speech";

/// The chunks (every wasm but the first chunk) the page has fetched so far: screens'
/// chunks (`split_*`) and the code two screens share (`chunk_*`).
const CHUNKS_LOADED: &str = "return performance.getEntriesByType('resource').map(e => e.name)
    .filter(n => n.includes('/app/') && n.endsWith('.wasm') && !n.endsWith('/allrussias_bg.wasm'))
    .map(n => n.split('/').pop())";

async fn chunks_loaded(b: &Browser) -> Vec<String> {
    serde_json::from_value(b.js(CHUNKS_LOADED).await).unwrap()
}

/// The screens' chunks among [`chunks_loaded`], each once (a failed try is listed too).
async fn screens_loaded(b: &Browser) -> Vec<String> {
    let mut loaded = chunks_loaded(b).await;
    loaded.retain(|name| name.starts_with("split_"));
    loaded.sort();
    loaded.dedup();
    loaded
}

fn title(slug: &str) -> &'static str {
    route_title(Lang::En, slug).unwrap()
}

#[tokio::test]
async fn the_first_view_loads_no_chunk_and_a_screen_loads_its_own_when_opened() {
    let b = Browser::start().await;
    b.open(CHAPTER).await;
    b.wait_for_h1(&page(CHAPTER).title).await;
    b.wait_until(
        "the app's own page",
        "return document.querySelector('.handed-text') === null && document.querySelector('a[rel=next]') !== null",
    )
    .await;
    assert_eq!(chunks_loaded(&b).await, Vec::<String>::new());

    b.click("nav a[href='/images']").await;
    b.wait_for_h1(title("images")).await;
    assert_eq!(b.path().await, "/images");
    assert_eq!(screens_loaded(&b).await, ["split_images.wasm"]);
}

#[tokio::test]
async fn pointing_at_a_link_fetches_its_screens_chunk_ahead() {
    let b = Browser::start().await;
    b.open("/about").await;
    b.wait_for_h1(title("about")).await;
    assert_eq!(chunks_loaded(&b).await, Vec::<String>::new());
    b.hover("a[href='/music']").await;
    b.wait_until(
        "the music chunk fetched ahead",
        &format!("{CHUNKS_LOADED}.includes('split_music.wasm')"),
    )
    .await;
    assert_eq!(b.path().await, "/about");
    assert_eq!(b.h1().await, title("about"));
}

/// Opens music from the side link while its chunk fails with `fault`, in a language:
/// the alert in that language, the frame and the typed search stay, Try again fails again
/// while the fault lasts (asking the server again), and recovers once it is gone.
async fn chunk_fails_then_recovers_in(lang: Lang, fault: Fault) {
    let b = Browser::start().await;
    let chunk = app_file("split_music.wasm");
    let prefix = if lang == Lang::Ru { "/ru" } else { "" };
    let title = |slug: &str| route_title(lang, slug).unwrap();
    b.open(&format!("{prefix}/about")).await;
    b.wait_for_h1(title("about")).await;
    b.type_in("#search-input", "Stalin").await;
    b.server.fail(&chunk, fault);
    b.click(&format!("a[href='{prefix}/music']")).await;
    let alert = b.alert().await;
    let message = if lang == Lang::Ru {
        "Не удалось загрузить часть приложения, которая показывает эту страницу"
    } else {
        "The part of the app that shows this page could not be loaded"
    };
    assert!(alert.contains(message), "alert says {alert:?}");
    assert_eq!(b.path().await, format!("{prefix}/music"));
    assert_eq!(
        b.js("return [document.querySelector('#search-input').value, document.querySelectorAll('main h1').length, document.querySelectorAll('[role=alert] button').length]")
            .await,
        serde_json::json!(["Stalin", 1, 1])
    );

    b.retry_fails_again(&chunk).await;

    b.server.heal();
    b.click("[role=alert] button").await;
    b.wait_for_h1(title("music")).await;
    assert_eq!(
        b.js("return document.querySelector('[role=alert]') === null")
            .await,
        true
    );

    // The frame kept working: its links still lead somewhere.
    b.click(&format!("nav a[href='{prefix}/soviet-russia']"))
        .await;
    b.wait_for_h1(title("soviet-russia")).await;
}

async fn chunk_fails_then_recovers(fault: Fault) {
    chunk_fails_then_recovers_in(Lang::En, fault).await;
}

#[tokio::test]
async fn in_russian_a_chunk_that_fails_says_so_in_russian_and_recovers() {
    chunk_fails_then_recovers_in(Lang::Ru, Fault::Status(500)).await;
}

#[tokio::test]
async fn a_missing_chunk_shows_alert_and_retry() {
    chunk_fails_then_recovers(Fault::Status(404)).await;
}

#[tokio::test]
async fn a_chunk_with_a_server_error_shows_alert_and_retry() {
    chunk_fails_then_recovers(Fault::Status(500)).await;
}

#[tokio::test]
async fn a_chunk_cut_off_by_the_network_shows_alert_and_retry() {
    chunk_fails_then_recovers(Fault::Drop).await;
}

#[tokio::test]
async fn a_changed_chunk_is_refused_by_its_hash() {
    let chunk = app_file("split_music.wasm");
    let mut changed = fs::read(dist_dir().join(chunk.trim_start_matches('/'))).unwrap();
    // Still a valid module, with one more custom section, but not the one its hash names.
    changed.extend_from_slice(&[0, 5, 4, b't', b'e', b's', b't']);
    chunk_fails_then_recovers(Fault::Wasm(changed)).await;
}

#[tokio::test]
async fn under_a_sub_path_a_deep_link_loads_its_chunk_and_recovers_from_a_fault() {
    let b = Browser::under_sub_path().await;
    let chunk = format!(
        "/sub{}",
        app_file_in(&dist_sub_dir(), "split_statistics.wasm")
    );
    b.server.fail(&chunk, Fault::Status(404));
    b.open("/sub/statistics").await;
    let alert = b.alert().await;
    assert!(
        alert.contains("could not be loaded"),
        "alert says {alert:?}"
    );
    b.server.heal();
    b.click("[role=alert] button").await;
    b.wait_for_h1(title("statistics")).await;
    assert_eq!(screens_loaded(&b).await, ["split_statistics.wasm"]);
}
