//! Random and mutated input never panics the compiler: Markdown bodies, front matter, a
//! whole content tree, and the JSON the app decodes. A fixed number of cases runs with every
//! test run; `FUZZ_CASES=200000 cargo test --release -p allrussias-compiler --test fuzz`
//! runs a longer search.

use std::fs;
use std::path::{Path, PathBuf};

use allrussias_compiler::frontmatter::{self, PageMeta};
use allrussias_compiler::{compile, markdown};
use allrussias_model::{Page, SectionManifest};

/// A small deterministic generator (xorshift64*), so a failing case can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Fragments that exercise the parser's edges: markup, fences, notes, links, HTML.
const PIECES: [&str; 24] = [
    "*",
    "**",
    "_",
    "[",
    "]",
    "(",
    ")",
    "![",
    "[^1]",
    "[^1]: ",
    ":::aside ",
    ":::",
    "\n",
    "\n\n",
    "> ",
    "— ",
    "| a | b |\n| --- | --- |\n",
    "<script>",
    "javascript:",
    "/media/x.svg",
    "# ",
    "```",
    "ё\u{301}",
    "+++\n",
];

fn mutate(rng: &mut Rng, seed: &str) -> String {
    let mut text: Vec<char> = seed.chars().collect();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(text.len() + 1);
        match rng.below(4) {
            0 => {
                let piece = PIECES[rng.below(PIECES.len())];
                text.splice(at..at, piece.chars());
            }
            1 if !text.is_empty() => {
                let end = (at + rng.below(40)).min(text.len());
                text.drain(at.min(end)..end);
            }
            2 => text.truncate(at),
            _ => text.insert(at, char::from_u32(rng.below(0x500) as u32).unwrap_or('x')),
        }
    }
    text.into_iter().collect()
}

fn cases() -> usize {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1500)
}

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

fn seeds() -> Vec<String> {
    [
        "en/soviet-russia/10-stalins-legacy/02-the-secret-speech.md",
        "ru/soviet-russia/10-stalins-legacy/02-the-secret-speech.md",
        "en/tsarist-russia/01-kievan-rus/_bullets.md",
        "en/pages/jokes.md",
    ]
    .iter()
    .map(|f| fs::read_to_string(content().join(f)).unwrap())
    .collect()
}

#[test]
fn mutated_markdown_and_front_matter_never_panic() {
    let seeds = seeds();
    let mut rng = Rng(0x5eed_1956);
    for _ in 0..cases() {
        let seed = &seeds[rng.below(seeds.len())];
        let text = mutate(&mut rng, seed);
        let mut found = Vec::new();
        match frontmatter::split(&text) {
            Some(split) => {
                let _ = frontmatter::parse::<PageMeta>(split.front, "f.md", &mut found);
                markdown::parse(
                    split.body,
                    "f.md",
                    split.body_line,
                    Path::new("/nowhere"),
                    &mut found,
                );
            }
            None => {
                markdown::parse(&text, "f.md", 1, Path::new("/nowhere"), &mut found);
            }
        }
    }
}

#[test]
fn mutated_json_is_refused_without_panic() {
    let mut rng = Rng(0x0c70_1917);
    let page = fs::read_to_string(content().join("../target/site/data/en/pages/about.json"))
        .unwrap_or_else(|_| r#"{"path":"/about","title":"A","description":"B","body":[{"paragraph":{"content":[{"text":"x"}]}}],"notes":[],"sources":[]}"#.into());
    for _ in 0..cases() {
        let text = mutate(&mut rng, &page);
        let _ = serde_json::from_str::<Page>(&text);
        let _ = serde_json::from_str::<SectionManifest>(&text);
    }
}

#[test]
fn a_mutated_content_tree_compiles_or_lists_its_problems() {
    let mut rng = Rng(0x00a2_1991);
    let files = [
        "en/soviet-russia/10-stalins-legacy/01-after-stalin.md",
        "en/soviet-russia/10-stalins-legacy/_chapter.md",
        "en/soviet-russia/_section.md",
        "en/glossary.toml",
        "ru/soviet-russia/10-stalins-legacy/03-the-thaw.md",
    ];
    // Whole-tree compiles are slower: a tenth of the cases, on one section.
    for _ in 0..cases() / 100 {
        let dir = tempfile::tempdir().unwrap();
        for lang in ["en", "ru"] {
            let from = content().join(lang).join("soviet-russia");
            copy_dir(&from, &dir.path().join(lang).join("soviet-russia"));
        }
        for file in files {
            if rng.below(2) == 0 {
                let source = if file.ends_with("glossary.toml") {
                    content().join(file)
                } else {
                    dir.path().join(file)
                };
                let text = fs::read_to_string(source).unwrap();
                fs::write(dir.path().join(file), mutate(&mut rng, &text)).unwrap();
            }
        }
        let compiled = compile(dir.path());
        for d in &compiled.diagnostics {
            assert!(!d.file.is_empty() && d.line > 0, "{d}");
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            fs::copy(&path, &target).unwrap();
        }
    }
}
