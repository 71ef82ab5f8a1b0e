//! The e-books: each section page and the site map offer their EPUB with its size, and
//! the link downloads the file the manifest names.

use crate::support::browser::Browser;
use crate::support::{manifest, manifest_in, site_index_in};
use allrussias_model::Lang;

/// The file behind the first e-book link: (its size, whether it starts as an EPUB must:
/// a zip whose first entry is the stored `mimetype`).
const DOWNLOAD: &str = "const a = document.querySelector('.ebook-link a'); return fetch(a.href).then(r => r.arrayBuffer()).then(b => { const t = new TextDecoder().decode(new Uint8Array(b, 0, 58)); return [b.byteLength, t.startsWith('PK') && t.includes('mimetypeapplication/epub+zip')]; })";

#[tokio::test]
async fn section_pages_and_the_site_map_offer_their_e_books() {
    let b = Browser::start().await;
    let section = manifest("soviet-russia");
    let ebook = section.ebook.clone().expect("the section's e-book");
    b.open("/soviet-russia").await;
    b.wait_for_h1(&section.title).await;
    let link = b
        .js("const a = document.querySelector('.ebook-link a'); return [a.getAttribute('href'), a.getAttribute('download'), a.textContent]")
        .await;
    let (href, name, text): (String, String, String) = serde_json::from_value(link).unwrap();
    assert_eq!(href, ebook.path);
    assert!(name.ends_with(".epub"), "{name}");
    let kb = ebook.bytes.div_ceil(1024);
    assert_eq!(text, format!("Soviet Russia: e-book (EPUB, {kb} KB)"));
    let (bytes, epub): (u64, bool) = serde_json::from_value(b.js(DOWNLOAD).await).unwrap();
    assert_eq!(bytes, ebook.bytes);
    assert!(epub, "the download is not an EPUB");

    // The Russian site map offers the whole history first, then each section's.
    let ru = manifest_in(Lang::Ru, "tsarist-russia");
    b.open("/ru/site-map").await;
    b.wait_for_h1("Карта сайта").await;
    b.wait_until(
        "the site map's e-books",
        "return document.querySelectorAll('.ebook-link a').length > 0",
    )
    .await;
    let links = b
        .js("return [...document.querySelectorAll('.ebook-link a')].map(a => a.getAttribute('href'))")
        .await;
    let links: Vec<String> = serde_json::from_value(links).unwrap();
    let whole = site_index_in(Lang::Ru)
        .ebook
        .expect("the whole history's e-book")
        .path;
    assert_eq!(links.len(), 4, "{links:?}");
    assert_eq!(links[0], whole);
    assert!(
        links.contains(&ru.ebook.expect("a Russian e-book").path),
        "{links:?}"
    );
    let (bytes, epub): (u64, bool) = serde_json::from_value(b.js(DOWNLOAD).await).unwrap();
    assert!(bytes > 0 && epub);
}
