//! `content/images/`: the pictures (`maps.toml`, `flags.toml`) with their captions, alt
//! text and credits in both languages, and the galleries that show them
//! (`galleries.toml`). The files themselves live in `content/media/`.

use allrussias_model::Lang;
use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;

use allrussias_model::book::Origin;
use allrussias_model::gallery::{Gallery, GalleryLink, Image, ImagesIndex};
use serde::Deserialize;

use crate::frontmatter::{line_of, parse_toml, Both};
use crate::media;
use crate::statistics::{self, SeriesSource};
use crate::Diagnostic;

pub const IMAGES_DIR: &str = "images";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Maps {
    map: Vec<PictureFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Flags {
    flag: Vec<PictureFile>,
}

/// A picture as catalogued: one file for every language, or one per language (a map with
/// its labels in that language).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct PictureFile {
    slug: String,
    file: Option<String>,
    files: Option<Both>,
    title: Both,
    caption: Both,
    alt: Both,
    /// The size as catalogued; it must agree with the file's own.
    width: f64,
    height: f64,
    licence: String,
    #[serde(default)]
    approximate: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Galleries {
    gallery: Vec<GalleryFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct GalleryFile {
    slug: String,
    title: Both,
    intro: Both,
    images: Vec<String>,
}

/// A gallery shows a statistical series' chart as the picture `chart-{series}`; the build
/// draws it ([`crate::chart::src`]).
const CHART: &str = "chart-";

/// Checked pictures and galleries, still in both languages.
#[derive(Debug, Clone, Default)]
pub struct ImagesSource {
    pictures: HashMap<String, (PictureFile, (u32, u32))>,
    charts: HashMap<String, SeriesSource>,
    galleries: Vec<GalleryFile>,
}

/// A catalogue's text, for pointing at lines, and what it says.
fn read<T: serde::de::DeserializeOwned>(
    path: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(String, T)> {
    let text = fs::read_to_string(path).ok()?;
    let parsed = parse_toml(
        &text,
        1,
        "images-format",
        &path.display().to_string(),
        diagnostics,
    )?;
    Some((text, parsed))
}

pub fn load(
    content_dir: &Path,
    statistics: &[SeriesSource],
    diagnostics: &mut Vec<Diagnostic>,
) -> ImagesSource {
    let dir = content_dir.join(IMAGES_DIR);
    let media_dir = content_dir.join("media");
    let mut source = ImagesSource::default();
    if !dir.is_dir() {
        return source;
    }
    let catalogues = [
        (
            dir.join("maps.toml"),
            read::<Maps>(&dir.join("maps.toml"), diagnostics).map(|(t, m)| (t, m.map)),
        ),
        (
            dir.join("flags.toml"),
            read::<Flags>(&dir.join("flags.toml"), diagnostics).map(|(t, f)| (t, f.flag)),
        ),
    ];
    for (path, catalogue) in catalogues {
        let Some((text, pictures)) = catalogue else {
            continue;
        };
        for picture in pictures {
            let line = line_of(&text, "slug", &picture.slug);
            let origin = Origin::new(path.display().to_string(), line);
            if let Some(size) = check_picture(&picture, &media_dir, &origin, diagnostics) {
                if source.pictures.contains_key(&picture.slug) {
                    diagnostics.push(Diagnostic::new(
                        "image-duplicate",
                        &origin,
                        format!("another picture is already called {:?}", picture.slug),
                    ));
                }
                source
                    .pictures
                    .insert(picture.slug.clone(), (picture, size));
            }
        }
    }
    let galleries_path = dir.join("galleries.toml");
    let (galleries_text, galleries) = read::<Galleries>(&galleries_path, diagnostics)
        .map_or((String::new(), Vec::new()), |(t, g)| (t, g.gallery));
    let mut shown = HashSet::new();
    for gallery in &galleries {
        let origin = Origin::new(
            galleries_path.display().to_string(),
            line_of(&galleries_text, "slug", &gallery.slug),
        );
        if gallery.images.is_empty() {
            diagnostics.push(Diagnostic::new(
                "gallery-empty",
                &origin,
                format!("gallery {:?} shows no pictures", gallery.slug),
            ));
        }
        for slug in &gallery.images {
            shown.insert(slug.as_str());
            if let Some(series) = slug.strip_prefix(CHART) {
                match statistics.iter().find(|s| s.slug() == series) {
                    Some(found) => {
                        source.charts.insert(slug.clone(), found.clone());
                    }
                    None => diagnostics.push(Diagnostic::new(
                        "gallery-picture",
                        &origin,
                        format!("{slug:?}: there is no statistical series {series:?}"),
                    )),
                }
            } else if !source.pictures.contains_key(slug) {
                diagnostics.push(Diagnostic::new(
                    "gallery-picture",
                    &origin,
                    format!("{slug:?} is not in maps.toml or flags.toml"),
                ));
            }
        }
    }
    let mut unshown: Vec<&String> = source
        .pictures
        .keys()
        .filter(|slug| !shown.contains(slug.as_str()))
        .collect();
    unshown.sort();
    for slug in unshown {
        diagnostics.push(Diagnostic::new(
            "image-unused",
            &Origin::new(galleries_path.display().to_string(), 1),
            format!("picture {slug:?} is in no gallery"),
        ));
    }
    source.galleries = galleries;
    source
}

/// Every picture has its file or files, a size that agrees with them, a title, alt text,
/// a caption and a credit in both languages. Returns the file's size in pixels.
fn check_picture(
    picture: &PictureFile,
    media_dir: &Path,
    origin: &Origin,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(u32, u32)> {
    let mut fail = |check: &'static str, message: String| {
        diagnostics.push(Diagnostic::new(check, origin, message));
    };
    let slug = &picture.slug;
    for (what, text) in [
        ("title", &picture.title),
        ("alt text", &picture.alt),
        ("caption", &picture.caption),
    ] {
        if text.is_blank() {
            fail(
                "image-text",
                format!("{slug}: the {what} is missing in a language"),
            );
        }
    }
    if picture.licence.trim().is_empty() {
        fail("image-licence", format!("{slug}: no licence or credit"));
    }
    let files: Vec<&str> = match (&picture.file, &picture.files) {
        (Some(file), None) => vec![file],
        (None, Some(files)) => vec![&files.en, &files.ru],
        _ => {
            fail(
                "image-file",
                format!("{slug}: give `file`, or `files` with one per language"),
            );
            return None;
        }
    };
    let mut size = None;
    for name in files {
        if !media::is_plain_name(name) {
            fail(
                "image-file",
                format!("{slug}: {name:?} is not a media file name"),
            );
            continue;
        }
        let path = media_dir.join(name);
        let Some((width, height)) = media::dimensions(&path) else {
            fail(
                "image-file",
                format!("{slug}: {} is missing or has no size", path.display()),
            );
            continue;
        };
        // The catalogued size may be in other units; its shape must be the file's.
        let declared = picture.width / picture.height;
        let actual = f64::from(width) / f64::from(height);
        if (declared / actual - 1.0).abs() > 0.01 {
            fail(
                "image-size",
                format!(
                    "{slug}: catalogued as {}×{} but {name} is {width}×{height}",
                    picture.width, picture.height
                ),
            );
        }
        size = Some((width, height));
    }
    size
}

/// A series' chart as a picture: its title and description, its sources as the credit.
fn chart_image(slug: &str, source: &SeriesSource, lang: Lang) -> Image {
    let series = statistics::series(source, lang);
    let alt = if lang == Lang::Ru {
        format!(
            "График: {}. Цифры приведены в разделе «Таблицы и статистика».",
            series.title
        )
    } else {
        format!(
            "Chart: {}. The figures are in Tables and Statistics.",
            series.title
        )
    };
    let credit = series
        .columns
        .iter()
        .map(|c| c.source.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    Image {
        slug: slug.to_string(),
        src: series.chart.src,
        width: series.chart.width,
        height: series.chart.height,
        title: series.title,
        alt,
        caption: series.description,
        credit,
        approximate: false,
    }
}

impl ImagesSource {
    pub fn is_empty(&self) -> bool {
        self.galleries.is_empty()
    }

    fn image(&self, slug: &str, lang: Lang) -> Option<Image> {
        if let Some(source) = self.charts.get(slug) {
            return Some(chart_image(slug, source, lang));
        }
        let (picture, (width, height)) = self.pictures.get(slug)?;
        let file = match (&picture.file, &picture.files) {
            (Some(file), _) => file.as_str(),
            (None, Some(files)) => files.get(lang),
            (None, None) => return None,
        };
        Some(Image {
            slug: slug.to_string(),
            src: format!("/media/{file}"),
            width: *width,
            height: *height,
            title: picture.title.get(lang).to_string(),
            alt: picture.alt.get(lang).to_string(),
            caption: picture.caption.get(lang).to_string(),
            credit: picture.licence.clone(),
            approximate: picture.approximate,
        })
    }

    pub fn galleries(&self, lang: Lang) -> Vec<Gallery> {
        self.galleries
            .iter()
            .map(|g| Gallery {
                slug: g.slug.clone(),
                title: g.title.get(lang).to_string(),
                intro: g.intro.get(lang).to_string(),
                images: g
                    .images
                    .iter()
                    .filter_map(|slug| self.image(slug, lang))
                    .collect(),
            })
            .collect()
    }

    pub fn index(&self, lang: Lang) -> ImagesIndex {
        ImagesIndex {
            files: Default::default(),
            galleries: self
                .galleries(lang)
                .into_iter()
                .filter_map(|g| {
                    Some(GalleryLink {
                        count: g.images.len(),
                        cover: g.images.first()?.clone(),
                        slug: g.slug,
                        title: g.title,
                        intro: g.intro,
                    })
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(maps: &str, galleries: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("images")).unwrap();
        fs::create_dir_all(dir.path().join("media/maps")).unwrap();
        for lang in Lang::ALL {
            fs::write(
                dir.path().join(format!("media/maps/a.{lang}.svg")),
                r#"<svg width="1000" height="700"></svg>"#,
            )
            .unwrap();
        }
        fs::write(dir.path().join("images/maps.toml"), maps).unwrap();
        fs::write(dir.path().join("images/galleries.toml"), galleries).unwrap();
        dir
    }

    const MAP: &str = r#"[[map]]
slug = "a"
files = { en = "maps/a.en.svg", ru = "maps/a.ru.svg" }
title = { en = "A map", ru = "Карта" }
caption = { en = "Caption.", ru = "Подпись." }
alt = { en = "Alt.", ru = "Описание." }
width = 1000
height = 700
licence = "Drawn by us"
approximate = true
"#;

    const GALLERY: &str = r#"[[gallery]]
slug = "soviet-russia"
title = { en = "Soviet Russia", ru = "Советская Россия" }
intro = { en = "Maps.", ru = "Карты." }
images = ["a"]
"#;

    #[test]
    fn a_gallery_shows_each_language_its_own_map() {
        let dir = content(MAP, GALLERY);
        let mut diagnostics = Vec::new();
        let source = load(dir.path(), &[], &mut diagnostics);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let ru = &source.galleries(Lang::Ru)[0];
        assert_eq!(ru.images[0].src, "/media/maps/a.ru.svg");
        assert_eq!((ru.images[0].width, ru.images[0].height), (1000, 700));
        assert!(ru.images[0].approximate);
        assert_eq!(source.index(Lang::En).galleries[0].cover.title, "A map");
    }

    #[test]
    fn missing_text_wrong_sizes_and_unknown_pictures_are_reported() {
        let bad = MAP
            .replace(
                "alt = { en = \"Alt.\", ru = \"Описание.\" }",
                "alt = { en = \"Alt.\", ru = \"\" }",
            )
            .replace("height = 700", "height = 1000")
            .replace("licence = \"Drawn by us\"", "licence = \"\"");
        let dir = content(&bad, &GALLERY.replace("[\"a\"]", "[\"a\", \"b\"]"));
        let mut diagnostics = Vec::new();
        load(dir.path(), &[], &mut diagnostics);
        let checks: Vec<(&str, u32)> = diagnostics.iter().map(|d| (d.check, d.line)).collect();
        assert!(checks.contains(&("image-text", 2)), "{checks:?}");
        assert!(checks.contains(&("image-licence", 2)), "{checks:?}");
        assert!(checks.contains(&("image-size", 2)), "{checks:?}");
        assert!(checks.contains(&("gallery-picture", 2)), "{checks:?}");
    }
}
