//! What a reader keeps in this browser: bookmarks, reading progress, settings and flash
//! cards, each under its own key with a format version. A value that is damaged or of an
//! unknown version is reset for its key alone and the reader is told; the other keys are
//! never touched.

use allrussias_model::cards::Schedule;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// The format every stored value has now; an older or unknown one is reset.
pub const VERSION: u32 = 1;
pub const BOOKMARKS: &str = "allrussias.bookmarks";
pub const PROGRESS: &str = "allrussias.progress";
/// Read before the first paint by the script in index.html, which knows this format.
pub const SETTINGS: &str = "allrussias.settings";
pub const CARDS: &str = "allrussias.cards";

/// Reading settings: each is the value of a `data-*` attribute on `<html>` that the
/// stylesheet reads; an empty value, or one not stored yet, is the default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub version: u32,
    pub theme: String,
    pub size: String,
    pub width: String,
    pub font: String,
    /// "off" when the reader does not want the next page fetched ahead (to save data).
    pub ahead: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            version: VERSION,
            theme: String::new(),
            size: String::new(),
            width: String::new(),
            font: String::new(),
            ahead: String::new(),
        }
    }
}

/// One reading setting: its name is the `<html>` attribute (`data-theme`) the stylesheet
/// reads and the settings panel's radio group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    Theme,
    Size,
    Width,
    Font,
    Ahead,
}

impl Setting {
    /// In the order the settings panel shows them.
    pub const ALL: [Setting; 5] = [
        Setting::Theme,
        Setting::Size,
        Setting::Width,
        Setting::Font,
        Setting::Ahead,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Setting::Theme => "theme",
            Setting::Size => "size",
            Setting::Width => "width",
            Setting::Font => "font",
            Setting::Ahead => "ahead",
        }
    }
}

impl Settings {
    pub fn get(&self, setting: Setting) -> &str {
        match setting {
            Setting::Theme => &self.theme,
            Setting::Size => &self.size,
            Setting::Width => &self.width,
            Setting::Font => &self.font,
            Setting::Ahead => &self.ahead,
        }
    }

    pub fn set(&mut self, setting: Setting, value: &str) {
        let slot = match setting {
            Setting::Theme => &mut self.theme,
            Setting::Size => &mut self.size,
            Setting::Width => &mut self.width,
            Setting::Font => &mut self.font,
            Setting::Ahead => &mut self.ahead,
        };
        *slot = value.to_string();
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bookmarks {
    pub version: u32,
    pub items: Vec<Bookmark>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bookmark {
    /// The page's route without a language prefix.
    pub path: String,
    pub title: String,
    pub section: String,
    /// The day it was saved, `YYYY-MM-DD`.
    pub saved: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    /// Routes of the history pages read, without a language prefix.
    pub read: Vec<String>,
    /// Where the reader stopped: a page's route in its language (without the site's base
    /// path, which may change), and how far down it.
    pub last: Option<Place>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub href: String,
    pub title: String,
    pub scroll: i32,
}

impl Default for Bookmarks {
    fn default() -> Self {
        Bookmarks {
            version: VERSION,
            items: Vec::new(),
        }
    }
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            version: VERSION,
            read: Vec::new(),
            last: None,
        }
    }
}

/// The Learn Russian flash cards the reader has answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cards {
    pub version: u32,
    pub schedule: Schedule,
}

impl Default for Cards {
    fn default() -> Self {
        Cards {
            version: VERSION,
            schedule: Schedule::default(),
        }
    }
}

/// A stored value's format version, read before anything else about it.
#[derive(Deserialize)]
struct Versioned {
    version: u32,
}

/// Decodes a stored value; `None` when it is damaged or of another version.
pub fn decode<T: DeserializeOwned>(text: &str) -> Option<T> {
    let versioned: Versioned = serde_json::from_str(text).ok()?;
    if versioned.version != VERSION {
        return None;
    }
    serde_json::from_str(text).ok()
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Reads a key: its value, and whether it had to be reset.
pub fn load<T: DeserializeOwned + Default>(key: &str) -> (T, bool) {
    let Some(text) = storage().and_then(|s| s.get_item(key).ok().flatten()) else {
        return (T::default(), false);
    };
    match decode(&text) {
        Some(value) => (value, false),
        None => {
            if let Some(s) = storage() {
                let _ = s.remove_item(key);
            }
            (T::default(), true)
        }
    }
}

pub fn save<T: Serialize>(key: &str, value: &T) {
    if let (Some(s), Ok(text)) = (storage(), serde_json::to_string(value)) {
        let _ = s.set_item(key, &text);
    }
}

/// A stored value as a signal, saved on every change for as long as its owner lives; a
/// damaged one is reset and `reset` set, so the frame can say so.
pub fn keep<T>(key: &'static str, reset: RwSignal<bool>) -> RwSignal<T>
where
    T: DeserializeOwned + Serialize + Default + Send + Sync + 'static,
{
    let (value, damaged) = load::<T>(key);
    if damaged {
        reset.set(true);
    }
    let kept = RwSignal::new(value);
    Effect::new(move |_| kept.with(|v| save(key, v)));
    kept
}

/// The reader's bookmarks, progress and settings for the whole visit. The flash cards are
/// kept by their own screen, so the first view does not carry their format.
#[derive(Clone, Copy)]
pub struct Kept {
    pub bookmarks: RwSignal<Bookmarks>,
    pub progress: RwSignal<Progress>,
    pub settings: RwSignal<Settings>,
    /// Set when a stored value was damaged and reset, so the frame can say so.
    pub reset: RwSignal<bool>,
}

impl Kept {
    pub fn load() -> Kept {
        let reset = RwSignal::new(false);
        let kept = Kept {
            bookmarks: keep(BOOKMARKS, reset),
            progress: keep(PROGRESS, reset),
            settings: keep(SETTINGS, reset),
            reset,
        };
        Effect::new(move |_| kept.settings.with(apply));
        kept
    }

    pub fn get() -> Kept {
        expect_context::<Kept>()
    }

    pub fn is_bookmarked(&self, path: &str) -> bool {
        self.bookmarks
            .with(|b| b.items.iter().any(|i| i.path == path))
    }

    pub fn toggle_bookmark(&self, bookmark: Bookmark) {
        self.bookmarks.update(
            |b| match b.items.iter().position(|i| i.path == bookmark.path) {
                Some(i) => {
                    b.items.remove(i);
                }
                None => b.items.push(bookmark),
            },
        );
    }

    pub fn remove_bookmark(&self, path: &str) {
        self.bookmarks
            .update(|b| b.items.retain(|i| i.path != path));
    }

    /// Records a history page as read and as the place to continue from.
    pub fn read(&self, path: &str, place: Place) {
        self.progress.update(|p| {
            if !p.read.iter().any(|r| r == path) {
                p.read.push(path.to_string());
            }
            p.last = Some(place);
        });
    }

    pub fn has_read(&self, path: &str) -> bool {
        self.progress.with(|p| p.read.iter().any(|r| r == path))
    }

    /// How many pages under `prefix` (a chapter's `/section/chapter/`) have been read.
    pub fn read_under(&self, prefix: &str) -> usize {
        self.progress
            .with(|p| p.read.iter().filter(|r| r.starts_with(prefix)).count())
    }

    /// Replaces the bookmarks with those of an exported file; `false` if it is not one.
    pub fn import(&self, text: &str) -> bool {
        match decode::<Bookmarks>(text) {
            Some(bookmarks) => {
                self.bookmarks.set(bookmarks);
                true
            }
            None => false,
        }
    }
}

/// Puts the settings on `<html>`, where the stylesheet reads them.
fn apply(settings: &Settings) {
    let Some(root) = document().document_element() else {
        return;
    };
    for setting in Setting::ALL {
        let value = settings.get(setting);
        let attribute = format!("data-{}", setting.name());
        let _ = if value.is_empty() {
            root.remove_attribute(&attribute)
        } else {
            root.set_attribute(&attribute, value)
        };
    }
}

/// Today as a day number (days since 1970 on the reader's local calendar), for the cards.
pub fn day() -> u32 {
    let now = js_sys::Date::new_0();
    let local_ms = now.get_time() - now.get_timezone_offset() * 60_000.0;
    (local_ms / 86_400_000.0) as u32
}

/// Today as `YYYY-MM-DD`, from the browser's clock.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_or_unknown_values_are_refused() {
        assert!(decode::<Bookmarks>("{broken").is_none());
        assert!(decode::<Bookmarks>(r#"{"version":0,"items":[]}"#).is_none());
        assert!(decode::<Bookmarks>(r#"{"version":1,"items":[{"path":1}]}"#).is_none());
        assert_eq!(
            decode::<Bookmarks>(r#"{"version":1,"items":[]}"#),
            Some(Bookmarks::default())
        );
    }
}
