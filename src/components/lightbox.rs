//! A picture enlarged over the page, in a modal `<dialog>`: ←/→, swipe and buttons move
//! between pictures; Escape, the close button and Back close it; the wheel, a pinch, a
//! double click or tap and +/− zoom, and a zoomed picture can be dragged. Which picture is
//! open lives in the address (`?image=slug`), so a reader can share one picture and a
//! reload opens it again.

use std::collections::HashMap;

use allrussias_model::gallery::Image;
use leptos::ev::{KeyboardEvent, PointerEvent, WheelEvent};
use leptos::html::Dialog;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query};

use crate::i18n::{Lang, LangExt};
use crate::query::PageQuery;
use crate::routes::site_url;
use crate::routes::{follow, Follow};

const MAX_ZOOM: f64 = 4.0;
/// A horizontal drag this long (CSS pixels) on an unzoomed picture turns to the next one.
const SWIPE: f64 = 50.0;

/// The id of a picture's thumbnail, where focus returns when the lightbox closes.
pub fn thumbnail_id(slug: &str) -> String {
    format!("thumb-{slug}")
}

/// The address that opens `slug` in the lightbox of the page at `path`.
pub fn image_href(path: &str, slug: &str) -> String {
    format!("{path}?image={slug}")
}

/// Whether this visit opened the lightbox, shared by the lightbox and what opens it:
/// closing is then Back; after a reload straight into a picture it replaces the address.
#[derive(Clone, Copy)]
pub struct OpenedHere(StoredValue<bool>);

impl Default for OpenedHere {
    fn default() -> Self {
        OpenedHere(StoredValue::new(false))
    }
}

/// Opens a picture from its thumbnail in a new history entry, so Back closes it.
pub fn use_open_picture(opened: OpenedHere) -> impl Fn(&str) + Clone {
    let navigate = use_navigate();
    let location = use_location();
    move |slug: &str| {
        opened.0.set_value(true);
        navigate(
            &image_href(&location.pathname.get_untracked(), slug),
            follow(Follow::Adding),
        );
    }
}

/// Tab from the last control goes to the first, Shift+Tab from the first to the last, so
/// focus never leaves the open lightbox for the page beneath or the browser.
fn keep_focus_inside(event: &KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    let Some(dialog) = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let Ok(controls) = dialog.query_selector_all("button") else {
        return false;
    };
    let (Some(first), Some(last)) = (
        controls.get(0),
        controls
            .length()
            .checked_sub(1)
            .and_then(|i| controls.get(i)),
    ) else {
        return false;
    };
    let active = document().active_element();
    let (at_edge, wrap_to) = if event.shift_key() {
        (first, last)
    } else {
        (last, first)
    };
    let leaving = active.as_ref().is_none_or(|a| {
        *a.unchecked_ref::<web_sys::Node>() == at_edge || !dialog.contains(Some(a))
    });
    if leaving {
        if let Ok(target) = wrap_to.dyn_into::<web_sys::HtmlElement>() {
            let _ = target.focus();
        }
    }
    leaving
}

#[component]
pub fn Lightbox(images: Vec<Image>, opened: OpenedHere) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let images = StoredValue::new(images);
    let query = use_query::<PageQuery>();
    let location = use_location();
    let navigate = use_navigate();
    let current = Memo::new(move |_| {
        let slug = query.with(|query| query.as_ref().ok()?.image.clone())?;
        images.with_value(|all| all.iter().position(|i| i.slug == slug))
    });
    let count = images.with_value(Vec::len);
    let dialog = NodeRef::<Dialog>::new();
    let (zoom, offset) = (RwSignal::new(1.0f64), RwSignal::new((0.0f64, 0.0f64)));
    let reset = move || {
        zoom.set(1.0);
        offset.set((0.0, 0.0));
    };
    // The picture whose thumbnail gets focus back.
    let last = StoredValue::new(None::<String>);
    let opened_here = opened.0;

    let go = {
        let navigate = navigate.clone();
        move |index: usize| {
            let Some(slug) = images.with_value(|all| all.get(index).map(|i| i.slug.clone())) else {
                return;
            };
            reset();
            let path = location.pathname.get_untracked();
            // Turning pictures replaces the address, so Back closes rather than retraces.
            navigate(&image_href(&path, &slug), follow(Follow::Replacing));
        }
    };
    let step = {
        let go = go.clone();
        move |by: isize| {
            if let Some(at) = current.get_untracked() {
                go((at as isize + by).rem_euclid(count as isize) as usize);
            }
        }
    };
    let close = {
        let navigate = navigate.clone();
        move || {
            if opened_here.get_value() {
                let _ = window().history().map(|h| h.back());
            } else {
                navigate(
                    &location.pathname.get_untracked(),
                    follow(Follow::Replacing),
                );
            }
        }
    };

    // The dialog follows the address: open it for a picture, close it when there is none.
    Effect::new(move |_| {
        let Some(dialog) = dialog.get() else { return };
        match current.get() {
            Some(at) => {
                last.set_value(images.with_value(|all| all.get(at).map(|i| i.slug.clone())));
                // A page loaded straight into a picture mounts the dialog a frame later.
                let connected = dialog.is_connected();
                let show = move || {
                    if dialog.is_connected() && !dialog.open() {
                        let _ = dialog.show_modal();
                    }
                };
                if connected {
                    show();
                } else {
                    request_animation_frame(show);
                }
            }
            None if dialog.open() => {
                dialog.close();
                reset();
                opened_here.set_value(false);
                if let Some(thumb) = last
                    .get_value()
                    .and_then(|slug| document().get_element_by_id(&thumbnail_id(&slug)))
                    .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
                {
                    let _ = thumb.focus();
                }
            }
            None => {}
        }
    });

    let zoom_by = move |factor: f64| {
        zoom.update(|z| *z = (*z * factor).clamp(1.0, MAX_ZOOM));
        if zoom.get_untracked() == 1.0 {
            offset.set((0.0, 0.0));
        }
    };
    let on_key = {
        let step = step.clone();
        move |event: KeyboardEvent| {
            let handled = match event.key().as_str() {
                "ArrowLeft" => {
                    step(-1);
                    true
                }
                "ArrowRight" => {
                    step(1);
                    true
                }
                "+" | "=" => {
                    zoom_by(1.5);
                    true
                }
                "-" => {
                    zoom_by(1.0 / 1.5);
                    true
                }
                "0" => {
                    reset();
                    true
                }
                "Tab" => keep_focus_inside(&event),
                _ => false,
            };
            if handled {
                event.prevent_default();
            }
        }
    };

    // Pointers on the picture: one drags (or swipes), two pinch.
    let pointers = StoredValue::new(HashMap::<i32, (f64, f64)>::new());
    let start = StoredValue::new((0.0f64, 0.0f64));
    let pinch = StoredValue::new(0.0f64);
    // Whether the fingers now on the picture were ever two: the last one lifted after a
    // pinch ends the pinch, not a swipe to the next picture.
    let pinched = StoredValue::new(false);
    let spread = move |points: &HashMap<i32, (f64, f64)>| {
        let mut it = points.values();
        match (it.next(), it.next()) {
            (Some(a), Some(b)) => ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt(),
            _ => 0.0,
        }
    };
    let on_down = move |event: PointerEvent| {
        let at = (f64::from(event.client_x()), f64::from(event.client_y()));
        pointers.update_value(|p| {
            p.insert(event.pointer_id(), at);
        });
        // A first finger starts a new gesture; a second makes it a pinch.
        pinched.set_value(pointers.with_value(HashMap::len) >= 2);
        start.set_value(at);
        pinch.set_value(pointers.with_value(spread));
    };
    let on_move = move |event: PointerEvent| {
        let id = event.pointer_id();
        let Some(before) = pointers.with_value(|p| p.get(&id).copied()) else {
            return;
        };
        let at = (f64::from(event.client_x()), f64::from(event.client_y()));
        pointers.update_value(|p| {
            p.insert(id, at);
        });
        if pointers.with_value(HashMap::len) >= 2 {
            let now = pointers.with_value(spread);
            let then = pinch.get_value();
            if then > 0.0 {
                zoom_by(now / then);
            }
            pinch.set_value(now);
        } else if zoom.get_untracked() > 1.0 {
            offset.update(|(x, y)| {
                *x += at.0 - before.0;
                *y += at.1 - before.1;
            });
        }
    };
    let on_up = {
        let step = step.clone();
        move |event: PointerEvent| {
            let was = pointers.with_value(HashMap::len);
            pointers.update_value(|p| {
                p.remove(&event.pointer_id());
            });
            let (x0, y0) = start.get_value();
            let (dx, dy) = (
                f64::from(event.client_x()) - x0,
                f64::from(event.client_y()) - y0,
            );
            if was == 1
                && !pinched.get_value()
                && zoom.get_untracked() == 1.0
                && dx.abs() > SWIPE
                && dx.abs() > dy.abs()
            {
                step(if dx < 0.0 { 1 } else { -1 });
            }
        }
    };
    let on_wheel = move |event: WheelEvent| {
        event.prevent_default();
        zoom_by((-event.delta_y() * 0.002).exp());
    };

    let shown = move || {
        current
            .get()
            .and_then(|at| images.with_value(|all| all.get(at).cloned()))
    };
    let picture = move || {
        shown().map(|image| {
            let approximate = image.approximate.then(|| {
                view! { <p class="lightbox-approximate">{ui.approximate_borders}</p> }
            });
            view! {
                <figure class="lightbox-figure">
                    <div
                        class="lightbox-stage"
                        on:pointerdown=on_down
                        on:pointermove=on_move
                        on:pointerup=on_up.clone()
                        on:pointercancel=move |e: PointerEvent| {
                            pointers.update_value(|p| {
                                p.remove(&e.pointer_id());
                            })
                        }
                        on:wheel=on_wheel
                        on:dblclick=move |_| {
                            if zoom.get_untracked() > 1.0 { reset() } else { zoom.set(2.5) }
                        }
                    >
                        <img
                            src=site_url(&image.src)
                            alt=image.alt
                            width=image.width
                            height=image.height
                            draggable="false"
                            style:transform=move || {
                                let (x, y) = offset.get();
                                format!("translate({x}px, {y}px) scale({})", zoom.get())
                            }
                        />
                    </div>
                    <figcaption class="lightbox-caption">
                        <h2 id="lightbox-title">{image.title}</h2>
                        <p>{image.caption}</p>
                        {approximate}
                        <p class="lightbox-credit">{image.credit}</p>
                    </figcaption>
                </figure>
            }
        })
    };
    let position = move || current.get().map(|at| lang.picture_of(at + 1, count));
    let close_button = close.clone();
    let (prev, next) = (step.clone(), step);
    view! {
        <dialog
            class="lightbox"
            role="dialog"
            aria-modal="true"
            aria-labelledby="lightbox-title"
            node_ref=dialog
            on:cancel=move |event: leptos::ev::Event| {
                event.prevent_default();
                close();
            }
            on:keydown=on_key
        >
            <div class="lightbox-bar">
                <p class="lightbox-count" aria-live="polite">{position}</p>
                <button type="button" on:click=move |_| zoom_by(1.0 / 1.5) aria-label=ui.zoom_out>"−"</button>
                <button type="button" on:click=move |_| zoom_by(1.5) aria-label=ui.zoom_in>"+"</button>
                <button type="button" class="lightbox-close" autofocus on:click=move |_| close_button() aria-label=ui.close>"×"</button>
            </div>
            {picture}
            <button type="button" class="lightbox-prev" on:click=move |_| prev(-1) aria-label=ui.previous_picture>"‹"</button>
            <button type="button" class="lightbox-next" on:click=move |_| next(1) aria-label=ui.next_picture>"›"</button>
        </dialog>
    }
}

/// The figures of the page being read, as pictures for its lightbox (`?image=figure-N`),
/// and who opened it.
#[derive(Clone)]
pub struct PageFigures {
    pub images: Vec<Image>,
    pub opened: OpenedHere,
}

impl PageFigures {
    /// Collects the figures of `blocks` (those at the top level, where pages put them).
    pub fn from_blocks(blocks: &[allrussias_model::Block]) -> Self {
        let images = blocks
            .iter()
            .filter_map(|block| match block {
                allrussias_model::Block::Figure {
                    src,
                    alt,
                    caption,
                    width,
                    height,
                } => Some((src, alt, caption, *width, *height)),
                _ => None,
            })
            .enumerate()
            .map(|(n, (src, alt, caption, width, height))| {
                let caption = allrussias_model::block::plain_text(caption);
                Image {
                    slug: format!("figure-{}", n + 1),
                    src: src.clone(),
                    width,
                    height,
                    title: if caption.is_empty() {
                        alt.clone()
                    } else {
                        caption.clone()
                    },
                    alt: alt.clone(),
                    caption: String::new(),
                    credit: String::new(),
                    approximate: false,
                }
            })
            .collect();
        PageFigures {
            images,
            opened: OpenedHere::default(),
        }
    }

    /// The picture slug of the figure showing `src`.
    pub fn slug_of(&self, src: &str) -> Option<String> {
        self.images
            .iter()
            .find(|image| image.src == src)
            .map(|image| image.slug.clone())
    }
}
