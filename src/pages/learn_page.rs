//! `/learn-russian`: the alphabet with its recordings, the lessons, the transliteration box.

use allrussias_model::data;
use allrussias_model::learn::{lesson_path, standard_label, Course, Letter, CARDS};
use allrussias_model::translit::strip_stress;
use allrussias_model::Topic;
use leptos::prelude::*;

use crate::api::fetch_json;
use crate::components::audio_button::AudioButton;
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_heading::PageHeading;
use crate::components::translit_box::TranslitBox;
use crate::i18n::{Lang, LangExt};

#[component]
pub fn LearnPage() -> impl IntoView {
    let lang = Lang::current();
    let course = screen_resource(move || {
        rendered(fetch_json::<Course>(data::learn(lang)), |course| {
            view! { <CourseView course /> }
        })
    });
    view! { <Loaded resource=course /> }
}

#[component]
fn CourseView(course: Course) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let lessons = course
        .lessons
        .into_iter()
        .map(|lesson| {
            view! {
                <li>
                    <a href=lang.href(&lesson_path(&lesson.slug))>{lesson.title}</a>
                    " "
                    <span class="lesson-count">
                        "(" {lang.count(lesson.items, &ui.learn_phrase_forms)} ")"
                    </span>
                    <br />
                    {lesson.intro}
                </li>
            }
        })
        .collect_view();
    let head = ui
        .learn_columns
        .map(|column| view! { <th scope="col">{column}</th> });
    let letters = course
        .letters
        .into_iter()
        .map(|letter| view! { <LetterRow letter /> })
        .collect_view();
    view! {
        <article class="learn">
            <PageHeading title=Topic::LearnRussian.title(lang) description=course.description />
            <p class="learn-intro">{course.intro}</p>
            <nav class="learn-lessons" aria-labelledby="lessons-title">
                <h2 id="lessons-title">{ui.learn_lessons}</h2>
                <ol>{lessons}</ol>
                <p>
                    <a class="learn-cards-link" href=lang.href(&lesson_path(CARDS))>
                        {course.cards_title}
                    </a>
                </p>
            </nav>
            <section aria-labelledby="alphabet-title">
                <h2 id="alphabet-title">{ui.learn_alphabet}</h2>
                <p class="learn-standard">
                    <strong>{standard_label(lang)} ": " {course.standard}</strong> ". "
                    {course.standard_note}
                </p>
                <table class="alphabet">
                    <thead>
                        <tr>{head}</tr>
                    </thead>
                    <tbody>{letters}</tbody>
                </table>
            </section>
            <TranslitBox />
        </article>
    }
}

/// One letter; each cell names its column, for the stacked layout on narrow screens.
#[component]
fn LetterRow(letter: Letter) -> impl IntoView {
    let lang = Lang::current();
    let columns = lang.ui().learn_columns;
    let word = strip_stress(&letter.example);
    view! {
        <tr>
            <th scope="row" data-label=columns[0]>
                <span class="letter" lang="ru">
                    {letter.upper.clone()} " " {letter.lower.clone()}
                </span>
                <AudioButton stem=letter.audio label=lang.play(&letter.lower) />
            </th>
            <td data-label=columns[1] class="letter-italic" lang="ru">
                {letter.upper} " " {letter.lower}
            </td>
            <td data-label=columns[2] lang="ru">{letter.name}</td>
            <td data-label=columns[3] class="translit">{letter.translit}</td>
            <td data-label=columns[4]>
                {letter.sound}
                {letter.hint.map(|hint| view! { <span class="letter-hint">{hint}</span> })}
            </td>
            <td data-label=columns[5]>
                <span lang="ru" class="example">{letter.example}</span>
                <AudioButton stem=letter.example_audio label=lang.play(&word) />
                <span class="translit">{letter.example_translit}</span>
                " — "
                {letter.meaning}
            </td>
        </tr>
    }
}
