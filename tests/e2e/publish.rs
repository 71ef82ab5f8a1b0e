//! The build finished for static hosts: an HTML entry per route with the page's own head
//! and text, the sitemap, 404.html and a Content-Security-Policy the app runs under.

use allrussias_model::Lang;
use std::fs;
use std::time::Duration;

use allrussias_model::{data, SECTIONS};

use crate::support::browser::Browser;
use crate::support::server::Fault;
use crate::support::{app_file, dist_dir, manifest, manifest_in, page, page_in, published};

/// The text of every `<tag>` element in `html` (whose content has no other tag), with
/// the character references decoded as a browser would.
fn texts(html: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    html.split(&open)
        .skip(1)
        .filter_map(|rest| rest.split_once(&close))
        .map(|(text, _)| html_escape::decode_html_entities(text).into_owned())
        .collect()
}

/// The `content` of the `<meta name=...>` in `html`, decoded.
fn meta(html: &str, name: &str) -> Option<String> {
    let (_, rest) = html.split_once(&format!(" name=\"{name}\" content=\""))?;
    let (content, _) = rest.split_once('"')?;
    Some(html_escape::decode_html_entities(content).into_owned())
}

fn entry(route: &str) -> String {
    let path = dist_dir()
        .join(route.trim_start_matches('/'))
        .join("index.html");
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_page_has_a_static_entry_with_its_head_and_text_in_both_languages() {
    for section in SECTIONS {
        for path in manifest(section).page_paths() {
            for (lang, route) in [(Lang::En, path.clone()), (Lang::Ru, format!("/ru{path}"))] {
                let html = entry(&route);
                let page = page_in(lang, &path);
                let site = if lang == Lang::Ru {
                    "Всея Руси"
                } else {
                    "All Russias"
                };
                assert!(html.contains(&format!("<html lang={lang}>")), "{route}");
                assert_eq!(
                    texts(&html, "title"),
                    [format!("{} | {site}", page.title)],
                    "{route}"
                );
                assert_eq!(
                    texts(&html, "h1"),
                    std::slice::from_ref(&page.title),
                    "{route}"
                );
                assert!(html.contains("rel=\"canonical\""), "{route}");
                assert!(html.contains("hreflang=\"ru\"") && html.contains("hreflang=\"en\""));
            }
        }
    }
    // Every route of the site answers with an entry, written or not.
    for slug in SECTIONS.iter().chain(allrussias_model::TOPICS) {
        for lang in Lang::ALL {
            let route = if lang == Lang::En {
                format!("/{slug}")
            } else {
                format!("/ru/{slug}")
            };
            let title = allrussias_model::route_title(lang, slug).unwrap();
            assert_eq!(texts(&entry(&route), "h1"), [title], "{route}");
        }
    }
    let about = entry("/about");
    assert_eq!(
        meta(&about, "description"),
        Some(page("/about").description)
    );
    let sitemap = fs::read_to_string(dist_dir().join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("/ru/soviet-russia/stalins-legacy/the-secret-speech</loc>"));
    let robots = fs::read_to_string(dist_dir().join("robots.txt")).unwrap();
    assert!(robots.contains("Sitemap: "), "{robots}");
    let not_found = fs::read_to_string(dist_dir().join("404.html")).unwrap();
    assert!(not_found.contains("content=\"noindex\""));
}

#[test]
fn every_entry_carries_a_strict_content_security_policy() {
    for route in ["/", "/ru", "/soviet-russia", "/ru/jokes"] {
        let html = entry(route);
        let policy = html
            .split("http-equiv=\"Content-Security-Policy\" content=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_else(|| panic!("{route} has no policy"));
        assert!(policy.contains("default-src 'self'"), "{policy}");
        assert!(policy.contains("'sha256-"), "{policy}");
        assert!(
            !policy.contains("'unsafe-inline'") && !policy.contains("'unsafe-eval'"),
            "{policy}"
        );
    }
}

#[tokio::test]
async fn the_app_takes_over_a_static_entry_under_the_policy() {
    let b = Browser::start().await;
    let path = "/ru/soviet-russia/stalins-legacy/the-thaw";
    let thaw = page_in(Lang::Ru, "/soviet-russia/stalins-legacy/the-thaw");
    b.open(path).await;
    b.wait_for_h1(&thaw.title).await;
    // The app is running (the pager only exists in the app) under the page's policy.
    b.wait_until(
        "the app's pager",
        "return document.querySelector('a[rel=prev]') !== null",
    )
    .await;
    let counts = b
        .js("return [document.querySelectorAll('main').length, document.querySelectorAll('h1').length, document.querySelectorAll('#static, [data-static]').length, document.querySelectorAll('meta[name=description]').length, document.querySelectorAll('meta[http-equiv=Content-Security-Policy]').length]")
        .await;
    assert_eq!(counts, serde_json::json!([1, 1, 0, 1, 1]));
}

#[test]
fn content_files_have_hashed_names() {
    // Every file under data/ has a content hash in its name, so hosts may cache it for
    // good; only the files under site/ (site indexes, chapter manifests) keep their names.
    let mut unhashed = Vec::new();
    let mut stack = vec![dist_dir().join("data")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                stack.push(path);
            } else if !name.ends_with(".br") && !name.ends_with(".gz") {
                let hashed = name.split('.').rev().nth(1).is_some_and(|hash| {
                    hash.len() == 10 && hash.bytes().all(|b| b.is_ascii_hexdigit())
                });
                if !hashed {
                    unhashed.push(path);
                }
            }
        }
    }
    assert!(unhashed.is_empty(), "{unhashed:?}");
    assert!(dist_dir().join("site/en.json").is_file() && dist_dir().join("site/ru.json").is_file());
}

/// A chapter page's entry has the browser fetch the page and its chapter's list while the
/// app loads (by their published names, which the app then uses without asking again),
/// and nothing that lists the whole section.
#[tokio::test]
async fn a_chapter_page_entry_fetches_its_data_while_the_app_loads() {
    let b = Browser::start().await;
    let m = manifest("soviet-russia");
    let path = m.page_paths().nth(2).unwrap();
    let chapter = path.split('/').nth(2).unwrap();
    b.open(&path).await;
    b.wait_for_h1(&page(&path).title).await;
    let fetched_by = |file: &str| {
        format!(
            "return performance.getEntriesByType('resource').filter(e => new URL(e.name).pathname === '{file}').map(e => e.initiatorType)"
        )
    };
    for file in [
        data::chapter(Lang::En, "soviet-russia", chapter),
        published(&data::page(Lang::En, &path)),
    ] {
        assert_eq!(
            b.js(&fetched_by(&file)).await,
            serde_json::json!(["link"]),
            "{file}"
        );
        assert_eq!(b.server.requests(&file), 1, "{file}");
    }
    for whole in [
        "/site/en.json".to_string(),
        published(&data::manifest(Lang::En, "soviet-russia")),
    ] {
        assert_eq!(
            b.js(&format!("{}.includes('link')", fetched_by(&whole)))
                .await,
            false,
            "{whole}"
        );
    }
}

#[tokio::test]
async fn the_entry_text_stays_in_view_until_the_app_has_the_page() {
    let b = Browser::start().await;
    let path = manifest("soviet-russia").page_paths().nth(1).unwrap();
    let title = page(&path).title;
    b.server.fail(
        &published(&data::page(Lang::En, &path)),
        Fault::Delay(Duration::from_secs(3)),
    );
    b.open(&path).await;
    // The app is running (its search box is there) while the page is still on its way:
    // the entry's text is in the app's one <main>, with no loading notice in its place;
    // its title is shown as text, since the page's <h1> is the app's.
    b.wait_until(
        "the app's frame",
        "return document.querySelector('#search-input') !== null",
    )
    .await;
    assert_eq!(
        b.js("return [document.querySelectorAll('main').length, document.querySelector('#static') === null, document.querySelector('main .handed-title').textContent, document.querySelectorAll('h1').length, document.querySelector('main .loading') === null]")
            .await,
        serde_json::json!([1, true, title, 0, true])
    );
    // Then the app's own page takes its place.
    b.wait_until(
        "the app's page",
        "return document.querySelector('a[rel=next]') !== null",
    )
    .await;
    assert_eq!(
        b.js("return [document.querySelectorAll('h1').length, document.querySelector('.handed-text') === null]")
            .await,
        serde_json::json!([1, true])
    );
}

#[tokio::test]
async fn a_tampered_app_does_not_run_and_the_text_stays_readable() {
    let b = Browser::start().await;
    let wasm = app_file("allrussias_bg.wasm");
    // The real wasm with one more custom section is still a valid module, but no longer
    // the one its hash (Subresource Integrity) names: the browser refuses it.
    let mut changed = fs::read(dist_dir().join(wasm.trim_start_matches('/'))).unwrap();
    changed.extend_from_slice(&[0, 5, 4, b't', b'e', b's', b't']);
    b.server.fail(&wasm, Fault::Wasm(changed));
    // The start-up script's promise rejects when the browser refuses the module (a fetch
    // failing its integrity check): note it.
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        serde_json::json!({ "source": "window.refused = []; addEventListener('unhandledrejection', e => refused.push(String(e.reason)))" }),
    )
    .await;
    let path = "/soviet-russia/stalins-legacy/the-thaw";
    b.open(path).await;
    b.wait_until(
        "the wasm refused",
        "return refused.some(r => r.includes('Failed to fetch')) && performance.getEntriesByType('resource').some(e => e.name.endsWith('_bg.wasm'))",
    )
    .await;
    assert_eq!(
        b.js("return [document.querySelector('#static [role=main] h1').textContent, document.querySelector('#search-input') === null]")
            .await,
        serde_json::json!([page(path).title, true])
    );
}

/// A route of each kind of page with a static entry, in a language (pages under a topic
/// are taken from the middle of its list).
fn one_route_of_each_kind(lang: Lang) -> Vec<String> {
    let chapter_page = manifest_in(lang, "soviet-russia")
        .page_paths()
        .nth(3)
        .unwrap();
    // The first page under a topic with an entry, as the build laid the entries out.
    let first_under = |topic: &str| {
        let mut items: Vec<String> = fs::read_dir(dist_dir().join(topic))
            .unwrap()
            .filter_map(|item| item.ok())
            .filter(|item| item.path().is_dir())
            .map(|item| item.file_name().to_string_lossy().into_owned())
            .collect();
        items.sort();
        format!("/{topic}/{}", items[items.len() / 2])
    };
    let (essay, bullets, series) = (
        first_under("essays"),
        first_under("bullets"),
        first_under("statistics"),
    );
    let (gallery, lesson) = (first_under("images"), first_under("learn-russian"));
    [
        "/",
        "/soviet-russia",
        &chapter_page,
        "/about",
        "/a-z",
        "/essays",
        &essay,
        &bullets,
        "/site-map",
        "/statistics",
        &series,
        "/images",
        &gallery,
        "/learn-russian",
        &lesson,
        "/music",
        "/videos",
        "/timeline",
    ]
    .into_iter()
    .map(|path| lang.route(path))
    .collect()
}

/// The title, the headings and the paragraphs a reader sees: in the static entry (what
/// crawlers and readers without JavaScript get) and in the app once it has drawn the page.
const TEXTS: &str = r#"
const norm = (t) => t.replace(/\s+/g, ' ').trim();
const read = (root) => ({
    title: [...root.querySelectorAll('h1')].map((e) => norm(e.textContent)),
    headings: [...root.querySelectorAll('h2, h3')].map((e) => norm(e.textContent)),
    paragraphs: [...root.querySelectorAll('p')].map((e) => norm(e.textContent)).filter((t) => t),
});
const entry = new DOMParser().parseFromString(arguments[0], 'text/html');
return [read(entry.querySelector('#static [role=main]')), read(document.querySelector('main'))];
"#;

#[tokio::test]
async fn the_static_entry_and_the_app_show_the_same_title_headings_and_text() {
    let b = Browser::start().await;
    let mut differences = Vec::new();
    for lang in Lang::ALL {
        for route in one_route_of_each_kind(lang) {
            b.open(&route).await;
            b.wait_until(
                "the app's own page",
                "return document.querySelector('main h1') !== null && document.querySelector('main .handed-text, main .loading') === null",
            )
            .await;
            b.settle().await;
            let texts = b
                .client
                .execute(TEXTS, vec![serde_json::json!(entry(&route))])
                .await
                .unwrap();
            let (entry, app): (Texts, Texts) = serde_json::from_value(texts).unwrap();
            differences.extend(
                entry
                    .differences(&app)
                    .into_iter()
                    .map(|d| format!("{route}: {d}")),
            );
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

#[derive(serde::Deserialize)]
struct Texts {
    title: Vec<String>,
    headings: Vec<String>,
    paragraphs: Vec<String>,
}

impl Texts {
    /// Where the app does not show what the entry shows: the same title, the entry's
    /// headings in the same order, and every paragraph of the entry.
    fn differences(&self, app: &Texts) -> Vec<String> {
        let mut out = Vec::new();
        if self.title != app.title {
            out.push(format!(
                "title {:?} in the entry, {:?} in the app",
                self.title, app.title
            ));
        }
        // The app may add headings of its own around the text (a section's chapter list, the
        // timeline's centuries); the entry's must all be there, in the same order.
        let mut app_headings = app.headings.iter();
        for heading in &self.headings {
            if !app_headings.any(|h| h == heading) {
                out.push(format!(
                    "heading {heading:?} not in the app in this order: {:?}",
                    app.headings
                ));
            }
        }
        for paragraph in &self.paragraphs {
            if !app.paragraphs.contains(paragraph) {
                out.push(format!("paragraph not in the app: {paragraph:?}"));
            }
        }
        out
    }
}

#[test]
fn the_comparison_of_entry_and_app_sees_a_missing_or_moved_heading_and_a_lost_paragraph() {
    let texts = |title: &str, headings: &[&str], paragraphs: &[&str]| Texts {
        title: vec![title.to_string()],
        headings: headings.iter().map(|h| h.to_string()).collect(),
        paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
    };
    let entry = texts("Thaw", &["Causes", "Limits"], &["One.", "Two."]);
    let same = texts(
        "Thaw",
        &["Causes", "Chapters", "Limits", "Sources"],
        &["Two.", "One.", "Menu"],
    );
    assert!(entry.differences(&same).is_empty());
    for app in [
        texts("The Thaw", &["Causes", "Limits"], &["One.", "Two."]),
        texts("Thaw", &["Causes"], &["One.", "Two."]),
        texts("Thaw", &["Limits", "Causes"], &["One.", "Two."]),
        texts("Thaw", &["Causes", "Limits"], &["One."]),
    ] {
        assert_eq!(entry.differences(&app).len(), 1);
    }
}
