use allrussias_model::learn::LEARN;
use allrussias_model::SECTIONS;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::i18n::Lang;
use crate::pages::bookmarks_page::BookmarksPage;
use crate::pages::feedback_page::FeedbackPage;
use crate::pages::images_page::ImagesPage;
use crate::pages::learn_page::LearnPage;
use crate::pages::music_page::MusicPage;
use crate::pages::not_found::NotFound;
use crate::pages::search_page::SearchPage;
use crate::pages::section_page::SectionPage;
use crate::pages::site_map::SiteMap;
use crate::pages::statistics_page::StatisticsPage;
use crate::pages::topic_page::TopicPage;
use crate::pages::videos_page::VideosPage;
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
            view! { <FeedbackPage /> }.into_any()
        } else if slug == "bookmarks" {
            view! { <BookmarksPage /> }.into_any()
        } else if slug == "search" {
            view! { <SearchPage /> }.into_any()
        } else if slug == "music" {
            view! { <MusicPage /> }.into_any()
        } else if slug == "videos" {
            view! { <VideosPage /> }.into_any()
        } else if slug == "images" {
            view! { <ImagesPage /> }.into_any()
        } else if slug == "statistics" {
            view! { <StatisticsPage /> }.into_any()
        } else if slug == LEARN {
            view! { <LearnPage /> }.into_any()
        } else if let Some(title) = topic_title(Lang::current(), &slug) {
            view! { <TopicPage slug title /> }.into_any()
        } else {
            view! { <NotFound /> }.into_any()
        }
    }
}
