//! `content/learn/`: the Learn Russian alphabet (`alphabet.toml`), the lessons
//! (`lessons/NN-slug.toml`) and their recordings (`audio/<stem>.ogg` and `.mp3`). Each text
//! is written once with its English and Russian labels; [`LearnSource::publish`] picks a
//! language. Every problem is reported with its file and line.

use allrussias_model::Lang;
use allrussias_model::Topic;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use allrussias_model::learn::{Course, Learn, Lesson, LessonEntry, Letter, Phrase, CARDS};
use allrussias_model::translit::{strip_stress, to_cyrillic, to_latin, SEPARATOR, STRESS};
use allrussias_model::Origin;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::frontmatter::entry_lines;
use crate::slug;
use crate::Diagnostic;

const DIR: &str = "learn";
/// The recordings' formats: Opus for most browsers, MP3 for the rest.
pub const FORMATS: [&str; 2] = ["ogg", "mp3"];
/// Written by scripts/audio.sh beside the recordings, so it re-encodes only what changed.
const AUDIO_MANIFEST: &str = "manifest.tsv";
const ALPHABET: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

/// A text in both languages.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Both {
    en: String,
    ru: String,
}

impl Both {
    fn get(&self, lang: Lang) -> String {
        if lang == Lang::Ru { &self.ru } else { &self.en }.clone()
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AlphabetFile {
    description: Both,
    intro: Both,
    standard: Standard,
    cards: Cards,
    letters: Vec<LetterSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cards {
    title: Both,
    intro: Both,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Standard {
    name: String,
    note: Both,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LetterSource {
    upper: String,
    lower: String,
    name: String,
    translit: String,
    sound: Both,
    example: String,
    example_translit: String,
    meaning: Both,
    audio: String,
    example_audio: String,
    hint: Option<Both>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonFile {
    title: Both,
    intro: Both,
    items: Vec<ItemSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemSource {
    ru: String,
    translit: String,
    en: String,
    note: Option<Both>,
    audio: String,
    /// What scripts/audio.sh gives espeak-ng instead of `ru`, where its stress is wrong.
    say: Option<String>,
}

/// The Learn Russian content as written, ready to publish in either language.
pub struct LearnSource {
    alphabet: AlphabetFile,
    lessons: Vec<(String, LessonFile)>,
}

struct Checker<'a> {
    diagnostics: &'a mut Vec<Diagnostic>,
    /// Audio stems with where each is used, to find duplicates and missing files.
    stems: Vec<(String, Origin)>,
}

impl Checker<'_> {
    fn error(&mut self, check: &'static str, origin: &Origin, message: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::new(check, origin, message));
    }

    fn read<T: DeserializeOwned>(&mut self, path: &Path) -> Option<(T, String)> {
        let file = path.display().to_string();
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) => {
                self.error(
                    "layout",
                    &Origin::new(file, 1),
                    format!("cannot read file: {err}"),
                );
                return None;
            }
        };
        match toml::from_str::<T>(&text) {
            Ok(value) => Some((value, text)),
            Err(err) => {
                let line = err.span().map_or(1, |span| line_at(&text, span.start));
                self.error("learn-toml", &Origin::new(file, line), err.message().trim());
                None
            }
        }
    }

    /// The transliteration is BGN/PCGN's, and the Russian reads back from it exactly.
    fn translit(&mut self, origin: &Origin, ru: &str, translit: &str) {
        let expected: String = to_latin(ru).chars().filter(|c| *c != SEPARATOR).collect();
        if translit != expected {
            self.error(
                "learn-translit",
                origin,
                format!("\"{ru}\" is \"{expected}\" in BGN/PCGN, not \"{translit}\""),
            );
        }
        if to_cyrillic(&to_latin(ru)) != strip_stress(ru) {
            self.error(
                "learn-translit",
                origin,
                format!("\"{ru}\" does not read back from its transliteration"),
            );
        }
    }

    /// A stress mark follows a vowel, once a word at most.
    fn stress(&mut self, origin: &Origin, ru: &str) {
        for word in ru.split(|c: char| !c.is_alphabetic() && c != STRESS) {
            let mut prev = None;
            for c in word.chars() {
                if c == STRESS
                    && !prev.is_some_and(|p: char| {
                        "аеиоуыэюя".contains(p.to_lowercase().next().unwrap_or(p))
                    })
                {
                    self.error(
                        "learn-stress",
                        origin,
                        format!("a stress mark not after a vowel in \"{word}\""),
                    );
                }
                prev = Some(c);
            }
            if word.matches(STRESS).count() > 1 {
                self.error(
                    "learn-stress",
                    origin,
                    format!("more than one stress mark in \"{word}\""),
                );
            }
        }
    }

    fn stem(&mut self, origin: &Origin, stem: &str) {
        if !slug::is_valid(stem) {
            self.error(
                "learn-audio",
                origin,
                format!("audio \"{stem}\" should be lower-case letters, digits and hyphens"),
            );
        } else if let Some((_, first)) = self.stems.iter().find(|(s, _)| s == stem) {
            let message = format!(
                "audio \"{stem}\" is already used at {}:{}",
                first.file, first.line
            );
            self.error("learn-audio", origin, message);
        } else {
            self.stems.push((stem.to_string(), origin.clone()));
        }
    }

    /// Every stem has both recordings, and every recording a stem.
    fn audio(&mut self, dir: &Path) {
        for (stem, origin) in self.stems.clone() {
            for format in FORMATS {
                let path = dir.join(format!("{stem}.{format}"));
                if fs::metadata(&path).map_or(true, |m| m.len() == 0) {
                    self.error(
                        "learn-audio",
                        &origin,
                        format!(
                            "{} is missing or empty (scripts/audio.sh makes it)",
                            path.display()
                        ),
                    );
                }
            }
        }
        for path in fs::read_dir(dir)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
        {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let known = name.rsplit_once('.').is_some_and(|(stem, format)| {
                FORMATS.contains(&format) && self.stems.iter().any(|(s, _)| s == stem)
            });
            if !known && name != AUDIO_MANIFEST {
                self.error(
                    "learn-audio",
                    &Origin::new(path.display().to_string(), 1),
                    "no letter or lesson item uses this file",
                );
            }
        }
    }
}

/// The line of a byte offset, from 1.
fn line_at(text: &str, offset: usize) -> u32 {
    1 + text[..offset.min(text.len())].matches('\n').count() as u32
}

/// Reads and checks `content/learn/`; `None` when there is none or it cannot be read.
pub fn load(content_dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<LearnSource> {
    let dir = content_dir.join(DIR);
    if !dir.is_dir() {
        return None;
    }
    let mut checker = Checker {
        diagnostics,
        stems: Vec::new(),
    };
    let path = dir.join("alphabet.toml");
    let (alphabet, text) = checker.read::<AlphabetFile>(&path)?;
    let file = path.display().to_string();
    let lines = entry_lines(&text, "letters");
    let lowers: String = alphabet.letters.iter().map(|l| l.lower.as_str()).collect();
    if lowers != ALPHABET {
        checker.error(
            "learn-alphabet",
            &Origin::new(file.clone(), 1),
            format!(
                "the letters should be the 33 of the alphabet in order ({ALPHABET}), not {lowers}"
            ),
        );
    }
    for (letter, line) in alphabet.letters.iter().zip(lines) {
        let origin = Origin::new(file.clone(), line);
        if letter.upper.to_lowercase() != letter.lower {
            checker.error(
                "learn-alphabet",
                &origin,
                format!("{} is not the capital of {}", letter.upper, letter.lower),
            );
        }
        if !strip_stress(&letter.example)
            .to_lowercase()
            .contains(&letter.lower)
        {
            checker.error(
                "learn-alphabet",
                &origin,
                format!("the example \"{}\" lacks {}", letter.example, letter.lower),
            );
        }
        checker.translit(&origin, &letter.example, &letter.example_translit);
        checker.stress(&origin, &letter.example);
        checker.stem(&origin, &letter.audio);
        checker.stem(&origin, &letter.example_audio);
    }
    let lessons_dir = dir.join("lessons");
    let mut paths: Vec<PathBuf> = fs::read_dir(&lessons_dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    let mut lessons = Vec::new();
    for path in paths {
        let file = path.display().to_string();
        let name = path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let lesson_slug = match slug::split_ordered(&name) {
            Some((_, s))
                if slug::is_valid(s)
                    && s != CARDS
                    && path.extension().is_some_and(|e| e == "toml") =>
            {
                s.to_string()
            }
            _ => {
                checker.error(
                    "slug",
                    &Origin::new(file, 1),
                    format!(
                        "a lesson is NN-slug.toml, like 01-greetings.toml (and not \"{CARDS}\")"
                    ),
                );
                continue;
            }
        };
        let Some((lesson, text)) = checker.read::<LessonFile>(&path) else {
            continue;
        };
        for (item, line) in lesson.items.iter().zip(entry_lines(&text, "items")) {
            let origin = Origin::new(file.clone(), line);
            checker.translit(&origin, &item.ru, &item.translit);
            checker.stress(&origin, &item.ru);
            checker.stem(&origin, &item.audio);
            if item.say.as_ref().is_some_and(|say| say.trim().is_empty()) {
                checker.error(
                    "learn-audio",
                    &origin,
                    "`say` is empty: leave it out to say `ru`",
                );
            }
        }
        lessons.push((lesson_slug, lesson));
    }
    checker.audio(&dir.join("audio"));
    Some(LearnSource { alphabet, lessons })
}

impl LearnSource {
    /// The course in one language (`en`, `ru`).
    pub fn publish(&self, lang: Lang) -> Learn {
        let a = &self.alphabet;
        let lessons: Vec<Lesson> = self
            .lessons
            .iter()
            .map(|(slug, lesson)| Lesson {
                slug: slug.clone(),
                title: lesson.title.get(lang),
                intro: lesson.intro.get(lang),
                items: lesson
                    .items
                    .iter()
                    .map(|item| Phrase {
                        ru: item.ru.clone(),
                        translit: item.translit.clone(),
                        en: item.en.clone(),
                        note: item.note.as_ref().map(|n| n.get(lang)),
                        audio: item.audio.clone(),
                    })
                    .collect(),
            })
            .collect();
        let course = Course {
            files: Default::default(),
            description: a.description.get(lang),
            intro: a.intro.get(lang),
            standard: a.standard.name.clone(),
            standard_note: a.standard.note.get(lang),
            cards_title: a.cards.title.get(lang),
            cards_intro: a.cards.intro.get(lang),
            letters: a
                .letters
                .iter()
                .map(|l| Letter {
                    upper: l.upper.clone(),
                    lower: l.lower.clone(),
                    name: l.name.clone(),
                    translit: l.translit.clone(),
                    sound: l.sound.get(lang),
                    example: l.example.clone(),
                    example_translit: l.example_translit.clone(),
                    meaning: l.meaning.get(lang),
                    hint: l.hint.as_ref().map(|h| h.get(lang)),
                    audio: l.audio.clone(),
                    example_audio: l.example_audio.clone(),
                })
                .collect(),
            lessons: lessons
                .iter()
                .map(|l| LessonEntry {
                    slug: l.slug.clone(),
                    title: l.title.clone(),
                    intro: l.intro.clone(),
                    items: l.items.len(),
                })
                .collect(),
        };
        Learn {
            title: Topic::LearnRussian.title(lang).to_string(),
            course,
            lessons,
        }
    }
}

/// Copies the recordings to `{out}/media/audio/learn/`.
pub fn copy_audio(content_dir: &Path, out_dir: &Path) -> io::Result<usize> {
    let from = content_dir.join(DIR).join("audio");
    let to = out_dir.join(allrussias_model::data::LEARN_AUDIO.trim_start_matches('/'));
    fs::create_dir_all(&to)?;
    let mut count = 0;
    for entry in fs::read_dir(&from).into_iter().flatten() {
        let path = entry?.path();
        if path
            .extension()
            .is_some_and(|e| FORMATS.iter().any(|f| e == *f))
        {
            if let Some(name) = path.file_name() {
                fs::copy(&path, to.join(name))?;
                count += 1;
            }
        }
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_course_is_published_in_each_language() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let mut diagnostics = Vec::new();
        let learn = load(&root, &mut diagnostics).expect("content/learn");
        assert_eq!(diagnostics, Vec::new());
        let (en, ru) = (learn.publish(Lang::En), learn.publish(Lang::Ru));
        assert_eq!(en.course.letters.len(), 33);
        assert_eq!(en.course.letters[1].meaning, "grandmother");
        assert_eq!(ru.course.letters[1].meaning, "бабушка");
        assert_eq!(en.lessons.len(), en.course.lessons.len());
        assert_eq!(en.lessons[0].items[0].ru, ru.lessons[0].items[0].ru);
    }

    #[test]
    fn problems_are_reported_with_their_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let learn = dir.path().join(DIR);
        fs::create_dir_all(learn.join("lessons")).unwrap();
        fs::create_dir_all(learn.join("audio")).unwrap();
        let both = "{ en = \"x\", ru = \"x\" }";
        fs::write(
            learn.join("alphabet.toml"),
            format!("description = {both}\nintro = {both}\nstandard = {{ name = \"BGN/PCGN\", note = {both} }}\ncards = {{ title = {both}, intro = {both} }}\nletters = []\n"),
        )
        .unwrap();
        fs::write(
            learn.join("lessons/01-cards.toml"),
            format!("title = {both}\nintro = {both}\nitems = []\n"),
        )
        .unwrap();
        fs::write(
            learn.join("lessons/02-ok.toml"),
            format!("title = {both}\nintro = {both}\n\n[[items]]\nru = \"при́ве́т\"\ntranslit = \"Privet\"\nen = \"Hi\"\naudio = \"hi\"\n"),
        )
        .unwrap();
        fs::write(learn.join("audio/hi.ogg"), "x").unwrap();
        fs::write(learn.join("audio/stray.mp3"), "x").unwrap();
        let mut diagnostics = Vec::new();
        load(dir.path(), &mut diagnostics).unwrap();
        let found: Vec<(&str, u32)> = diagnostics.iter().map(|d| (d.check, d.line)).collect();
        assert_eq!(
            found,
            [
                ("learn-alphabet", 1),
                ("slug", 1),
                ("learn-translit", 4),
                ("learn-stress", 4),
                ("learn-audio", 4),
                ("learn-audio", 1),
            ],
            "{diagnostics:#?}"
        );
    }
}
