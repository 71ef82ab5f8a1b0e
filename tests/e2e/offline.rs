//! Offline reading: pages read open again with the network cut, a saved section opens
//! whole (with its chapters' strips of the timeline), an unread page says kindly that it is not saved, and a new deploy is taken on
//! the reader's next click without breaking the open tab.

use crate::support::browser::Browser;
use crate::support::server::Fault;
use allrussias_model::data;
use allrussias_model::Lang;

use crate::support::{manifest, page, published};

const READ: &str = "/soviet-russia/stalins-legacy/the-secret-speech";

/// Waits until the service worker controls the page, as it does from the first visit on.
async fn controlled(b: &Browser) {
    b.wait_until(
        "the service worker to take control",
        "return !!navigator.serviceWorker.controller",
    )
    .await;
}

async fn cut_network(b: &Browser) {
    b.server.fail("*", Fault::Drop);
}

#[tokio::test]
async fn read_pages_open_offline_and_unread_ones_say_so() {
    let b = Browser::start().await;
    b.open(READ).await;
    b.wait_for_h1(&page(READ).title).await;
    controlled(&b).await;
    // Read once more now that the worker is there to keep it, then turn the page.
    b.open(READ).await;
    b.wait_for_h1(&page(READ).title).await;
    let next = b
        .js_string("return document.querySelector('a[rel=next]').getAttribute('href')")
        .await;
    b.click("a[rel=next]").await;
    b.wait_for_h1(&page(&next).title).await;

    cut_network(&b).await;
    b.open(READ).await;
    b.wait_for_h1(&page(READ).title).await;
    b.click("a[rel=next]").await;
    b.wait_for_h1(&page(&next).title).await;

    // A page never opened: a clear alert, and the frame still works.
    let unread = "/tsarist-russia/peter-the-great/the-young-tsar";
    b.js(&format!(
        "document.querySelector('a[href=\"/tsarist-russia\"]').setAttribute('href', '{unread}')"
    ))
    .await;
    b.click(&format!("a[href='{unread}']")).await;
    let alert = b.alert().await;
    assert!(alert.contains("not saved on this device"), "{alert}");
    // The app still works offline: Back opens the page read before, and the page never
    // opened says so again.
    b.client.back().await.unwrap();
    b.wait_for_h1(&page(&next).title).await;
    b.client.forward().await.unwrap();
    let alert = b.alert().await;
    assert!(alert.contains("not saved on this device"), "{alert}");

    // Back online, the retry opens it.
    b.server.heal();
    b.click("[role=alert] button").await;
    b.wait_for_h1(&page(unread).title).await;
}

#[tokio::test]
async fn a_saved_section_opens_whole_offline() {
    let b = Browser::start().await;
    b.open("/russian-federation").await;
    controlled(&b).await;
    b.open("/russian-federation").await;
    b.click(".save-offline button").await;
    let pages = manifest("russian-federation").page_paths().count();
    b.wait_until(
        "the section to be saved",
        &format!(
            "return (document.querySelector('.save-offline-status') || {{}}).textContent === 'Saved: all {pages} pages of this section open without a connection.'"
        ),
    )
    .await;

    cut_network(&b).await;
    let last = manifest("russian-federation").page_paths().last().unwrap();
    b.open(&last).await;
    b.wait_for_h1(&page(&last).title).await;
    // Its chapter's strip of the timeline, never shown online, shows offline too.
    b.scroll_to_strip().await;
    b.wait_until(
        "the chapter's strip of the timeline",
        "return document.querySelector('.chapter-timeline-events li') !== null",
    )
    .await;
    assert_eq!(
        b.js("return document.querySelector('[role=alert]') === null")
            .await,
        true
    );
}

/// The reader sees the count while the pages come, is told how many failed, and saving
/// again once the connection is back saves them all.
#[tokio::test]
async fn saving_shows_progress_and_says_what_failed() {
    let b = Browser::start().await;
    b.open("/tsarist-russia").await;
    controlled(&b).await;
    b.open("/tsarist-russia").await;
    let paths: Vec<String> = manifest("tsarist-russia").page_paths().collect();
    let pages = paths.len();
    let first = published(&data::page(Lang::En, &paths[0]));
    b.server.hold(&first);
    b.server.fail(
        &published(&data::page(Lang::En, &paths[1])),
        Fault::Status(500),
    );
    b.click(".save-offline button").await;
    let status = "return document.querySelector('.save-offline-status').textContent";
    b.wait_until(
        "the progress",
        &format!("{status} === 'Saving for offline reading: 0 of {pages} pages…'"),
    )
    .await;
    assert_eq!(
        b.js("return document.querySelector('.save-offline button').disabled")
            .await,
        true
    );
    b.server.release(&first);
    b.wait_until(
        "the partial failure",
        &format!(
            "{status} === 'Only {} of {pages} pages could be saved: the connection failed. Try again when it is back.'",
            pages - 1
        ),
    )
    .await;
    b.server.heal();
    b.click(".save-offline button").await;
    b.wait_until(
        "every page saved",
        &format!(
            "{status} === 'Saved: all {pages} pages of this section open without a connection.'"
        ),
    )
    .await;
}

#[tokio::test]
async fn a_new_deploy_is_taken_on_the_next_click() {
    let b = Browser::start().await;
    b.open(READ).await;
    controlled(&b).await;
    b.open(READ).await;
    b.wait_for_h1(&page(READ).title).await;

    // Deploy: the worker's file changes (its version line, as a new build's would).
    let dist = crate::support::dist_dir();
    let worker = std::fs::read_to_string(dist.join("sw.js")).unwrap();
    let deployed = worker.replacen("const VERSION = \"", "const VERSION = \"next-", 1);
    assert_ne!(worker, deployed, "sw.js has a VERSION line");
    b.server.fail("/sw.js", Fault::Script(deployed));
    b.js("window.oldTab = true; navigator.serviceWorker.getRegistration().then(r => r.update())")
        .await;
    b.wait_until(
        "the new version to wait",
        "navigator.serviceWorker.getRegistration().then(r => window.waiting = !!r.waiting); return window.waiting === true",
    )
    .await;

    // The open tab still runs its own files until the reader follows a link...
    let next = b
        .js_string("return document.querySelector('a[rel=next]').getAttribute('href')")
        .await;
    b.click("a[rel=next]").await;
    // ...which loads the next page whole, so the tab now runs the new deploy's files.
    b.wait_for_h1(&page(&next).title).await;
    assert_eq!(b.js("return window.oldTab === undefined").await, true);
    assert_eq!(
        b.js_string("return new URL(performance.getEntriesByType('navigation')[0].name).pathname")
            .await,
        next
    );

    // Once no tab uses the old worker, the new one takes over, with its own shell only.
    b.client.goto("about:blank").await.expect("leave the site");
    b.open(READ).await;
    b.wait_until(
        "the new version to control the page",
        "caches.keys().then(k => window.shells = k.filter(n => n.startsWith('allrussias-shell-'))); return !!window.shells && window.shells.length === 1 && window.shells[0].startsWith('allrussias-shell-next-') && !!navigator.serviceWorker.controller",
    )
    .await;
}
