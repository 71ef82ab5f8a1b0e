//! Images & Video: galleries per era and the lightbox: keys, buttons, swipe, zoom, focus
//! kept inside and returned, a shareable address per picture, Back closes it.

use fantoccini::key::Key;

use crate::support::browser::Browser;

const GALLERY: &str = "/images/russian-federation";
/// Whether the lightbox is open; shared with the suites that open a picture.
pub(crate) const OPEN: &str =
    "const d = document.querySelector('dialog.lightbox'); return d !== null && d.open";
const CLOSED: &str =
    "const d = document.querySelector('dialog.lightbox'); return d !== null && !d.open";

async fn open_picture(b: &Browser, slug: &str) {
    b.click(&format!("#thumb-{slug}")).await;
    b.wait_until("the lightbox", OPEN).await;
}

async fn query(b: &Browser) -> String {
    b.js_string("return location.search").await
}

#[tokio::test]
async fn galleries_list_their_pictures_with_sizes_and_lazy_loading() {
    let b = Browser::start().await;
    b.open("/images").await;
    b.wait_for_h1("Images & Video").await;
    b.wait_until(
        "the three galleries",
        "return document.querySelectorAll('.gallery-list li').length === 3",
    )
    .await;
    b.click(&format!("a[href='{GALLERY}']")).await;
    b.wait_for_h1("Russian Federation").await;
    assert_eq!(
        b.js("return document.querySelectorAll('.gallery-grid img').length")
            .await,
        21
    );
    // Every picture reserves its space, and those below the first row wait; the charts
    // drawn from the statistics are pictures too.
    assert_eq!(
        b.js("return [...document.querySelectorAll('.gallery-grid img')].every(i => i.getAttribute('width') > 0 && i.getAttribute('height') > 0 && i.alt.length > 10)")
            .await,
        true
    );
    assert_eq!(
        b.js("return [...document.querySelectorAll('.gallery-grid img')].map(i => i.loading).join(' ')")
            .await,
        format!("{}{}", "eager ".repeat(4), vec!["lazy"; 17].join(" "))
    );
    // The chart, lazy below the first row, is drawn once it is scrolled to.
    b.js(
        "document.querySelector('#thumb-chart-life-expectancy img').scrollIntoView(); return null",
    )
    .await;
    b.wait_until(
        "the chart drawn",
        "const i = document.querySelector('#thumb-chart-life-expectancy img'); return i.complete && i.naturalWidth > 0",
    )
    .await;
    assert!(b
        .js_string("return document.querySelector('#thumb-chart-life-expectancy img').alt")
        .await
        .starts_with("Chart: Life expectancy"));
}

#[tokio::test]
async fn the_lightbox_opens_turns_zooms_and_gives_focus_back() {
    let b = Browser::start().await;
    b.open(GALLERY).await;
    b.wait_for_h1("Russian Federation").await;
    open_picture(&b, "successor-states-1991").await;
    assert_eq!(query(&b).await, "?image=successor-states-1991");
    assert_eq!(
        b.js_string("const d = document.querySelector('[role=dialog]'); return d.getAttribute('aria-modal') + ' ' + document.getElementById(d.getAttribute('aria-labelledby')).textContent")
            .await,
        "true The fifteen successor states of the USSR"
    );
    assert_eq!(
        b.js_string("return document.querySelector('.lightbox-count').textContent")
            .await,
        "2 of 21"
    );

    // Arrows turn the pictures, in place in the address.
    b.press(Key::Right, &[]).await;
    b.wait_until(
        "the next picture",
        "return location.search === '?image=russia'",
    )
    .await;
    b.press(Key::Left, &[]).await;
    b.press(Key::Left, &[]).await;
    b.wait_until(
        "the first picture",
        "return location.search === '?image=russian-federation'",
    )
    .await;
    b.click(".lightbox-next").await;
    b.wait_until(
        "the button's picture",
        "return location.search === '?image=successor-states-1991'",
    )
    .await;

    // Zoom with the keys and the buttons.
    let scale = "return document.querySelector('.lightbox-stage img').style.transform";
    b.press(Key::Add, &[]).await;
    assert!(b.js_string(scale).await.contains("scale(1.5)"));
    b.click(".lightbox-bar button[aria-label='Zoom out']").await;
    assert!(b.js_string(scale).await.contains("scale(1)"));

    // Focus stays inside while it is open.
    for _ in 0..8 {
        b.press(Key::Tab, &[]).await;
        assert_eq!(
            b.js(
                "return document.querySelector('dialog.lightbox').contains(document.activeElement)"
            )
            .await,
            true
        );
    }

    // Escape closes it, the address loses the picture, and focus is on its thumbnail.
    b.press(Key::Escape, &[]).await;
    b.wait_until("the lightbox to close", CLOSED).await;
    assert_eq!(query(&b).await, "");
    assert_eq!(
        b.js_string("return document.activeElement.id").await,
        "thumb-successor-states-1991"
    );
}

#[tokio::test]
async fn a_picture_has_its_own_address_and_back_closes_it() {
    let b = Browser::start().await;
    b.open("/images/soviet-russia?image=ussr").await;
    b.wait_until("the lightbox", OPEN).await;
    assert_eq!(
        b.js_string("return document.getElementById('lightbox-title').textContent")
            .await,
        "Flag of the Soviet Union"
    );
    // Closing a picture opened from its address stays on the gallery.
    b.click(".lightbox-close").await;
    b.wait_until(
        "the lightbox to close",
        "return !document.querySelector('dialog.lightbox').open",
    )
    .await;
    assert_eq!(b.path().await, "/images/soviet-russia");
    assert_eq!(query(&b).await, "");

    // Opened from the gallery, Back closes it and stays on the gallery.
    open_picture(&b, "ussr-republics").await;
    b.client.back().await.expect("back");
    b.wait_until(
        "the lightbox to close",
        "return !document.querySelector('dialog.lightbox').open",
    )
    .await;
    assert_eq!(b.path().await, "/images/soviet-russia");
}

#[tokio::test]
async fn on_a_phone_a_swipe_turns_the_picture() {
    let b = Browser::phone().await;
    b.open("/images/soviet-russia?image=ussr-republics").await;
    b.wait_until("the lightbox", OPEN).await;
    b.swipe(".lightbox-stage", -150.0).await;
    b.wait_until(
        "the next picture",
        "return location.search === '?image=soviet-territorial-changes-1939-1945'",
    )
    .await;
    b.swipe(".lightbox-stage", 150.0).await;
    b.wait_until(
        "the previous picture",
        "return location.search === '?image=ussr-republics'",
    )
    .await;
}

#[tokio::test]
async fn a_figure_in_a_chapter_opens_in_the_lightbox() {
    let b = Browser::start().await;
    let page = "/soviet-russia/soviet-nationalities/a-union-of-nations";
    b.open(page).await;
    b.wait_for_h1("A Union of Nations").await;
    b.click("button.figure-open").await;
    b.wait_until("the lightbox", OPEN).await;
    assert_eq!(query(&b).await, "?image=figure-1");
    assert_eq!(
        b.js_string("return document.querySelector('.lightbox-stage img').getAttribute('src')")
            .await,
        "/media/maps/ussr-republics.en.svg"
    );
    b.press(Key::Escape, &[]).await;
    b.wait_until("the lightbox to close", CLOSED).await;
    assert_eq!(b.path().await, page);
    assert_eq!(
        b.js_string("return document.activeElement.id").await,
        "thumb-figure-1"
    );
}
