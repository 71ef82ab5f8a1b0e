//! Random and mutated input never panics the compiler: Markdown bodies and front matter
//! (whose problems name the file and a line in it), the glossary linker and the search
//! index over mutated text and terms, and a whole content tree. Seeds are real content
//! files. A fixed number of cases runs with every
//! test run; `FUZZ_CASES=200000 cargo test --release -p allrussias-compiler --test fuzz`
//! runs a longer search.

use std::fs;
use std::path::{Path, PathBuf};

use allrussias_compiler::frontmatter::{self, PageMeta};
use allrussias_compiler::{compile, glossary, markdown, search};
use allrussias_model::Lang;
use allrussias_model::{Block, Book, Inline};

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
    let (mut run, mut refused) = (0, 0);
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
        // Every problem names the file and a line that is in it.
        let lines = text.lines().count().max(1) as u32;
        for d in &found {
            assert!(
                d.file == "f.md" && (1..=lines + 1).contains(&d.line),
                "{d} (the text has {lines} lines)\n{text}"
            );
        }
        run += 1;
        refused += usize::from(!found.is_empty());
    }
    println!("markdown and front matter: {run} cases, {refused} with problems reported");
}

/// Mutates every run of plain text in `blocks`.
fn mutate_blocks(rng: &mut Rng, blocks: &mut [Block]) {
    fn inlines(rng: &mut Rng, content: &mut [Inline]) {
        for inline in content {
            match inline {
                Inline::Text(text) if rng.below(3) == 0 => *text = mutate(rng, text),
                Inline::Emphasis(inner) | Inline::Strong(inner) => inlines(rng, inner),
                _ => {}
            }
        }
    }
    for block in blocks {
        if let Block::Paragraph { content } = block {
            inlines(rng, content);
        }
    }
}

#[test]
fn the_glossary_linker_and_the_search_index_take_mutated_text_and_terms() {
    let compiled = compile(&content());
    let mut rng = Rng(0x0c70_1917);
    let mut run = 0;
    for &(lang, ref book) in &compiled.books {
        for _ in 0..cases() / 10 {
            // One chapter of one section, with mutated text and glossary terms.
            let mut section = book.sections[rng.below(book.sections.len())].clone();
            let chapter = rng.below(section.chapters.len());
            section.chapters = vec![section.chapters[chapter].clone()];
            for page in section.chapters.iter_mut().flat_map(|c| c.pages.iter_mut()) {
                mutate_blocks(&mut rng, &mut page.page.body);
                page.page.title = mutate(&mut rng, &page.page.title);
            }
            let mut glossary = book.glossary.clone();
            for term in glossary.iter_mut() {
                if rng.below(4) == 0 {
                    term.name = mutate(&mut rng, &term.name);
                    for form in term.forms.iter_mut() {
                        *form = mutate(&mut rng, form);
                    }
                }
            }
            let mut small = Book {
                sections: vec![section],
                glossary,
                ..Book::default()
            };
            glossary::apply(&mut small);
            let _ = search::index(lang, &small, Vec::new());
            run += 1;
        }
    }
    println!("glossary linker and search index: {run} cases");
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
    // Whole-tree compiles are slower: a hundredth of the cases, on one section.
    let mut run = 0;
    for _ in 0..cases() / 100 {
        let dir = tempfile::tempdir().unwrap();
        for lang in Lang::ALL {
            let from = content().join(lang.code()).join("soviet-russia");
            copy_dir(&from, &dir.path().join(lang.code()).join("soviet-russia"));
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
        run += 1;
    }
    println!("whole content trees: {run} cases");
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

/// Searching: random queries (mutated words of real titles and the parser's edge pieces)
/// against each language's real index. Whatever is typed, results are real documents, best
/// first, each once; marking a text loses none of it; a snippet is a piece of its text;
/// and any words of a document's title find that document.
#[test]
fn searching_any_query_finds_real_documents_and_marks_text_faithfully() {
    use std::collections::HashMap;

    use allrussias_model::search::{mark, read, search_read, snippet, words};

    let compiled = compile(&content());
    let mut rng = Rng(0x5ea2_c4ed);
    let mut run = 0;
    for &(lang, ref book) in &compiled.books {
        let index = search::index(lang, book, Vec::new());
        let shards: HashMap<_, _> = index.shards.clone().into_iter().collect();
        let docs = &index.docs;
        for _ in 0..cases() / 10 {
            let doc = rng.below(docs.len());
            let title_words: Vec<String> = words(&docs[doc].title).collect();
            let wanted: Vec<&String> = (0..1 + rng.below(3))
                .filter_map(|_| title_words.get(rng.below(title_words.len())))
                .collect();
            let exact = wanted
                .iter()
                .map(|w| w.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let typed = if rng.below(2) == 0 {
                exact.clone()
            } else {
                mutate(&mut rng, &exact)
            };
            let reading = read(&typed, lang, &shards);
            assert_eq!(reading.len(), words(&typed).count(), "{typed:?}");
            assert!(
                reading.iter().all(|spellings| !spellings.is_empty()),
                "{typed:?}"
            );
            let hits = search_read(&reading, &shards);
            assert!(
                hits.iter().all(|h| (h.doc as usize) < docs.len()),
                "{typed:?}"
            );
            assert!(
                hits.windows(2).all(|w| w[0].score >= w[1].score),
                "{typed:?}"
            );
            let mut seen: Vec<u32> = hits.iter().map(|h| h.doc).collect();
            seen.sort_unstable();
            seen.dedup();
            assert_eq!(seen.len(), hits.len(), "{typed:?}: a document twice");
            if typed == exact && !wanted.is_empty() {
                let found = search_read(&read(&exact, lang, &shards), &shards);
                assert!(
                    found.iter().any(|h| h.doc as usize == doc),
                    "{lang}: {exact:?} (read as {:?}) does not find {:?}",
                    read(&exact, lang, &shards),
                    docs[doc].title
                );
            }
            for hit in hits.iter().take(3) {
                let text = mutate(&mut rng, &docs[hit.doc as usize].title);
                let runs = mark(&text, &hit.forms);
                assert_eq!(
                    runs.iter().map(|(t, _)| t.as_str()).collect::<String>(),
                    text
                );
                assert!(runs.windows(2).all(|w| w[0].1 != w[1].1), "{runs:?}");
                let width = 10 + rng.below(80);
                let cut: String = snippet(&text, &hit.forms, width)
                    .into_iter()
                    .map(|(t, _)| t)
                    .collect();
                // The ellipses say that text was left out before or after.
                let cut = cut.strip_prefix('…').unwrap_or(&cut);
                let cut = cut.strip_suffix('…').unwrap_or(cut);
                assert!(text.contains(cut), "{cut:?} is not from {text:?}");
                assert!(
                    cut.chars().count() <= width,
                    "{cut:?} is wider than {width}"
                );
            }
            run += 1;
        }
    }
    println!("search queries: {run} cases");
}

/// Published names: random trees of data files are named and listed as the app reads
/// them. Every file is found under its name through its parents, with its content; a
/// mistyped path finds nothing; and changing a file renames everything above it.
#[test]
fn published_names_resolve_every_file_and_nothing_else() {
    use allrussias_compiler::names::{publish_names, published};
    use allrussias_model::data::{self, lineage};
    use allrussias_model::SECTIONS;
    use std::collections::BTreeMap;

    let mut rng = Rng(0x00da_7a5e);
    let slugs = ["a", "b", "kievan-rus", "the-thaw", "ёлка", "x-1"];
    let mut run = 0;
    for _ in 0..cases() / 100 {
        let dir = tempfile::tempdir().unwrap();
        let mut files: BTreeMap<String, String> = BTreeMap::new();
        for _ in 0..1 + rng.below(30) {
            let lang = Lang::ALL[rng.below(2)];
            let section = SECTIONS[rng.below(SECTIONS.len())];
            let slug = |rng: &mut Rng| slugs[rng.below(slugs.len())];
            let path = match rng.below(9) {
                0 => data::manifest(lang, section),
                1 => data::chapter(lang, section, slug(&mut rng)),
                2 => data::page(
                    lang,
                    &format!("/{section}/{}/{}", slug(&mut rng), slug(&mut rng)),
                ),
                3 => data::page(lang, &format!("/{}", slug(&mut rng))),
                4 => data::page(lang, &format!("/{}/{}", slug(&mut rng), slug(&mut rng))),
                5 => data::gallery(lang, slug(&mut rng)),
                6 => data::series(lang, slug(&mut rng)),
                7 => data::lesson(lang, slug(&mut rng)),
                _ => allrussias_model::search::shard_url(lang, &format!("s{:02}", rng.below(64))),
            };
            for step in lineage(&path) {
                let body = format!("{{\"n\":{}}}", rng.below(1000));
                files.entry(step).or_insert(body);
            }
        }
        let write = |files: &BTreeMap<String, String>, out: &Path| {
            for (path, body) in files {
                let file = out.join(path.trim_start_matches('/'));
                fs::create_dir_all(file.parent().unwrap()).unwrap();
                fs::write(file, body).unwrap();
            }
            publish_names(out).unwrap();
        };
        write(&files, dir.path());
        let names: BTreeMap<&String, String> = files
            .keys()
            .map(|path| {
                let name = published(dir.path(), path).unwrap_or_else(|| panic!("{path}"));
                let text =
                    fs::read_to_string(dir.path().join(name.trim_start_matches('/'))).unwrap();
                let value: serde_json::Value = serde_json::from_str(&text).unwrap();
                let body: serde_json::Value = serde_json::from_str(&files[path]).unwrap();
                assert_eq!(value["n"], body["n"], "{path} as {name}");
                (path, name)
            })
            .collect();
        for path in files.keys() {
            let typo = mutate(&mut rng, path);
            if !files.contains_key(&typo) {
                assert_eq!(published(dir.path(), &typo), None, "{typo:?}");
            }
        }
        // A changed file renames itself and every file above it, and nothing else.
        let changed = files.keys().nth(rng.below(files.len())).unwrap().clone();
        let mut edited = files.clone();
        edited.insert(changed.clone(), "{\"n\":-1}".to_string());
        let again = tempfile::tempdir().unwrap();
        write(&edited, again.path());
        let above = lineage(&changed);
        for path in files.keys() {
            let renamed = published(again.path(), path).unwrap() != names[path];
            let site_index = data::parent(path).is_none();
            assert_eq!(
                renamed,
                above.contains(path) && !site_index,
                "{path} after {changed} changed"
            );
        }
        run += 1;
    }
    println!("published-name trees: {run} cases");
}
