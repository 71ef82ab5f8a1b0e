//! One era's gallery: a grid of thumbnails, each opening the lightbox.

use allrussias_model::data;
use allrussias_model::gallery::{Gallery, ImagesIndex};
use allrussias_model::Topic;
use leptos::prelude::*;

use crate::api::{fetch_listed, FetchError};
use crate::components::lightbox::{thumbnail_id, use_open_picture, Lightbox, OpenedHere};
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_heading::PageHeading;
use crate::i18n::{Lang, LangExt};
use crate::pages::not_found::NotFound;
use crate::routes::site_url;

/// Thumbnails in the first rows load at once; the rest wait until they are scrolled near.
const EAGER: usize = 4;

/// The gallery, or `None` when the index does not list it.
async fn load(lang: Lang, slug: String) -> Result<Option<Gallery>, FetchError> {
    fetch_listed(
        data::images(lang),
        |index: &ImagesIndex| index.galleries.iter().any(|g| g.slug == slug),
        data::gallery(lang, &slug),
    )
    .await
}

#[component]
pub fn GalleryPage(slug: String) -> impl IntoView {
    let lang = Lang::current();
    let gallery = screen_resource(move || {
        rendered(load(lang, slug.clone()), |gallery| match gallery {
            Some(gallery) => view! { <GalleryView gallery /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        })
    });
    view! { <Loaded resource=gallery /> }
}

#[component]
fn GalleryView(gallery: Gallery) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let opened = OpenedHere::default();
    let open = use_open_picture(opened);
    let thumbnails = gallery
        .images
        .iter()
        .enumerate()
        .map(|(at, image)| {
            let open = open.clone();
            let slug = image.slug.clone();
            view! {
                <li>
                    <figure>
                        <button
                            type="button"
                            class="gallery-thumb"
                            id=thumbnail_id(&image.slug)
                            aria-label=format!("{} ({})", image.title, ui.enlarge)
                            on:click=move |_| open(&slug)
                        >
                            <img
                                src=site_url(&image.src)
                                alt=image.alt.clone()
                                width=image.width
                                height=image.height
                                loading=if at < EAGER { "eager" } else { "lazy" }
                                decoding="async"
                            />
                        </button>
                        <figcaption>{image.title.clone()}</figcaption>
                    </figure>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="breadcrumb">
            <a href=lang.href(&Topic::Images.path())>{Topic::Images.title(lang)}</a>
        </p>
        <PageHeading title=gallery.title.clone() description=gallery.intro.clone() />
        <p>{gallery.intro}</p>
        <ul class="gallery-grid">{thumbnails}</ul>
        <Lightbox images=gallery.images opened />
    }
}
