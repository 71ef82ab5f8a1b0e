//! Every way fetching content can fail shows a clear alert with a retry that works once
//! the fault is gone, and the frame keeps working meanwhile.

use allrussias_model::data;

use crate::support::browser::Browser;
use crate::support::server::Fault;
use crate::support::{page, published};

const PAGE: &str = "/soviet-russia/stalins-legacy/the-secret-speech";

async fn fails_then_recovers(fault: Fault, message: &str) {
    let b = Browser::start().await;
    let expected = page(PAGE);
    b.server.fail(&published(&data::page("en", PAGE)), fault);
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

    // Retrying while the fault lasts fails again, clearly.
    b.click("[role=alert] button").await;
    b.wait_until(
        "the alert again",
        "return document.querySelector('[role=alert]') !== null",
    )
    .await;

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
