//! `/learn-russian/{lesson}`: a lesson's words and phrases with their recordings.

use allrussias_model::data;
use allrussias_model::learn::{lesson_path, Course, Lesson};
use allrussias_model::Topic;
use leptos::prelude::*;

use crate::api::{fetch_json, FetchError};
use crate::components::audio_button::AudioButton;
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_heading::PageHeading;
use crate::i18n::{Lang, LangExt};
use crate::pages::not_found::NotFound;

/// The lesson and the one after it, or `None` when the course has no such lesson.
type Next = Option<(String, String)>;

async fn load(lang: Lang, slug: String) -> Result<Option<(Lesson, Next, String)>, FetchError> {
    let course = fetch_json::<Course>(data::learn(lang)).await?;
    // The course decides whether the lesson exists, as a section's manifest does for pages.
    let Some(at) = course.lessons.iter().position(|l| l.slug == slug) else {
        return Ok(None);
    };
    let next = course
        .lessons
        .get(at + 1)
        .map(|l| (lesson_path(&l.slug), l.title.clone()));
    let lesson = fetch_json::<Lesson>(data::lesson(lang, &slug)).await?;
    Ok(Some((lesson, next, course.cards_title)))
}

#[component]
pub fn LessonPage(slug: String) -> impl IntoView {
    let lang = Lang::current();
    let lesson = screen_resource(move || {
        rendered(load(lang, slug.clone()), |lesson| match lesson {
            Some((lesson, next, cards)) => view! { <LessonView lesson next cards /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        })
    });
    view! { <Loaded resource=lesson /> }
}

#[component]
fn LessonView(lesson: Lesson, next: Next, cards: String) -> impl IntoView {
    let lang = Lang::current();
    let title = Topic::LearnRussian.title(lang);
    let items = lesson
        .items
        .into_iter()
        .map(|item| {
            let label = lang.play(&allrussias_model::translit::strip_stress(&item.ru));
            view! {
                <li>
                    <p class="phrase-ru">
                        <span lang="ru">{item.ru}</span>
                        <AudioButton stem=item.audio label />
                    </p>
                    <p class="translit">{item.translit}</p>
                    <p lang="en">{item.en}</p>
                    {item.note.map(|note| view! { <p class="phrase-note">{note}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="learn lesson">
            <p class="breadcrumb">
                <a href=lang.href(&Topic::LearnRussian.path())>{title}</a>
                " ›"
            </p>
            <PageHeading title=lesson.title description=lesson.intro.clone() />
            <p class="learn-intro">{lesson.intro}</p>
            <ol class="phrases">{items}</ol>
            <p class="lesson-next">
                {next.map(|(path, title)| view! { <a href=lang.href(&path) rel="next">{title} " →"</a> })}
                <a href=lang.href(&lesson_path(allrussias_model::learn::CARDS))>{cards}</a>
            </p>
        </article>
    }
}
