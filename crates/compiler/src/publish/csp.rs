//! The Content-Security-Policy every entry carries.

use std::fmt::Write;

use allrussias_model::videos::VIDEO_HOST;
use base64::Engine;
use sha2::{Digest, Sha256};

/// A policy that allows only the site's own files, plus the inline scripts (the reading
/// settings applied before the first paint, and the start-up script with its import map)
/// by their hashes.
pub fn with_csp(template: &str) -> String {
    let mut sources = String::new();
    let mut rest = template;
    let opens = [
        "<script>",
        "<script type=module>",
        "<script type=\"module\">",
        "<script type=importmap>",
        "<script type=\"importmap\">",
    ];
    while let Some((start, open)) = opens
        .iter()
        .filter_map(|open| rest.find(open).map(|at| (at, *open)))
        .min()
    {
        let after = &rest[start + open.len()..];
        let Some(end) = after.find("</script>") else {
            break;
        };
        let digest = Sha256::digest(&after.as_bytes()[..end]);
        let _ = write!(
            sources,
            " 'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(digest)
        );
        rest = &after[end..];
    }
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{sources}; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src {VIDEO_HOST}; object-src 'none'; base-uri 'self'; form-action 'self' mailto:"
    );
    template.replacen(
        "<meta charset=utf-8>",
        &format!("<meta charset=utf-8><meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"),
        1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_the_inline_start_script_by_its_hash_only() {
        let html = "<!doctype html><html lang=en><meta charset=utf-8><title>All Russias</title><script type=module>start()</script>";
        let with = with_csp(html);
        let digest = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"start()"));
        assert!(
            with.contains(&format!(
                "script-src 'self' 'wasm-unsafe-eval' 'sha256-{digest}';"
            )),
            "{with}"
        );
        assert!(!with.contains("unsafe-inline"));
    }
}
