//! The frame, the routes and the generated pages.

use allrussias::i18n::{Lang, LangExt};
use fantoccini::key::Key;
use serde_json::json;

use crate::support::browser::Browser;
use crate::support::{manifest, manifest_in, site_index};

/// Every link in the frame leads to a real page with one main and one h1.
#[tokio::test]
async fn every_frame_link_leads_to_a_page() {
    let b = Browser::start().await;
    b.open("/").await;
    b.wait_for_h1("All Russias").await;
    let hrefs = b.js("return [...document.querySelectorAll('header a, .side-links a, footer a')].map(a => a.getAttribute('href'))").await;
    let hrefs: Vec<String> = serde_json::from_value(hrefs).unwrap();
    assert!(hrefs.len() >= 22, "frame has only {} links", hrefs.len());
    for href in hrefs {
        b.open(&href).await;
        b.wait_until(
            &format!("a heading at {href}"),
            "return document.querySelectorAll('main').length === 1 && document.querySelectorAll('main h1').length === 1",
        )
        .await;
        let h1 = b.h1().await;
        let ui = Lang::En.ui();
        assert!(
            h1 != ui.not_found_title && h1 != ui.error_title,
            "{href} is not a page: {h1:?}"
        );
        // No alert says anything (a form's empty problem slot is no alert shown).
        assert_eq!(
            b.js_string("return [...document.querySelectorAll('[role=alert]')].map(a => a.textContent.trim()).join('')")
                .await,
            "",
            "{href} shows an alert"
        );
    }
}

#[tokio::test]
async fn menus_mark_the_current_page() {
    let b = Browser::start().await;
    b.open("/soviet-russia").await;
    b.wait_for_h1("Soviet Russia").await;
    let current = b.js_string("return [...document.querySelectorAll('nav[aria-label=\"Main\"] [aria-current=\"page\"]')].map(a => a.textContent).join('|')").await;
    assert_eq!(current, "Soviet Russia");
    b.open("/").await;
    b.wait_for_h1("All Russias").await;
    let current = b.js_string("return [...document.querySelectorAll('nav[aria-label=\"Main\"] [aria-current=\"page\"]')].map(a => a.textContent).join('|')").await;
    assert_eq!(current, "Home");
    b.open("/about").await;
    b.wait_until("the footer to mark About", "return document.querySelector('footer [aria-current=\"page\"]')?.textContent === 'About This Site'").await;
}

#[tokio::test]
async fn navigation_landmarks_are_labelled() {
    let b = Browser::start().await;
    b.open("/").await;
    b.wait_for_h1("All Russias").await;
    let unlabelled = b.js("return [...document.querySelectorAll('nav')].filter(n => !n.getAttribute('aria-label')).length").await;
    assert_eq!(unlabelled, 0);
    assert_eq!(
        b.js("return document.querySelectorAll('main').length")
            .await,
        1
    );
    assert_eq!(
        b.js_string("return document.documentElement.lang").await,
        "en"
    );
}

#[tokio::test]
async fn home_lists_every_section_from_the_content() {
    let b = Browser::start().await;
    b.open("/").await;
    b.wait_until(
        "section cards",
        "return document.querySelectorAll('.section-card').length > 0",
    )
    .await;
    for section in site_index().sections {
        let script = format!(
            "return [...document.querySelectorAll('.section-card a')].some(a => a.textContent === {:?} && a.getAttribute('href') === '/{}')",
            section.title, section.slug
        );
        assert_eq!(b.js(&script).await, true, "home lacks {}", section.title);
    }
}

#[tokio::test]
async fn site_map_lists_every_page() {
    let b = Browser::start().await;
    b.open("/site-map").await;
    b.wait_until(
        "the site map",
        "return document.querySelectorAll('.site-map-section').length > 1",
    )
    .await;
    let links = b.js("return [...document.querySelectorAll('main a')].map(a => [a.getAttribute('href'), a.textContent])").await;
    let links: Vec<(String, String)> = serde_json::from_value(links).unwrap();
    let mut pages = 0;
    for section in site_index().sections {
        let m = manifest(&section.slug);
        for chapter in &m.chapters {
            for page in &chapter.pages {
                let href = format!("/{}/{}/{}", m.slug, chapter.slug, page.slug);
                assert!(
                    links.contains(&(href.clone(), page.title.clone())),
                    "site map lacks {href}"
                );
                pages += 1;
            }
        }
    }
    assert!(pages >= 18, "only {pages} pages");
}

#[tokio::test]
async fn unknown_addresses_show_not_found() {
    let b = Browser::start().await;
    for path in [
        "/no-such-page",
        "/soviet-russia/no-such-chapter/anything",
        "/soviet-russia/stalins-legacy/no-such-page",
        "/soviet-russia/stalins-legacy/the-secret-speech/extra",
        "/ancient-russia/a/b",
    ] {
        b.open(path).await;
        b.wait_for_h1("Page not found").await;
        assert_eq!(
            b.js_string("return document.querySelector('meta[name=robots]')?.content")
                .await,
            "noindex",
            "{path}"
        );
        let links = b
            .js("return [...document.querySelectorAll('main a')].map(a => a.getAttribute('href'))")
            .await;
        assert_eq!(links, serde_json::json!(["/", "/site-map"]), "{path}");
    }
}

/// A link to another address that shows the same kind of screen (here one unknown address
/// to another) is followed like any other: the address changes, Back returns, and the new
/// page is read from the top.
#[tokio::test]
async fn a_link_between_two_addresses_of_the_same_screen_is_followed() {
    let b = Browser::start().await;
    b.open("/no-such-page").await;
    b.wait_for_h1("Page not found").await;
    b.js(
        "document.body.style.minHeight = '5000px'; scrollTo(0, 1200); \
          const a = document.createElement('a'); a.id = 'elsewhere'; a.href = '/nor-this-one'; \
          a.textContent = 'elsewhere'; document.querySelector('main').append(a); return null",
    )
    .await;
    b.js("document.getElementById('elsewhere').click(); return null")
        .await;
    b.wait_until(
        "the new address",
        "return location.pathname === '/nor-this-one' && scrollY === 0",
    )
    .await;
    b.client.back().await.unwrap();
    b.wait_until(
        "the first address again",
        "return location.pathname === '/no-such-page'",
    )
    .await;
}

/// Every stand-alone page has content now; one whose file an author removes answers at its
/// address with an honest notice, shown here with the site index missing the page.
#[tokio::test]
async fn pages_without_content_say_they_are_being_written() {
    let b = Browser::start().await;
    let mut index = crate::support::site_index();
    index.topics.retain(|t| t.slug != "partners");
    b.server.fail(
        &allrussias_model::data::site_index(Lang::En),
        crate::support::server::Fault::Json(serde_json::to_string(&index).unwrap()),
    );
    b.open("/partners").await;
    b.wait_for_h1("We Are Partners").await;
    let text = b
        .js_string("return document.querySelector('main').textContent")
        .await;
    assert!(text.contains("being written"), "{text}");
    assert_eq!(
        b.js("return document.querySelector('meta[name=robots]') === null")
            .await,
        true
    );
}

#[tokio::test]
async fn stand_alone_pages_show_their_content() {
    let b = Browser::start().await;
    let about = crate::support::page("/about");
    b.open("/about").await;
    b.wait_for_h1(&about.title).await;
    assert_eq!(
        b.js_string("return document.title").await,
        format!("{} | All Russias", about.title)
    );
    // The tab's title follows an in-app move too, where no static entry sets it.
    b.open("/").await;
    b.wait_for_h1("All Russias").await;
    b.wait_until(
        "the app to run",
        "return document.querySelector('#search-input') !== null",
    )
    .await;
    b.click("a[href='/about']").await;
    b.wait_for_h1(&about.title).await;
    assert_eq!(
        b.js_string("return document.title").await,
        format!("{} | All Russias", about.title)
    );
}

/// At 390 px nothing is wider than the screen.
#[tokio::test]
async fn phone_width_has_no_horizontal_scroll() {
    let b = Browser::phone().await;
    let first = &manifest("tsarist-russia").chapters[0];
    // The site map is measured once every page of every section is listed in it.
    let pages: usize = allrussias_model::SECTIONS
        .iter()
        .map(|s| manifest(s).page_paths().count())
        .sum();
    let listed = format!(
        "document.querySelectorAll('.site-map-section > ol > li > ol > li').length === {pages}"
    );
    for (path, ready) in [
        ("/".to_string(), "true"),
        ("/soviet-russia".to_string(), "true"),
        (
            format!("/tsarist-russia/{}/{}", first.slug, first.pages[0].slug),
            "true",
        ),
        ("/site-map".to_string(), listed.as_str()),
    ] {
        b.open(&path).await;
        b.wait_until(
            &format!("{path} to load"),
            &format!("return document.querySelectorAll('main h1').length === 1 && !document.querySelector('.loading') && {ready}"),
        )
        .await;
        let (scroll, inner) = b.widths().await;
        assert_eq!(inner, 390, "the screen is not phone-sized");
        assert!(
            scroll <= inner,
            "{path} scrolls sideways: {scroll} > {inner}"
        );
    }
}

/// A tablet held upright (768 px) gets the one-bar header too, in both languages, so the
/// chapter's heading is as near the top as on a phone.
#[tokio::test]
async fn an_upright_tablet_gets_the_one_bar_header() {
    let b = Browser::sized(768, 1024).await;
    let first = &manifest("tsarist-russia").chapters[0];
    let chapter = format!("/tsarist-russia/{}/{}", first.slug, first.pages[0].slug);
    for path in [chapter.clone(), format!("/ru{chapter}")] {
        b.open(&path).await;
        b.wait_until(&format!("{path} to load"), "return document.querySelector('main .page-body > p') && !document.querySelector('#static')").await;
        let state = b
            .js("return [document.documentElement.clientWidth, document.querySelector('main h1').getBoundingClientRect().top, document.querySelector('.menu-button').getClientRects().length, document.querySelector('.menu-button').getAttribute('aria-expanded')]")
            .await;
        let (width, h1, button, expanded): (f64, f64, usize, String) =
            serde_json::from_value(state).unwrap();
        assert_eq!(width, 768.0, "{path}: the window is not 768 px wide");
        assert!(h1 <= 160.0, "{path}: the heading starts {h1} px down");
        assert_eq!(
            (button, expanded.as_str()),
            (1, "false"),
            "{path}: no Menu button"
        );
    }
}

/// On a phone the header is one bar: the chapter's heading and text are on the first
/// screen, and the Menu button opens every section and reference link, the settings and
/// the language switch, by touch or keyboard, Escape giving focus back to the button.
#[tokio::test]
async fn phone_header_folds_the_menus_behind_a_menu_button() {
    let b = Browser::phone().await;
    let first = &manifest("tsarist-russia").chapters[0];
    let chapter = format!("/tsarist-russia/{}/{}", first.slug, first.pages[0].slug);
    let ru = manifest_in(Lang::Ru, "tsarist-russia");
    for (path, section) in [
        (chapter.clone(), "Tsarist Russia".to_string()),
        (format!("/ru{chapter}"), ru.title.clone()),
    ] {
        b.open(&path).await;
        b.wait_until(&format!("{path} to load"), "return document.querySelector('main .page-body > p') && !document.querySelector('#static')").await;
        let tops = b.js("return [document.querySelector('main h1').getBoundingClientRect().top, document.querySelector('main .page-body > p').getBoundingClientRect().top]").await;
        let (h1, text): (f64, f64) = serde_json::from_value(tops).unwrap();
        assert!(h1 <= 160.0, "{path}: the heading starts {h1} px down");
        assert!(text < 844.0 / 2.0, "{path}: the text starts {text} px down");
        let shown = "return [...document.querySelectorAll('.site-header nav a, .site-header .language-switch, .reading-settings summary')].filter(a => a.getClientRects().length).length";
        assert_eq!(
            b.js(shown).await,
            0,
            "{path}: the menus show before the button is pressed"
        );
        assert_eq!(
            b.js_string(
                "return document.querySelector('.menu-button').getAttribute('aria-expanded')"
            )
            .await,
            "false"
        );

        b.click(".menu-button").await;
        b.wait_until("the menu to open", "return document.querySelector('.menu-button').getAttribute('aria-expanded') === 'true'").await;
        let links = b
            .js("return [...document.querySelectorAll('.site-header nav a')].length")
            .await;
        assert_eq!(
            b.js(shown).await,
            json!(links.as_u64().unwrap() + 2),
            "{path}: not every link shows in the open menu"
        );
        assert_eq!(
            b.js_string("return [...document.querySelectorAll('.site-header nav [aria-current=\"page\"]')].map(a => a.textContent).join('|')").await,
            section
        );
        b.press(Key::Escape, &[]).await;
        b.wait_until("Escape to close the menu", "return document.querySelector('.menu-button').getAttribute('aria-expanded') === 'false'").await;
        assert_eq!(
            b.js_string("return document.activeElement.className").await,
            "menu-button"
        );
        assert_eq!(
            b.js(shown).await,
            0,
            "{path}: the menu stays open after Escape"
        );
    }

    // By keyboard: Enter opens, Tab goes into the menu, a followed link closes it.
    b.js("document.querySelector('.menu-button').focus()").await;
    b.press(Key::Enter, &[]).await;
    b.wait_until(
        "Enter to open the menu",
        "return document.querySelector('.menu-button').getAttribute('aria-expanded') === 'true'",
    )
    .await;
    b.press(Key::Tab, &[]).await;
    assert_eq!(
        b.js_string("return document.activeElement.closest('nav')?.className ?? ''")
            .await,
        "main-menu"
    );
    b.click(".site-header nav a[href=\"/ru/soviet-russia\"]")
        .await;
    b.wait_for_h1(&manifest_in(Lang::Ru, "soviet-russia").title)
        .await;
    assert_eq!(
        b.js_string("return document.querySelector('.menu-button').getAttribute('aria-expanded')")
            .await,
        "false"
    );
}

/// A desktop keeps its header: the menus show and there is no Menu button.
#[tokio::test]
async fn desktop_header_shows_the_menus_without_a_button() {
    let b = Browser::start().await;
    b.open("/").await;
    b.wait_for_h1("All Russias").await;
    assert_eq!(
        b.js("return document.querySelector('.menu-button').getClientRects().length")
            .await,
        0
    );
    let hidden = b.js("return [...document.querySelectorAll('.site-header nav a')].filter(a => !a.getClientRects().length).length").await;
    assert_eq!(hidden, 0);
}

/// The first Tab on a page shows the skip link; Enter takes the reader past the header, so
/// the next Tab lands in the page itself.
#[tokio::test]
async fn the_skip_link_shows_on_the_first_tab_and_jumps_past_the_header() {
    let b = Browser::start().await;
    let path = "/soviet-russia/stalins-legacy/the-secret-speech";
    b.open(path).await;
    b.wait_for_h1(&crate::support::page(path).title).await;
    b.press(Key::Tab, &[]).await;
    let shown = b
        .js(
            "const a = document.activeElement, r = a.getBoundingClientRect(); \
             return [a.className, r.top >= 0 && r.bottom <= innerHeight && r.width > 0]",
        )
        .await;
    assert_eq!(shown, json!(["skip-link", true]));
    b.press(Key::Enter, &[]).await;
    b.wait_until(
        "focus on the page",
        "return document.activeElement === document.getElementById('content')",
    )
    .await;
    assert_eq!(b.path().await, path);
    b.press(Key::Tab, &[]).await;
    assert_eq!(
        b.js("return document.activeElement.closest('main') !== null && document.activeElement.closest('header') === null")
            .await,
        true
    );
}
