//! The site's own fonts for the e-books. `scripts/fonts.sh` already cuts PT Serif and
//! PT Sans into one file per script (Latin, Latin extended, Cyrillic) holding only the
//! characters the content uses, and lists them in `style/fonts.css`; an e-book embeds
//! the files whose characters its text uses, so an English book carries no Cyrillic faces
//! unless its text has Cyrillic.

use std::fs;
use std::io;
use std::path::Path;

/// Where `style/` and `public/fonts/` are: the repository the compiler is built in.
const SITE_ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// One `@font-face` of the site, with its file.
#[derive(Debug)]
pub struct Face {
    pub family: String,
    pub style: String,
    pub weight: String,
    /// The file's name in `public/fonts/`.
    pub file: String,
    /// As written in the CSS, for the e-book's own `@font-face`.
    pub unicode_range: String,
    ranges: Vec<(u32, u32)>,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Default)]
pub struct Fonts {
    faces: Vec<Face>,
}

impl Fonts {
    /// The faces of `style/fonts.css`, read with their files from `public/fonts/`.
    pub fn site() -> io::Result<Fonts> {
        let root = Path::new(SITE_ROOT);
        let css = fs::read_to_string(root.join("style/fonts.css"))?;
        Fonts::parse(&css, |name| fs::read(root.join("public/fonts").join(name)))
    }

    /// The faces of a style sheet of `@font-face` rules whose sources are `fonts/{name}`.
    pub fn parse(css: &str, read: impl Fn(&str) -> io::Result<Vec<u8>>) -> io::Result<Fonts> {
        let mut faces = Vec::new();
        for rule in css.split("@font-face").skip(1) {
            let body = rule
                .split_once('{')
                .and_then(|(_, rest)| rest.split_once('}'))
                .map(|(body, _)| body)
                .unwrap_or_default();
            let value = |key: &str| {
                body.split(';')
                    .filter_map(|d| d.split_once(':'))
                    .find(|(k, _)| k.trim() == key)
                    .map(|(_, v)| v.trim().trim_matches('"').to_string())
            };
            let bad =
                |what: &str| io::Error::other(format!("style/fonts.css: a face without {what}"));
            let src = value("src").ok_or_else(|| bad("src"))?;
            let file = src
                .split_once("url(\"fonts/")
                .and_then(|(_, rest)| rest.split_once('"'))
                .map(|(name, _)| name.to_string())
                .ok_or_else(|| bad("a fonts/ url"))?;
            let unicode_range = value("unicode-range").ok_or_else(|| bad("unicode-range"))?;
            faces.push(Face {
                family: value("font-family").ok_or_else(|| bad("font-family"))?,
                style: value("font-style").unwrap_or_else(|| "normal".into()),
                weight: value("font-weight").unwrap_or_else(|| "400".into()),
                ranges: ranges(&unicode_range),
                unicode_range,
                bytes: read(&file)?,
                file,
            });
        }
        Ok(Fonts { faces })
    }

    /// The faces holding a character of `text` (markup included: it is ASCII, which the
    /// Latin faces hold anyway).
    pub fn covering(&self, text: &str) -> Vec<&Face> {
        let used: std::collections::BTreeSet<u32> = text.chars().map(u32::from).collect();
        self.faces
            .iter()
            .filter(|face| {
                face.ranges
                    .iter()
                    .any(|&(from, to)| used.range(from..=to).next().is_some())
            })
            .collect()
    }
}

/// `U+0020-007E, U+00A0` as inclusive code point ranges.
fn ranges(unicode_range: &str) -> Vec<(u32, u32)> {
    unicode_range
        .split(',')
        .filter_map(|part| {
            let part = part.trim().strip_prefix("U+")?;
            let (from, to) = part.split_once('-').unwrap_or((part, part));
            Some((
                u32::from_str_radix(from, 16).ok()?,
                u32::from_str_radix(to, 16).ok()?,
            ))
        })
        .collect()
}
