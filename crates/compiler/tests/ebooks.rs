//! The site's own e-books, built from the real content and checked by EPUBCheck, the W3C's
//! validator (Debian's `epubcheck`, installed by scripts/setup.sh): no errors, no warnings.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use allrussias_compiler::names::published;
use allrussias_model::Lang;
use allrussias_model::{data, SectionManifest, SiteIndex, SECTIONS};

/// Debian installs the validator as a jar; `java -jar` runs it without binfmt support.
const EPUBCHECK_JAR: &str = "/usr/share/java/epubcheck.jar";

/// Every e-book the build lists, after checking that each manifest and site index gives
/// one whose size is right.
fn listed_ebooks(site: &Path) -> Vec<PathBuf> {
    let read = |path: &str| {
        let name = published(site, path).unwrap_or_else(|| panic!("{path} was not published"));
        std::fs::read_to_string(site.join(name.trim_start_matches('/'))).unwrap()
    };
    let mut ebooks = Vec::new();
    for lang in Lang::ALL {
        let index: SiteIndex = serde_json::from_str(&read(&data::site_index(lang))).unwrap();
        let mut downloads = vec![index.ebook.expect("the whole history's e-book")];
        for section in SECTIONS {
            let manifest: SectionManifest =
                serde_json::from_str(&read(&data::manifest(lang, section))).unwrap();
            let ebook = manifest.ebook.expect("a section's e-book");
            assert!(
                ebook
                    .path
                    .starts_with(&format!("/ebooks/{lang}/{section}.")),
                "{}",
                ebook.path
            );
            downloads.push(ebook);
        }
        for download in downloads {
            let file = site.join(download.path.trim_start_matches('/'));
            let size = std::fs::metadata(&file)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()))
                .len();
            assert_eq!(size, download.bytes, "{}", download.path);
            ebooks.push(file);
        }
    }
    ebooks
}

#[test]
fn every_ebook_passes_epubcheck_with_no_errors_and_no_warnings() {
    let jar = std::env::var("EPUBCHECK_JAR").unwrap_or_else(|_| EPUBCHECK_JAR.into());
    assert!(
        Path::new(&jar).is_file(),
        "{jar} is missing: run scripts/setup.sh (Debian's epubcheck)"
    );
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let site = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_allrussias-compiler"))
        .arg("build")
        .arg(&content)
        .arg(site.path())
        .status()
        .unwrap();
    assert!(status.success());
    let ebooks = listed_ebooks(site.path());
    assert_eq!(ebooks.len(), 8);
    // Two validators at a time: each is a JVM that keeps a core busy for 10 to 40 seconds.
    let queue = Mutex::new(ebooks);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                while let Some(ebook) = queue.lock().unwrap().pop() {
                    let run = Command::new("java")
                        .args(["-jar", &jar, "--failonwarnings"])
                        .arg(&ebook)
                        .output()
                        .unwrap();
                    let report = format!(
                        "{}{}",
                        String::from_utf8_lossy(&run.stdout),
                        String::from_utf8_lossy(&run.stderr)
                    );
                    if !run.status.success() || !report.contains("No errors or warnings detected") {
                        failures
                            .lock()
                            .unwrap()
                            .push(format!("{}:\n{report}", ebook.display()));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
