//! Learn Russian as published in one language: the main page (alphabet and lesson list)
//! and one file per lesson. Russian words carry stress marks (U+0301); labels are in the
//! page's language.

use serde::{Deserialize, Serialize};

/// The slug of Learn Russian, whose lessons live under it, for matching paths.
pub const LEARN: &str = crate::Topic::LearnRussian.slug();

/// The sub-route of the flash cards, so no lesson may take this slug.
pub const CARDS: &str = "cards";

/// Everything Learn Russian publishes in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Course {
    pub description: String,
    pub intro: String,
    /// The transliteration standard, by name, and what it does.
    pub standard: String,
    pub standard_note: String,
    /// The flash cards' page: its title and what it does.
    pub cards_title: String,
    pub cards_intro: String,
    pub letters: Vec<Letter>,
    pub lessons: Vec<LessonEntry>,
    /// Published names of the files this one lists ([`crate::data`]).
    #[serde(default, skip_serializing_if = "crate::data::Files::is_empty")]
    pub files: crate::data::Files,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Letter {
    pub upper: String,
    pub lower: String,
    /// The letter's name in Russian (бэ, эр ...).
    pub name: String,
    pub translit: String,
    pub sound: String,
    pub example: String,
    pub example_translit: String,
    pub meaning: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// Audio stems ([`crate::data::learn_audio`]): the letter and its example word.
    pub audio: String,
    pub example_audio: String,
}

/// A lesson as the main page lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonEntry {
    pub slug: String,
    pub title: String,
    pub intro: String,
    pub items: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub slug: String,
    pub title: String,
    pub intro: String,
    pub items: Vec<Phrase>,
}

/// A word or phrase of a lesson; its audio stem is also its flash card's id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    pub ru: String,
    pub translit: String,
    pub en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub audio: String,
}

/// The course and its lessons, ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Learn {
    /// The section's title in this language, for the site index.
    pub title: String,
    pub course: Course,
    pub lessons: Vec<Lesson>,
}

/// The label of the romanisation standard's line on Learn Russian: the app writes it, and
/// the page's static entry too, so both say the same.
pub fn standard_label(lang: crate::Lang) -> &'static str {
    match lang {
        crate::Lang::En => "Transliteration",
        crate::Lang::Ru => "Транслитерация",
    }
}

/// The site path of a lesson (or of the flash cards).
pub fn lesson_path(slug: &str) -> String {
    crate::Route::Item(crate::Topic::LearnRussian, slug.to_string()).path()
}
