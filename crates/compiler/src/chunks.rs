//! The app's WebAssembly in the published site. `scripts/build-wasm.sh` leaves the first
//! chunk (`allrussias.js`, `allrussias_bg.wasm`), the split loader (`__wasm_split.js`) and
//! the other chunks in `app/`. The loader fetches each chunk by a relative name and the
//! first chunk and the loader import each other, so no single file can carry its own hash
//! in its name; instead the whole folder is named by a digest of its files
//! (`app/{hash}/`, cacheable for good), and every part is checked by the browser against
//! its own hash: the loader's fetches get an `integrity`, and the entry's import map and
//! fetch get those of the first chunk and the loader ([`App::fill`]).

use std::fs;
use std::io;
use std::path::Path;

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

/// Where the build leaves the app, relative to the site.
const APP: &str = "app";
const MAIN_JS: &str = "allrussias.js";
const MAIN_WASM: &str = "allrussias_bg.wasm";
const LOADER: &str = "__wasm_split.js";

/// The sealed app: its folder under the site and the hashes the entry checks.
pub struct App {
    /// `app/{hash}`, relative to the site's root.
    pub dir: String,
    js: String,
    loader: String,
    wasm: String,
}

fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// Gives every chunk fetch in the loader the chunk's hash, then moves the app's files
/// into a folder named by their digest.
pub fn seal(site: &Path) -> io::Result<App> {
    let dir = site.join(APP);
    let loader_path = dir.join(LOADER);
    let mut loader = fs::read_to_string(&loader_path).map_err(|e| {
        io::Error::other(format!(
            "{}: {e} (scripts/build-wasm.sh writes it)",
            loader_path.display()
        ))
    })?;
    let mut names: Vec<String> = fs::read_dir(&dir)?
        .map(|entry| Ok(entry?.file_name().to_string_lossy().into_owned()))
        .collect::<io::Result<_>>()?;
    names.sort();
    for name in names
        .iter()
        .filter(|n| n.ends_with(".wasm") && *n != MAIN_WASM)
    {
        let fetch = format!("fetch(new URL(\"./{name}\", import.meta.url))");
        if !loader.contains(&fetch) {
            return Err(io::Error::other(format!("{LOADER} never fetches {name}")));
        }
        let checked = format!(
            "fetch(new URL(\"./{name}\", import.meta.url), {{ integrity: \"{}\" }})",
            integrity(&fs::read(dir.join(name))?)
        );
        loader = loader.replace(&fetch, &checked);
    }
    fs::write(&loader_path, &loader)?;
    let mut digest = Sha256::new();
    for name in &names {
        digest.update(name.as_bytes());
        digest.update(fs::read(dir.join(name))?);
    }
    let hash: String = digest.finalize()[..5]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let sealed = dir.join(&hash);
    fs::create_dir_all(&sealed)?;
    for name in &names {
        fs::rename(dir.join(name), sealed.join(name))?;
    }
    Ok(App {
        dir: format!("{APP}/{hash}"),
        js: integrity(&fs::read(sealed.join(MAIN_JS))?),
        loader: integrity(loader.as_bytes()),
        wasm: integrity(&fs::read(sealed.join(MAIN_WASM))?),
    })
}

impl App {
    /// Fills in the entry template's start-up script: where the app lives under `root`
    /// and the hashes of its first chunk and loader.
    pub fn fill(&self, template: &str, root: &str) -> String {
        template
            .replace("__APP__", &format!("{root}/{}", self.dir))
            .replace("__JS_INTEGRITY__", &self.js)
            .replace("__SPLIT_INTEGRITY__", &self.loader)
            .replace("__WASM_INTEGRITY__", &self.wasm)
    }

    /// The files every page needs, relative to the site: the first chunk and the loader.
    pub fn shell(&self) -> [String; 3] {
        [MAIN_JS, MAIN_WASM, LOADER].map(|name| format!("{}/{name}", self.dir))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chunk_fetch_is_checked_and_the_folder_is_named_by_its_files() {
        let site = tempfile::tempdir().unwrap();
        let app = site.path().join(APP);
        fs::create_dir_all(&app).unwrap();
        fs::write(app.join(MAIN_JS), "import './__wasm_split.js';").unwrap();
        fs::write(app.join(MAIN_WASM), "main").unwrap();
        fs::write(app.join("split_search.wasm"), "search").unwrap();
        fs::write(
            app.join(LOADER),
            "const a = fetch(new URL(\"./split_search.wasm\", import.meta.url));",
        )
        .unwrap();
        let sealed = seal(site.path()).unwrap();
        assert!(sealed.dir.starts_with("app/") && sealed.dir.len() == 14);
        let loader = fs::read_to_string(site.path().join(&sealed.dir).join(LOADER)).unwrap();
        assert_eq!(
            loader,
            format!(
                "const a = fetch(new URL(\"./split_search.wasm\", import.meta.url), {{ integrity: \"{}\" }});",
                integrity(b"search")
            )
        );
        let page = sealed.fill("<script>import(\"__APP__/allrussias.js\")</script>", "/sub");
        assert_eq!(
            page,
            format!(
                "<script>import(\"/sub/{}/allrussias.js\")</script>",
                sealed.dir
            )
        );
    }

    #[test]
    fn a_loader_that_never_fetches_a_chunk_is_an_error() {
        let site = tempfile::tempdir().unwrap();
        let app = site.path().join(APP);
        fs::create_dir_all(&app).unwrap();
        fs::write(app.join("split_music.wasm"), "music").unwrap();
        fs::write(app.join(LOADER), "nothing").unwrap();
        let error = seal(site.path()).err().unwrap().to_string();
        assert!(error.contains("split_music.wasm"), "{error}");
    }
}
