//! `/learn-russian/cards`: every phrase of the lessons on flash cards, with the reader's
//! Leitner boxes kept in this browser.

use allrussias_model::cards::Grade;
use allrussias_model::data;
use allrussias_model::learn::{Course, Lesson, Phrase};
use allrussias_model::Topic;
use futures::future::try_join_all;
use leptos::html::Button;
use leptos::prelude::*;

use crate::api::{fetch_json, FetchError};
use crate::components::audio_button::AudioButton;
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_heading::PageHeading;
use crate::i18n::{Lang, LangExt};
use crate::storage::{day, keep, Cards, Kept, CARDS};

/// The course and every lesson's phrases, in lesson order.
async fn load(lang: Lang) -> Result<(Course, Vec<Phrase>), FetchError> {
    let course = fetch_json::<Course>(data::learn(lang)).await?;
    let lessons = try_join_all(
        course
            .lessons
            .iter()
            .map(|l| fetch_json::<Lesson>(data::lesson(lang, &l.slug))),
    )
    .await?;
    Ok((course, lessons.into_iter().flat_map(|l| l.items).collect()))
}

#[component]
pub fn CardsPage() -> impl IntoView {
    let lang = Lang::current();
    let deck = screen_resource(move || {
        rendered(load(lang), |(course, deck)| view! { <Cards course deck /> })
    });
    view! { <Loaded resource=deck /> }
}

#[component]
fn Cards(course: Course, deck: Vec<Phrase>) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let cards = keep::<Cards>(CARDS, Kept::get().reset);
    let today = day();
    let size = deck.len();
    let deck = StoredValue::new(deck);
    let ids = move |deck: &Vec<Phrase>| deck.iter().map(|p| p.audio.clone()).collect::<Vec<_>>();
    let ids = StoredValue::new(deck.with_value(ids));
    let current = Memo::new(move |_| {
        cards.with(|c| ids.with_value(|ids| c.schedule.next(ids.iter().map(String::as_str), today)))
    });
    let progress = move || {
        cards.with(|c| {
            ids.with_value(|ids| {
                let ids = || ids.iter().map(String::as_str);
                lang.cards_progress(c.schedule.due(ids(), today), c.schedule.learnt(ids()), size)
            })
        })
    };
    let grades_label = StoredValue::new(course.cards_title.clone());
    let shown = RwSignal::new(false);
    let show_button = NodeRef::<Button>::new();
    let first_grade = NodeRef::<Button>::new();
    // Keyboard focus follows the card: to the grades once the answer shows, back to
    // "show" for the next card.
    let focus = |button: NodeRef<Button>| {
        request_animation_frame(move || {
            if let Some(button) = button.get() {
                let _ = button.focus();
            }
        })
    };
    let grade = move |id: String, grade: Grade| {
        cards.update(|c| c.schedule.grade(&id, grade, today));
        shown.set(false);
        focus(show_button);
    };
    let card = move || {
        let Some(phrase) = current
            .get()
            .and_then(|i| deck.with_value(|d| d.get(i).cloned()))
        else {
            return view! { <p class="cards-done">{ui.learn_all_done}</p> }.into_any();
        };
        let label = lang.play(&allrussias_model::translit::strip_stress(&phrase.ru));
        let id = phrase.audio.clone();
        let answer = move || {
            let id = id.clone();
            let grades = [Grade::Again, Grade::Good, Grade::Easy]
                .into_iter()
                .zip(ui.learn_grades)
                .enumerate()
                .map(|(i, (g, text))| {
                    let id = id.clone();
                    let node = if i == 0 { first_grade } else { NodeRef::new() };
                    view! {
                        <button type="button" node_ref=node on:click=move |_| grade(id.clone(), g)>
                            {text}
                        </button>
                    }
                })
                .collect_view();
            view! {
                <div class="card-grades" role="group" aria-label=grades_label.get_value()>
                    {grades}
                </div>
            }
        };
        let back = phrase.clone();
        view! {
            <div class="card">
                <p class="card-front">
                    <span lang="ru">{phrase.ru}</span>
                    <AudioButton stem=phrase.audio label />
                </p>
                <Show
                    when=move || shown.get()
                    fallback=move || {
                        view! {
                            <button
                                type="button"
                                class="card-show"
                                node_ref=show_button
                                on:click=move |_| {
                                    shown.set(true);
                                    focus(first_grade);
                                }
                            >
                                {ui.learn_show}
                            </button>
                        }
                    }
                >
                    <div class="card-back">
                        <p class="translit">{back.translit.clone()}</p>
                        <p lang="en">{back.en.clone()}</p>
                        {back.note.clone().map(|note| view! { <p class="phrase-note">{note}</p> })}
                    </div>
                    {answer.clone()}
                </Show>
            </div>
        }
        .into_any()
    };
    view! {
        <article class="learn cards">
            <p class="breadcrumb">
                <a href=lang.href(&Topic::LearnRussian.path())>{Topic::LearnRussian.title(lang)}</a>
                " ›"
            </p>
            <PageHeading title=course.cards_title description=course.cards_intro.clone() />
            <p class="learn-intro">{course.cards_intro}</p>
            <p class="cards-progress" role="status">{progress}</p>
            {card}
        </article>
    }
}
