//! The smoke suite: what every reader does, in every engine a quarter of phones and most
//! desktops run (Firefox ESR, WebKit) and in Chromium, whose full suite is the rest of
//! these tests. Links and keys are used as a reader uses them, so Back has the entries.

use allrussias_model::Lang;
use fantoccini::key::Key;

use allrussias_model::book::page_path;

use crate::support::browser::{Browser, Engine};
use crate::support::{manifest, page, page_in};

/// Each scenario as a test per engine: `firefox::reading`, `webkit::reading`, ...
macro_rules! in_every_engine {
    ($($scenario:ident),*) => {
        mod firefox {
            $(#[tokio::test]
            async fn $scenario() {
                super::$scenario(super::Engine::Firefox).await
            })*
        }
        mod webkit {
            $(#[tokio::test]
            async fn $scenario() {
                super::$scenario(super::Engine::WebKit).await
            })*
        }
        mod chromium {
            $(#[tokio::test]
            async fn $scenario() {
                super::$scenario(super::Engine::Chromium).await
            })*
        }
    };
}

in_every_engine!(reading, search, lightbox, statistics, russian_and_not_found);

/// A browser of `engine`, checked to be that engine: a driver that quietly fell back to
/// another would make the suite prove nothing.
async fn start(engine: Engine) -> Browser {
    let b = Browser::start_in(engine).await;
    let agent = b.js_string("return navigator.userAgent").await;
    let is = match engine {
        Engine::Firefox => agent.contains("Firefox/"),
        Engine::WebKit => agent.contains("AppleWebKit/") && !agent.contains("Chrome/"),
        Engine::Chromium => agent.contains("Chrome/"),
    };
    assert!(is, "{engine:?} runs as {agent}");
    b
}

/// A deep link, NEXT five times, then Back.
async fn reading(engine: Engine) {
    let b = start(engine).await;
    let m = manifest("soviet-russia");
    let order: Vec<String> = m.page_paths().collect();
    b.open(&order[0]).await;
    b.wait_for_h1(&page(&order[0]).title).await;
    for path in &order[1..=5] {
        b.click("a[rel=next]").await;
        b.wait_for_h1(&page(path).title).await;
        assert_eq!(&b.path().await, path);
    }
    assert_eq!(
        b.js_string(
            "return document.querySelector('.chapter-sidebar [aria-current=page]').textContent"
        )
        .await,
        m.chapters
            .iter()
            .find(|c| order[5].starts_with(&page_path(&m.slug, &c.slug, "")))
            .unwrap()
            .title
    );
    b.client.back().await.unwrap();
    b.wait_for_h1(&page(&order[4]).title).await;
    assert_eq!(b.path().await, order[4]);
}

/// Typing a word in the search box, on the English site and on the Russian one.
async fn search(engine: Engine) {
    let b = start(engine).await;
    for (home, word, heading) in [
        ("/", "collectivised", "Search"),
        ("/ru", "реформы", "Поиск"),
    ] {
        b.open(home).await;
        b.wait_until(
            "the search box",
            "return document.getElementById('search-input') !== null",
        )
        .await;
        b.type_in("#search-input", word).await;
        b.wait_until(
            "results",
            &format!(
                "return new URLSearchParams(location.search).get('q') === {} && document.querySelectorAll('.search-results li').length > 0",
                serde_json::json!(word)
            ),
        )
        .await;
        assert_eq!(b.h1().await, heading);
        let paths = b
            .js("return [...document.querySelectorAll('.search-results li > a')].every(a => a.pathname.startsWith(location.pathname.replace('/search', '') + '/'))")
            .await;
        assert_eq!(paths, true, "results in the other language for {word}");
    }
}

/// A picture opened in the lightbox puts its name in the address; Escape closes it.
async fn lightbox(engine: Engine) {
    let b = start(engine).await;
    b.open("/images/russian-federation").await;
    b.wait_for_h1("Russian Federation").await;
    b.click("#thumb-successor-states-1991").await;
    b.wait_until("the lightbox", crate::images::OPEN).await;
    assert_eq!(
        b.js_string("return location.search").await,
        "?image=successor-states-1991"
    );
    assert_eq!(
        b.js_string("return document.getElementById('lightbox-title').textContent")
            .await,
        "The fifteen successor states of the USSR"
    );
    b.press(Key::Escape, &[]).await;
    b.wait_until(
        "the lightbox closed",
        "return !document.querySelector('dialog.lightbox').open && location.search === ''",
    )
    .await;
}

/// A statistical series as a table with its caption and a row per year.
async fn statistics(engine: Engine) {
    let b = start(engine).await;
    b.open("/statistics/grain-harvest-1928-1940").await;
    b.wait_until(
        "the table",
        "return document.querySelectorAll('.series-table tbody tr').length === 13",
    )
    .await;
    assert_eq!(
        b.js_string("return document.querySelector('.series-table caption').textContent")
            .await,
        "Grain harvest, 1928–1940: official figures and estimates (million tonnes)"
    );
    assert_eq!(
        b.js_string("return document.querySelector('.series-table tbody th').textContent")
            .await,
        "1928"
    );
}

/// A Russian page in Russian, and an unknown address.
async fn russian_and_not_found(engine: Engine) {
    let b = start(engine).await;
    let path = manifest("soviet-russia").page_paths().nth(2).unwrap();
    b.open(&format!("/ru{path}")).await;
    b.wait_for_h1(&page_in(Lang::Ru, &path).title).await;
    assert_eq!(
        b.js_string("return document.documentElement.lang").await,
        "ru"
    );
    b.open("/no-such-page").await;
    b.wait_for_h1("Page not found").await;
}
