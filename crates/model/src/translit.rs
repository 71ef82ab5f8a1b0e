//! BGN/PCGN (1947) romanisation of Russian, both ways, for the Learn Russian pages.
//!
//! Cyrillic to Latin follows the standard: е and ё are `ye` and `yë` at the start of a
//! word and after a vowel, й, ъ or ь (otherwise `e`, `ë`); й and ы are both `y`; ъ is `”`
//! and ь is `’`. Stress marks are dropped.
//!
//! Latin back to Cyrillic reads what the standard leaves ambiguous by context: `y` is ы
//! after a consonant or the dot and й elsewhere; `e` is е after a consonant and э
//! elsewhere (after the dot too); `ts`,
//! `sh`, `shch`, `zh`, `kh`, `ch`, `yu`, `ya`, `ye` are single letters. Where a sequence of
//! letters would read back as something else (т+с `t·s`, ш+ч `sh·ch`, т+ш `t·sh`, ы+а
//! `y·a`, й+у `y·u`, э after a consonant `·e`, ы after a vowel `·y`), [`to_latin`] puts the standard's optional
//! middle dot between them, so Cyrillic -> Latin -> Cyrillic gives the same word back
//! (except й after a consonant and ы starting a word, which Russian words do not have).
//! Readers may type `'` for ь and `"` for ъ.

/// The stress mark the lessons put after a stressed vowel.
pub const STRESS: char = '\u{301}';

/// BGN/PCGN's separator for letters that would otherwise read as one.
pub const SEPARATOR: char = '·';

const LETTERS: [(char, &str); 33] = [
    ('а', "a"),
    ('б', "b"),
    ('в', "v"),
    ('г', "g"),
    ('д', "d"),
    ('е', "e"),
    ('ё', "ë"),
    ('ж', "zh"),
    ('з', "z"),
    ('и', "i"),
    ('й', "y"),
    ('к', "k"),
    ('л', "l"),
    ('м', "m"),
    ('н', "n"),
    ('о', "o"),
    ('п', "p"),
    ('р', "r"),
    ('с', "s"),
    ('т', "t"),
    ('у', "u"),
    ('ф', "f"),
    ('х', "kh"),
    ('ц', "ts"),
    ('ч', "ch"),
    ('ш', "sh"),
    ('щ', "shch"),
    ('ъ', "\u{201d}"),
    ('ы', "y"),
    ('ь', "\u{2019}"),
    ('э', "e"),
    ('ю', "yu"),
    ('я', "ya"),
];

/// Latin spellings that are one letter, longest first so `shch` wins over `sh`.
const DIGRAPHS: [(&str, char); 8] = [
    ("shch", 'щ'),
    ("zh", 'ж'),
    ("kh", 'х'),
    ("ts", 'ц'),
    ("ch", 'ч'),
    ("sh", 'ш'),
    ("yu", 'ю'),
    ("ya", 'я'),
];

fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

fn upper(c: char) -> char {
    c.to_uppercase().next().unwrap_or(c)
}

fn is_vowel(c: char) -> bool {
    "аеёиоуыэюя".contains(c)
}

/// Whether е and ё are written with a `y` here: at the start of a word, after a vowel,
/// й, ъ or ь.
fn y_before(prev: Option<char>) -> bool {
    prev.is_none_or(|p| is_vowel(p) || "йъь".contains(p))
}

/// The text without stress marks.
pub fn strip_stress(text: &str) -> String {
    text.chars().filter(|c| *c != STRESS).collect()
}

/// Cyrillic to Latin; other characters are kept as they are.
pub fn to_latin(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    // The current word, in Cyrillic and from where its Latin starts, to check it reads back.
    let mut word = String::new();
    let mut word_start = 0;
    let mut prev = None;
    for c in text.chars().filter(|c| *c != STRESS) {
        let low = lower(c);
        let Some(&(_, base)) = LETTERS.iter().find(|(l, _)| *l == low) else {
            out.push(c);
            word.clear();
            word_start = out.len();
            prev = None;
            continue;
        };
        let mut latin = String::new();
        if matches!(low, 'е' | 'ё') && y_before(prev) {
            latin.push('y');
        }
        latin.push_str(base);
        if c != low {
            let mut chars = latin.chars();
            latin = chars.next().map(upper).into_iter().chain(chars).collect();
        }
        word.push(c);
        let plain = out.len();
        out.push_str(&latin);
        if to_cyrillic(&out[word_start..]) != word {
            out.truncate(plain);
            out.push(SEPARATOR);
            out.push_str(&latin);
            if to_cyrillic(&out[word_start..]) != word {
                out.truncate(plain);
                out.push_str(&latin);
            }
        }
        prev = Some(low);
    }
    out
}

/// The Cyrillic letter at the start of `rest` and how many characters it takes.
fn next_letter(rest: &[char], prev: Option<char>, after_separator: bool) -> Option<(char, usize)> {
    let starts = |latin: &str| {
        latin.chars().count() <= rest.len() && latin.chars().zip(rest).all(|(l, r)| lower(*r) == l)
    };
    if let Some(&(latin, letter)) = DIGRAPHS.iter().find(|(latin, _)| starts(latin)) {
        return Some((letter, latin.len()));
    }
    let after_consonant = prev.is_some_and(|p| !y_before(Some(p))) && !after_separator;
    if !after_consonant && starts("ye") {
        return Some(('е', 2));
    }
    if !after_consonant && starts("yë") {
        return Some(('ё', 2));
    }
    let letter = match lower(rest[0]) {
        'y' if after_consonant || after_separator => 'ы',
        'y' => 'й',
        'e' if after_consonant => 'е',
        'e' => 'э',
        'ë' => 'ё',
        '\'' | '\u{2019}' => 'ь',
        '"' | '\u{201d}' => 'ъ',
        c => LETTERS
            .iter()
            .find(|(_, latin)| latin.len() == 1 && latin.starts_with(c))
            .map(|(letter, _)| *letter)?,
    };
    Some((letter, 1))
}

/// Latin (BGN/PCGN) to Cyrillic; other characters are kept as they are.
pub fn to_cyrillic(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut prev = None;
    let mut after_separator = false;
    let mut prev_capital = false;
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == SEPARATOR && prev.is_some() {
            after_separator = true;
            i += 1;
            continue;
        }
        match next_letter(&chars[i..], prev, after_separator) {
            Some((letter, len)) => {
                // ’ and ” have no case: a sign is a capital after a capital (ОБЪЕКТ).
                let capital = if chars[i].is_alphabetic() {
                    chars[i].is_uppercase()
                } else {
                    prev_capital
                };
                prev_capital = capital;
                out.push(if capital { upper(letter) } else { letter });
                prev = Some(letter);
                i += len;
            }
            None => {
                out.push(chars[i]);
                prev = None;
                i += 1;
            }
        }
        after_separator = false;
    }
    out
}

#[cfg(test)]
mod tests;
