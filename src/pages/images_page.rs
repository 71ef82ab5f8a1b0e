//! Images & Video: the galleries, one per era, each with its cover picture.

use allrussias_model::data;
use allrussias_model::gallery::ImagesIndex;
use allrussias_model::Route;
use allrussias_model::Topic;
use leptos::prelude::*;

use crate::api::fetch_json;
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_heading::PageHeading;
use crate::i18n::{Lang, LangExt};
use crate::routes::site_url;

#[component]
pub fn ImagesPage() -> impl IntoView {
    let lang = Lang::current();
    let index = screen_resource(move || {
        rendered(
            fetch_json(data::images(lang)),
            |index: ImagesIndex| view! { <GalleryList index /> },
        )
    });
    view! { <Loaded resource=index /> }
}

#[component]
fn GalleryList(index: ImagesIndex) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    view! {
        <PageHeading title=Topic::Images.title(lang) description=ui.images_intro />
        <p>{ui.images_intro}</p>
        <ul class="gallery-list">
            {index
                .galleries
                .into_iter()
                .map(|g| {
                    let cover = g.cover;
                    view! {
                        <li>
                            <a href=lang.href(&Route::Item(Topic::Images, g.slug.clone()).path())>
                                <img src=site_url(&cover.src) alt="" width=cover.width height=cover.height loading="lazy" decoding="async" />
                                <span class="gallery-list-title">{g.title}</span>
                            </a>
                            <span class="gallery-list-count">{lang.count(g.count, &ui.picture_forms)}</span>
                            <p>{g.intro}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p>
            <a href=lang.href(&Topic::Statistics.path())>{Topic::Statistics.title(lang)}</a>
            " · "
            <a href=lang.href(&Topic::Videos.path())>{Topic::Videos.title(lang)}</a>
        </p>
    }
}
