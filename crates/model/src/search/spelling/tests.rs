use super::*;
use crate::search::Stem;

/// An index of one stem per word, each in as many documents as given.
fn index(words: &[(&str, u32)]) -> HashMap<String, Shard> {
    let mut shards: HashMap<String, Shard> = HashMap::new();
    for (word, documents) in words {
        shards.entry(shard_key(word)).or_default().insert(
            word.to_string(),
            Stem {
                forms: vec![word.to_string()],
                docs: (0..*documents).map(|d| (d, 1)).collect(),
            },
        );
    }
    shards
}

#[test]
fn every_variant_rule_turns_its_examples_into_each_other() {
    let rules: Vec<Variant> = variants().collect();
    assert!(rules.len() >= 10, "{rules:?}");
    for (one, other, examples) in rules {
        assert!(!examples.is_empty(), "{one} {other} has no example");
        assert_eq!(
            one.starts_with('^'),
            other.starts_with('^'),
            "{one} {other}"
        );
        assert_eq!(one.ends_with('$'), other.ends_with('$'), "{one} {other}");
        for (a, b) in examples {
            assert!(
                respell(a, one, other).contains(&b.to_string()),
                "{a} -> {b}"
            );
            assert!(
                respell(b, other, one).contains(&a.to_string()),
                "{b} -> {a}"
            );
        }
    }
}

#[test]
fn anchored_parts_change_only_at_the_start_or_end() {
    assert_eq!(respell("tsartsa", "^ts", "^cz"), ["czartsa"]);
    assert_eq!(respell("evgenev", "ev$", "ov$"), ["evgenov"]);
    assert_eq!(respell("yeye", "ye", "e"), ["eye", "yee"]);
}

#[test]
fn a_misspelt_name_is_read_as_the_spelling_the_index_has() {
    let shards = index(&[
        ("khrushchev", 9),
        ("gorbachev", 9),
        ("yeltsin", 5),
        ("tsar", 40),
    ]);
    for (typed, read_as) in [
        ("Khruschev", "khrushchev"),
        ("Krushchev", "khrushchev"),
        ("Gorbachov", "gorbachev"),
        ("Eltsin", "yeltsin"),
        ("Czar", "tsar"),
    ] {
        let keys = shards_for(typed, Lang::En);
        let loaded = keys
            .iter()
            .filter_map(|k| Some((k.clone(), shards.get(k)?.clone())));
        assert_eq!(
            read(typed, Lang::En, &loaded.collect()),
            [[read_as]],
            "{typed}"
        );
    }
}

#[test]
fn a_word_found_as_typed_is_searched_in_its_whole_word_variants_too() {
    let shards = index(&[("tsar", 40), ("czar", 1)]);
    assert_eq!(read("Czar", Lang::En, &shards), [["czar", "tsar"]]);
    let mut prefix = index(&[("estate", 3), ("yes", 1)]);
    prefix.extend(index(&[("yeltsin", 3)]));
    assert_eq!(read("ye", Lang::En, &prefix), [["ye"]]);
}

#[test]
fn the_other_alphabet_is_read_in_the_sites() {
    assert_eq!(
        in_site_alphabet("Stalin", Lang::Ru).as_deref(),
        Some("сталин")
    );
    assert_eq!(
        in_site_alphabet("Горбачёв", Lang::En).as_deref(),
        Some("gorbachev")
    );
    assert_eq!(
        in_site_alphabet("Ельцин", Lang::En).as_deref(),
        Some("yeltsin")
    );
    assert_eq!(in_site_alphabet("stalin", Lang::En), None);
    assert_eq!(in_site_alphabet("сталин", Lang::Ru), None);
    let shards = index(&[("сталин", 3), ("ельцин", 3)]);
    assert_eq!(
        read("stalin yeltsin", Lang::Ru, &shards),
        [["сталин"], ["ельцин"]]
    );
}

#[test]
fn a_typo_is_read_as_the_nearest_most_frequent_word() {
    let shards = index(&[
        ("stalin", 50),
        ("stealin", 1),
        ("revolution", 30),
        ("tsar", 5),
    ]);
    assert_eq!(read("staln", Lang::En, &shards), [["stalin"]]);
    assert_eq!(read("revloution", Lang::En, &shards), [["revolution"]]);
    assert_eq!(read("rvelotion", Lang::En, &shards), [["rvelotion"]]);
    assert_eq!(read("tsra", Lang::En, &shards), [["tsar"]]);
    assert_eq!(read("tzzr", Lang::En, &shards), [["tzzr"]]);
    assert_eq!(read("st", Lang::En, &shards), [["st"]]);
    let read_typo = read("staln", Lang::En, &shards);
    assert_eq!(read_as("Staln", &read_typo).as_deref(), Some("stalin"));
    assert_eq!(read_as("Stalin", &read("Stalin", Lang::En, &shards)), None);
    assert_eq!(distance("staln", "stalin", 1), Some(1));
    assert_eq!(distance("revloution", "revolution", 2), Some(1));
    assert_eq!(distance("abcdef", "fedcba", 2), None);
}
