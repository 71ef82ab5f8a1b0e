//! The route table's vocabulary: every menu of the frame, the titles of stand-alone pages,
//! and the one place that builds hrefs.

use allrussias_model::book::page_path;
use allrussias_model::TOPICS;

/// The language the site is published in so far; the Russian mirror lives under `/ru`.
pub const LANG: &str = "en";

pub struct MenuItem {
    pub href: &'static str,
    pub label: &'static str,
}

const fn item(href: &'static str, label: &'static str) -> MenuItem {
    MenuItem { href, label }
}

pub const MAIN_MENU: [MenuItem; 6] = [
    item("/", "Home"),
    item("/tsarist-russia", "Tsarist Russia"),
    item("/soviet-russia", "Soviet Russia"),
    item("/russian-federation", "Russian Federation"),
    item("/learn-russian", "Learn Russian"),
    item("/images", "Images & Video"),
];

pub const SECOND_MENU: [MenuItem; 6] = [
    item("/a-z", "Russia from A to Z"),
    item("/videos", "Russia on YouTube"),
    item("/essays", "Best Student Essays"),
    item("/jokes", "Jokes about Rulers"),
    item("/laugh", "Russia with Laugh"),
    item("/links", "Useful Links"),
];

pub const SIDE_LINKS: [MenuItem; 2] = [
    item("/jokes", "Political Jokes"),
    item("/music", "Russian Music Samples"),
];

pub const FOOTER_MENU: [MenuItem; 6] = [
    item("/partners", "We Are Partners"),
    item("/about", "About This Site"),
    item("/site-map", "Site Map"),
    item("/feedback", "Send Feedback"),
    item("/bookmarks", "Bookmark This Site"),
    item("/bullets", "Lecture Bullet Points"),
];

/// The title of a stand-alone page, shown even before it has content.
pub fn topic_title(slug: &str) -> Option<&'static str> {
    Some(match slug {
        "learn-russian" => "Learn Russian",
        "images" => "Images & Video",
        "videos" => "Russia on YouTube",
        "a-z" => "Russia from A to Z",
        "essays" => "Best Student Essays",
        "jokes" => "Jokes about Rulers",
        "laugh" => "Russia with Laugh",
        "links" => "Useful Links",
        "music" => "Russian Music Samples",
        "statistics" => "Tables and Statistics",
        "bullets" => "Lecture Bullet Points",
        "about" => "About This Site",
        "partners" => "We Are Partners",
        "feedback" => "Send Feedback",
        "bookmarks" => "Bookmark This Site",
        "search" => "Search",
        "site-map" => "Site Map",
        _ => return None,
    })
    .filter(|_| TOPICS.contains(&slug))
}

pub fn section_href(section: &str) -> String {
    format!("/{section}")
}

pub fn page_href(section: &str, chapter: &str, page: &str) -> String {
    page_path(section, chapter, page)
}

/// The language a path is shown in: the Russian mirror lives under `/ru`.
pub fn language_of(path: &str) -> &'static str {
    if path == "/ru" || path.starts_with("/ru/") {
        "ru"
    } else {
        "en"
    }
}

/// The same page in the other language, for the language switch.
pub fn other_language_href(path: &str) -> String {
    match language_of(path) {
        "ru" => match path.strip_prefix("/ru").unwrap_or("") {
            "" => "/".to_string(),
            rest => rest.to_string(),
        },
        _ if path == "/" => "/ru".to_string(),
        _ => format!("/ru{path}"),
    }
}

/// Formats a document title.
pub fn document_title(title: &str) -> String {
    if title == "All Russias" {
        title.to_string()
    } else {
        format!("{title} | All Russias")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_has_a_title_and_every_menu_link_is_a_route() {
        for slug in TOPICS {
            assert!(topic_title(slug).is_some(), "no title for {slug}");
        }
        let menus = MAIN_MENU
            .iter()
            .chain(&SECOND_MENU)
            .chain(&SIDE_LINKS)
            .chain(&FOOTER_MENU);
        for item in menus {
            let slug = item.href.trim_start_matches('/');
            assert!(
                slug.is_empty()
                    || allrussias_model::SECTIONS.contains(&slug)
                    || TOPICS.contains(&slug),
                "{} is not a route",
                item.href
            );
        }
    }

    #[test]
    fn language_switch_mirrors_the_path() {
        assert_eq!(other_language_href("/"), "/ru");
        assert_eq!(
            other_language_href("/soviet-russia/a/b"),
            "/ru/soviet-russia/a/b"
        );
        assert_eq!(other_language_href("/ru/soviet-russia"), "/soviet-russia");
        assert_eq!(other_language_href("/ru"), "/");
        assert_eq!(language_of("/russian-federation"), "en");
        assert_eq!(language_of("/ru/about"), "ru");
    }
}
