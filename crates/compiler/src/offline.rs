//! The service worker's list of what every page needs offline (the app shell): the entry
//! HTML, the hashed wasm, JS and CSS, the fonts, and each language's site and section
//! manifests. Its version is a digest of those files, so a deploy that changes any of
//! them installs a new worker and one that changes none leaves readers alone.

use std::fs;
use std::io;
use std::path::Path;

use sha2::{Digest, Sha256};

const WORKER: &str = "sw.js";

/// Fills in `VERSION` and `SHELL` in the `sw.js` Trunk copied into `site`.
/// `app` lists the app's first chunk and loader (the other chunks are kept as they are
/// used).
pub fn write_service_worker(site: &Path, app: &[String]) -> io::Result<()> {
    let worker = site.join(WORKER);
    let template = fs::read_to_string(&worker)?;
    let mut shell = shell_files(site)?;
    shell.extend_from_slice(app);
    shell.sort();
    let mut digest = Sha256::new();
    for path in &shell {
        digest.update(path.as_bytes());
        digest.update(fs::read(site.join(path))?);
    }
    let version: String = digest
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let list = shell
        .iter()
        .map(|p| format!("\"{p}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let filled = replace_line(&template, "const VERSION = ", &format!("\"{version}\";"))
        .and_then(|t| replace_line(&t, "const SHELL = ", &format!("[{list}];")))
        .ok_or_else(|| io::Error::other("sw.js lacks its VERSION or SHELL line"))?;
    fs::write(worker, filled)
}

fn replace_line(text: &str, start: &str, value: &str) -> Option<String> {
    let at = text.find(start)? + start.len();
    let end = at + text[at..].find('\n')?;
    Some(format!("{}{value}{}", &text[..at], &text[end..]))
}

/// The shell's files relative to the worker, which lives at the site's base path;
/// sorted so the version does not depend on directory order.
fn shell_files(site: &Path) -> io::Result<Vec<String>> {
    let mut files = vec!["index.html".to_string()];
    let listed = |dir: &Path| -> io::Result<Vec<String>> {
        let mut names = Vec::new();
        if dir.is_dir() {
            for entry in fs::read_dir(dir)? {
                names.push(entry?.file_name().to_string_lossy().into_owned());
            }
        }
        Ok(names)
    };
    for name in listed(site)? {
        let asset = [".js", ".wasm", ".css", ".svg"]
            .iter()
            .any(|ext| name.ends_with(ext));
        if asset && name != WORKER {
            files.push(name);
        }
    }
    for name in listed(&site.join("fonts"))? {
        if name.ends_with(".woff2") {
            files.push(format!("fonts/{name}"));
        }
    }
    for name in listed(&site.join("site"))? {
        if name.ends_with(".json") {
            files.push(format!("site/{name}"));
        }
    }
    for lang in listed(&site.join("data"))? {
        let data = site.join("data").join(&lang);
        for name in listed(&data.join("sections"))? {
            if name.ends_with(".json") {
                files.push(format!("data/{lang}/sections/{name}"));
            }
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shell_and_its_version_are_filled_in() {
        let site = std::env::temp_dir().join(format!("allrussias-sw-{}", std::process::id()));
        let _ = fs::remove_dir_all(&site);
        fs::create_dir_all(site.join("fonts")).unwrap();
        fs::create_dir_all(site.join("data/en/sections")).unwrap();
        fs::write(site.join("index.html"), "<html>").unwrap();
        fs::write(site.join("main-1a2b.css"), "css").unwrap();
        fs::create_dir_all(site.join("app/0a1b2c3d4e")).unwrap();
        fs::write(site.join("app/0a1b2c3d4e/allrussias_bg.wasm"), "wasm").unwrap();
        let app = ["app/0a1b2c3d4e/allrussias_bg.wasm".to_string()];
        fs::write(site.join("fonts/pt.woff2"), "font").unwrap();
        fs::create_dir_all(site.join("site")).unwrap();
        fs::write(site.join("site/en.json"), "{}").unwrap();
        fs::write(site.join("data/en/sections/soviet-russia.json"), "{}").unwrap();
        let template = "const VERSION = \"development\";\nconst SHELL = [\"/index.html\"];\n";
        fs::write(site.join(WORKER), template).unwrap();
        write_service_worker(&site, &app).unwrap();
        let first = fs::read_to_string(site.join(WORKER)).unwrap();
        assert!(first.contains(
            "const SHELL = [\"app/0a1b2c3d4e/allrussias_bg.wasm\", \
             \"data/en/sections/soviet-russia.json\", \"fonts/pt.woff2\", \"index.html\", \
             \"main-1a2b.css\", \"site/en.json\"];"
        ));
        assert!(!first.contains("development"));

        // A changed manifest is a new version; the same files are the same version.
        fs::write(site.join(WORKER), template).unwrap();
        write_service_worker(&site, &app).unwrap();
        assert_eq!(fs::read_to_string(site.join(WORKER)).unwrap(), first);
        fs::write(
            site.join("data/en/sections/soviet-russia.json"),
            "{\"a\":1}",
        )
        .unwrap();
        fs::write(site.join(WORKER), template).unwrap();
        write_service_worker(&site, &app).unwrap();
        assert_ne!(fs::read_to_string(site.join(WORKER)).unwrap(), first);
        fs::remove_dir_all(&site).unwrap();
    }
}
