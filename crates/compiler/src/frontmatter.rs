//! TOML front matter between `+++` lines. Unknown keys are errors, with their line.

use allrussias_model::Lang;
use allrussias_model::{Origin, Source};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use toml::value::Datetime;

use crate::Diagnostic;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionMeta {
    pub title: String,
    pub description: String,
    /// In a translation: the fingerprint of the original it was made from.
    #[serde(default)]
    pub translated_from: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChapterMeta {
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub translated_from: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageMeta {
    pub title: String,
    pub description: String,
    /// Missing sources are reported by the `missing-sources` check, with the others.
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub translated_from: Option<String>,
    /// When the page last changed, for a build without the repository's history.
    #[serde(default)]
    pub updated: Option<Datetime>,
}

/// `_bullets.md` takes its title and summary from its chapter and its sources from the
/// chapter's pages, so its front matter is empty.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BulletsMeta {
    #[serde(default)]
    pub translated_from: Option<String>,
    #[serde(default)]
    pub updated: Option<Datetime>,
}

/// `glossary.toml`: the Russia A-Z terms.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryFile {
    #[serde(default)]
    pub translated_from: Option<String>,
    #[serde(default)]
    pub term: Vec<TermMeta>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermMeta {
    /// The anchor on the A-Z page; by default made from the name. A translation gives
    /// its terms the original's anchors, so links survive a language switch.
    #[serde(default)]
    pub id: Option<String>,
    pub name: String,
    #[serde(default)]
    pub forms: Vec<String>,
    /// Markdown inline text: emphasis, no links.
    pub definition: String,
    #[serde(default)]
    pub see: Vec<String>,
    /// When it happened or lasted, for the timeline: "9 January 1905", "1565–1572".
    #[serde(default)]
    pub date: Option<String>,
}

/// A file split into its front matter and its body, with the line the body starts on.
pub struct Split<'a> {
    pub front: &'a str,
    pub body: &'a str,
    pub body_line: u32,
}

pub fn split(text: &str) -> Option<Split<'_>> {
    let rest = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let body_line = 3 + front.lines().count() as u32;
            return Some(Split {
                front,
                body,
                body_line,
            });
        }
        offset += line.len();
    }
    None
}

/// Text in both languages, for data written once for both (statistics, pictures).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Both {
    pub en: String,
    pub ru: String,
}

impl Both {
    pub fn get(&self, lang: Lang) -> &str {
        if lang == Lang::Ru {
            &self.ru
        } else {
            &self.en
        }
    }

    pub fn is_blank(&self) -> bool {
        self.en.trim().is_empty() || self.ru.trim().is_empty()
    }
}

/// The line where `key = "value"` stands in a TOML file, so a problem points at its
/// entry; line 1 when it is not found.
pub fn line_of(text: &str, key: &str, value: &str) -> u32 {
    let needle = format!("{key} = \"{value}\"");
    text.lines()
        .position(|l| l.trim() == needle)
        .map_or(1, |i| i as u32 + 1)
}

/// The lines of each `[[table]]` header in a file, in order: where each entry starts.
pub fn entry_lines(text: &str, table: &str) -> Vec<u32> {
    let header = format!("[[{table}]]");
    text.lines()
        .enumerate()
        .filter(|(_, line)| line.trim() == header)
        .map(|(i, _)| i as u32 + 1)
        .collect()
}

/// Parses front matter into `T`, reporting the first problem with its line.
pub fn parse<T: DeserializeOwned>(
    front: &str,
    file: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<T> {
    parse_toml(front, 2, "front-matter", file, diagnostics)
}

/// Parses TOML that starts on line `first_line` of `file` into `T`, reporting the first
/// problem under `check` with its line.
pub fn parse_toml<T: DeserializeOwned>(
    text: &str,
    first_line: u32,
    check: &'static str,
    file: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<T> {
    match toml::from_str::<T>(text) {
        Ok(meta) => Some(meta),
        Err(err) => {
            let line = err
                .span()
                .map(|span| {
                    first_line + text[..span.start.min(text.len())].matches('\n').count() as u32
                })
                .unwrap_or(first_line);
            diagnostics.push(Diagnostic::new(
                check,
                &Origin::new(file, line),
                err.message().trim().to_string(),
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_counts_body_lines() {
        let s = split("+++\ntitle = \"A\"\n+++\nBody\n").unwrap();
        assert_eq!(s.front, "title = \"A\"\n");
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 4);
        assert!(split("no front matter").is_none());
        assert!(split("+++\ntitle = \"A\"\n").is_none());
    }

    #[test]
    fn unknown_key_is_reported_on_its_line() {
        let mut found = Vec::new();
        let front = "title = \"A\"\ndescription = \"B\"\nauthor = \"me\"\n";
        assert!(parse::<PageMeta>(front, "a.md", &mut found).is_none());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, 4);
        assert!(found[0].message.contains("author"), "{}", found[0].message);
    }

    #[test]
    fn missing_key_is_reported() {
        let mut found = Vec::new();
        assert!(parse::<ChapterMeta>("title = \"A\"\n", "_chapter.md", &mut found).is_none());
        assert!(found[0].message.contains("summary"), "{}", found[0].message);
    }
}
