//! Russia on YouTube: our own posters, no request to anyone else until a reader clicks,
//! and then only the privacy-enhanced player the Content-Security-Policy allows.

use crate::support::browser::Browser;
use allrussias_model::Lang;

const ONLY_OURS: &str = "return performance.getEntriesByType('resource').every(e => new URL(e.name).origin === location.origin)";

#[tokio::test]
async fn videos_load_nothing_from_youtube_until_a_click() {
    let b = Browser::start().await;
    b.open("/videos").await;
    b.wait_for_h1("Russia on YouTube").await;
    let posters = b
        .js("return document.querySelectorAll('button.video-poster').length")
        .await;
    let published: serde_json::Value =
        crate::support::read_json(&allrussias_model::data::videos(Lang::En));
    let videos: usize = published["eras"]
        .as_array()
        .unwrap()
        .iter()
        .map(|era| era["videos"].as_array().unwrap().len())
        .sum();
    assert_eq!(posters, videos);
    assert_eq!(
        b.js("return document.querySelectorAll('iframe').length")
            .await,
        0
    );
    assert_eq!(b.js(ONLY_OURS).await, true);
    let policy = b
        .js_string(
            "return document.querySelector('meta[http-equiv=Content-Security-Policy]').content",
        )
        .await;
    assert!(
        policy.contains("frame-src https://www.youtube-nocookie.com;"),
        "{policy}"
    );

    b.click("button.video-poster").await;
    b.wait_until(
        "the player",
        "return document.querySelector('iframe.video-frame') !== null",
    )
    .await;
    let src = b
        .js_string("return document.querySelector('iframe.video-frame').src")
        .await;
    assert!(
        src.starts_with("https://www.youtube-nocookie.com/embed/") && src.ends_with("?autoplay=1"),
        "{src}"
    );
    assert_eq!(
        b.js("return document.querySelectorAll('iframe').length")
            .await,
        1
    );
}
