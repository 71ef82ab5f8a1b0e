//! Every way fetching content can fail shows a clear alert with a retry that works once
//! the fault is gone, and the frame keeps working meanwhile.

use allrussias_model::Lang;
use allrussias_model::{data, search};

use crate::support::browser::Browser;
use crate::support::server::Fault;
use crate::support::{page, page_in, published, server_until};

const PAGE: &str = "/soviet-russia/stalins-legacy/the-secret-speech";

async fn fails_then_recovers(fault: Fault, message: &str) {
    fails_then_recovers_at(&published(&data::page(Lang::En, PAGE)), fault, message).await;
}

/// The chapter page at [`PAGE`] while `file`, one of the files it loads, fails.
async fn fails_then_recovers_at(file: &str, fault: Fault, message: &str) {
    let b = Browser::start().await;
    let expected = page(PAGE);
    b.server.fail(file, fault);
    b.open(PAGE).await;
    let alert = b.alert().await;
    assert!(
        alert.contains(message),
        "alert says {alert:?}, expected {message:?}"
    );
    assert_eq!(
        b.js("return document.querySelectorAll('[role=alert] button').length")
            .await,
        1
    );
    assert_eq!(
        b.js("return document.querySelectorAll('main h1').length")
            .await,
        1
    );

    // Retrying while the fault lasts asks the server again and fails again, clearly: the
    // alert gives way to the loading state and comes back.
    b.retry_fails_again(file).await;

    b.server.heal();
    b.click("[role=alert] button").await;
    b.wait_for_h1(&expected.title).await;
    assert_eq!(
        b.js("return document.querySelector('[role=alert]') === null")
            .await,
        true
    );
}

#[tokio::test]
async fn http_404_shows_alert_and_retry() {
    fails_then_recovers(Fault::Status(404), "HTTP 404").await;
}

#[tokio::test]
async fn http_500_shows_alert_and_retry() {
    fails_then_recovers(Fault::Status(500), "HTTP 500").await;
}

#[tokio::test]
async fn html_fallback_page_shows_alert_and_retry() {
    fails_then_recovers(Fault::HtmlPage, "sent a web page").await;
}

#[tokio::test]
async fn truncated_json_shows_alert_and_retry() {
    fails_then_recovers(Fault::Truncated, "arrived damaged").await;
}

#[tokio::test]
async fn malformed_json_shows_alert_and_retry() {
    fails_then_recovers(Fault::Malformed, "arrived damaged").await;
}

#[tokio::test]
async fn wrong_shape_json_shows_alert_and_retry() {
    fails_then_recovers(Fault::WrongShape, "arrived damaged").await;
}

#[tokio::test]
async fn dropped_connection_shows_alert_and_retry() {
    fails_then_recovers(Fault::Drop, "connection failed").await;
}

/// The chapter's manifest, which a chapter page loads before its page.
fn chapter_manifest() -> String {
    data::chapter(Lang::En, "soviet-russia", PAGE.split('/').nth(2).unwrap())
}

#[tokio::test]
async fn a_chapter_manifest_answering_500_shows_alert_and_retry() {
    fails_then_recovers_at(&chapter_manifest(), Fault::Status(500), "HTTP 500").await;
}

#[tokio::test]
async fn a_damaged_chapter_manifest_shows_alert_and_retry() {
    fails_then_recovers_at(&chapter_manifest(), Fault::Truncated, "arrived damaged").await;
}

#[tokio::test]
async fn frame_keeps_working_while_content_fails() {
    let b = Browser::start().await;
    b.server.fail(
        &published(&data::manifest(Lang::En, "soviet-russia")),
        Fault::Status(500),
    );
    b.open("/soviet-russia").await;
    b.wait_until(
        "an alert",
        "return document.querySelector('[role=alert]') !== null",
    )
    .await;
    b.click("nav[aria-label=Main] a[href='/tsarist-russia']")
        .await;
    b.wait_for_h1(&crate::support::manifest("tsarist-russia").title)
        .await;
    b.click("footer a[href='/site-map']").await;
    b.wait_until(
        "the site map's alert",
        "return document.querySelector('[role=alert]') !== null",
    )
    .await;
    b.server.heal();
    b.click("[role=alert] button").await;
    b.wait_until(
        "the site map",
        "return document.querySelectorAll('.site-map-section').length > 1",
    )
    .await;
}

#[tokio::test]
async fn a_page_changed_by_a_new_deploy_opens_in_a_tab_left_open() {
    let b = Browser::start().await;
    let m = crate::support::manifest("soviet-russia");
    let chapter = m.chapters.iter().find(|c| c.pages.len() >= 2).unwrap();
    let at = |i: usize| format!("/soviet-russia/{}/{}", chapter.slug, chapter.pages[i].slug);
    // Reading the chapter's second page keeps its manifest, with its pages' names.
    let open = at(1);
    b.open(&open).await;
    b.wait_for_h1(&page(&open).title).await;

    // A new deploy changes the chapter's first page: its name changes in the chapter's
    // manifest, which keeps its own name, and the host no longer has the old file.
    let changed = at(0);
    let file = data::page(Lang::En, &changed);
    let listing = data::chapter(Lang::En, "soviet-russia", &chapter.slug);
    let read = |path: &str| -> serde_json::Value {
        let name = published(path);
        let text = std::fs::read_to_string(crate::support::dist_dir().join(&name[1..])).unwrap();
        serde_json::from_str(&text).unwrap()
    };
    let mut revised = read(&file);
    revised["title"] = "Revised in the new deploy".into();
    let mut manifest = read(&listing);
    manifest["files"][&file] = "00000000aa".into();
    b.server.fail(&published(&file), Fault::Status(404));
    b.server.fail(
        &data::hashed_name(&file, "00000000aa"),
        Fault::Json(revised.to_string()),
    );
    b.server.fail(&listing, Fault::Json(manifest.to_string()));

    b.click(&format!("nav.chapter-sidebar a[href='{changed}']"))
        .await;
    b.wait_for_h1("Revised in the new deploy").await;
    assert_eq!(b.path().await, changed);
}

/// Every screen that loads data, in a language (`en`, `ru`): its address and the file
/// whose failure it must survive (the site index for the home page, which every screen
/// reads first).
pub(crate) fn screens(lang: Lang) -> Vec<(String, String)> {
    let prefix = if lang == Lang::Ru { "/ru" } else { "" };
    let at = |route: &str| {
        if route == "/" && lang == Lang::Ru {
            "/ru".to_string()
        } else {
            format!("{prefix}{route}")
        }
    };
    let word = if lang == Lang::Ru {
        "сталин"
    } else {
        "stalin"
    };
    vec![
        (at("/"), data::site_index(lang)),
        (
            at("/soviet-russia"),
            published(&data::manifest(lang, "soviet-russia")),
        ),
        (at(PAGE), published(&data::page(lang, PAGE))),
        (at("/about"), published(&data::page(lang, "/about"))),
        (
            at("/bullets/brezhnevs-stagnation"),
            published(&data::page(lang, "/bullets/brezhnevs-stagnation")),
        ),
        (at("/images"), published(&data::images(lang))),
        (
            at("/images/soviet-russia"),
            published(&data::gallery(lang, "soviet-russia")),
        ),
        (at("/statistics"), published(&data::statistics(lang))),
        (
            at("/statistics/grain-harvest-1928-1940"),
            published(&data::series(lang, "grain-harvest-1928-1940")),
        ),
        (at("/learn-russian"), published(&data::learn(lang))),
        (
            at("/learn-russian/food"),
            published(&data::lesson(lang, "food")),
        ),
        (at("/learn-russian/cards"), published(&data::learn(lang))),
        (at("/music"), published(&data::music(lang))),
        (at("/videos"), published(&data::videos(lang))),
        (at("/timeline"), published(&data::timeline(lang))),
        (
            at("/learn-russian/cards"),
            published(&data::lesson(lang, "food")),
        ),
        (
            at("/site-map"),
            published(&data::manifest(lang, "tsarist-russia")),
        ),
        (
            at("/print/soviet-russia/stalins-legacy"),
            published(&data::page(lang, PAGE)),
        ),
        (at("/search?q=stalin"), published(&search::docs_url(lang))),
        // The index part holding the query's words.
        (
            at(&format!("/search?q={word}")),
            published(&search::shard_url(lang, &search::shard_key(word))),
        ),
    ]
}

/// What the alert says of each fault, in a language: enough of the message to know it
/// is the right one.
pub(crate) fn faults(lang: Lang) -> Vec<(Fault, &'static str)> {
    let ru = lang == Lang::Ru;
    let damaged = if ru {
        "пришёл повреждённым"
    } else {
        "arrived damaged"
    };
    vec![
        (Fault::Status(404), "HTTP 404"),
        (Fault::Status(500), "HTTP 500"),
        (
            Fault::HtmlPage,
            if ru {
                "прислал веб-страницу"
            } else {
                "sent a web page"
            },
        ),
        (Fault::Truncated, damaged),
        (Fault::Malformed, damaged),
        (Fault::WrongShape, damaged),
        (
            Fault::Drop,
            if ru {
                "Соединение прервалось"
            } else {
                "connection failed"
            },
        ),
    ]
}

/// Every screen that loads data meets every fault the same way: an alert that says what
/// happened, the frame still there, and Try again showing the screen once the server
/// answers again. The offline worker is bypassed, so that a dropped connection reaches
/// the app rather than a copy kept from an earlier screen.
async fn every_screen_meets_every_fault(lang: Lang) {
    let b = Browser::start().await;
    b.open(if lang == Lang::Ru { "/ru" } else { "/" }).await;
    b.bypass_service_worker().await;
    for (path, file) in screens(lang) {
        for (fault, message) in faults(lang) {
            b.server.fail(&file, fault.clone());
            b.open(&path).await;
            let alert = b.alert().await;
            assert!(
                alert.contains(message),
                "{path} with {fault:?}: the alert says {alert:?}"
            );
            assert_eq!(
                b.js("return document.querySelectorAll('header nav a').length > 5 && document.querySelector('footer nav a') !== null")
                    .await,
                true,
                "{path} with {fault:?}: the frame is gone"
            );
            let about = format!("{}/about", if lang == Lang::Ru { "/ru" } else { "" });
            if matches!(fault, Fault::Status(404))
                && path != about
                && file != data::site_index(lang)
            {
                // The frame works, not only shows: its About link opens About, and Back
                // returns to the screen, which fails again while the fault lasts.
                b.click(&format!("footer a[href='{about}']")).await;
                b.wait_for_h1(&page_in(lang, "/about").title).await;
                b.client.back().await.unwrap();
                let again = b.alert().await;
                assert!(again.contains(message), "{path} after Back: {again:?}");
            }
            b.server.heal();
            b.click("[role=alert] button").await;
            b.wait_until(
                &format!("{path} to recover from {fault:?}"),
                "const h = document.querySelector('main h1'); return document.querySelector('[role=alert]') === null && h !== null && !document.querySelector('main .loading')",
            )
            .await;
        }
    }
}

/// A reader who leaves a screen whose data is slow (held by the server until the next
/// screen has shown) sees the screen they went to at once, and keeps it when the late
/// answer comes.
async fn every_slow_screen_gives_way_to_the_next(lang: Lang) {
    let b = Browser::start().await;
    let prefix = if lang == Lang::Ru { "/ru" } else { "" };
    let about = format!("{prefix}/about");
    let about_title = page_in(lang, "/about").title;
    for (path, file) in screens(lang) {
        if path == about {
            continue;
        }
        b.server.hold(&file);
        b.open(&path).await;
        server_until(&format!("{path}'s data to be asked for"), || {
            b.server.requests(&file) > 0
        })
        .await;
        b.click(&format!("footer a[href='{about}']")).await;
        b.wait_until(
            "the address moved on",
            &format!("return location.pathname === {about:?}"),
        )
        .await;
        // About shows at once, without waiting for the abandoned request (unless what is
        // held is the site index, which About needs too).
        if file != data::site_index(lang) {
            b.wait_for_h1(&about_title).await;
        }
        let requested = b.server.requests(&file);
        b.server.release(&file);
        server_until("the held answers to be sent", || {
            b.server.answered(&file) >= requested
        })
        .await;
        b.wait_for_h1(&about_title).await;
        // The late answer has had turns of the event loop and frames to show itself.
        b.settle().await;
        assert_eq!(
            (b.path().await, b.h1().await),
            (about.clone(), about_title.clone()),
            "after leaving {path}"
        );
    }
}

#[tokio::test]
async fn every_slow_english_screen_gives_way_to_the_next() {
    every_slow_screen_gives_way_to_the_next(Lang::En).await;
}

#[tokio::test]
async fn every_slow_russian_screen_gives_way_to_the_next() {
    every_slow_screen_gives_way_to_the_next(Lang::Ru).await;
}

#[tokio::test]
async fn every_english_screen_meets_every_fault() {
    every_screen_meets_every_fault(Lang::En).await;
}

#[tokio::test]
async fn every_russian_screen_meets_every_fault() {
    every_screen_meets_every_fault(Lang::Ru).await;
}
