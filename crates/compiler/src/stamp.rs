//! `allrussias-compiler stamp CONTENT`: records in every translated file which version of
//! its original it translates, once a translator has brought it up to date.

use std::fs;
use std::io;
use std::path::Path;

use crate::load::fingerprint;
use crate::{ORIGINAL, TRANSLATIONS};

const KEY: &str = "translated_from";

/// Stamps every translated file that has an original; returns how many files changed.
pub fn stamp(content_dir: &Path) -> io::Result<usize> {
    let mut changed = 0;
    for lang in TRANSLATIONS {
        let root = content_dir.join(lang.code());
        if root.is_dir() {
            changed += stamp_dir(&root, &root, &content_dir.join(ORIGINAL.code()))?;
        }
    }
    Ok(changed)
}

fn stamp_dir(dir: &Path, root: &Path, original_root: &Path) -> io::Result<usize> {
    let mut changed = 0;
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            changed += stamp_dir(&path, root, original_root)?;
            continue;
        }
        let Ok(relative) = path.strip_prefix(root) else {
            continue;
        };
        let Ok(original) = fs::read_to_string(original_root.join(relative)) else {
            continue;
        };
        let text = fs::read_to_string(&path)?;
        let stamped = with_stamp(&text, &fingerprint(&original), is_markdown(&path));
        if stamped != text {
            fs::write(&path, stamped)?;
            changed += 1;
        }
    }
    Ok(changed)
}

fn is_markdown(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "md")
}

/// Sets `translated_from` in a Markdown file's front matter, or at the top of a TOML file.
fn with_stamp(text: &str, fingerprint: &str, markdown: bool) -> String {
    let line = format!("{KEY} = \"{fingerprint}\"\n");
    let (head, body) = match (markdown, text.strip_prefix("+++\n")) {
        (true, Some(rest)) => ("+++\n", rest),
        _ => ("", text),
    };
    let mut out = String::from(head);
    out.push_str(&line);
    let mut in_front = markdown;
    for l in body.split_inclusive('\n') {
        if in_front && l.trim_end() == "+++" {
            in_front = false;
        }
        let in_header = in_front || (!markdown && !l.starts_with('['));
        if in_header && l.starts_with(KEY) {
            continue;
        }
        out.push_str(l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_front_matter_once_and_replaces_an_old_stamp() {
        let page = "+++\ntitle = \"Т\"\n+++\nТекст.\n";
        let once = with_stamp(page, "abc", true);
        assert_eq!(
            once,
            "+++\ntranslated_from = \"abc\"\ntitle = \"Т\"\n+++\nТекст.\n"
        );
        assert_eq!(with_stamp(&once, "abc", true), once);
        assert_eq!(
            with_stamp(&once, "def", true),
            "+++\ntranslated_from = \"def\"\ntitle = \"Т\"\n+++\nТекст.\n"
        );
    }

    #[test]
    fn stamps_the_top_of_a_toml_file() {
        let glossary = "translated_from = \"old\"\n\n[[term]]\nname = \"Кулак\"\n";
        assert_eq!(
            with_stamp(glossary, "new", false),
            "translated_from = \"new\"\n\n[[term]]\nname = \"Кулак\"\n"
        );
    }
}
