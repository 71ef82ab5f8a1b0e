//! `content/videos/videos.toml`: Russia on YouTube. Every video id must have been found
//! written in a public source (`found_at`), never guessed; the build checks the id's form,
//! that each has its source and that none is listed twice.

use allrussias_model::Lang;
use std::collections::HashSet;
use std::fs;
use std::path::Path;

use allrussias_model::book::Origin;
use allrussias_model::videos::{is_video_id, Video, VideoEra, Videos};
use serde::Deserialize;

use crate::frontmatter::{line_of, parse_toml, Both};
use crate::Diagnostic;

/// The eras the page groups videos under, in its order, with their titles.
const ERAS: [(&str, &str, &str); 3] = [
    ("tsarist", "Tsarist Russia", "Царская Россия"),
    ("soviet", "Soviet Russia", "Советская Россия"),
    ("federation", "Russian Federation", "Российская Федерация"),
];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct VideosFile {
    videos: Vec<VideoFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct VideoFile {
    id: String,
    title: Both,
    description: Both,
    channel: String,
    /// Where the id is written: the proof that it was found, not made up.
    found_at: String,
    era: String,
}

#[derive(Debug, Clone, Default)]
pub struct VideosSource {
    videos: Vec<VideoFile>,
}

pub fn load(content_dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> VideosSource {
    let path = content_dir.join("videos/videos.toml");
    let Ok(text) = fs::read_to_string(&path) else {
        return VideosSource::default();
    };
    let shown = path.display().to_string();
    let Some(file) = parse_toml::<VideosFile>(&text, 1, "videos-format", &shown, diagnostics)
    else {
        return VideosSource::default();
    };
    let mut ids = HashSet::new();
    let mut source = VideosSource::default();
    for video in file.videos {
        let origin = Origin::new(&shown, line_of(&text, "id", &video.id));
        let mut problems = Vec::new();
        if !is_video_id(&video.id) {
            problems.push(format!("{:?} is not a YouTube video id", video.id));
        }
        if !ids.insert(video.id.clone()) {
            problems.push(format!("{} is listed twice", video.id));
        }
        if !video.found_at.starts_with("https://") {
            problems.push(format!(
                "{}: found_at must be the https address where the id is written",
                video.id
            ));
        }
        if !ERAS.iter().any(|(era, ..)| *era == video.era) {
            problems.push(format!(
                "{}: era {:?} is not one of tsarist, soviet, federation",
                video.id, video.era
            ));
        }
        if video.title.is_blank() || video.description.is_blank() || video.channel.trim().is_empty()
        {
            problems.push(format!(
                "{}: title, description and channel are needed",
                video.id
            ));
        }
        if problems.is_empty() {
            source.videos.push(video);
        }
        for problem in problems {
            diagnostics.push(Diagnostic::new("video", &origin, problem));
        }
    }
    source
}

impl VideosSource {
    pub fn videos(&self, lang: Lang) -> Videos {
        Videos {
            eras: ERAS
                .iter()
                .map(|(era, en, ru)| VideoEra {
                    title: if lang == Lang::Ru { ru } else { en }.to_string(),
                    videos: self
                        .videos
                        .iter()
                        .filter(|v| v.era == *era)
                        .map(|v| Video {
                            id: v.id.clone(),
                            title: v.title.get(lang).to_string(),
                            description: v.description.get(lang).to_string(),
                            channel: v.channel.clone(),
                        })
                        .collect(),
                })
                .filter(|e| !e.videos.is_empty())
                .collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.videos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.videos.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_up_ids_and_missing_sources_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("videos")).unwrap();
        let video = |id: &str, found: &str| {
            format!("[[videos]]\nid = \"{id}\"\ntitle = {{ en = \"T\", ru = \"Т\" }}\ndescription = {{ en = \"D\", ru = \"О\" }}\nchannel = \"C\"\nfound_at = \"{found}\"\nera = \"soviet\"\n\n")
        };
        fs::write(
            dir.path().join("videos/videos.toml"),
            video("s3I-dnTEgDU", "https://example.org/list")
                + &video("not an id", "https://example.org/")
                + &video("xScY2924Svo", ""),
        )
        .unwrap();
        let mut diagnostics = Vec::new();
        let source = load(dir.path(), &mut diagnostics);
        assert_eq!(source.len(), 1);
        let lines: Vec<u32> = diagnostics.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![10, 18]);
        assert_eq!(source.videos(Lang::En).eras[0].title, "Soviet Russia");
    }
}
