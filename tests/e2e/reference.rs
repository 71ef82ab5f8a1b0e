//! The reference pages built from content: lecture bullet points, Russia A-Z, the essays.

use allrussias_model::block::{walk, Node};
use allrussias_model::{bullets_path, Block, Inline};

use crate::support::browser::Browser;
use crate::support::{manifest, page};

#[tokio::test]
async fn a_chapter_and_its_bullet_points_link_both_ways() {
    let b = Browser::start().await;
    let m = manifest("tsarist-russia");
    let chapter = &m.chapters[0];
    let first = format!("/tsarist-russia/{}/{}", chapter.slug, chapter.pages[0].slug);
    b.open(&first).await;
    b.wait_for_h1(&chapter.pages[0].title).await;
    b.click("a.chapter-bullets").await;
    b.wait_for_h1(&chapter.title).await;
    assert_eq!(b.path().await, bullets_path(&chapter.slug));
    let rows = b
        .js("return document.querySelectorAll('main table tbody tr').length")
        .await;
    let published: usize = page(&bullets_path(&chapter.slug))
        .body
        .iter()
        .map(|block| match block {
            Block::Table { rows, .. } => rows.len(),
            _ => 0,
        })
        .sum();
    assert_eq!(rows, published);
    b.click("a[href='/bullets']").await;
    b.wait_for_h1("Lecture Bullet Points").await;
    // Grouped by section: a heading per section, each chapter's sheet listed once.
    let sections = ["tsarist-russia", "soviet-russia", "russian-federation"].map(manifest);
    let headings = b
        .js("return [...document.querySelectorAll('main .page-body h2')].map(h => h.textContent)")
        .await;
    let titles: Vec<String> = sections.iter().map(|m| m.title.clone()).collect();
    assert_eq!(headings, serde_json::json!(titles));
    let listed = b
        .js("return [...document.querySelectorAll('main a')].filter(a => a.getAttribute('href').startsWith('/bullets/')).length")
        .await;
    let chapters: usize = sections.iter().map(|m| m.chapters.len()).sum();
    assert_eq!(listed, serde_json::json!(chapters));
    b.client.back().await.unwrap();
    b.wait_for_h1(&chapter.title).await;
    b.click(".topic-chapter a").await;
    b.wait_for_h1(&chapter.pages[0].title).await;
    assert_eq!(b.path().await, first);
}

/// The first glossary link in a page's text, with the term's anchor.
fn first_glossary_link(blocks: &[Block]) -> Option<String> {
    walk(blocks).find_map(|node| match node {
        Node::Inline(Inline::Link { to, .. }) if to.starts_with("/a-z#") => Some(to.clone()),
        _ => None,
    })
}

#[tokio::test]
async fn a_glossary_term_in_the_text_opens_its_entry_in_view() {
    let b = Browser::start().await;
    let m = manifest("soviet-russia");
    let (path, to) = m
        .page_paths()
        .find_map(|path| first_glossary_link(&page(&path).body).map(|to| (path, to)))
        .expect("some Soviet page links a glossary term");
    b.open(&path).await;
    b.wait_for_h1(&page(&path).title).await;
    b.click(&format!("main a[href='{to}']")).await;
    b.wait_for_h1("Russia from A to Z").await;
    let id = to.trim_start_matches("/a-z#");
    b.wait_until(
        "the term's entry in view",
        &format!(
            "const r = document.getElementById('{id}').getBoundingClientRect(); return r.top > -2 && r.top < innerHeight / 2"
        ),
    )
    .await;
    let terms = b
        .js("return document.querySelectorAll('main h3[id]').length")
        .await;
    let published = page("/a-z")
        .body
        .iter()
        .filter(|block| matches!(block, Block::Heading { level: 3, .. }))
        .count();
    assert_eq!(terms, published);
}

#[tokio::test]
async fn essays_are_listed_opened_and_unknown_ones_are_not_found() {
    let b = Browser::start().await;
    let index = page("/essays");
    assert!(index.children.len() >= 3);
    b.open("/essays").await;
    b.wait_for_h1(&index.title).await;
    b.click(".topic-children a").await;
    b.wait_for_h1(&index.children[0].title).await;
    assert_eq!(b.path().await, index.children[0].path);
    b.open("/essays/no-such-essay").await;
    b.wait_for_h1("Page not found").await;
    b.open("/nowhere/at-all").await;
    b.wait_for_h1("Page not found").await;
}

#[tokio::test]
async fn a_terms_see_also_pages_read_as_a_tight_list() {
    let b = Browser::start().await;
    b.open("/a-z#kulak").await;
    b.wait_until(
        "the terms",
        "return document.querySelector('main #kulak') !== null",
    )
    .await;
    // The pages after a term are list items, spaced like a list: far less apart than the
    // text's paragraphs.
    let gaps = b
        .js("const item = document.querySelector('main #kulak ~ ul li > p'); \
             const para = document.querySelector('main #kulak + p'); \
             return [parseFloat(getComputedStyle(item).marginBottom), parseFloat(getComputedStyle(para).marginBottom)]")
        .await;
    let (item, para) = (gaps[0].as_f64().unwrap(), gaps[1].as_f64().unwrap());
    assert!(
        item * 3.0 <= para,
        "list items {item}px apart, paragraphs {para}px"
    );
}
