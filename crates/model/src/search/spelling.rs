//! What a query word is read as when it finds nothing as typed: the same word in the
//! site's alphabet ([`crate::translit`]), a known variant spelling of it (`variants.txt`),
//! or the nearest word of the index (a typo).

use crate::Lang;
use std::cmp::Reverse;
use std::collections::HashMap;

use super::{entry_answers, entry_has, normalize, shard_key, words, Shard};
use crate::translit::{to_cyrillic, to_latin};

/// The variant spellings, as data (see the file's head for its shape).
const VARIANTS: &str = include_str!("variants.txt");

/// The shortest word that is read as the nearest word when it finds nothing.
const MIN_TYPO: usize = 3;
/// Words up to this long may differ from the word they stand for by one edit, longer
/// ones by two.
const SHORT: usize = 5;
/// How many variant changes a word is tried with, one after another.
const VARIANT_DEPTH: usize = 2;

/// A variant rule: one part of a word, the other part, and example word pairs.
pub type Variant = (
    &'static str,
    &'static str,
    Vec<(&'static str, &'static str)>,
);

/// Every rule of `variants.txt`.
pub fn variants() -> impl Iterator<Item = Variant> {
    VARIANTS
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            let (one, other) = (fields.next()?, fields.next()?);
            let examples: Vec<&str> = fields.collect();
            let pairs = examples.chunks_exact(2).map(|p| (p[0], p[1])).collect();
            Some((one, other, pairs))
        })
}

/// `word` with one occurrence of the part `from` changed to `to`, in each place it can be.
pub fn respell(word: &str, from: &str, to: &str) -> Vec<String> {
    let (at_start, at_end) = (from.starts_with('^'), from.ends_with('$'));
    let bare = |part: &str| {
        part.trim_start_matches('^')
            .trim_end_matches('$')
            .to_string()
    };
    let (from, to) = (bare(from), bare(to));
    word.match_indices(&from)
        .filter(|(i, _)| (!at_start || *i == 0) && (!at_end || i + from.len() == word.len()))
        .map(|(i, _)| format!("{}{to}{}", &word[..i], &word[i + from.len()..]))
        .collect()
}

/// The variant spellings of a Latin word, nearest first, without the word itself.
fn variant_spellings(word: &str) -> Vec<String> {
    let rules: Vec<Variant> = variants().collect();
    let mut found = vec![word.to_string()];
    let mut last = vec![word.to_string()];
    for _ in 0..VARIANT_DEPTH {
        let mut next = Vec::new();
        for spelling in &last {
            for (one, other, _) in &rules {
                next.extend(respell(spelling, one, other));
                next.extend(respell(spelling, other, one));
            }
        }
        next.retain(|s| !found.contains(s));
        next.dedup();
        found.extend(next.iter().cloned());
        last = next;
    }
    found.remove(0);
    found
}

fn is_cyrillic(word: &str) -> bool {
    word.chars().any(|c| matches!(c, 'а'..='я'))
}

/// A word of the other alphabet in the site's (`lang`): Latin read as Cyrillic on the
/// Russian site, Cyrillic written in Latin letters on the English one.
pub fn in_site_alphabet(word: &str, lang: Lang) -> Option<String> {
    match (lang == Lang::Ru, is_cyrillic(word)) {
        (true, false) => Some(normalize(&to_cyrillic(word))),
        (false, true) => Some(normalize(
            &to_latin(word)
                .chars()
                .filter(|c| !matches!(c, '\u{b7}' | '\u{2019}' | '\u{201d}'))
                .map(|c| if c == 'ë' { 'e' } else { c })
                .collect::<String>(),
        )),
        _ => None,
    }
}

/// Every spelling a query word is tried in, in order: as typed, in the site's alphabet,
/// then the variant spellings of its Latin form (in Cyrillic on the Russian site).
pub fn spellings(word: &str, lang: Lang) -> Vec<String> {
    let other = in_site_alphabet(word, lang);
    let latin = if is_cyrillic(word) {
        other.clone()
    } else {
        Some(word.to_string())
    };
    let variants = latin.map(|w| variant_spellings(&w)).unwrap_or_default();
    let variants = variants.into_iter().map(|v| match lang {
        Lang::Ru => normalize(&to_cyrillic(&v)),
        Lang::En => v,
    });
    let mut all = vec![word.to_string()];
    for spelling in other.into_iter().chain(variants) {
        if !all.contains(&spelling) {
            all.push(spelling);
        }
    }
    all
}

/// The shard keys a query needs, for every spelling of its words.
pub fn shards_for(query: &str, lang: Lang) -> Vec<String> {
    let mut keys: Vec<String> = words(query)
        .flat_map(|w| spellings(&w, lang))
        .map(|w| shard_key(&w))
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// Whether the index has an entry that answers `word` (see [`entry_answers`]), or, with
/// `whole`, one that has it as a whole word ([`entry_has`]).
fn finds(word: &str, whole: bool, shards: &HashMap<String, Shard>) -> bool {
    let answers = |(stem, entry): (&String, &super::Stem)| match whole {
        true => entry_has(stem, entry, word),
        false => entry_answers(stem, entry, word),
    };
    shards
        .get(&shard_key(word))
        .is_some_and(|shard| shard.iter().any(answers))
}

/// Whether `word` is a word form the text uses.
fn is_form(word: &str, shards: &HashMap<String, Shard>) -> bool {
    shards
        .get(&shard_key(word))
        .is_some_and(|shard| shard.values().any(|e| e.forms.iter().any(|f| f == word)))
}

/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
/// two neighbours, each one edit; `None` when it is more than `max`.
pub fn distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut rows = vec![(0..=b.len()).collect::<Vec<usize>>()];
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (rows[i - 1][j] + 1)
                .min(row[j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(rows[i - 2][j - 2] + 1);
            }
        }
        rows.push(row);
    }
    Some(rows[a.len()][b.len()]).filter(|d| *d <= max)
}

/// The word of the loaded shards nearest to `word` (one edit for a short word, two for a
/// longer one), the most frequent (in the most documents) of the nearest.
pub fn nearest(word: &str, shards: &HashMap<String, Shard>) -> Option<String> {
    let length = word.chars().count();
    if length < MIN_TYPO {
        return None;
    }
    let max = if length <= SHORT { 1 } else { 2 };
    let entries = shards.values().flat_map(|shard| shard.values());
    entries
        .flat_map(|entry| entry.forms.iter().map(move |form| (form, entry.docs.len())))
        .filter_map(|(form, documents)| {
            Some((distance(word, form, max)?, Reverse(documents), form))
        })
        .min()
        .map(|(_, _, form)| form.clone())
}

/// The spellings each word of a query is searched in. A word the index answers as typed
/// is searched as typed and in those of its other spellings that are whole words of the
/// index (Czar finds tsar too); a word it does not answer, in those other spellings, else
/// as the nearest word to it or to its form in the site's alphabet, else as typed.
/// `shards` holds those of [`shards_for`].
pub fn read(query: &str, lang: Lang, shards: &HashMap<String, Shard>) -> Vec<Vec<String>> {
    words(query)
        .map(|word| {
            let spellings = spellings(&word, lang);
            let mut read: Vec<String> = spellings[1..]
                .iter()
                .filter(|s| finds(s, true, shards))
                .cloned()
                .collect();
            // A spelling the text uses comes before one that only looks inflected.
            read.sort_by_key(|s| !is_form(s, shards));
            if finds(&word, false, shards) {
                read.insert(0, word);
            } else if read.is_empty() {
                let typed = [Some(word.clone()), in_site_alphabet(&word, lang)];
                let near = typed
                    .into_iter()
                    .flatten()
                    .find_map(|w| nearest(&w, shards));
                read.push(near.unwrap_or(word));
            }
            read
        })
        .collect()
}

/// The words a reading searches first (see [`read`]), when they are not those typed: what
/// "Showing results for" shows.
pub fn read_as(query: &str, read: &[Vec<String>]) -> Option<String> {
    let first: Vec<&str> = read
        .iter()
        .filter_map(|s| s.first().map(String::as_str))
        .collect();
    let typed: Vec<String> = words(query).collect();
    (first != typed).then(|| first.join(" "))
}

#[cfg(test)]
mod tests;
