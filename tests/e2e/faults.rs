//! Every way fetching content can fail shows a clear alert with a retry that works once
//! the fault is gone, and the frame keeps working meanwhile.

use allrussias_model::data;

use crate::support::browser::Browser;
use crate::support::server::Fault;
use crate::support::{page, published};

const PAGE: &str = "/soviet-russia/stalins-legacy/the-secret-speech";

async fn fails_then_recovers(fault: Fault, message: &str) {
    fails_then_recovers_at(&published(&data::page("en", PAGE)), fault, message).await;
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
    data::chapter("en", "soviet-russia", PAGE.split('/').nth(2).unwrap())
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
        &published(&data::manifest("en", "soviet-russia")),
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
    let file = data::page("en", &changed);
    let listing = data::chapter("en", "soviet-russia", &chapter.slug);
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

/// Every screen that loads data meets a failing server the same way: an alert that says
/// what happened, the frame still there, and Try again showing the screen once the server
/// answers again.
#[tokio::test]
async fn every_screen_shows_an_alert_and_recovers_from_a_server_error() {
    let b = Browser::start().await;
    let error_title = "This page could not be loaded";
    let screens = [
        ("/", data::site_index("en")),
        (
            "/soviet-russia",
            published(&data::manifest("en", "soviet-russia")),
        ),
        ("/about", published(&data::page("en", "/about"))),
        (
            "/bullets/brezhnevs-stagnation",
            published(&data::page("en", "/bullets/brezhnevs-stagnation")),
        ),
        ("/images", published(&data::images("en"))),
        (
            "/images/soviet-russia",
            published(&data::gallery("en", "soviet-russia")),
        ),
        ("/statistics", published(&data::statistics("en"))),
        (
            "/statistics/grain-harvest-1928-1940",
            published(&data::series("en", "grain-harvest-1928-1940")),
        ),
        ("/learn-russian", published(&data::learn("en"))),
        (
            "/learn-russian/food",
            published(&data::lesson("en", "food")),
        ),
        ("/music", published(&data::music("en"))),
        ("/videos", published(&data::videos("en"))),
        ("/timeline", published(&data::timeline("en"))),
        (
            "/search?q=stalin",
            published(&allrussias_model::search::docs_url("en")),
        ),
    ];
    for (path, file) in screens {
        b.server.fail(&file, Fault::Status(500));
        b.open(path).await;
        let alert = b.alert().await;
        assert!(
            alert.contains("HTTP 500"),
            "{path}: the alert says {alert:?}"
        );
        assert_eq!(
            b.js("return document.querySelectorAll('header nav a').length > 5 && document.querySelector('footer') !== null")
                .await,
            true,
            "{path}: the frame is gone"
        );
        b.server.heal();
        b.click("[role=alert] button").await;
        b.wait_until(
            &format!("{path} to recover"),
            &format!(
                "const h = document.querySelector('main h1'); return document.querySelector('[role=alert]') === null && h !== null && h.textContent !== {error_title:?} && !document.querySelector('main .loading')"
            ),
        )
        .await;
    }
}
