//! Where the published site lives: its origin, the base path it is served under, and each
//! language's form of a route.

use std::io;

/// The address a development build links to when `SITE_ORIGIN` is not set: the local
/// server of `trunk serve` and `scripts/serve.sh`.
const DEV_ORIGIN: &str = "http://127.0.0.1:8080";

/// The site's address when deployed, for canonical links, `og:url`, the sitemap and
/// `robots.txt`: `SITE_ORIGIN`, which a release build (Trunk's `TRUNK_PROFILE=release`)
/// must set; a development build falls back to the local server.
pub fn origin() -> io::Result<String> {
    let site_origin = std::env::var("SITE_ORIGIN").ok();
    let profile = std::env::var("TRUNK_PROFILE").ok();
    origin_of(site_origin.as_deref(), profile.as_deref())
}

/// [`origin`] from the two variables' values: `SITE_ORIGIN` without its last slash, else
/// the development address, except in a release build, which must not silently link to it.
fn origin_of(site_origin: Option<&str>, profile: Option<&str>) -> io::Result<String> {
    let site_origin = site_origin
        .map(|o| o.trim().trim_end_matches('/'))
        .filter(|o| !o.is_empty());
    match site_origin {
        Some(origin) => Ok(origin.to_string()),
        None if profile == Some("release") => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "SITE_ORIGIN is not set: a release build needs the site's address for its \
             canonical links, og:url, the sitemap and robots.txt; build with it set, for \
             example `SITE_ORIGIN=https://allrussias.example trunk build --release`",
        )),
        None => Ok(DEV_ORIGIN.to_string()),
    }
}

/// The path the site is served under, from Trunk's public URL (`/`, `/sub/` or a full
/// address), without its last slash: "" at the root of a domain, "/sub" under a sub-path.
pub fn root() -> String {
    root_of(&std::env::var("TRUNK_PUBLIC_URL").unwrap_or_default())
}

fn root_of(public_url: &str) -> String {
    let path = match public_url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |at| &rest[at..]),
        None => public_url,
    };
    match path.trim_matches('/') {
        "" => String::new(),
        inner => format!("/{inner}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_build_needs_its_origin() {
        let err = origin_of(None, Some("release")).unwrap_err();
        assert!(err.to_string().contains("SITE_ORIGIN"), "{err}");
        assert!(
            err.to_string()
                .contains("SITE_ORIGIN=https://allrussias.example trunk build --release"),
            "{err}"
        );
        assert!(origin_of(Some(""), Some("release")).is_err());
        assert!(origin_of(Some("  "), Some("release")).is_err());
        assert_eq!(
            origin_of(Some("https://allrussias.example/"), Some("release")).unwrap(),
            "https://allrussias.example"
        );
        assert_eq!(
            origin_of(Some("https://allrussias.example"), Some("release")).unwrap(),
            "https://allrussias.example"
        );
    }

    #[test]
    fn a_development_build_falls_back_to_the_local_server() {
        assert_eq!(origin_of(None, None).unwrap(), DEV_ORIGIN);
        assert_eq!(origin_of(None, Some("debug")).unwrap(), DEV_ORIGIN);
        assert_eq!(origin_of(Some(""), Some("debug")).unwrap(), DEV_ORIGIN);
        assert_eq!(
            origin_of(Some("https://example.org/"), None).unwrap(),
            "https://example.org"
        );
    }

    #[test]
    fn the_base_path_comes_from_the_public_url() {
        assert_eq!(root_of(""), "");
        assert_eq!(root_of("/"), "");
        assert_eq!(root_of("/sub/"), "/sub");
        assert_eq!(root_of("/a/b"), "/a/b");
        assert_eq!(root_of("https://cdn.example.org/sub/"), "/sub");
        assert_eq!(root_of("https://cdn.example.org"), "");
    }
}
