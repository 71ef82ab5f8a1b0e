//! The screens outside the first view. Each function here is a split point: the release
//! build (scripts/build-wasm.sh) moves the screen's code into a WebAssembly chunk of its
//! own, which the browser fetches, checked against its hash, the first time the screen is
//! wanted or when a link to it is pointed at ([`preload`]). A chunk that cannot be loaded
//! is a [`FetchError::Chunk`]: the screen shows the usual alert, and Try again loads it
//! afresh. On native targets (tests, clippy) the functions are plain calls.

use allrussias_model::gallery::Image;
use allrussias_model::{Route, Section, Topic};
use futures::future::LocalBoxFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::wasm_split;
use wasm_bindgen::JsCast;

use crate::api::FetchError;
use crate::components::chapter_timeline::ChapterTimeline;
use crate::components::cite_button::Cited;
use crate::components::cite_dialog::CiteDialog;
use crate::components::lightbox::{Lightbox, OpenedHere};
use crate::components::loaded::Rendered;
use crate::components::reading_settings::SettingsPanel;
use crate::components::save_offline;
use crate::i18n::{Lang, LangExt};
use crate::pages::bookmarks_page::BookmarksPage;
use crate::pages::cards_page::CardsPage;
use crate::pages::feedback_page::FeedbackPage;
use crate::pages::gallery_page::GalleryPage;
use crate::pages::images_page::ImagesPage;
use crate::pages::learn_page::LearnPage;
use crate::pages::lesson_page::LessonPage;
use crate::pages::music_page::MusicPage;
use crate::pages::print_chapter::PrintChapter;
use crate::pages::search_page::SearchPage;
use crate::pages::series_page::SeriesPage;
use crate::pages::statistics_page::StatisticsPage;
use crate::pages::timeline_page::TimelinePage;
use crate::pages::videos_page::VideosPage;

/// Declares a screen's split point: `$name` loads chunk `$chunk` and returns the screen,
/// bound to its arguments, for [`crate::components::loaded::Loaded`] to show; `$preload`,
/// where given, loads the chunk ahead without showing anything.
macro_rules! screen {
    ($chunk:ident, $name:ident($($arg:ident: $ty:ty),*) => $view:expr) => {
        #[wasm_split($chunk, fallible, wasm_split_path = ::leptos::wasm_split)]
        pub fn $name($($arg: $ty),*) -> Rendered {
            screen!(@body $($arg),* => $view)
        }
    };
    ($chunk:ident, $preload:ident, $name:ident($($arg:ident: $ty:ty),*) => $view:expr) => {
        #[wasm_split($chunk, fallible, wasm_split_path = ::leptos::wasm_split, preload($preload))]
        pub fn $name($($arg: $ty),*) -> Rendered {
            screen!(@body $($arg),* => $view)
        }
    };
    (@body $($arg:ident),* => $view:expr) => {
        Ok(ViewFn::from(move || {
            $(let $arg = $arg.clone();)*
            $view.into_any()
        }))
    };
}

screen!(search, preload_search, search() => view! { <SearchPage /> });
screen!(statistics, preload_statistics, statistics() => view! { <StatisticsPage /> });
screen!(statistics, series(slug: String) => view! { <SeriesPage slug /> });
screen!(images, preload_images, images() => view! { <ImagesPage /> });
screen!(images, gallery(slug: String) => view! { <GalleryPage slug /> });
screen!(learn, preload_learn, learn() => view! { <LearnPage /> });
screen!(learn, lesson(slug: String) => view! { <LessonPage slug /> });
screen!(learn, cards() => view! { <CardsPage /> });
screen!(music, preload_music, music() => view! { <MusicPage /> });
screen!(videos, preload_videos, videos() => view! { <VideosPage /> });
screen!(bookmarks, preload_bookmarks, bookmarks() => view! { <BookmarksPage /> });
screen!(feedback, preload_feedback, feedback() => view! { <FeedbackPage /> });
screen!(print, preload_print, print(section: Section, chapter: String) => view! { <PrintChapter section chapter /> });
screen!(lightbox, lightbox(images: Vec<Image>, opened: OpenedHere) => view! { <Lightbox images opened /> });
screen!(timeline, preload_timeline, timeline() => view! { <TimelinePage /> });
screen!(chapter_timeline, preload_chapter_timeline, chapter_timeline(section: String, chapter: String, page: String) => view! { <ChapterTimeline section chapter page /> });
screen!(settings, preload_settings, settings() => view! { <SettingsPanel /> });
screen!(cite, preload_cite, cite(cited: Cited, open: RwSignal<bool>) => view! { <CiteDialog cited open /> });

/// Fetches ahead the chunk of the screen a link leads to, when the reader points at or
/// focuses the link, so the screen opens without waiting for its code. A failure is left
/// for the screen itself to report, if the reader follows the link.
pub fn preload_on_pointing() {
    let ahead = |event: web_sys::Event| {
        let link = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten());
        let Some(href) = link.and_then(|link| link.get_attribute("href")) else {
            return;
        };
        let path = href.split(['?', '#']).next().unwrap_or_default();
        let Some(route) = Route::parse(Lang::site_path(path)) else {
            return;
        };
        spawn_local(async move {
            let _ = match route {
                Route::Topic(Topic::Search) => preload_search().await,
                Route::Topic(Topic::Statistics) | Route::Item(Topic::Statistics, _) => {
                    preload_statistics().await
                }
                Route::Topic(Topic::Images) | Route::Item(Topic::Images, _) => {
                    preload_images().await
                }
                Route::Topic(Topic::LearnRussian) | Route::Item(Topic::LearnRussian, _) => {
                    preload_learn().await
                }
                Route::Topic(Topic::Music) => preload_music().await,
                Route::Topic(Topic::Videos) => preload_videos().await,
                Route::Topic(Topic::Bookmarks) => preload_bookmarks().await,
                Route::Topic(Topic::Feedback) => preload_feedback().await,
                Route::Topic(Topic::Timeline) => preload_timeline().await,
                Route::Print { .. } => preload_print().await,
                _ => Ok(()),
            };
        });
    };
    for kind in ["pointerover", "focusin"] {
        let listener = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(ahead);
        let _ =
            document().add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
        listener.forget();
    }
}

/// The work of saving a section for offline reading ([`save_offline::save`]): the button
/// is on every section page, the work wanted only when it is clicked.
#[wasm_split(save_offline, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn save_offline(
    paths: Vec<String>,
    strips: Vec<String>,
    lang: Lang,
    saved: RwSignal<usize>,
) -> Result<LocalBoxFuture<'static, usize>, FetchError> {
    Ok(Box::pin(save_offline::save(paths, strips, lang, saved)))
}

impl From<leptos::wasm_split::SplitLoaderError> for FetchError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        FetchError::Chunk
    }
}
