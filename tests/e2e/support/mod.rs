//! Shared pieces of the browser tests: a static server for `dist/` that can inject faults,
//! and a headless Chromium session driven through chromedriver.

pub mod browser;
pub mod server;

use allrussias_model::Lang;
use std::path::PathBuf;

use allrussias_model::{SectionManifest, SiteIndex};

/// The release build the tests run against.
pub fn dist_dir() -> PathBuf {
    built(
        "dist",
        "SITE_ORIGIN=http://127.0.0.1:8080 trunk build --release",
    )
}

/// The same build for a host serving it under `/sub/`.
pub fn dist_sub_dir() -> PathBuf {
    built(
        "target/dist-sub",
        "SITE_ORIGIN=http://127.0.0.1:8080 trunk build --release --public-url /sub/ --dist target/dist-sub",
    )
}

fn built(dir: &str, command: &str) -> PathBuf {
    let dist = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
    assert!(
        dist.join("index.html").is_file(),
        "{} has no index.html: build the site first with `{command}` (scripts/test.sh does)",
        dist.display()
    );
    dist
}

/// Polls the test's server until `done`, failing with `what` after ten seconds.
pub async fn server_until(what: &str, done: impl Fn() -> bool) {
    let started = std::time::Instant::now();
    while !done() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "timed out waiting for {what}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// The address of a file of the app's WebAssembly in a build (`/app/{hash}/{name}`, the
/// folder named by the compiler), such as `allrussias_bg.wasm` or a chunk.
pub fn app_file_in(dist: &std::path::Path, name: &str) -> String {
    let app = dist.join("app");
    let sealed = std::fs::read_dir(&app)
        .unwrap_or_else(|e| panic!("{}: {e}", app.display()))
        .flatten()
        .find(|entry| entry.path().join(name).is_file())
        .unwrap_or_else(|| panic!("no {name} in {}", app.display()));
    format!("/app/{}/{name}", sealed.file_name().to_string_lossy())
}

/// [`app_file_in`] the release build.
pub fn app_file(name: &str) -> String {
    app_file_in(&dist_dir(), name)
}

/// The address a data file is published at (its name has a hash of its content), found
/// through the files above it as the app finds it.
pub fn published(path: &str) -> String {
    allrussias_compiler::names::published(&dist_dir(), path)
        .unwrap_or_else(|| panic!("{path} is not published"))
}

pub fn read_json<T: serde::de::DeserializeOwned>(url: &str) -> T {
    let path = dist_dir().join(published(url).trim_start_matches('/'));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Expected content, read from the built JSON rather than written into the tests.
pub fn site_index() -> SiteIndex {
    read_json(&allrussias_model::data::site_index(Lang::En))
}

pub fn manifest(section: &str) -> SectionManifest {
    read_json(&allrussias_model::data::manifest(Lang::En, section))
}

/// A page as published in a language (`en`, `ru`).
pub fn page_in(lang: Lang, path: &str) -> allrussias_model::Page {
    read_json(&allrussias_model::data::page(lang, path))
}

pub fn manifest_in(lang: Lang, section: &str) -> SectionManifest {
    read_json(&allrussias_model::data::manifest(lang, section))
}

/// Learn Russian's main page and one lesson, as published in a language.
pub fn course_in(lang: Lang) -> allrussias_model::learn::Course {
    read_json(&allrussias_model::data::learn(lang))
}

pub fn lesson_in(lang: Lang, slug: &str) -> allrussias_model::learn::Lesson {
    read_json(&allrussias_model::data::lesson(lang, slug))
}

pub fn page(path: &str) -> allrussias_model::Page {
    read_json(&allrussias_model::data::page(Lang::En, path))
}

/// The timeline as published in a language.
pub fn timeline_in(lang: Lang) -> allrussias_model::timeline::Timeline {
    read_json(&allrussias_model::data::timeline(lang))
}

pub fn site_index_in(lang: Lang) -> SiteIndex {
    read_json(&allrussias_model::data::site_index(lang))
}
