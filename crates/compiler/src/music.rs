//! `content/music/music.toml`: the tunes of Russian Music Samples, in both languages. Each
//! tune's ABC transcription, score and recordings live in `content/media/music/`
//! (scripts/music.sh makes them); every one must be there, and every composer must have
//! died before 1955, so the melody is in the public domain.

use allrussias_model::Lang;
use std::collections::HashSet;
use std::fs;
use std::path::Path;

use allrussias_model::book::Origin;
use allrussias_model::music::{Music, Tune};
use serde::Deserialize;

use crate::frontmatter::{line_of, parse_toml, Both};
use crate::media;
use crate::Diagnostic;

/// A composer who died before this year is out of copyright in Russia (life plus 70 years
/// for those who died after 1954 is still running) and almost everywhere else.
const PUBLIC_DOMAIN_BEFORE: u32 = 1955;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct MusicFile {
    tunes: Vec<TuneFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TuneFile {
    slug: String,
    title: Both,
    composer: Both,
    composer_died: Option<u32>,
    note: Both,
    source: String,
    /// How the transcription and the facts were checked, for editors.
    checked_against: String,
    licence: String,
}

/// The checked tunes, still in both languages, with each score's size.
#[derive(Debug, Clone, Default)]
pub struct MusicSource {
    tunes: Vec<(TuneFile, (u32, u32))>,
}

pub fn load(content_dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> MusicSource {
    let path = content_dir.join("music/music.toml");
    let media_dir = content_dir.join("media/music");
    let Ok(text) = fs::read_to_string(&path) else {
        return MusicSource::default();
    };
    let shown = path.display().to_string();
    let Some(file) = parse_toml::<MusicFile>(&text, 1, "music-format", &shown, diagnostics) else {
        return MusicSource::default();
    };
    let mut source = MusicSource::default();
    let mut slugs = HashSet::new();
    for tune in file.tunes {
        let origin = Origin::new(&shown, line_of(&text, "slug", &tune.slug));
        let before = diagnostics.len();
        let mut fail = |check: &'static str, message: String| {
            diagnostics.push(Diagnostic::new(check, &origin, message));
        };
        let slug = &tune.slug;
        if !slugs.insert(slug.clone()) {
            fail("music-duplicate", format!("{slug} is listed twice"));
        }
        if [&tune.title, &tune.composer, &tune.note]
            .iter()
            .any(|t| t.is_blank())
        {
            fail(
                "music-text",
                format!("{slug}: title, composer and note are needed in both languages"),
            );
        }
        if [&tune.source, &tune.checked_against, &tune.licence]
            .iter()
            .any(|t| t.trim().is_empty())
        {
            fail(
                "music-source",
                format!("{slug}: source, checked_against and licence are needed"),
            );
        }
        if let Some(died) = tune.composer_died.filter(|d| *d >= PUBLIC_DOMAIN_BEFORE) {
            fail(
                "music-licence",
                format!("{slug}: a composer who died in {died} is not in the public domain"),
            );
        }
        for ext in ["abc", "ogg", "mp3"] {
            let file = media_dir.join(format!("{slug}.{ext}"));
            if fs::metadata(&file).map_or(true, |m| m.len() == 0) {
                fail(
                    "music-file",
                    format!("{} is missing (scripts/music.sh makes it)", file.display()),
                );
            }
        }
        let size = media::dimensions(&media_dir.join(format!("{slug}.svg")));
        if size.is_none() {
            fail(
                "music-file",
                format!("{slug}.svg, the score, is missing or has no size"),
            );
        }
        if let (Some(size), true) = (size, diagnostics.len() == before) {
            source.tunes.push((tune, size));
        }
    }
    source
}

impl MusicSource {
    pub fn is_empty(&self) -> bool {
        self.tunes.is_empty()
    }

    pub fn music(&self, lang: Lang) -> Music {
        Music {
            tunes: self
                .tunes
                .iter()
                .map(|(tune, (width, height))| {
                    let file = |ext: &str| format!("/media/music/{}.{ext}", tune.slug);
                    let composer = tune.composer.get(lang);
                    Tune {
                        slug: tune.slug.clone(),
                        title: tune.title.get(lang).to_string(),
                        composer: match tune.composer_died {
                            Some(died) if lang == Lang::Ru => format!("{composer} (ум. {died})"),
                            Some(died) => format!("{composer} (died {died})"),
                            None => composer.to_string(),
                        },
                        note: tune.note.get(lang).to_string(),
                        score: file("svg"),
                        score_width: *width,
                        score_height: *height,
                        ogg: file("ogg"),
                        mp3: file("mp3"),
                        abc: file("abc"),
                        source: tune.source.clone(),
                        licence: tune.licence.clone(),
                    }
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tune_needs_its_files_and_a_public_domain_composer() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("music")).unwrap();
        fs::create_dir_all(dir.path().join("media/music")).unwrap();
        for ext in ["abc", "ogg", "mp3"] {
            fs::write(dir.path().join(format!("media/music/a.{ext}")), "x").unwrap();
        }
        fs::write(
            dir.path().join("media/music/a.svg"),
            r#"<svg width="600" height="200"></svg>"#,
        )
        .unwrap();
        let tune = |slug: &str, died: u32| {
            format!(
                "[[tunes]]\nslug = \"{slug}\"\ntitle = {{ en = \"T\", ru = \"Т\" }}\ncomposer = {{ en = \"C\", ru = \"К\" }}\ncomposer_died = {died}\nnote = {{ en = \"N\", ru = \"Н\" }}\nsource = \"S\"\nchecked_against = \"X\"\nlicence = \"PD\"\n"
            )
        };
        fs::write(
            dir.path().join("music/music.toml"),
            format!("{}\n{}", tune("a", 1893), tune("b", 1975)),
        )
        .unwrap();
        let mut diagnostics = Vec::new();
        let source = load(dir.path(), &mut diagnostics);
        let checks: Vec<(&str, u32)> = diagnostics.iter().map(|d| (d.check, d.line)).collect();
        assert!(checks.contains(&("music-licence", 12)), "{checks:?}");
        assert!(checks.contains(&("music-file", 12)), "{checks:?}");
        let music = source.music(Lang::Ru);
        assert_eq!(music.tunes.len(), 1);
        assert_eq!(music.tunes[0].composer, "К (ум. 1893)");
        assert_eq!(music.tunes[0].score_width, 600);
    }
}
