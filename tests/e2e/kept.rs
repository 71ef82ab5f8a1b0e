//! What the reader keeps in the browser: bookmarks across reloads, pages read, continue
//! reading, and damaged storage reset for its key alone.

use allrussias_model::route_title;
use allrussias_model::Lang;

use crate::support::browser::Browser;
use crate::support::{manifest, manifest_in, page_in};

/// The first two pages of Tsarist Russia, as (path, title).
fn first_pages() -> [(String, String); 2] {
    let m = manifest("tsarist-russia");
    let c = &m.chapters[0];
    [0, 1].map(|i| {
        (
            format!("/tsarist-russia/{}/{}", c.slug, c.pages[i].slug),
            c.pages[i].title.clone(),
        )
    })
}

#[tokio::test]
async fn bookmarks_survive_a_reload_and_can_be_removed() {
    let b = Browser::start().await;
    let [(path, title), _] = first_pages();
    b.open(&path).await;
    b.wait_for_h1(&title).await;
    b.bookmark().await;
    b.client.refresh().await.unwrap();
    b.wait_for_h1(&title).await;
    b.wait_until(
        "still bookmarked after a reload",
        "return document.querySelector('.bookmark-button').getAttribute('aria-pressed') === 'true'",
    )
    .await;
    b.open("/bookmarks").await;
    b.wait_for_h1("Bookmark This Site").await;
    let listed = b
        .js("return [...document.querySelectorAll('.bookmarks li')].map(li => [li.querySelector('a').textContent, li.querySelector('.bookmarks-meta').textContent])")
        .await;
    let listed: Vec<(String, String)> = serde_json::from_value(listed).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].0, title);
    let meta = &listed[0].1;
    // Saved today, and shown as the day it was saved.
    let today = b
        .js_string("return new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })")
        .await;
    assert_eq!(meta, &format!("Tsarist Russia · {today}"));
    b.click(".bookmarks button").await;
    b.wait_until(
        "the empty list",
        "return document.querySelector('.bookmarks-empty') !== null",
    )
    .await;
}

#[tokio::test]
async fn pages_read_are_counted_and_reading_continues_where_it_stopped() {
    let b = Browser::start().await;
    let [(first, first_title), (second, second_title)] = first_pages();
    b.open(&first).await;
    b.wait_for_h1(&first_title).await;
    b.click("a[rel=next]").await;
    b.wait_for_h1(&second_title).await;
    b.js("window.scrollTo(0, 400); return null").await;
    b.wait_until("scrolled", "return window.scrollY >= 399")
        .await;
    b.open("/tsarist-russia").await;
    b.wait_until(
        "the section's progress",
        "return /^2 of \\d+ pages read$/.test(document.querySelector('.section-progress')?.textContent)",
    )
    .await;
    b.open("/").await;
    b.wait_until(
        "continue reading",
        "return document.querySelector('.continue-reading a') !== null",
    )
    .await;
    let href = b
        .js_string("return document.querySelector('.continue-reading a').getAttribute('href')")
        .await;
    assert_eq!(href, format!("{second}?at=400"));
    b.click(".continue-reading a").await;
    b.wait_for_h1(&second_title).await;
    b.wait_until(
        "back at the place",
        "return Math.abs(window.scrollY - 400) < 2",
    )
    .await;
    b.open("/site-map").await;
    b.wait_until(
        "read pages marked in the site map",
        "return document.querySelectorAll('.site-map-section li.read').length === 2",
    )
    .await;
}

#[tokio::test]
async fn a_damaged_value_is_reset_alone_and_the_reader_is_told() {
    let b = Browser::start().await;
    let [(first, title), _] = first_pages();
    b.open(&first).await;
    b.wait_for_h1(&title).await;
    b.js("localStorage.setItem('allrussias.bookmarks', '{broken'); return null")
        .await;
    b.open("/tsarist-russia").await;
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
    // Reset to an empty list the app reads again, not merely removed.
    assert_eq!(
        b.js("const kept = JSON.parse(localStorage.getItem('allrussias.bookmarks')); return [kept.version, kept.items.length]")
            .await,
        serde_json::json!([1, 0])
    );
    // Progress, under its own key, is kept.
    b.wait_until(
        "progress kept",
        "return /^1 of \\d+ pages read$/.test(document.querySelector('.section-progress')?.textContent)",
    )
    .await;
}

#[tokio::test]
async fn bookmarks_export_to_a_file_and_import_from_one() {
    let b = Browser::start().await;
    let [(path, title), _] = first_pages();
    b.open(&path).await;
    b.wait_for_h1(&title).await;
    b.click(".bookmark-button").await;
    b.open("/bookmarks").await;
    b.wait_for_h1("Bookmark This Site").await;
    let exported = b
        .js_string("return decodeURIComponent(document.querySelector('.bookmarks-files a[download]').getAttribute('href').split(',')[1])")
        .await;
    assert!(exported.contains(&path), "{exported}");
    // A file saved on another browser replaces the list; a file that is not one is refused.
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("bookmarks.json");
    std::fs::write(
        &other,
        r#"{"version":1,"items":[{"path":"/about","title":"About This Site","section":"About This Site","saved":"2026-01-02"}]}"#,
    )
    .unwrap();
    let input = b
        .client
        .find(fantoccini::Locator::Css(
            ".bookmarks-files input[type=file]",
        ))
        .await
        .unwrap();
    input.send_keys(other.to_str().unwrap()).await.unwrap();
    b.wait_until(
        "the imported list",
        "return [...document.querySelectorAll('.bookmarks li a')].map(a => a.textContent).join() === 'About This Site'",
    )
    .await;
    let junk = dir.path().join("junk.json");
    std::fs::write(&junk, "not bookmarks").unwrap();
    input.send_keys(junk.to_str().unwrap()).await.unwrap();
    b.wait_until(
        "the refusal",
        "return document.querySelector('.bookmarks-files + [role=alert]') !== null && document.querySelectorAll('.bookmarks li').length === 1",
    )
    .await;
}

/// A page under a topic (an essay) is bookmarked like a chapter page, and the bookmarks
/// list names the topic it sits under.
#[tokio::test]
async fn an_essay_is_bookmarked_under_its_topic() {
    let b = Browser::start().await;
    let essays = allrussias_model::route_title(Lang::En, "essays").unwrap();
    b.open("/essays").await;
    b.wait_for_h1(essays).await;
    let essay = b
        .js_string(
            "return document.querySelector('main a[href^=\"/essays/\"]').getAttribute('href')",
        )
        .await;
    b.click(&format!("main a[href='{essay}']")).await;
    let title = crate::support::page(&essay).title;
    b.wait_for_h1(&title).await;
    b.bookmark().await;
    b.open("/bookmarks").await;
    b.wait_for_h1("Bookmark This Site").await;
    let listed = b
        .js("return [...document.querySelectorAll('.bookmarks li')].map(li => [li.querySelector('a').textContent, li.querySelector('a').getAttribute('href'), li.querySelector('.bookmarks-meta').textContent])")
        .await;
    let listed: Vec<(String, String, String)> = serde_json::from_value(listed).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!((&listed[0].0, &listed[0].1), (&title, &essay));
    assert!(
        listed[0].2.starts_with(&format!("{essays} · ")),
        "{listed:?}"
    );
}

/// The bookmarks the open bookmarks page lists, as (title, address, section · date).
async fn listed(b: &Browser) -> Vec<(String, String, String)> {
    let listed = b
        .js("return [...document.querySelectorAll('.bookmarks li')].map(li => [li.querySelector('a').textContent, li.querySelector('a').getAttribute('href'), li.querySelector('.bookmarks-meta').textContent])")
        .await;
    serde_json::from_value(listed).unwrap()
}

/// Today as the bookmarks page of `locale` (`en-GB`, `ru-RU`) writes a day.
async fn today_in(b: &Browser, locale: &str) -> String {
    b.js_string(&format!(
        "return new Date().toLocaleDateString('{locale}', {{ day: 'numeric', month: 'long', year: 'numeric' }})"
    ))
    .await
}

/// A stand-alone page, under no section, is listed under its own title, links back to
/// itself, and once removed its button is no longer pressed.
#[tokio::test]
async fn a_stand_alone_page_is_bookmarked_under_its_own_title() {
    let b = Browser::start().await;
    let page = page_in(Lang::En, "/about");
    let bookmarks = route_title(Lang::En, "bookmarks").unwrap();
    b.open(&page.path).await;
    b.wait_for_h1(&page.title).await;
    b.bookmark().await;
    b.open("/bookmarks").await;
    b.wait_for_h1(bookmarks).await;
    let today = today_in(&b, "en-GB").await;
    assert_eq!(
        listed(&b).await,
        [(
            page.title.clone(),
            page.path.clone(),
            format!("{} · {today}", page.title)
        )]
    );
    b.click(&format!(".bookmarks a[href='{}']", page.path))
        .await;
    b.wait_for_h1(&page.title).await;
    assert_eq!(b.path().await, page.path);
    b.client.back().await.expect("back");
    b.wait_for_h1(bookmarks).await;
    b.click(".bookmarks button").await;
    b.wait_until(
        "the empty list",
        "return document.querySelector('.bookmarks-empty') !== null && document.querySelector('.bookmarks') === null",
    )
    .await;
    b.open(&page.path).await;
    b.wait_for_h1(&page.title).await;
    b.wait_until(
        "the button no longer pressed",
        "return document.querySelector('.bookmark-button').getAttribute('aria-pressed') === 'false'",
    )
    .await;
}

/// On the Russian site a stand-alone page and a chapter page are bookmarked with their
/// Russian titles and sections, listed on the Russian bookmarks page with Russian dates
/// and links that stay on the Russian site; removing one keeps the other.
#[tokio::test]
async fn on_the_russian_site_bookmarks_are_listed_in_russian() {
    let b = Browser::start().await;
    let jokes = page_in(Lang::Ru, "/jokes");
    let m = manifest_in(Lang::Ru, "tsarist-russia");
    let c = &m.chapters[0];
    let chapter_path = format!("/tsarist-russia/{}/{}", c.slug, c.pages[0].slug);
    let chapter_page = page_in(Lang::Ru, &chapter_path);
    let bookmarks = route_title(Lang::Ru, "bookmarks").unwrap();
    let ru = |path: &str| format!("/ru{path}");

    b.open(&ru(&jokes.path)).await;
    b.wait_for_h1(&jokes.title).await;
    b.bookmark().await;
    b.open(&ru(&chapter_path)).await;
    b.wait_for_h1(&chapter_page.title).await;
    b.bookmark().await;

    b.open("/ru/bookmarks").await;
    b.wait_for_h1(bookmarks).await;
    assert_eq!(
        b.js_string("return document.documentElement.lang").await,
        "ru"
    );
    let today = today_in(&b, "ru-RU").await;
    assert_eq!(
        listed(&b).await,
        [
            (
                jokes.title.clone(),
                ru(&jokes.path),
                format!("{} · {today}", jokes.title)
            ),
            (
                chapter_page.title.clone(),
                ru(&chapter_path),
                format!("{} · {today}", m.title)
            ),
        ]
    );

    // Removing the first keeps the second, whose link opens the Russian page.
    b.click(".bookmarks li:first-child button").await;
    b.wait_until(
        "one bookmark left",
        "return document.querySelectorAll('.bookmarks li').length === 1",
    )
    .await;
    assert_eq!(
        listed(&b).await,
        [(
            chapter_page.title.clone(),
            ru(&chapter_path),
            format!("{} · {today}", m.title)
        )]
    );
    b.click(".bookmarks li a").await;
    b.wait_for_h1(&chapter_page.title).await;
    assert_eq!(b.path().await, ru(&chapter_path));
    assert_eq!(
        b.js_string("return document.documentElement.lang").await,
        "ru"
    );
}
