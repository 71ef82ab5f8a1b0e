//! Images & Video: galleries per era and the lightbox: keys, buttons, swipe, zoom, focus
//! kept inside and returned, a shareable address per picture, Back closes it.

use allrussias_model::data;
use allrussias_model::gallery::Gallery;
use fantoccini::key::Key;

use crate::support::browser::Browser;
use crate::support::read_json;

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
    let gallery = gallery();
    b.click(&format!("a[href='{GALLERY}']")).await;
    b.wait_for_h1(&gallery.title).await;
    assert_eq!(
        b.js("return document.querySelectorAll('.gallery-grid img').length")
            .await,
        gallery.images.len()
    );
    // Every picture reserves its space; the first row loads at once, and nothing below
    // the first screen loads before it is scrolled near. The charts drawn from the statistics
    // are pictures too.
    assert_eq!(
        b.js("return [...document.querySelectorAll('.gallery-grid img')].every(i => i.getAttribute('width') > 0 && i.getAttribute('height') > 0 && i.alt.length > 10)")
            .await,
        true
    );
    assert_eq!(
        b.js("const imgs = [...document.querySelectorAll('.gallery-grid img')]; \
              const below = imgs.filter(i => i.getBoundingClientRect().top > innerHeight); \
              return imgs[0].loading === 'eager' && below.length > 0 && below.every(i => i.loading === 'lazy')")
            .await,
        true
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

/// The Russian Federation gallery, as the built site has it.
fn gallery() -> Gallery {
    read_json(&data::gallery("en", "russian-federation"))
}

#[tokio::test]
async fn the_lightbox_opens_turns_zooms_and_gives_focus_back() {
    let b = Browser::start().await;
    let gallery = gallery();
    let (first, second, third) = (&gallery.images[0], &gallery.images[1], &gallery.images[2]);
    let at = |slug: &str| format!("return location.search === '?image={slug}'");
    b.open(GALLERY).await;
    b.wait_for_h1(&gallery.title).await;
    open_picture(&b, &second.slug).await;
    assert_eq!(query(&b).await, format!("?image={}", second.slug));
    assert_eq!(
        b.js_string("const d = document.querySelector('[role=dialog]'); return d.getAttribute('aria-modal') + ' ' + document.getElementById(d.getAttribute('aria-labelledby')).textContent")
            .await,
        format!("true {}", second.title)
    );
    assert_eq!(
        b.js_string("return document.querySelector('.lightbox-count').textContent")
            .await,
        format!("2 of {}", gallery.images.len())
    );

    // Arrows turn the pictures, in place in the address.
    b.press(Key::Right, &[]).await;
    b.wait_until("the next picture", &at(&third.slug)).await;
    b.press(Key::Left, &[]).await;
    b.press(Key::Left, &[]).await;
    b.wait_until("the first picture", &at(&first.slug)).await;
    b.click(".lightbox-next").await;
    b.wait_until("the button's picture", &at(&second.slug))
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
        format!("thumb-{}", second.slug)
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
    // The arrow keys belong to the pictures while one is open: the page is not turned.
    b.press(Key::Right, &[]).await;
    b.press(Key::Left, &[]).await;
    b.wait_until("the keys handled", "return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))").await;
    assert_eq!(b.path().await, page);
    assert_eq!(query(&b).await, "?image=figure-1");
    assert_eq!(b.js(OPEN).await, true);
    b.press(Key::Escape, &[]).await;
    b.wait_until("the lightbox to close", CLOSED).await;
    assert_eq!(b.path().await, page);
    assert_eq!(
        b.js_string("return document.activeElement.id").await,
        "thumb-figure-1"
    );
    // Closed, the same key turns the page.
    b.press(Key::Right, &[]).await;
    b.wait_until(
        "the next page",
        &format!("return location.pathname !== {page:?}"),
    )
    .await;
}
