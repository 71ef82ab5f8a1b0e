//! Images & Video: galleries per era and the lightbox: keys, buttons, swipe, zoom by
//! wheel, double click and pinch, dragging a zoomed picture, focus kept inside and
//! returned, a shareable address per picture, Back closes it.

use allrussias_model::Lang;
use std::time::Duration;

use allrussias_model::data;
use allrussias_model::gallery::{Gallery, ImagesIndex};
use fantoccini::actions::{
    Actions, InputSource, KeyAction, KeyActions, MouseActions, PointerAction, TouchActions,
    WheelAction, WheelActions,
};
use fantoccini::key::Key;
use fantoccini::Locator;

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
    let index: ImagesIndex = read_json(&data::images(Lang::En));
    b.open("/images").await;
    b.wait_for_h1(allrussias_model::route_title(Lang::En, "images").unwrap())
        .await;
    b.wait_until(
        "every gallery",
        &format!(
            "return document.querySelectorAll('.gallery-list li').length === {}",
            index.galleries.len()
        ),
    )
    .await;
    let titles: Vec<String> = serde_json::from_value(
        b.js(
            "return [...document.querySelectorAll('.gallery-list-title')].map(t => t.textContent)",
        )
        .await,
    )
    .unwrap();
    let expected: Vec<&str> = index.galleries.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(titles, expected);
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
    // The last chart, lazy below the first row, is drawn once it is scrolled to.
    let chart = gallery
        .images
        .iter()
        .rfind(|i| i.src.starts_with("/media/charts/"))
        .expect("a chart in the gallery");
    let img = format!("document.querySelector('#thumb-{} img')", chart.slug);
    b.js(&format!("{img}.scrollIntoView(); return null")).await;
    b.wait_until(
        "the chart drawn",
        &format!("const i = {img}; return i.complete && i.naturalWidth > 0"),
    )
    .await;
    assert_eq!(b.js_string(&format!("return {img}.alt")).await, chart.alt);
}

/// The Russian Federation gallery, as the built site has it.
fn gallery() -> Gallery {
    read_json(&data::gallery(Lang::En, "russian-federation"))
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
    b.settle().await;
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

/// The picture's place as its style has it: moved by (x, y) CSS pixels and enlarged
/// `scale` times, in the order `translate(xpx, ypx) scale(s)`.
const PLACED: &str =
    "const p = (document.querySelector('.lightbox-stage img')?.style.transform ?? '') \
     .match(/-?[0-9.]+(?:e[-+]?[0-9]+)?/g)?.map(Number) ?? [];";

/// Waits until the open picture is moved by (x, y) and enlarged `scale` times.
async fn wait_placed(b: &Browser, what: &str, (x, y, scale): (f64, f64, f64)) {
    let script = format!(
        "{PLACED} return p.length === 3 && Math.abs(p[0] - {x}) < 0.5 && Math.abs(p[1] - {y}) < 0.5 \
         && Math.abs(p[2] - {scale}) < 0.01"
    );
    let what = format!("{what}: translate({x}px, {y}px) scale({scale})");
    b.wait_until(&what, &script).await;
}

/// The middle of the picture's stage, in the window's CSS pixels.
async fn stage_middle(b: &Browser) -> (i64, i64) {
    let middle = b
        .js(
            "const r = document.querySelector('.lightbox-stage').getBoundingClientRect(); \
             return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)]",
        )
        .await;
    serde_json::from_value(middle).unwrap()
}

/// Turns the mouse wheel over the picture, `dy` pixels (negative: away from the reader).
async fn wheel(b: &Browser, dy: i64) {
    let (x, y) = stage_middle(b).await;
    let actions = WheelActions::new("wheel".into()).then(WheelAction::Scroll {
        duration: None,
        x,
        y,
        delta_x: 0,
        delta_y: dy,
    });
    b.client.perform_actions(actions).await.expect("wheel");
}

/// The mouse on the middle of the picture, then `then`.
async fn mouse(b: &Browser, then: &[PointerAction]) {
    let stage = b
        .client
        .find(Locator::Css(".lightbox-stage"))
        .await
        .expect("the stage");
    let mut actions = MouseActions::new("mouse".into()).then(PointerAction::MoveToElement {
        element: stage,
        duration: None,
        x: 0.0,
        y: 0.0,
    });
    for action in then {
        actions = actions.then(action.clone());
    }
    b.client.perform_actions(actions).await.expect("mouse");
    b.client.release_actions().await.expect("release the mouse");
}

async fn double_click(b: &Browser) {
    let (down, up) = (
        PointerAction::Down { button: 0 },
        PointerAction::Up { button: 0 },
    );
    mouse(b, &[down.clone(), up.clone(), down, up]).await;
}

/// Presses the button on the picture, moves the mouse by (dx, dy) and lets go.
async fn drag(b: &Browser, dx: f64, dy: f64) {
    mouse(
        b,
        &[
            PointerAction::Down { button: 0 },
            PointerAction::MoveBy {
                duration: Some(Duration::from_millis(200)),
                x: dx,
                y: dy,
            },
            PointerAction::Up { button: 0 },
        ],
    )
    .await;
}

/// Types the character `key` on whatever has focus.
async fn type_key(b: &Browser, key: char) {
    let actions = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    b.client.perform_actions(actions).await.expect("type");
}

#[tokio::test]
async fn the_wheel_a_double_click_a_drag_and_0_zoom_move_and_reset_the_picture() {
    let b = Browser::start().await;
    let gallery = gallery();
    let picture = &gallery.images[0];
    b.open(GALLERY).await;
    b.wait_for_h1(&gallery.title).await;
    open_picture(&b, &picture.slug).await;
    wait_placed(&b, "the whole picture", (0.0, 0.0, 1.0)).await;

    // The wheel turned away enlarges the picture, e^(100 x 0.002) times for 100 pixels;
    // turned back it shrinks it, never below its own size.
    wheel(&b, -100).await;
    wait_placed(&b, "the wheel zooming in", (0.0, 0.0, 0.2f64.exp())).await;
    wheel(&b, -100).await;
    wait_placed(&b, "the wheel zooming in more", (0.0, 0.0, 0.4f64.exp())).await;
    wheel(&b, 1000).await;
    wait_placed(&b, "the wheel zooming out", (0.0, 0.0, 1.0)).await;

    // A double click enlarges it; dragged, it follows the mouse; a double click again
    // shows the whole picture, back in the middle.
    double_click(&b).await;
    wait_placed(&b, "a double click zooming in", (0.0, 0.0, 2.5)).await;
    drag(&b, 80.0, -40.0).await;
    wait_placed(&b, "the picture dragged", (80.0, -40.0, 2.5)).await;
    drag(&b, -30.0, 10.0).await;
    wait_placed(&b, "the picture dragged back", (50.0, -30.0, 2.5)).await;
    double_click(&b).await;
    wait_placed(&b, "a double click zooming out", (0.0, 0.0, 1.0)).await;

    // Zoomed and moved, "0" puts it back whole and in the middle.
    double_click(&b).await;
    wait_placed(&b, "a double click zooming in again", (0.0, 0.0, 2.5)).await;
    drag(&b, -60.0, 30.0).await;
    wheel(&b, -100).await;
    wait_placed(&b, "zoomed and moved", (-60.0, 30.0, 2.5 * 0.2f64.exp())).await;
    type_key(&b, '0').await;
    wait_placed(&b, "\"0\" resetting", (0.0, 0.0, 1.0)).await;
    // None of this turned the picture.
    assert_eq!(query(&b).await, format!("?image={}", picture.slug));
}

#[tokio::test]
async fn on_a_phone_two_fingers_pinch_the_picture_larger_and_smaller() {
    let b = Browser::phone().await;
    let gallery = gallery();
    let picture = &gallery.images[0];
    b.open(&format!("{GALLERY}?image={}", picture.slug)).await;
    b.wait_until("the lightbox", OPEN).await;
    wait_placed(&b, "the whole picture", (0.0, 0.0, 1.0)).await;
    // Fingers 80 pixels apart spread to 200: two and a half times the size; brought back,
    // the whole picture. Each finger travels farther than a swipe, and still the picture
    // stays: the fingers lifted after a pinch do not turn it.
    pinch(&b, 40.0, 100.0).await;
    wait_placed(&b, "the pinch zooming in", (0.0, 0.0, 2.5)).await;
    pinch(&b, 100.0, 40.0).await;
    wait_placed(&b, "the pinch zooming out", (0.0, 0.0, 1.0)).await;
    assert_eq!(query(&b).await, format!("?image={}", picture.slug));
}

/// Two fingers on the picture, each `from` CSS pixels either side of its middle, moved
/// apart or together to `to` either side, and lifted.
async fn pinch(b: &Browser, from: f64, to: f64) {
    let stage = b
        .client
        .find(Locator::Css(".lightbox-stage"))
        .await
        .expect("the stage");
    let finger = |name: &str, side: f64| {
        TouchActions::new(name.into())
            .then(PointerAction::MoveToElement {
                element: stage.clone(),
                duration: None,
                x: side * from,
                y: 0.0,
            })
            .then(PointerAction::Down { button: 0 })
            .then(PointerAction::MoveBy {
                duration: Some(Duration::from_millis(250)),
                x: side * (to - from),
                y: 0.0,
            })
            .then(PointerAction::Up { button: 0 })
    };
    let actions = Actions::from(vec![finger("left", -1.0), finger("right", 1.0)]);
    b.client.perform_actions(actions).await.expect("pinch");
    b.client.release_actions().await.expect("lift the fingers");
}
