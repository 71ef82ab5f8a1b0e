//! The site served from a folder of a host (`trunk build --public-url /sub/`): every
//! address it writes, fetches and registers stays under `/sub/`.

use allrussias_model::Lang;
use std::fs;

use allrussias_model::SECTIONS;

use crate::support::browser::Browser;
use crate::support::{dist_sub_dir, manifest, page, page_in};

/// Every address the document links to or loaded, as the browser resolved it, that is not
/// under `/sub/` on this host: links out of the site are allowed, nothing else.
const OUTSIDE: &str = "
    const root = location.origin + '/sub/';
    const links = [...document.querySelectorAll('a[href]')].map(a => a.href)
        .filter(href => href.startsWith(location.origin));
    const loaded = performance.getEntriesByType('resource').map(e => e.name);
    return [...links, ...loaded, location.href].filter(url => !url.startsWith(root));";

#[tokio::test]
async fn the_site_reads_page_by_page_under_a_sub_path() {
    let b = Browser::under_sub_path().await;
    let paths: Vec<String> = manifest(SECTIONS[1]).page_paths().collect();
    let (first, second) = (&paths[0], &paths[1]);
    b.open(&format!("/sub{first}")).await;
    b.wait_for_h1(&page(first).title).await;
    assert_eq!(
        b.js_string("return document.querySelector('a[rel=next]').getAttribute('href')")
            .await,
        format!("/sub{second}")
    );
    b.click("a[rel=next]").await;
    b.wait_for_h1(&page(second).title).await;
    assert_eq!(b.path().await, format!("/sub{second}"));
    b.wait_until(
        "the next page's pictures, fonts and data load under /sub/",
        "return document.fonts.status === 'loaded'",
    )
    .await;
    let outside = b.js(OUTSIDE).await;
    assert_eq!(outside, serde_json::json!([]), "addresses outside /sub/");

    // The menus keep the base path, and mark the section being read.
    assert_eq!(
        b.js_string(
            "return document.querySelector('nav a[aria-current=page]').getAttribute('href')"
        )
        .await,
        format!("/sub/{}", SECTIONS[1])
    );

    // The other language is under the same base path.
    b.click(".language-switch").await;
    b.wait_for_h1(&page_in(Lang::Ru, second).title).await;
    assert_eq!(b.path().await, format!("/sub/ru{second}"));
    assert_eq!(b.js(OUTSIDE).await, serde_json::json!([]));

    // A reload of a deep link opens its static entry, and the app takes over again.
    b.client.refresh().await.unwrap();
    b.wait_for_h1(&page_in(Lang::Ru, second).title).await;
    assert_eq!(
        b.js_string("return document.querySelectorAll('main').length + ' ' + (document.querySelector('#static') === null)")
            .await,
        "1 true"
    );

    // The wordmark leads home, under the base path.
    b.click(".wordmark").await;
    b.wait_until(
        "the Russian home page",
        "return location.pathname === '/sub/ru' && !!document.querySelector('main h1')",
    )
    .await;
}

#[tokio::test]
async fn pictures_missing_pages_and_offline_reading_work_under_a_sub_path() {
    let b = Browser::under_sub_path().await;
    b.open("/sub/images/soviet-russia").await;
    b.wait_until(
        "the gallery's first pictures drawn",
        "const imgs = [...document.querySelectorAll('main img[loading=eager]')];
         return imgs.length > 0 && imgs.every(i => i.complete && i.naturalWidth > 0)",
    )
    .await;
    assert_eq!(b.js(OUTSIDE).await, serde_json::json!([]));

    // The service worker is the site's own, scoped to its folder, with the shell cached.
    b.wait_until(
        "the service worker in control",
        "return !!navigator.serviceWorker.controller",
    )
    .await;
    b.js("navigator.serviceWorker.getRegistration().then(r => window.scope = r.scope)")
        .await;
    b.wait_until("the registration read", "return !!window.scope")
        .await;
    assert_eq!(
        b.js_string("return window.scope.replace(location.origin, '')")
            .await,
        "/sub/"
    );

    // A route with no page says so, as at the root.
    b.open("/sub/soviet-russia/no-such-chapter/no-such-page")
        .await;
    b.wait_for_h1("Page not found").await;
    assert_eq!(b.js(OUTSIDE).await, serde_json::json!([]));
}

#[test]
fn static_entries_and_the_sitemap_carry_the_base_path() {
    let dist = dist_sub_dir();
    let path = manifest(SECTIONS[0]).page_paths().next().unwrap();
    let entry =
        fs::read_to_string(dist.join(path.trim_start_matches('/')).join("index.html")).unwrap();
    for expected in [
        "<meta name=\"allrussias-base\" content=\"/sub/\">".to_string(),
        format!("rel=\"canonical\" href=\"http://127.0.0.1:8080/sub{path}\""),
        "<header><a href=\"/sub/\">All Russias</a></header>".to_string(),
        "href=/sub/fonts/".to_string(),
        "href=/sub/favicon.svg".to_string(),
    ] {
        assert!(entry.contains(&expected), "{expected} missing from {path}");
    }
    assert!(!entry.contains(" href=\"/soviet") && !entry.contains(" href=/fonts"));
    let sitemap = fs::read_to_string(dist.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains(&format!("<loc>http://127.0.0.1:8080/sub{path}</loc>")));
    let worker = fs::read_to_string(dist.join("sw.js")).unwrap();
    assert!(worker.contains("\"index.html\"") && !worker.contains("\"/index.html\""));
}
