//! Where published JSON lives, relative to the site root. The compiler writes these paths
//! and the app fetches them, so both sides take them from here.

/// The site index: sections and the topics that have content.
pub fn site_index(lang: &str) -> String {
    format!("/data/{lang}/site.json")
}

/// One section's manifest: its chapters and pages in reading order.
pub fn manifest(lang: &str, section: &str) -> String {
    format!("/data/{lang}/sections/{section}.json")
}

/// One page, by its route (`/soviet-russia/stalins-legacy/the-thaw` or `/about`).
pub fn page(lang: &str, path: &str) -> String {
    format!("/data/{lang}/pages{path}.json")
}

/// The Images page: the galleries.
pub fn images(lang: &str) -> String {
    format!("/data/{lang}/images/index.json")
}

/// One gallery and its pictures.
pub fn gallery(lang: &str, slug: &str) -> String {
    format!("/data/{lang}/images/{slug}.json")
}

/// Russian Music Samples: every tune.
pub fn music(lang: &str) -> String {
    format!("/data/{lang}/music.json")
}

/// Russia on YouTube: the videos by era.
pub fn videos(lang: &str) -> String {
    format!("/data/{lang}/videos.json")
}

/// The statistics page: every series by topic.
pub fn statistics(lang: &str) -> String {
    format!("/data/{lang}/statistics/index.json")
}

/// One statistical series, and the same figures as CSV for download.
pub fn series(lang: &str, slug: &str) -> String {
    format!("/data/{lang}/statistics/{slug}.json")
}

pub fn series_csv(lang: &str, slug: &str) -> String {
    format!("/data/{lang}/statistics/{slug}.csv")
}
/// The Learn Russian main page's data in a language.
pub fn learn(lang: &str) -> String {
    format!("/data/{lang}/learn/index.json")
}

/// One lesson's data in a language.
pub fn lesson(lang: &str, slug: &str) -> String {
    format!("/data/{lang}/learn/lessons/{slug}.json")
}

/// A Learn Russian recording by its stem, in a format (`ogg`, `mp3`).
pub fn learn_audio(stem: &str, format: &str) -> String {
    format!("{LEARN_AUDIO}/{stem}.{format}")
}

/// Where the recordings are published (the compiler copies them there).
pub const LEARN_AUDIO: &str = "/media/audio/learn";

#[cfg(test)]
mod tests {
    #[test]
    fn paths_are_absolute_so_deep_links_work() {
        assert_eq!(super::site_index("en"), "/data/en/site.json");
        assert_eq!(
            super::manifest("en", "soviet-russia"),
            "/data/en/sections/soviet-russia.json"
        );
        assert_eq!(
            super::page("en", "/soviet-russia/a/b"),
            "/data/en/pages/soviet-russia/a/b.json"
        );
    }
}
