//! The compiler as authors meet it: whole content trees, every problem at once, the CLI.

use allrussias_model::Lang;
use std::fs;
use std::path::Path;
use std::process::Command;

use allrussias_compiler::compile;
use allrussias_compiler::names::published;

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

/// A page's worth of words (300) that uses a glossary term.
fn prose() -> String {
    "Khrushchev spoke to the Bolsheviks. ".repeat(60)
}

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
        &format!("+++\ntitle = \"After Stalin\"\ndescription = \"1953.\"\n{SOURCES}+++\nSee [the speech](/soviet-russia/stalins-legacy/the-secret-speech). {}\n", prose()),
    );
    for (n, slug) in [(2, "the-secret-speech"), (3, "the-thaw")] {
        write(
            root,
            &format!("en/soviet-russia/10-stalins-legacy/0{n}-{slug}.md"),
            &format!(
                "+++\ntitle = \"Page {n}\"\ndescription = \"1956.\"\n{SOURCES}+++\n{}\n",
                prose()
            ),
        );
    }
    write(
        root,
        "en/soviet-russia/10-stalins-legacy/_bullets.md",
        "+++\n+++\n\n| Dates | Summary |\n| --- | --- |\n| 1956 | Khrushchev denounces Stalin. |\n",
    );
    write(
        root,
        "en/glossary.toml",
        "[[term]]\nname = \"Bolshevik\"\nforms = [\"Bolsheviks\"]\ndefinition = \"A member of Lenin's *faction*.\"\nsee = [\"/soviet-russia/stalins-legacy/the-thaw\"]\n",
    );
    write(
        root,
        "en/pages/a-z.md",
        &format!("+++\ntitle = \"Russia from A to Z\"\ndescription = \"Terms.\"\n{SOURCES}+++\nThe terms.\n"),
    );
    write(
        root,
        "en/pages/bullets.md",
        &format!(
            "+++\ntitle = \"Bullets\"\ndescription = \"Bullets.\"\n{SOURCES}+++\nThe sheets.\n"
        ),
    );
    write(
        root,
        "en/pages/essays.md",
        &format!("+++\ntitle = \"Essays\"\ndescription = \"Essays.\"\n{SOURCES}+++\nThe essays.\n"),
    );
    write(
        root,
        "en/pages/essays/why.md",
        &format!("+++\ntitle = \"Why?\"\ndescription = \"A question.\"\n{SOURCES}+++\nBecause.\n"),
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
    // Every file is found under its published name through the files above it.
    let published = |file: &str| {
        let name = published(&out, &format!("/{file}"))
            .unwrap_or_else(|| panic!("{file} was not published"));
        out.join(name.trim_start_matches('/'))
    };
    for file in [
        "site/en.json",
        "data/en/sections/soviet-russia.json",
        "data/en/pages/soviet-russia/stalins-legacy/after-stalin.json",
        "data/en/pages/soviet-russia/stalins-legacy/the-secret-speech.json",
        "data/en/pages/about.json",
        "data/en/pages/bullets/stalins-legacy.json",
        "data/en/pages/essays/why.json",
    ] {
        assert!(published(file).is_file(), "{file} was not written");
    }
    let read = |file: &str| -> allrussias_model::Page {
        serde_json::from_str(&fs::read_to_string(published(file)).unwrap()).unwrap()
    };
    let bullets = read("data/en/pages/bullets/stalins-legacy.json");
    assert_eq!(
        bullets.parent.map(|p| p.path).as_deref(),
        Some("/soviet-russia/stalins-legacy/after-stalin")
    );
    assert_eq!(bullets.sources.len(), 1, "the chapter's sources, once each");
    assert_eq!(
        read("data/en/pages/bullets.json").children[0].path,
        "/bullets/stalins-legacy"
    );
    let essays = read("data/en/pages/essays.json");
    assert_eq!(essays.children[0].path, "/essays/why");
    let page = serde_json::to_string(&read(
        "data/en/pages/soviet-russia/stalins-legacy/the-thaw.json",
    ))
    .unwrap();
    assert_eq!(
        page.matches("/a-z#bolshevik").count(),
        1,
        "only the first use links to the glossary: {page}"
    );
    let glossary = serde_json::to_string(&read("data/en/pages/a-z.json")).unwrap();
    assert!(glossary.contains(r#""id":"bolshevik""#), "{glossary}");
    let manifest: allrussias_model::SectionManifest = serde_json::from_str(
        &fs::read_to_string(published("data/en/sections/soviet-russia.json")).unwrap(),
    )
    .unwrap();
    let order: Vec<&str> = manifest.chapters[0]
        .pages
        .iter()
        .map(|p| p.slug.as_str())
        .collect();
    assert_eq!(order, ["after-stalin", "the-secret-speech", "the-thaw"]);
    assert!(manifest.chapters[0].bullets);
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
    let found = compile(root).diagnostics;
    let at = |suffix: &str| format!("{}/{chapter}/{suffix}", root.display());
    let listed: Vec<(String, u32, &str)> = found
        .iter()
        .map(|d| (d.file.clone(), d.line, d.check))
        .collect();
    let expected = [
        (at("03-bad.md"), 4, "front-matter"),
        (at("04-worse.md"), 1, "missing-sources"),
        (at("04-worse.md"), 1, "word-range"),
        (at("04-worse.md"), 5, "raw-html"),
        (at("04-worse.md"), 7, "unsafe-link"),
        (at("04-worse.md"), 7, "broken-link"),
        (at("04-worse.md"), 9, "image-alt"),
        (at("04-worse.md"), 9, "image-missing"),
        (at("05-the-secret-speech.md"), 1, "duplicate-slug"),
        (at("05-the-secret-speech.md"), 1, "word-range"),
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
    assert!(stderr.contains("content has 11 problem(s)"), "{stderr}");
    assert!(stderr.contains("04-worse.md:7:"), "{stderr}");
    assert!(
        !out.join("data").exists(),
        "files were written despite errors"
    );
}

#[test]
fn the_sites_own_content_is_valid() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let compiled = compile(&content);
    let problems: Vec<String> = compiled
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    // The Russian version is complete and up to date.
    for (lang, coverage) in &compiled.coverage {
        for part in coverage {
            assert!(
                part.missing.is_empty(),
                "{lang} {}: missing {:?}",
                part.part,
                part.missing
            );
            assert!(
                part.outdated.is_empty(),
                "{lang} {}: outdated {:?}",
                part.part,
                part.outdated
            );
        }
    }
    let book = &compiled.books[0].1;
    assert_eq!(book.sections.len(), 3);
    // The corpus the site promises: the classic menu's chapters in every section.
    let least = [13, 15, 14];
    for (section, least) in book.sections.iter().zip(least) {
        assert!(
            section.chapters.len() >= least,
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
    assert!(book.glossary.len() >= 60, "Russia A-Z has too few terms");
    let essays = book
        .subpages
        .iter()
        .filter(|p| p.page.path.starts_with("/essays/"));
    assert!(essays.count() >= 3, "too few student essays");
}

#[test]
fn a_translation_is_published_in_the_originals_shape_and_its_gaps_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    good_tree(root);
    let chapter = "soviet-russia/10-stalins-legacy";
    write(
        root,
        "ru/soviet-russia/_section.md",
        "+++\ntitle = \"Советская Россия\"\ndescription = \"Советский период.\"\n+++\n",
    );
    write(
        root,
        &format!("ru/{chapter}/_chapter.md"),
        "+++\ntitle = \"Наследие Сталина\"\nsummary = \"После Сталина.\"\n+++\n",
    );
    let speech = format!("ru/{chapter}/02-the-secret-speech.md");
    write(
        root,
        &speech,
        &format!(
            "+++\ntitle = \"Секретный доклад\"\ndescription = \"1956.\"\n{SOURCES}+++\n{}\n",
            "Хрущёв выступил перед делегатами. ".repeat(70)
        ),
    );
    let compiled = compile(root);
    assert!(
        compiled.diagnostics.is_empty(),
        "{:#?}",
        compiled.diagnostics
    );
    let (lang, ru) = &compiled.books[1];
    assert_eq!(*lang, Lang::Ru);
    let pages = &ru.sections[0].chapters[0].pages;
    assert_eq!(ru.sections[0].chapters[0].title, "Наследие Сталина");
    assert_eq!(pages.len(), 3, "every page of the original");
    assert!(pages[0].page.untranslated);
    assert!(!pages[1].page.untranslated);
    assert_eq!(pages[1].page.title, "Секретный доклад");
    let (_, coverage) = &compiled.coverage[0];
    assert_eq!(coverage[0].pages, 4, "three pages and the bullet points");
    assert_eq!(coverage[0].translated(), 1);
    assert_eq!(
        coverage[0].outdated,
        ["/soviet-russia/stalins-legacy/the-secret-speech"],
        "never stamped"
    );

    let cli = |cmd: &str| {
        Command::new(env!("CARGO_BIN_EXE_allrussias-compiler"))
            .args([cmd, root.to_str().unwrap()])
            .output()
            .unwrap()
    };
    assert!(cli("stamp").status.success());
    assert!(compile(root).coverage[0].1[0].outdated.is_empty());
    let report = String::from_utf8(cli("report").stdout).unwrap();
    assert!(
        report.contains("soviet-russia                 1/4"),
        "{report}"
    );
    assert!(
        report.contains("missing: /soviet-russia/stalins-legacy/after-stalin"),
        "{report}"
    );

    // The original changes: the translation is out of date again.
    let original = root.join(format!("en/{chapter}/02-the-secret-speech.md"));
    let text = fs::read_to_string(&original).unwrap();
    fs::write(&original, text.replace("Page 2", "Page Two")).unwrap();
    assert_eq!(compile(root).coverage[0].1[0].outdated.len(), 1);

    write(
        root,
        &format!("ru/{chapter}/09-no-original.md"),
        &fs::read_to_string(root.join(&speech)).unwrap(),
    );
    let found = compile(root).diagnostics;
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].check, "translation-without-original");
}

#[test]
fn outside_a_repository_a_page_is_dated_by_its_front_matter() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    good_tree(root);
    write(
        root,
        "en/pages/essays/why.md",
        &format!("+++\ntitle = \"Why?\"\ndescription = \"A question.\"\nupdated = 2026-01-05\n{SOURCES}+++\nBecause.\n"),
    );
    let compiled = compile(root);
    assert!(
        compiled.diagnostics.is_empty(),
        "{:?}",
        compiled.diagnostics
    );
    for &(lang, ref book) in &compiled.books {
        let updated = |path: &str| {
            let page = book.pages().find(|p| p.page.path == path).unwrap();
            page.page.updated.clone()
        };
        assert_eq!(
            updated("/essays/why").as_deref(),
            Some("2026-01-05"),
            "{lang}"
        );
        assert_eq!(updated("/about"), None, "{lang}");
    }
}
