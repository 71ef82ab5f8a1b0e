//! Reading settings: chosen in the header, applied at once, kept, and applied before the
//! first paint on the next visit, even before (or without) the app.

use crate::support::app_file;
use crate::support::browser::Browser;
use crate::support::server::Fault;

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
