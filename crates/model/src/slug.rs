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

/// A URL fragment made from a heading or a term: lower-case ASCII words joined by hyphens.
/// Text with no ASCII letters or digits gives `section`.
pub fn from_title(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
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
