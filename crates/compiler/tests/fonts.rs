//! The self-hosted fonts are subset to the characters the site uses. New content may bring
//! a character the subset lacks; this test names it, and `scripts/fonts.sh` adds it.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn code_points(ranges: &str) -> BTreeSet<u32> {
    let mut points = BTreeSet::new();
    for part in ranges.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let part = part.trim_start_matches("U+");
        let (lo, hi) = part.split_once('-').unwrap_or((part, part));
        let (lo, hi) = (
            u32::from_str_radix(lo, 16).unwrap(),
            u32::from_str_radix(hi, 16).unwrap(),
        );
        points.extend(lo..=hi);
    }
    points
}

/// The code points of the body face, PT Serif regular, and those left to fallback fonts.
fn covered() -> BTreeSet<u32> {
    let css = fs::read_to_string(root().join("style/fonts.css")).unwrap();
    let mut points = BTreeSet::new();
    for face in css.split("@font-face").skip(1) {
        let regular = face.contains("\"PT Serif\"")
            && face.contains("font-style: normal")
            && face.contains("font-weight: 400");
        if let (true, Some(range)) = (regular, face.split("unicode-range:").nth(1)) {
            points.extend(code_points(range.split(';').next().unwrap()));
        }
    }
    let fallback = css.split("/* fallback:").nth(1).unwrap();
    points.extend(code_points(fallback.split("*/").next().unwrap()));
    points
}

fn text_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            text_files(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "md" || e == "toml" || e == "rs")
        {
            out.push(path);
        }
    }
}

#[test]
fn every_character_of_the_content_and_interface_is_in_the_fonts() {
    let covered = covered();
    assert!(
        covered.contains(&0x0301),
        "the stress mark must always render"
    );
    assert!(covered.contains(&u32::from('ё')));
    let mut files = Vec::new();
    text_files(&root().join("content"), &mut files);
    text_files(&root().join("src"), &mut files);
    let mut missing = BTreeSet::new();
    for file in &files {
        for c in fs::read_to_string(file).unwrap().chars() {
            if u32::from(c) >= 0x20 && !covered.contains(&u32::from(c)) {
                missing.insert(format!("U+{:04X} {c} ({})", u32::from(c), file.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "characters missing from the subset fonts; run scripts/fonts.sh:\n{}",
        missing.into_iter().collect::<Vec<_>>().join("\n")
    );
}
