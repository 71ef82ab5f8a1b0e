use allrussias_model::learn::LEARN;
use allrussias_model::SECTIONS;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::chunks;
use crate::components::chunk::Chunk;
use crate::i18n::{Lang, LangExt};
use crate::pages::not_found::NotFound;
use crate::pages::section_page::SectionPage;
use crate::pages::site_map::SiteMap;
use crate::pages::topic_page::TopicPage;
use crate::routes::topic_title;

/// `/{slug}`: a history section, the site map, Learn Russian, a stand-alone page, or
/// nothing at all.
#[component]
pub fn SlugPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.with(|p| p.get("slug").unwrap_or_default());
        if SECTIONS.contains(&slug.as_str()) {
            view! { <SectionPage section=slug /> }.into_any()
        } else if slug == "site-map" {
            view! { <SiteMap /> }.into_any()
        } else if slug == "feedback" {
            view! { <Chunk load=chunks::feedback /> }.into_any()
        } else if slug == "bookmarks" {
            view! { <Chunk load=chunks::bookmarks /> }.into_any()
        } else if slug == "search" {
            view! { <Chunk load=chunks::search /> }.into_any()
        } else if slug == "music" {
            view! { <Chunk load=chunks::music /> }.into_any()
        } else if slug == "videos" {
            view! { <Chunk load=chunks::videos /> }.into_any()
        } else if slug == "images" {
            view! { <Chunk load=chunks::images /> }.into_any()
        } else if slug == "statistics" {
            view! { <Chunk load=chunks::statistics /> }.into_any()
        } else if slug == "timeline" {
            view! { <Chunk load=chunks::timeline /> }.into_any()
        } else if slug == LEARN {
            view! { <Chunk load=chunks::learn /> }.into_any()
        } else if let Some(title) = topic_title(Lang::current(), &slug) {
            view! { <TopicPage slug title /> }.into_any()
        } else {
            view! { <NotFound /> }.into_any()
        }
    }
}
