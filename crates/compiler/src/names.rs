//! Content-hashed names for the published data (see `allrussias_model::data`): every file
//! but a language's site index is renamed `{stem}.{hash}.{ext}`, and its name is listed in
//! the `files` of its parent. Children are named before their parents, so a parent's hash
//! covers its children's names and a changed page renames everything above it, up to the
//! site index that hosts never cache.

use std::cmp::Reverse;
use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use allrussias_model::data::{hashed_name, lineage, parent, Files, Listing};
use sha2::{Digest, Sha256};

/// Renames every file under `{out}/data/` to its published name, listing the names in
/// their parents, the site indexes in `{out}/site/` included; returns how many.
pub fn publish_names(out: &Path) -> io::Result<usize> {
    let mut paths = Vec::new();
    collect(out, &out.join("site"), &mut paths)?;
    collect(out, &out.join("data"), &mut paths)?;
    paths.sort_by_cached_key(|path| (Reverse(lineage(path).len()), path.clone()));
    let mut listed: HashMap<String, Files> = HashMap::new();
    let mut renamed = 0;
    for path in paths {
        let file = out.join(path.trim_start_matches('/'));
        let mut bytes = fs::read(&file)?;
        if let Some(files) = listed.remove(&path) {
            bytes =
                with_files(&bytes, files).map_err(|e| io::Error::other(format!("{path}: {e}")))?;
            fs::write(&file, &bytes)?;
        }
        if let Some(up) = parent(&path) {
            let hash = hash(&bytes);
            fs::rename(
                &file,
                out.join(hashed_name(&path, &hash).trim_start_matches('/')),
            )?;
            listed.entry(up).or_default().insert(path, hash);
            renamed += 1;
        }
    }
    match listed.into_iter().next() {
        Some((up, files)) => Err(io::Error::other(format!(
            "{up} is missing, so nothing lists {}",
            files.keys().next().cloned().unwrap_or_default()
        ))),
        None => Ok(renamed),
    }
}

/// The published name of the file at site path `path` in the site folder `site`, found
/// as the app finds it: through the names its parents list.
pub fn published(site: &Path, path: &str) -> Option<String> {
    Published::new(site).name(path)
}

/// Published names in a built site, each parent's list read once: for finding many names,
/// as the entries' preloads do, without parsing a section's manifest once per page.
pub struct Published<'a> {
    site: &'a Path,
    /// The `files` of each parent read so far, by its published name.
    listed: HashMap<String, Option<Files>>,
}

impl<'a> Published<'a> {
    pub fn new(site: &'a Path) -> Self {
        Published {
            site,
            listed: HashMap::new(),
        }
    }

    pub fn name(&mut self, path: &str) -> Option<String> {
        let mut name = String::new();
        for (i, step) in lineage(path).iter().enumerate() {
            name = if i == 0 {
                // The top file keeps its own name; it must be there to list the rest.
                if !self.site.join(step.trim_start_matches('/')).is_file() {
                    return None;
                }
                step.clone()
            } else {
                let site = self.site;
                let files = self.listed.entry(name).or_insert_with_key(|parent| {
                    let text =
                        fs::read_to_string(site.join(parent.trim_start_matches('/'))).ok()?;
                    serde_json::from_str::<Listing>(&text).ok().map(|l| l.files)
                });
                hashed_name(step, files.as_ref()?.get(step)?)
            };
        }
        Some(name)
    }
}

/// The file's JSON object with the names of the files it lists added.
fn with_files(bytes: &[u8], files: Files) -> Result<Vec<u8>, String> {
    let mut value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
    let object = value
        .as_object_mut()
        .ok_or("lists files but is not a JSON object")?;
    object.insert(
        "files".into(),
        serde_json::to_value(files).map_err(|e| e.to_string())?,
    );
    serde_json::to_vec(&value).map_err(|e| e.to_string())
}

/// Ten hex digits of the content's SHA-256: enough that two versions never share a name.
pub fn hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(5)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn collect(out: &Path, dir: &Path, paths: &mut Vec<String>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path: PathBuf = entry.path();
        if entry.file_type()?.is_dir() {
            collect(out, &path, paths)?;
        } else if let Ok(relative) = path.strip_prefix(out) {
            paths.push(format!("/{}", relative.to_string_lossy()));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small site whose one chapter page says `text`, with its names published.
    fn site_with(text: &str) -> tempfile::TempDir {
        let out = tempfile::tempdir().unwrap();
        for (path, json) in [
            ("site/en.json", r#"{"sections":[]}"#.to_string()),
            (
                "site/en/chapters/soviet-russia/a.json",
                r#"{"section":"soviet-russia"}"#.into(),
            ),
            (
                "data/en/sections/soviet-russia.json",
                r#"{"slug":"soviet-russia"}"#.into(),
            ),
            (
                "data/en/pages/soviet-russia/a/b.json",
                format!(r#"{{"title":"{text}"}}"#),
            ),
            ("data/en/pages/about.json", r#"{"title":"About"}"#.into()),
        ] {
            let file = out.path().join(path);
            fs::create_dir_all(file.parent().unwrap()).unwrap();
            fs::write(file, json).unwrap();
        }
        assert_eq!(publish_names(out.path()).unwrap(), 3);
        out
    }

    #[test]
    fn files_get_hashed_names_listed_by_their_parents() {
        let out = site_with("B");
        let page = published(out.path(), "/data/en/pages/soviet-russia/a/b.json").unwrap();
        assert!(
            page.starts_with("/data/en/pages/soviet-russia/a/b.") && page.ends_with(".json"),
            "{page}"
        );
        let text = fs::read_to_string(out.path().join(page.trim_start_matches('/'))).unwrap();
        assert_eq!(text, r#"{"title":"B"}"#);
        assert!(!out.path().join("data/en/pages/about.json").exists());
        assert!(out.path().join("site/en.json").exists());
        assert_eq!(published(out.path(), "/data/en/pages/nowhere.json"), None);

        // A changed chapter page is renamed in its chapter's manifest, which keeps its own
        // name; the other files keep theirs.
        let changed = site_with("B2");
        let chapter = |dir: &tempfile::TempDir| {
            fs::read_to_string(dir.path().join("site/en/chapters/soviet-russia/a.json")).unwrap()
        };
        assert_ne!(chapter(&out), chapter(&changed));
        for path in [
            "/data/en/pages/about.json",
            "/data/en/sections/soviet-russia.json",
        ] {
            assert_eq!(published(out.path(), path), published(changed.path(), path));
        }
    }

    #[test]
    fn a_file_whose_parent_is_missing_is_an_error() {
        let out = tempfile::tempdir().unwrap();
        let file = out.path().join("data/en/pages/jokes/lenin.json");
        fs::create_dir_all(file.parent().unwrap()).unwrap();
        fs::write(file, "{}").unwrap();
        fs::create_dir_all(out.path().join("site")).unwrap();
        fs::write(out.path().join("site/en.json"), "{}").unwrap();
        let err = publish_names(out.path()).unwrap_err().to_string();
        assert!(
            err.contains("/data/en/pages/jokes.json is missing"),
            "{err}"
        );
    }
}
