//! Search over the real corpus, as the browser runs it: stems in both languages, ё folded,
//! prefixes while typing, and only the shards a query needs.

use std::collections::HashMap;
use std::path::Path;

use allrussias_compiler::{compile, search};
use allrussias_model::search::{search as find, shards_for};

fn titles(lang: usize, query: &str) -> Vec<String> {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let compiled = compile(&content);
    let &(code, ref book) = &compiled.books[lang];
    let index = search::index(code, book, Vec::new());
    let shards: HashMap<_, _> = shards_for(query, code)
        .into_iter()
        .filter_map(|key| Some((key.clone(), index.shards.get(&key)?.clone())))
        .collect();
    find(query, &shards)
        .iter()
        .map(|hit| index.docs[hit.doc as usize].path.clone())
        .collect()
}

#[test]
fn english_search_finds_inflected_forms_and_prefixes() {
    let found = titles(0, "collectivised");
    assert!(
        found
            .iter()
            .any(|p| p.ends_with("/collectivisation-and-famine")),
        "{found:?}"
    );
    let typing = titles(0, "Khrushch");
    assert!(
        typing.iter().any(|p| p.ends_with("/the-secret-speech")),
        "{typing:?}"
    );
    assert!(titles(0, "Pospelov commission")
        .iter()
        .any(|p| p.ends_with("/the-secret-speech")));
    assert!(titles(0, "kulak").iter().any(|p| p == "/a-z#kulak"));
}

#[test]
fn russian_search_finds_inflections_and_folds_yo() {
    let reforms = titles(1, "реформы");
    assert!(
        reforms
            .iter()
            .any(|p| p.ends_with("/the-emancipation-of-the-serfs")),
        "{reforms:?}"
    );
    assert_eq!(titles(1, "Хрущёв"), titles(1, "хрущев"));
    assert!(titles(1, "Хрущёв")
        .iter()
        .any(|p| p.ends_with("/the-secret-speech")));
}
