//! When each content file last changed, for "Cite this page": its newest commit when the
//! build runs in a repository with its history, else the `updated` date in the file, else
//! unknown. A build from a plain export of the files, or without git, still works.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use allrussias_model::cite::CalendarDate;
use allrussias_model::Origin;

use crate::Diagnostic;
use toml::value::Datetime;

/// The date each file under the content folder last changed in the repository.
#[derive(Debug, Default)]
pub struct Changes(HashMap<PathBuf, String>);

impl Changes {
    /// Reads the history of `content_dir` with one `git log`. Empty when the folder is not
    /// in a repository, git is missing or the clone is shallow (a shallow clone dates every
    /// file to its oldest commit kept).
    pub fn read(content_dir: &Path) -> Changes {
        let git = |args: &[&str]| {
            Command::new("git")
                .arg("-C")
                .arg(content_dir)
                .args(args)
                .output()
                .ok()
                .filter(|out| out.status.success())
                .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
        };
        match git(&["rev-parse", "--is-shallow-repository"]) {
            Some(shallow) if shallow.trim() == "false" => {}
            _ => return Changes::default(),
        }
        let log = git(&[
            "-c",
            "core.quotepath=off",
            "log",
            "--format=@%cs",
            "--name-only",
            "--relative",
            "--",
            ".",
        ]);
        Changes::parse(content_dir, &log.unwrap_or_default())
    }

    /// `git log --format=@%cs --name-only` output: a date line, then the files it touched.
    fn parse(content_dir: &Path, log: &str) -> Changes {
        let mut newest: HashMap<PathBuf, String> = HashMap::new();
        let mut date = None;
        for line in log.lines().filter(|l| !l.is_empty()) {
            if let Some(d) = line.strip_prefix('@') {
                date = CalendarDate::parse_iso(d).map(CalendarDate::iso);
            } else if let Some(d) = &date {
                let newer = newest.entry(content_dir.join(line)).or_default();
                if *d > *newer {
                    newer.clone_from(d);
                }
            }
        }
        Changes(newest)
    }

    /// When `file` last changed: the repository's date, else the one its front matter
    /// gives (reported when it is not a plain date), else `None`.
    pub fn date(
        &self,
        file: &Path,
        written: Option<Datetime>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<String> {
        if let Some(date) = self.0.get(file) {
            return Some(date.clone());
        }
        let written = written?;
        match (written.date, written.time, written.offset) {
            (Some(d), None, None) => Some(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
            _ => {
                diagnostics.push(Diagnostic::new(
                    "front-matter",
                    &Origin::new(file.display().to_string(), 1),
                    format!("updated = {written} should be a date like 2026-01-05"),
                ));
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<Datetime> {
        Some(text.parse().unwrap())
    }

    #[test]
    fn the_newest_commit_dates_each_file() {
        let log = "@2026-03-01\nen/a.md\n\n@2026-02-01\nen/b.md\nen/a.md\n@2026-04-01\nru/a.md\n";
        let changes = Changes::parse(Path::new("content"), log);
        let mut found = Vec::new();
        for file in ["content/en/a.md", "content/en/b.md", "content/ru/a.md"] {
            found.push(changes.date(Path::new(file), None, &mut Vec::new()));
        }
        let expected = ["2026-03-01", "2026-02-01", "2026-04-01"].map(|d| Some(d.to_string()));
        assert_eq!(found, expected);
    }

    #[test]
    fn the_repository_wins_over_the_front_matter() {
        let changes = Changes::parse(Path::new("c"), "@2026-03-01\nen/a.md\n");
        let mut diagnostics = Vec::new();
        let in_git = changes.date(Path::new("c/en/a.md"), date("2025-01-01"), &mut diagnostics);
        assert_eq!(in_git.as_deref(), Some("2026-03-01"));
        let new_file = changes.date(Path::new("c/en/b.md"), date("2026-01-05"), &mut diagnostics);
        assert_eq!(new_file.as_deref(), Some("2026-01-05"));
        assert_eq!(
            changes.date(Path::new("c/en/c.md"), None, &mut diagnostics),
            None
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
    }

    #[test]
    fn a_time_in_the_front_matter_is_reported() {
        let mut diagnostics = Vec::new();
        let written = date("2026-01-05T10:00:00Z");
        let found = Changes::default().date(Path::new("a.md"), written, &mut diagnostics);
        assert_eq!(found, None);
        assert_eq!(diagnostics[0].check, "front-matter");
        assert!(diagnostics[0].message.contains("2026-01-05"));
    }

    #[test]
    fn a_folder_outside_any_repository_has_no_history() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.md"), "+++\n+++\n").unwrap();
        let changes = Changes::read(dir.path());
        assert!(changes.0.is_empty(), "{changes:?}");
    }

    #[test]
    fn a_repository_dates_each_file_by_its_last_commit() {
        let dir = tempfile::tempdir().unwrap();
        let git = |args: &[&str], date: &str| {
            let status = Command::new("git")
                .arg("-C")
                .arg(dir.path())
                .args(["-c", "user.name=T", "-c", "user.email=t@example.org"])
                .args(args)
                .env("GIT_COMMITTER_DATE", date)
                .env("GIT_AUTHOR_DATE", date)
                .status()
                .unwrap();
            assert!(status.success(), "git {args:?}");
        };
        git(&["init", "-q"], "");
        let content = dir.path().join("content");
        std::fs::create_dir_all(content.join("en")).unwrap();
        std::fs::write(content.join("en/a.md"), "one").unwrap();
        std::fs::write(content.join("en/b.md"), "one").unwrap();
        git(&["add", "."], "");
        git(&["commit", "-qm", "first"], "2026-01-05T12:00:00Z");
        std::fs::write(content.join("en/b.md"), "two").unwrap();
        git(&["commit", "-qam", "second"], "2026-02-07T12:00:00Z");
        let changes = Changes::read(&content);
        let date = |file: &str| changes.date(&content.join(file), None, &mut Vec::new());
        assert_eq!(date("en/a.md").as_deref(), Some("2026-01-05"));
        assert_eq!(date("en/b.md").as_deref(), Some("2026-02-07"));
    }
}
