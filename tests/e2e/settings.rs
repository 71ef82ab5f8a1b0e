//! Reading settings: chosen in the header, applied at once, kept, and applied before the
//! first paint on the next visit, even before (or without) the app.

use allrussias_model::Lang;
use std::time::{Duration, Instant};

use allrussias_model::data;

use crate::support::browser::Browser;
use crate::support::server::Fault;
use crate::support::{app_file, manifest, page, published, server_until};

/// Opens a page and picks a reading setting in the header's panel.
async fn choose(b: &Browser, path: &str, picks: &[(&str, &str)]) {
    b.open(path).await;
    b.wait_until(
        "the page",
        "return document.querySelector('main h1') !== null",
    )
    .await;
    b.click(".reading-settings summary").await;
    for (name, value) in picks {
        b.click(&format!(
            ".reading-settings input[name=setting-{name}][value='{value}']"
        ))
        .await;
    }
}

#[tokio::test]
async fn settings_apply_at_once_and_before_the_first_paint_next_time() {
    let b = Browser::start().await;
    choose(&b, "/about", &[("theme", "dark"), ("size", "larger")]).await;
    b.wait_until(
        "dark, larger text",
        "return document.documentElement.dataset.theme === 'dark' && getComputedStyle(document.documentElement).fontSize === '20px' && getComputedStyle(document.body).backgroundColor === 'rgb(23, 21, 19)'",
    )
    .await;
    // Next visit, with the app unable to start (nor kept offline): the page still opens
    // dark and large.
    b.server
        .fail(&app_file("allrussias_bg.wasm"), Fault::Status(500));
    b.wait_until(
        "the offline copy to be gone",
        "caches.keys().then(ks => Promise.all(ks.map(k => caches.delete(k)))).then(() => window.cleared = true); return window.cleared === true",
    )
    .await;
    b.open("/soviet-russia").await;
    b.wait_until(
        "the settings without the app",
        "return document.documentElement.dataset.theme === 'dark' && document.documentElement.dataset.size === 'larger' && getComputedStyle(document.body).backgroundColor === 'rgb(23, 21, 19)' && document.getElementById('static') !== null",
    )
    .await;
    b.server.heal();
    // Back to automatic: the attribute goes, and the system's (light) scheme shows.
    choose(&b, "/about", &[("theme", "")]).await;
    b.wait_until(
        "automatic theme",
        "return document.documentElement.dataset.theme === undefined && getComputedStyle(document.body).backgroundColor === 'rgb(251, 249, 244)'",
    )
    .await;
}

/// The next page's text comes a moment after a page shows, so turning the page needs no
/// network; a reader who turns that off (to save data) gets it only when asking for it.
#[tokio::test]
async fn the_next_page_is_fetched_ahead_unless_the_reader_turns_it_off() {
    let b = Browser::start().await;
    let paths: Vec<String> = manifest("soviet-russia").page_paths().collect();
    let file = |i: usize| published(&data::page(Lang::En, &paths[i]));
    b.open(&paths[0]).await;
    b.wait_for_h1(&page(&paths[0]).title).await;
    let shown = Instant::now();
    server_until("the next page fetched ahead", || {
        b.server.requests(&file(1)) == 1
    })
    .await;
    let ahead_took = shown.elapsed();

    choose(&b, "/about", &[("ahead", "off")]).await;
    b.open(&paths[4]).await;
    b.wait_for_h1(&page(&paths[4]).title).await;
    // Neither the moment after the page shows nor pointing at NEXT fetches it now: given
    // three times as long as fetching ahead took above (and at least a second), nothing
    // is asked for.
    b.hover(".pager-next").await;
    tokio::time::sleep((ahead_took * 3).max(Duration::from_secs(1))).await;
    assert_eq!(b.server.requests(&file(5)), 0);
    b.click("a[rel=next]").await;
    b.wait_for_h1(&page(&paths[5]).title).await;
    assert_eq!(b.server.requests(&file(5)), 1);
}

/// Narrow and wide lines and a sans-serif typeface change the text a reader sees, and
/// are kept for the next visit.
#[tokio::test]
async fn line_width_and_typeface_change_the_text_and_are_kept() {
    let b = Browser::start().await;
    let path = "/soviet-russia/stalins-legacy/the-secret-speech";
    let text = "const p = document.querySelector('main .page-body p'); \
                return [Math.round(p.getBoundingClientRect().width), getComputedStyle(p).fontFamily.split(',')[0]]";
    b.open(path).await;
    b.wait_for_h1(&page(path).title).await;
    let normal = b.js(text).await;
    assert_eq!(normal[1], "\"PT Serif\"");
    let normal_width = normal[0].as_u64().unwrap();

    choose(&b, path, &[("width", "narrow"), ("font", "sans")]).await;
    b.wait_until(
        "narrower lines in a sans-serif face",
        &format!("const [w, f] = (() => {{ {text} }})(); return w < {normal_width} && f === '\"PT Sans\"'"),
    )
    .await;
    choose(&b, path, &[("width", "wide")]).await;
    b.wait_until(
        "wider lines",
        &format!("const [w] = (() => {{ {text} }})(); return w > {normal_width}"),
    )
    .await;

    b.client.refresh().await.unwrap();
    b.wait_for_h1(&page(path).title).await;
    let kept = b.js(text).await;
    assert!(kept[0].as_u64().unwrap() > normal_width, "{kept}");
    assert_eq!(kept[1], "\"PT Sans\"");
}
