//! The compiler as authors meet it: whole content trees, every problem at once, the CLI.

use std::fs;
use std::path::Path;
use std::process::Command;

use allrussias_compiler::compile;

fn write(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

const SECTION: &str =
    "+++\ntitle = \"Soviet Russia\"\ndescription = \"The Soviet period.\"\n+++\nIntro.\n";
const CHAPTER: &str = "+++\ntitle = \"Stalin's Legacy\"\nsummary = \"After Stalin.\"\n+++\n";
const SOURCES: &str =
    "sources = [{ author = \"W. Taubman\", title = \"Khrushchev\", year = 2003 }]\n";

fn good_tree(root: &Path) {
    write(root, "en/soviet-russia/_section.md", SECTION);
    write(
        root,
        "en/soviet-russia/10-stalins-legacy/_chapter.md",
        CHAPTER,
    );
    write(
        root,
        "en/soviet-russia/10-stalins-legacy/01-after-stalin.md",
        &format!("+++\ntitle = \"After Stalin\"\ndescription = \"1953.\"\n{SOURCES}+++\nSee [the speech](/soviet-russia/stalins-legacy/the-secret-speech).\n"),
    );
    write(
        root,
        "en/soviet-russia/10-stalins-legacy/02-the-secret-speech.md",
        &format!("+++\ntitle = \"The Secret Speech\"\ndescription = \"1956.\"\n{SOURCES}+++\nKhrushchev spoke.\n"),
    );
    write(
        root,
        "en/pages/about.md",
        &format!(
            "+++\ntitle = \"About\"\ndescription = \"What this is.\"\n{SOURCES}+++\nAbout us.\n"
        ),
    );
}

#[test]
fn a_sound_tree_compiles_into_the_published_files() {
    let dir = tempfile::tempdir().unwrap();
    good_tree(dir.path());
    let out = dir.path().join("out");
    let status = Command::new(env!("CARGO_BIN_EXE_allrussias-compiler"))
        .args(["build", dir.path().to_str().unwrap(), out.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(status.success());
    for file in [
        "data/en/site.json",
        "data/en/sections/soviet-russia.json",
        "data/en/pages/soviet-russia/stalins-legacy/after-stalin.json",
        "data/en/pages/soviet-russia/stalins-legacy/the-secret-speech.json",
        "data/en/pages/about.json",
    ] {
        assert!(out.join(file).is_file(), "{file} was not written");
    }
    let manifest: allrussias_model::SectionManifest = serde_json::from_str(
        &fs::read_to_string(out.join("data/en/sections/soviet-russia.json")).unwrap(),
    )
    .unwrap();
    let order: Vec<&str> = manifest.chapters[0]
        .pages
        .iter()
        .map(|p| p.slug.as_str())
        .collect();
    assert_eq!(order, ["after-stalin", "the-secret-speech"]);
}

#[test]
fn every_problem_is_listed_with_its_file_and_line_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    good_tree(root);
    let chapter = "en/soviet-russia/10-stalins-legacy";
    write(
        root,
        &format!("{chapter}/03-bad.md"),
        "+++\ntitle = \"Bad\"\ndescription = \"Bad.\"\nauthor = \"me\"\n+++\nText.\n",
    );
    write(
        root,
        &format!("{chapter}/04-worse.md"),
        "+++\ntitle = \"Worse\"\ndescription = \"Worse.\"\n+++\n<div>raw</div>\n\n[x](javascript:alert(1)) and [y](/soviet-russia/nowhere/at-all)\n\n![](/media/none.png)\n",
    );
    write(
        root,
        &format!("{chapter}/05-the-secret-speech.md"),
        &format!("+++\ntitle = \"Again\"\ndescription = \"Dup.\"\n{SOURCES}+++\nDuplicate slug.\n"),
    );
    write(
        root,
        &format!("{chapter}/06-empty.md"),
        &format!("+++\ntitle = \"Empty\"\ndescription = \"Nothing.\"\n{SOURCES}+++\n\n"),
    );
    let (_, found) = compile(root);
    let at = |suffix: &str| format!("{}/{chapter}/{suffix}", root.display());
    let listed: Vec<(String, u32, &str)> = found
        .iter()
        .map(|d| (d.file.clone(), d.line, d.check))
        .collect();
    let expected = [
        (at("03-bad.md"), 4, "front-matter"),
        (at("04-worse.md"), 1, "missing-sources"),
        (at("04-worse.md"), 5, "raw-html"),
        (at("04-worse.md"), 7, "unsafe-link"),
        (at("04-worse.md"), 7, "broken-link"),
        (at("04-worse.md"), 9, "image-alt"),
        (at("04-worse.md"), 9, "image-missing"),
        (at("05-the-secret-speech.md"), 1, "duplicate-slug"),
        (at("06-empty.md"), 1, "empty-page"),
    ];
    for e in &expected {
        assert!(
            listed.iter().any(|l| (&l.0, l.1, l.2) == (&e.0, e.1, e.2)),
            "missing {e:?} in {listed:#?}"
        );
    }
    assert_eq!(listed.len(), expected.len(), "{listed:#?}");

    let out = root.join("out");
    let output = Command::new(env!("CARGO_BIN_EXE_allrussias-compiler"))
        .args(["build", root.to_str().unwrap(), out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("content has 9 problem(s)"), "{stderr}");
    assert!(stderr.contains("04-worse.md:7:"), "{stderr}");
    assert!(
        !out.join("data").exists(),
        "files were written despite errors"
    );
}

#[test]
fn the_sites_own_content_is_valid() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let (books, found) = compile(&content);
    let problems: Vec<String> = found.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let book = &books[0].1;
    assert_eq!(book.sections.len(), 3);
    for section in &book.sections {
        assert!(
            section.chapters.len() >= 2,
            "{} has too few chapters",
            section.slug
        );
        for chapter in &section.chapters {
            assert!(
                chapter.pages.len() >= 3,
                "{} has too few pages",
                chapter.slug
            );
        }
    }
}
