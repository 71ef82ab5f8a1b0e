//! Printing: a chapter's print view has all its pages in order, and on paper the frame
//! goes, external addresses are written out and each page starts a new sheet.

use serde_json::json;

use crate::support::browser::Browser;
use crate::support::{manifest, page};

const CHAPTER: &str = "stalins-legacy";

#[tokio::test]
async fn the_print_view_has_every_page_of_the_chapter_in_order() {
    let b = Browser::start().await;
    let soviet = manifest("soviet-russia");
    let chapter = soviet.chapters.iter().find(|c| c.slug == CHAPTER).unwrap();
    let first = format!("/soviet-russia/{CHAPTER}/{}", chapter.pages[0].slug);
    b.open(&first).await;
    b.click("a.chapter-print").await;
    b.wait_for_h1(&chapter.title).await;
    assert_eq!(b.path().await, format!("/print/soviet-russia/{CHAPTER}"));
    let titles = b
        .js("return [...document.querySelectorAll('.print-chapter-page > h2')].map(h => h.textContent)")
        .await;
    let expected: Vec<String> = chapter.pages.iter().map(|p| p.title.clone()).collect();
    assert_eq!(titles, json!(expected));
    // Each page's text and notes are there, with ids that stay unique.
    let last = format!(
        "/soviet-russia/{CHAPTER}/{}",
        chapter.pages.last().unwrap().slug
    );
    let last_sources = page(&last).sources.len();
    assert_eq!(
        b.js(
            "return document.querySelectorAll('.print-chapter-page:last-child .sources li').length"
        )
        .await,
        json!(last_sources)
    );
    assert_eq!(
        b.js("const ids = [...document.querySelectorAll('[id]')].map(e => e.id); return ids.length === new Set(ids).size")
            .await,
        true
    );
    b.click(".print-chapter-page:nth-of-type(1) .note-ref a")
        .await;
    assert!(b
        .js_string("return location.hash")
        .await
        .starts_with("#p1-note-"));
}

#[tokio::test]
async fn on_paper_only_the_text_is_printed() {
    let b = Browser::start().await;
    b.open(&format!("/print/soviet-russia/{CHAPTER}")).await;
    b.wait_until(
        "the pages",
        "return document.querySelectorAll('.print-chapter-page').length > 1",
    )
    .await;
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let hidden = b
        .js("return ['.site-header', '.site-footer', '.print-chapter-actions'].map(s => getComputedStyle(document.querySelector(s)).display)")
        .await;
    assert_eq!(hidden, json!(["none", "none", "none"]));
    assert_eq!(
        b.js("return getComputedStyle(document.querySelectorAll('.print-chapter-page')[1]).breakBefore")
            .await,
        "page"
    );
    assert_eq!(
        b.js("return getComputedStyle(document.body).backgroundColor")
            .await,
        "rgb(255, 255, 255)"
    );

    // An external link shows its address on paper.
    b.open("/links").await;
    b.wait_until(
        "the links",
        "return document.querySelector('a.external') !== null",
    )
    .await;
    let shown = b
        .js_string("const a = document.querySelector('a.external'); return getComputedStyle(a, '::after').content + ' ' + a.href")
        .await;
    let (after, href) = shown.rsplit_once(' ').unwrap();
    assert!(after.contains(href.trim_end_matches('/')), "{shown}");
}
