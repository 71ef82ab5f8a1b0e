//! Misspellings, variant spellings and the other alphabet over the real index of each
//! language: each finds what the spelling of the index finds, and is read as that spelling.

use std::collections::HashMap;
use std::path::Path;

use allrussias_compiler::{compile, search};
use allrussias_model::search::{read, read_as, search as find, search_read, shards_for, Shard};
use allrussias_model::Lang;

/// The index of each language.
fn indexes() -> HashMap<Lang, search::Index> {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let compiled = compile(&content);
    compiled
        .books
        .iter()
        .map(|&(lang, ref book)| (lang, search::index(lang, book, Vec::new())))
        .collect()
}

/// The shards a query needs, as the browser loads them.
fn loaded(index: &search::Index, query: &str, lang: Lang) -> HashMap<String, Shard> {
    shards_for(query, lang)
        .into_iter()
        .filter_map(|key| Some((key.clone(), index.shards.get(&key)?.clone())))
        .collect()
}

/// What a query is read as and the pages it finds.
fn searched(index: &search::Index, lang: Lang, query: &str) -> (Option<String>, Vec<String>) {
    let shards = loaded(index, query, lang);
    let reading = read(query, lang, &shards);
    let paths = search_read(&reading, &shards)
        .iter()
        .map(|hit| index.docs[hit.doc as usize].path.clone())
        .collect();
    (read_as(query, &reading), paths)
}

/// The pages the index's own spelling finds, searched as typed.
fn found_as_spelt(index: &search::Index, lang: Lang, query: &str) -> Vec<String> {
    let shards = loaded(index, query, lang);
    find(query, &shards)
        .iter()
        .map(|hit| index.docs[hit.doc as usize].path.clone())
        .collect()
}

/// Each (language, query, what it is read as, the index's spelling): the query finds
/// every page the index's spelling finds.
fn check(cases: &[(&str, &str, Option<&str>, &str)]) {
    let indexes = indexes();
    let mut misses = Vec::new();
    for (lang, query, expected, spelt) in cases {
        let lang = Lang::from_code(lang).expect("a case's language is en or ru");
        let index = &indexes[&lang];
        let (read, paths) = searched(index, lang, query);
        let wanted = found_as_spelt(index, lang, spelt);
        let missing: Vec<&String> = wanted.iter().filter(|p| !paths.contains(p)).collect();
        if wanted.is_empty() || !missing.is_empty() || read.as_deref() != *expected {
            misses.push(format!(
                "{lang} «{query}» read as {read:?} (not {expected:?}), misses {} of the {} pages of «{spelt}»: {missing:?}",
                missing.len(),
                wanted.len()
            ));
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}

#[test]
fn variant_spellings_find_what_the_index_spelling_finds() {
    check(&[
        ("en", "Khruschev", Some("khrushchev"), "Khrushchev"),
        ("en", "Krushchev", Some("khrushchev"), "Khrushchev"),
        ("en", "Gorbachov", Some("gorbachev"), "Gorbachev"),
        ("en", "Eltsin", Some("yeltsin"), "Yeltsin"),
        ("en", "Czar", Some("tsar"), "tsar"),
        (
            "en",
            "collectivization",
            Some("collectivisation"),
            "collectivisation",
        ),
        ("en", "Dostoyevsky", Some("dostoevsky"), "Dostoevsky"),
        ("en", "Aleksander", Some("alexander"), "Alexander"),
    ]);
}

#[test]
fn typos_find_what_the_nearest_word_finds() {
    check(&[
        ("en", "Stalni", Some("stalin"), "Stalin"),
        ("en", "revilution", Some("revolution"), "revolution"),
        ("en", "sefrdom", Some("serfdom"), "serfdom"),
        ("ru", "револция", Some("революция"), "революция"),
        ("ru", "Ствлин", Some("сталин"), "Сталин"),
    ]);
}

#[test]
fn the_other_alphabet_finds_what_the_sites_spelling_finds() {
    check(&[
        ("ru", "stalin", Some("сталин"), "Сталин"),
        ("ru", "perestroika", Some("перестройка"), "перестройка"),
        ("ru", "Gorbachev", Some("горбачев"), "Горбачёв"),
        ("ru", "Yeltsin", Some("ельцин"), "Ельцин"),
        ("en", "Сталин", Some("stalin"), "Stalin"),
        ("en", "Горбачёв", Some("gorbachev"), "Gorbachev"),
        ("en", "Хрущёв", Some("khrushchev"), "Khrushchev"),
    ]);
}
