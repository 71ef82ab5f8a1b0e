//! An entry's page from Trunk's index.html: its head (title, description, social tags,
//! canonical and alternate links, preloads), its text, and the base path it is served under.

use allrussias_model::{Lang, Route, Topic};
use std::collections::HashSet;
use std::fmt::Write;

use allrussias_model::data;
use allrussias_model::escape;

use super::entries::Entry;
use crate::names;

/// The site's name in a language, as the app's interface writes it (`site_name` in
/// src/i18n.rs): the English name echoes the tsars' style "of all the Russias", the
/// Russian one their title «Государь всея Руси».
pub(super) fn site_name(lang: Lang) -> &'static str {
    if lang == Lang::Ru {
        "Всея Руси"
    } else {
        "All Russias"
    }
}

/// A page's document title, as the app writes it: "Page | Site", or the site's name alone
/// on the home page.
fn document_title(lang: Lang, title: &str) -> String {
    let site = site_name(lang);
    if title == site {
        title.to_string()
    } else {
        format!("{title} | {site}")
    }
}

/// Points the entry at the base path: the tag the app and the service worker read it
/// from, and the files index.html links by hand (Trunk prefixes its own).
pub(super) fn with_root(template: &str, root: &str) -> String {
    let mut page = template.replacen(
        "<meta charset=utf-8>",
        &format!("<meta charset=utf-8><meta name=\"allrussias-base\" content=\"{root}/\">"),
        1,
    );
    for file in ["/fonts/", "/favicon.svg"] {
        for quote in ["=", "=\""] {
            page = page.replace(&format!("{quote}{file}"), &format!("{quote}{root}{file}"));
        }
    }
    page
}

/// Our static HTML writes site paths (`href="/about"`, `src="/media/..."`); under a base
/// path they need it in front. Text never holds `href="/`, since quotes are escaped.
fn under_root(html: &str, root: &str) -> String {
    if root.is_empty() {
        return html.to_string();
    }
    html.replace(" href=\"/", &format!(" href=\"{root}/"))
        .replace(" src=\"/", &format!(" src=\"{root}/"))
}

/// The data a route's screen loads first, by the route: a chapter page its chapter's
/// manifest and its page, a stand-alone page its page, a gallery or a lesson its file.
/// A route whose file does not exist (the site map, the flash cards) gets none.
fn first_data(lang: Lang, path: &str) -> Vec<String> {
    match Route::parse(path) {
        Some(Route::Home) => vec![data::site_index(lang)],
        Some(Route::Section(section)) => vec![data::manifest(lang, section.slug())],
        Some(Route::Page {
            section, chapter, ..
        }) => vec![
            data::chapter(lang, section.slug(), &chapter),
            data::page(lang, path),
        ],
        Some(Route::Topic(Topic::Images)) => vec![data::images(lang)],
        Some(Route::Item(Topic::Images, gallery)) => vec![data::gallery(lang, &gallery)],
        Some(Route::Topic(Topic::Statistics)) => vec![data::statistics(lang)],
        Some(Route::Item(Topic::Statistics, series)) => vec![data::series(lang, &series)],
        Some(Route::Topic(Topic::Music)) => vec![data::music(lang)],
        Some(Route::Topic(Topic::Videos)) => vec![data::videos(lang)],
        Some(Route::Topic(Topic::LearnRussian)) => vec![data::learn(lang)],
        Some(Route::Item(Topic::LearnRussian, lesson)) => vec![data::lesson(lang, &lesson)],
        _ => vec![data::page(lang, path)],
    }
}

/// Preload links for the data an entry's screen loads and the files above it, so they
/// download while the app does.
pub(super) fn preload(published: &mut names::Published, root: &str, entry: &Entry) -> String {
    let mut seen = HashSet::new();
    let mut links = String::new();
    for path in first_data(entry.lang, &entry.path) {
        for step in data::lineage(&path) {
            if let Some(name) = seen
                .insert(step.clone())
                .then(|| published.name(&step))
                .flatten()
            {
                let _ = write!(
                    links,
                    "<link rel=preload as=fetch crossorigin href=\"{root}{name}\">"
                );
            }
        }
    }
    links
}

/// An entry's page; `origin` is the site's full address with its base path.
pub(super) fn entry_html(
    template: &str,
    entry: &Entry,
    origin: &str,
    root: &str,
    preload: &str,
) -> String {
    let here = escape::html(&entry.lang.route(&entry.path));
    let site = site_name(entry.lang);
    let title = document_title(entry.lang, &entry.title);
    let mut head = format!(
        "<title>{}</title><meta data-static name=\"description\" content=\"{}\"><link data-static rel=\"canonical\" href=\"{origin}{here}\">",
        escape::html(&title),
        escape::html(&entry.description)
    );
    for lang in Lang::ALL {
        let _ = write!(
            head,
            "<link data-static rel=\"alternate\" hreflang=\"{lang}\" href=\"{origin}{}\">",
            escape::html(&lang.route(&entry.path))
        );
    }
    head.push_str(preload);
    let locale = if entry.lang == Lang::Ru {
        "ru_RU"
    } else {
        "en_GB"
    };
    let _ = write!(
        head,
        "<meta data-static property=\"og:type\" content=\"article\"><meta data-static property=\"og:site_name\" content=\"{}\"><meta data-static property=\"og:title\" content=\"{}\"><meta data-static property=\"og:description\" content=\"{}\"><meta data-static property=\"og:url\" content=\"{origin}{here}\"><meta data-static property=\"og:locale\" content=\"{locale}\">",
        escape::html(site),
        escape::html(&entry.title),
        escape::html(&entry.description)
    );
    // The app removes #static and the [data-static] head tags when it starts, keeping the
    // text on screen in its own <main> until its page is ready; until then the entry's
    // landmark is a role, so <main> and its <h1> are only ever the app's.
    let body = format!(
        "<div id=\"static\"><header><a href=\"{}\">{}</a></header><div class=\"site-body\"><div role=\"main\"><article><h1>{}</h1>{}</article></div></div></div>",
        entry.lang.route("/"),
        escape::html(site),
        escape::html(&entry.title),
        entry.body
    );
    let body = under_root(&body, root);
    let mut page = template.replacen("<html lang=en>", &format!("<html lang={}>", entry.lang), 1);
    // Russian text is drawn from the Cyrillic files of the faces index.html preloads.
    if entry.lang == Lang::Ru {
        page = page.replace("-latin-400-normal.woff2", "-cyrillic-400-normal.woff2");
        page = page.replace("-latin-700-normal.woff2", "-cyrillic-700-normal.woff2");
    }
    replace_between(
        &replace_between(&page, "<title>", "</title>", &head),
        "<noscript>",
        "</noscript>",
        &body,
    )
}

pub(super) fn not_found_html(template: &str) -> String {
    replace_between(
        template,
        "<title>",
        "</title>",
        "<title>Page not found | All Russias</title><meta name=\"robots\" content=\"noindex\">",
    )
}

/// Replaces `from…to` (both included) by `with`; leaves the text alone if it has no `from`.
fn replace_between(text: &str, from: &str, to: &str, with: &str) -> String {
    let Some(start) = text.find(from) else {
        return text.to_string();
    };
    let Some(end) = text[start..].find(to).map(|i| start + i + to.len()) else {
        return text.to_string();
    };
    format!("{}{with}{}", &text[..start], &text[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_has_its_own_head_and_text() {
        let template = "<!doctype html><html lang=en><meta charset=utf-8><title>All Russias</title><link rel=preload href=/fonts/pt-serif-latin-400-normal.woff2 as=font></head><body><noscript>Needs JS</noscript></body></html>";
        let entry = Entry {
            lang: Lang::Ru,
            path: "/about".into(),
            title: "О сайте".into(),
            description: "Что это за сайт.".into(),
            body: "<p>Текст</p>".into(),
        };
        let html = entry_html(template, &entry, "https://example.org", "", "");
        assert!(html.contains("<html lang=ru>"));
        assert!(html.contains("href=/fonts/pt-serif-cyrillic-400-normal.woff2"));
        assert!(html.contains("<title>О сайте | Всея Руси</title>"));
        assert!(html.contains("property=\"og:site_name\" content=\"Всея Руси\""));
        assert!(html.contains("<header><a href=\"/ru\">Всея Руси</a></header>"));
        assert!(html.contains(
            "<link data-static rel=\"canonical\" href=\"https://example.org/ru/about\">"
        ));
        assert!(html.contains("hreflang=\"en\" href=\"https://example.org/about\""));
        assert!(html
            .contains("<div role=\"main\"><article><h1>О сайте</h1><p>Текст</p></article></div>"));
        assert!(!html.contains("noscript"));
    }

    #[test]
    fn each_language_titles_its_pages_with_its_own_site_name() {
        assert_eq!(
            document_title(Lang::En, "About This Site"),
            "About This Site | All Russias"
        );
        assert_eq!(document_title(Lang::Ru, "О сайте"), "О сайте | Всея Руси");
        // The home page's title is the site's name alone.
        assert_eq!(document_title(Lang::En, "All Russias"), "All Russias");
        assert_eq!(document_title(Lang::Ru, "Всея Руси"), "Всея Руси");
        let template = "<!doctype html><html lang=en><meta charset=utf-8><title>All Russias</title></head><body><noscript>Needs JS</noscript></body></html>";
        for (lang, name) in [(Lang::En, "All Russias"), (Lang::Ru, "Всея Руси")] {
            let home = Entry {
                lang,
                path: "/".into(),
                title: site_name(lang).into(),
                description: String::new(),
                body: String::new(),
            };
            let html = entry_html(template, &home, "https://example.org", "", "");
            assert!(html.contains(&format!("<title>{name}</title>")), "{html}");
            assert!(
                html.contains(&format!("property=\"og:site_name\" content=\"{name}\"")),
                "{html}"
            );
        }
    }

    #[test]
    fn under_a_base_path_every_site_address_has_it() {
        let template = "<!doctype html><html lang=en><meta charset=utf-8><title>All Russias</title><link href=/sub/main-1.css rel=stylesheet><link href=/favicon.svg rel=icon><link rel=preload href=\"/fonts/pt.woff2\" as=font></head><body><noscript>Needs JS</noscript></body></html>";
        let template = with_root(template, "/sub");
        assert!(template.contains("<meta name=\"allrussias-base\" content=\"/sub/\">"));
        assert!(
            template.contains("href=/sub/main-1.css"),
            "Trunk's own links stay"
        );
        assert!(template.contains("href=/sub/favicon.svg"));
        assert!(template.contains("href=\"/sub/fonts/pt.woff2\""));
        let entry = Entry {
            lang: Lang::En,
            path: "/about".into(),
            title: "About".into(),
            description: String::new(),
            body: "<p>See <a href=\"/links\">links</a>, <a href=\"https://example.org/\">this</a> and \
                   <img src=\"/media/a.svg\"> on href=&quot;/x</p>"
                .into(),
        };
        let html = entry_html(&template, &entry, "https://example.org/sub", "/sub", "");
        for expected in [
            "href=\"https://example.org/sub/about\"",
            "<header><a href=\"/sub/\">All Russias</a></header>",
            "<a href=\"/sub/links\">",
            "<a href=\"https://example.org/\">",
            "<img src=\"/sub/media/a.svg\">",
            "href=&quot;/x",
        ] {
            assert!(html.contains(expected), "{expected} missing from {html}");
        }
    }
}
