//! Slugs: the URL segments of sections, chapters, pages and topics.

/// A slug is non-empty lower-case ASCII letters and digits, joined by single hyphens.
pub fn is_valid(slug: &str) -> bool {
    !slug.is_empty()
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A URL fragment made from a heading or a term: lower-case ASCII words joined by hyphens,
/// Cyrillic transliterated. Text with no letters or digits gives `section`.
pub fn from_title(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if let Some(latin) = transliterate(c) {
            slug.push_str(latin);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "section".to_string()
    } else {
        slug.to_string()
    }
}

/// Latin letters for a lower-case Russian letter (the BGN/PCGN scheme, simplified to ASCII;
/// the hard and soft signs are dropped).
fn transliterate(c: char) -> Option<&'static str> {
    const LETTERS: [&str; 32] = [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
        "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
    ];
    match c {
        'ё' => Some("yo"),
        'а'..='я' => Some(LETTERS[(c as u32 - 'а' as u32) as usize]),
        _ => None,
    }
}

/// Splits an ordered file or folder name such as `02-the-thaw` into its order and slug.
pub fn split_ordered(name: &str) -> Option<(u32, &str)> {
    let (number, slug) = name.split_once('-')?;
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((number.parse().ok()?, slug))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_become_ascii_fragments() {
        assert_eq!(from_title("The Secret Speech"), "the-secret-speech");
        assert_eq!(from_title("Смутное время"), "smutnoe-vremya");
        assert_eq!(
            from_title("Пётр I и «Табель о рангах»"),
            "pyotr-i-i-tabel-o-rangakh"
        );
        assert_eq!(from_title("«»"), "section");
    }

    #[test]
    fn accepts_plain_slugs_and_rejects_others() {
        assert!(is_valid("stalins-legacy"));
        assert!(is_valid("1956"));
        for bad in ["", "-a", "a-", "a--b", "Stalin", "a_b", "a b", "ы"] {
            assert!(!is_valid(bad), "{bad:?} should be invalid");
        }
    }

    #[test]
    fn splits_order_prefix() {
        assert_eq!(split_ordered("02-the-thaw"), Some((2, "the-thaw")));
        assert_eq!(split_ordered("10-a"), Some((10, "a")));
        assert_eq!(split_ordered("the-thaw"), None);
        assert_eq!(split_ordered("02"), None);
    }
}
