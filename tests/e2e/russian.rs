//! The Russian version: every route under `/ru`, the language switch, Russian counting.

use allrussias_model::Lang;
use allrussias_model::{data, SectionSummary, SiteIndex};
use serde_json::json;

use crate::support::browser::Browser;
use crate::support::server::Fault;
use crate::support::{manifest_in, page, page_in, published};

/// Clicks the language switch and waits for the page in the other language.
async fn switch(b: &Browser, lang: Lang, title: &str) {
    b.click("a.language-switch").await;
    b.wait_for_h1(title).await;
    assert_eq!(
        b.js_string("return document.documentElement.lang").await,
        lang.code()
    );
}

#[tokio::test]
async fn a_russian_deep_link_loads_in_russian() {
    let b = Browser::start().await;
    let path = "/soviet-russia/stalins-legacy/the-secret-speech";
    let speech = page_in(Lang::Ru, path);
    assert!(!speech.untranslated);
    b.open(&format!("/ru{path}")).await;
    b.wait_for_h1(&speech.title).await;
    assert_eq!(
        b.js_string("return document.documentElement.lang").await,
        "ru"
    );
    assert_eq!(
        b.js_string("return document.querySelector('.page-count').textContent")
            .await,
        "Страница 2 из 3"
    );
    let menu = b
        .js_string("return document.querySelector('nav.main-menu').textContent")
        .await;
    assert!(menu.contains("Советская Россия"), "{menu}");
    let alternates = b
        .js("return [...document.querySelectorAll('link[rel=alternate]')].map(l => [l.hreflang, l.getAttribute('href').replace(location.origin, '')])")
        .await;
    assert_eq!(
        alternates,
        json!([["en", path], ["ru", format!("/ru{path}")]])
    );
    assert_eq!(
        b.js("return [...document.querySelectorAll('link[rel=alternate]')].every(l => l.getAttribute('href').startsWith(location.origin + '/'))")
            .await,
        true
    );
    // ё and the stress mark come from the site's own PT Serif, not a fallback font.
    b.wait_until(
        "PT Serif for ё and the stress mark",
        "if (!window.faces) { window.faces = []; document.fonts.load('1em \"PT Serif\"', 'ёе\\u0301').then(f => window.faces = f.map(x => x.unicodeRange)); } return window.faces.length > 0 && window.faces.every(r => r.includes('U+301') && r.includes('U+451'))",
    )
    .await;
    // Links in the text stay in Russian.
    b.click("a[rel=next]").await;
    let next = &manifest_in(Lang::Ru, "soviet-russia").chapters[9].pages[2];
    b.wait_for_h1(&next.title).await;
    assert!(b.path().await.starts_with("/ru/"));
}

#[tokio::test]
async fn the_switch_round_trips_and_keeps_the_reader_at_the_same_heading() {
    let b = Browser::start().await;
    let path = "/tsarist-russia/war-and-revolution/the-february-revolution";
    let (en, ru) = (page(path), page_in(Lang::Ru, path));
    b.open(path).await;
    b.wait_for_h1(&en.title).await;
    // Scroll the second heading of the text to the top, then switch without scrolling
    // back up (as a screen reader or a script activates a link).
    b.js("document.querySelectorAll('main h2, main h3')[1].scrollIntoView(); document.querySelector('a.language-switch').click(); return null")
        .await;
    b.wait_for_h1(&ru.title).await;
    assert_eq!(b.path().await, format!("/ru{path}"));
    b.wait_until(
        "the same heading at the top",
        "const r = document.querySelectorAll('main h2, main h3')[1].getBoundingClientRect(); return Math.abs(r.top) < 5",
    )
    .await;
    switch(&b, Lang::En, &en.title).await;
    assert_eq!(b.path().await, path);
    for (path, en, ru) in [
        (
            "/jokes",
            page("/jokes").title,
            page_in(Lang::Ru, "/jokes").title,
        ),
        (
            "/site-map",
            "Site Map".to_string(),
            "Карта сайта".to_string(),
        ),
    ] {
        b.open(path).await;
        b.wait_for_h1(&en).await;
        switch(&b, Lang::Ru, &ru).await;
        assert_eq!(b.path().await, format!("/ru{path}"));
        switch(&b, Lang::En, &en).await;
        assert_eq!(b.path().await, path);
    }
}

#[tokio::test]
async fn russian_counts_take_the_right_plural_forms() {
    let b = Browser::start().await;
    let counts = [1, 2, 5, 11, 21, 22];
    let index = SiteIndex {
        files: Default::default(),
        sections: counts
            .iter()
            .map(|n| SectionSummary {
                slug: "soviet-russia".into(),
                title: format!("Раздел {n}"),
                description: "Описание.".into(),
                chapters: *n,
            })
            .collect(),
        topics: vec![],
        ebook: None,
    };
    b.server.fail(
        &data::site_index(Lang::Ru),
        Fault::Json(serde_json::to_string(&index).unwrap()),
    );
    b.open("/ru").await;
    b.wait_until(
        "the section cards",
        "return document.querySelectorAll('.section-card-count').length === 6",
    )
    .await;
    let shown = b
        .js("return [...document.querySelectorAll('.section-card-count')].map(p => p.textContent)")
        .await;
    assert_eq!(
        shown,
        json!([
            "1 глава",
            "2 главы",
            "5 глав",
            "11 глав",
            "21 глава",
            "22 главы"
        ])
    );
}

#[tokio::test]
async fn an_untranslated_page_shows_the_original_with_a_notice() {
    let b = Browser::start().await;
    let path = "/soviet-russia/stalins-legacy/the-thaw";
    let mut original = page(path);
    original.untranslated = true;
    b.server.fail(
        &published(&data::page(Lang::Ru, path)),
        Fault::Json(serde_json::to_string(&original).unwrap()),
    );
    b.open(&format!("/ru{path}")).await;
    b.wait_for_h1(&original.title).await;
    let notice = b
        .js_string("return document.querySelector('.untranslated[role=note]').textContent")
        .await;
    assert!(notice.contains("ещё не переведена"), "{notice}");
    assert_eq!(
        b.js_string("return document.querySelector('.page-body').lang")
            .await,
        "en"
    );
    assert_eq!(
        b.js_string("return document.documentElement.lang").await,
        "ru"
    );
}

#[tokio::test]
async fn russian_not_found_and_errors_speak_russian() {
    let b = Browser::start().await;
    b.open("/ru/soviet-russia/no-such/page").await;
    b.wait_for_h1("Страница не найдена").await;
    b.server.fail(
        &published(&data::page(Lang::Ru, "/about")),
        Fault::Status(500),
    );
    b.open("/ru/about").await;
    b.wait_for_h1("Не удалось загрузить страницу").await;
    let alert = b
        .js_string("return document.querySelector('[role=alert]').textContent")
        .await;
    assert!(
        alert.contains("HTTP 500") && alert.contains("Попробовать снова"),
        "{alert}"
    );
}

#[tokio::test]
async fn the_language_switch_keeps_the_query_and_the_fragment() {
    let b = Browser::start().await;
    b.open("/search?q=Stalin").await;
    b.wait_until(
        "the results",
        "return document.querySelector('.language-switch') !== null && document.querySelector('main h1') !== null",
    )
    .await;
    b.click("a.language-switch").await;
    b.wait_until(
        "the Russian search",
        "return location.pathname === '/ru/search' && document.documentElement.lang === 'ru'",
    )
    .await;
    assert_eq!(b.js_string("return location.search").await, "?q=Stalin");
    assert_eq!(
        b.js_string("return document.querySelector('#search-input').value")
            .await,
        "Stalin"
    );

    b.open("/a-z#kulak").await;
    b.wait_until(
        "the A-Z terms",
        "return document.querySelector('main #kulak') !== null",
    )
    .await;
    b.click("a.language-switch").await;
    b.wait_until(
        "the Russian A-Z at the same term",
        "return location.pathname === '/ru/a-z' && location.hash === '#kulak' && document.querySelector('main #kulak') !== null",
    )
    .await;

    // A picture's own address: the switch leads to the same picture in the Russian
    // gallery (it cannot be clicked while the picture covers the page, so it is followed).
    b.open("/images/soviet-russia?image=ussr").await;
    b.wait_until("the lightbox", crate::images::OPEN).await;
    let href = b
        .js_string("return document.querySelector('a.language-switch').getAttribute('href')")
        .await;
    assert_eq!(href, "/ru/images/soviet-russia?image=ussr");
    b.open(&href).await;
    b.wait_until(
        "the same picture in Russian",
        "const d = document.querySelector('dialog.lightbox'); return d !== null && d.open && document.documentElement.lang === 'ru' && location.search === '?image=ussr'",
    )
    .await;
}

#[tokio::test]
async fn the_russian_site_is_named_in_russian() {
    let b = Browser::start().await;
    b.open("/ru").await;
    b.wait_for_h1("Всея Руси").await;
    assert_eq!(b.js_string("return document.title").await, "Всея Руси");
    let about = page_in(Lang::Ru, "/about");
    b.click("footer a[href='/ru/about']").await;
    b.wait_for_h1(&about.title).await;
    b.wait_until(
        "the Russian title in the tab",
        &format!(
            "return document.title === {:?}",
            format!("{} | Всея Руси", about.title)
        ),
    )
    .await;
    assert_eq!(
        b.js_string("return document.querySelector('.wordmark').textContent")
            .await,
        "ВСЕЯ РУСИ"
    );
    let entry =
        std::fs::read_to_string(crate::support::dist_dir().join("ru/about/index.html")).unwrap();
    assert!(entry.contains("content=\"Всея Руси\""), "og:site_name");
}
