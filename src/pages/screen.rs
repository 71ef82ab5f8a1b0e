//! The route table: the screen for each of the model's routes, the same in both languages.

use allrussias_model::learn::CARDS;
use allrussias_model::{Route, Topic};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

use crate::chunks;
use crate::components::chunk::Chunk;
use crate::i18n::Lang;
use crate::pages::chapter_page::ChapterPage;
use crate::pages::home::Home;
use crate::pages::item_page::ItemPage;
use crate::pages::not_found::NotFound;
use crate::pages::section_page::SectionPage;
use crate::pages::site_map::SiteMap;
use crate::pages::topic_page::TopicPage;
use crate::routes::route_of;

/// The screen at the address in the address bar. A new route (or the same route in the
/// other language) builds a new screen; a new query or fragment is the screen's own
/// business (search, the lightbox).
#[component]
pub fn Screen() -> impl IntoView {
    let location = use_location();
    let route = Memo::new(move |_| {
        location.pathname.with(|pathname| {
            let (lang, path) = Lang::split(route_of(pathname));
            (lang, Route::parse(path))
        })
    });
    // The router adds a followed link to the history and scrolls only when told the new
    // path is shown: told on every new path, also one that shows the same screen (`/sub/`
    // for `/sub`, one unknown address for another), in the same turn as its screen is built.
    let navigation = use_context::<BrowserUrl>();
    Effect::new(move |_| {
        location.pathname.track();
        if let Some(navigation) = navigation.clone() {
            queue_microtask(move || navigation.ready_to_complete());
        }
    });
    move || match route.get().1 {
        None => view! { <NotFound /> }.into_any(),
        Some(route) => screen(route),
    }
}

fn screen(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <Home /> }.into_any(),
        Route::Section(section) => view! { <SectionPage section /> }.into_any(),
        Route::Topic(topic) => topic_screen(topic),
        Route::Item(Topic::LearnRussian, item) if item == CARDS => {
            view! { <Chunk load=chunks::cards /> }.into_any()
        }
        Route::Item(Topic::LearnRussian, item) => {
            view! { <Chunk load=move || chunks::lesson(item.clone()) /> }.into_any()
        }
        Route::Item(Topic::Statistics, item) => {
            view! { <Chunk load=move || chunks::series(item.clone()) /> }.into_any()
        }
        Route::Item(Topic::Images, item) => {
            view! { <Chunk load=move || chunks::gallery(item.clone()) /> }.into_any()
        }
        Route::Item(topic, item) => view! { <ItemPage topic item /> }.into_any(),
        Route::Page {
            section,
            chapter,
            page,
        } => view! { <ChapterPage section chapter page /> }.into_any(),
        Route::Print { section, chapter } => view! {
            <Chunk load=move || chunks::print(section, chapter.clone()) />
        }
        .into_any(),
    }
}

/// A stand-alone page: its own screen, or its text from the content files.
fn topic_screen(topic: Topic) -> AnyView {
    match topic {
        Topic::SiteMap => view! { <SiteMap /> }.into_any(),
        Topic::Feedback => view! { <Chunk load=chunks::feedback /> }.into_any(),
        Topic::Bookmarks => view! { <Chunk load=chunks::bookmarks /> }.into_any(),
        Topic::Search => view! { <Chunk load=chunks::search /> }.into_any(),
        Topic::Music => view! { <Chunk load=chunks::music /> }.into_any(),
        Topic::Videos => view! { <Chunk load=chunks::videos /> }.into_any(),
        Topic::Images => view! { <Chunk load=chunks::images /> }.into_any(),
        Topic::Statistics => view! { <Chunk load=chunks::statistics /> }.into_any(),
        Topic::Timeline => view! { <Chunk load=chunks::timeline /> }.into_any(),
        Topic::LearnRussian => view! { <Chunk load=chunks::learn /> }.into_any(),
        Topic::AToZ
        | Topic::Essays
        | Topic::Jokes
        | Topic::Laugh
        | Topic::Links
        | Topic::Bullets
        | Topic::About
        | Topic::Partners => view! { <TopicPage topic /> }.into_any(),
    }
}
