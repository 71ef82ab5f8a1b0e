//! `allrussias-compiler publish CONTENT SITE`: finishes Trunk's build in `SITE` for any
//! static host. Every route gets its own HTML entry with its title, description, social
//! tags, canonical and alternate links and its text, so crawlers, link previews and
//! readers without JavaScript see the real page; the app replaces that text when it
//! starts. Also writes `404.html`, `sitemap.xml` and `robots.txt`, fills in the service
//! worker's list of files (`offline`) and puts a
//! Content-Security-Policy into every entry. [`precompress`] stores `.gz` and `.br` copies
//! of every text asset for hosts that serve precompressed files.

use std::collections::HashSet;
use std::fmt::Write;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

use allrussias_model::block::{is_internal_route, is_media, is_safe_external};
use allrussias_model::learn::{lesson_path, Learn, CARDS, LEARN};
use allrussias_model::{data, home_lead, route_title, Block, Book, Inline, Page, SECTIONS, TOPICS};

use allrussias_model::videos::VIDEO_HOST;

use crate::images::ImagesSource;
use crate::names;
use crate::statistics::{self, SeriesSource};
use crate::Compiled;
use base64::Engine;
use sha2::{Digest, Sha256};

/// One language's entry points: (route, title, description, text).
struct Entry {
    lang: &'static str,
    path: String,
    title: String,
    description: String,
    body: String,
}

impl Entry {
    /// A stand-alone page's entry: its route is its slug, its title the route's title.
    fn topic(lang: &'static str, slug: &str, body: String) -> Entry {
        Entry {
            lang,
            path: format!("/{slug}"),
            title: route_title(lang, slug).unwrap_or(slug).to_string(),
            description: String::new(),
            body,
        }
    }
}

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

/// The site's name in a language, as the app's interface writes it (`site_name` in
/// src/i18n.rs): the English name echoes the tsars' style "of all the Russias", the
/// Russian one their title «Государь всея Руси».
fn site_name(lang: &str) -> &'static str {
    if lang == "ru" {
        "Всея Руси"
    } else {
        "All Russias"
    }
}

/// A page's document title, as the app writes it: "Page | Site", or the site's name alone
/// on the home page.
fn document_title(lang: &str, title: &str) -> String {
    let site = site_name(lang);
    if title == site {
        title.to_string()
    } else {
        format!("{title} | {site}")
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

/// Points the entry at the base path: the tag the app and the service worker read it
/// from, and the files index.html links by hand (Trunk prefixes its own).
fn with_root(template: &str, root: &str) -> String {
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

/// A language's form of a route: `/ru` prefix for Russian.
fn localized(lang: &str, path: &str) -> String {
    match (lang, path) {
        ("en", _) => path.to_string(),
        (_, "/") => format!("/{lang}"),
        _ => format!("/{lang}{path}"),
    }
}

pub fn publish(compiled: &Compiled, site: &Path) -> io::Result<usize> {
    // First, so a release build without its address fails before anything is written.
    let origin = origin()?;
    let template = fs::read_to_string(site.join("index.html"))?;
    let root = root();
    let app = crate::chunks::seal(site)?;
    let template = with_csp(&with_root(&app.fill(&template, &root), &root));
    let origin = format!("{origin}{root}");
    let mut entries = Vec::new();
    for (lang, book) in &compiled.books {
        entries.extend(book_entries(lang, book));
        entries.extend(statistics_entries(lang, &compiled.statistics));
        entries.extend(images_entries(lang, &compiled.images));
        entries.extend(music_and_videos_entries(lang, compiled));
    }
    let mut written = 0;
    let mut published = names::Published::new(site);
    for entry in &entries {
        let preload = preload(&mut published, &root, entry);
        let html = entry_html(&template, entry, &origin, &root, &preload);
        let dir = site.join(localized(entry.lang, &entry.path).trim_start_matches('/'));
        fs::create_dir_all(&dir)?;
        fs::write(dir.join("index.html"), html)?;
        written += 1;
    }
    fs::write(site.join("404.html"), not_found_html(&template))?;
    fs::write(site.join("sitemap.xml"), sitemap(&entries, &origin))?;
    fs::write(
        site.join("robots.txt"),
        format!("User-agent: *\nAllow: /\nSitemap: {origin}/sitemap.xml\n"),
    )?;
    crate::offline::write_service_worker(site, &app.shell())?;
    Ok(written + 4)
}

fn book_entries(lang: &'static str, book: &Book) -> Vec<Entry> {
    let entry = |path: String, title: &str, description: &str, body: String| Entry {
        lang,
        path,
        title: title.to_string(),
        description: description.to_string(),
        body,
    };
    let mut entries = Vec::new();
    let mut home = format!("<p class=\"lead\">{}</p>", escape(home_lead(lang)));
    for section in &book.sections {
        let _ = write!(
            home,
            "<h2><a href=\"{}\">{}</a></h2><p>{}</p>",
            localized(lang, &format!("/{}", section.slug)),
            escape(&section.title),
            escape(&section.description)
        );
        let mut body = blocks_html(lang, &section.intro);
        body.push_str("<ol>");
        for chapter in &section.chapters {
            if let Some(first) = chapter.pages.first() {
                let _ = write!(
                    body,
                    "<li><a href=\"{}\">{}</a> {}</li>",
                    localized(lang, &first.page.path),
                    escape(&chapter.title),
                    escape(&chapter.summary)
                );
            }
        }
        body.push_str("</ol>");
        entries.push(entry(
            format!("/{}", section.slug),
            &section.title,
            &section.description,
            body,
        ));
    }
    entries.push(entry("/".into(), site_name(lang), "", home));
    let mut map = String::new();
    for section in &book.sections {
        let _ = write!(map, "<h2>{}</h2><ol>", escape(&section.title));
        for chapter in &section.chapters {
            let _ = write!(map, "<li>{}<ol>", escape(&chapter.title));
            for page in &chapter.pages {
                let _ = write!(
                    map,
                    "<li><a href=\"{}\">{}</a></li>",
                    localized(lang, &page.page.path),
                    escape(&page.page.title)
                );
            }
            map.push_str("</ol></li>");
        }
        map.push_str("</ol>");
    }
    entries.push(Entry::topic(lang, "site-map", map));
    // Pages not written yet still answer at their address; the app says they are coming.
    for slug in TOPICS {
        let written =
            book.topics.iter().any(|t| t.slug == slug) || (slug == LEARN && book.learn.is_some());
        let own_entries = ["site-map", "statistics", "images", "music", "videos"];
        if !own_entries.contains(&slug) && !written {
            entries.push(Entry::topic(lang, slug, String::new()));
        }
    }
    if let Some(learn) = &book.learn {
        entries.extend(
            learn_entries(lang, learn)
                .into_iter()
                .map(|(path, title, description, body)| entry(path, &title, &description, body)),
        );
    }
    let pages = book.pages().map(|p| &p.page);
    entries.extend(pages.map(|page| {
        entry(
            page.path.clone(),
            &page.title,
            &page.description,
            page_html(lang, page),
        )
    }));
    entries
}

/// Russian Music Samples with each tune's score and note, and Russia on YouTube with each
/// video's title (no embed: nothing is fetched from YouTube until a reader asks).
fn music_and_videos_entries(lang: &'static str, compiled: &Compiled) -> Vec<Entry> {
    let mut music = String::new();
    for tune in compiled.music.music(lang).tunes {
        let _ = write!(
            music,
            "<h2>{}</h2><p>{}</p><img src=\"{}\" alt=\"\" width=\"{}\" height=\"{}\" loading=\"lazy\"><p>{}</p>",
            escape(&tune.title),
            escape(&tune.composer),
            escape(&tune.score),
            tune.score_width,
            tune.score_height,
            escape(&tune.note)
        );
    }
    let mut videos = String::new();
    for era in compiled.videos.videos(lang).eras {
        let _ = write!(videos, "<h2>{}</h2><ul>", escape(&era.title));
        for video in era.videos {
            let _ = write!(
                videos,
                "<li><strong>{}</strong> ({}) {}</li>",
                escape(&video.title),
                escape(&video.channel),
                escape(&video.description)
            );
        }
        videos.push_str("</ul>");
    }
    ["music", "videos"]
        .into_iter()
        .zip([music, videos])
        .map(|(slug, body)| Entry::topic(lang, slug, body))
        .collect()
}

/// Images & Video, and each gallery with its pictures, captions and credits.
fn images_entries(lang: &'static str, source: &ImagesSource) -> Vec<Entry> {
    let galleries = source.galleries(lang);
    let mut list = String::from("<ul>");
    for gallery in &galleries {
        let _ = write!(
            list,
            "<li><a href=\"{}\">{}</a> {}</li>",
            localized(lang, &format!("/images/{}", gallery.slug)),
            escape(&gallery.title),
            escape(&gallery.intro)
        );
    }
    list.push_str("</ul>");
    let mut entries = vec![Entry::topic(lang, "images", list)];
    for gallery in galleries {
        let mut body = format!("<p>{}</p>", escape(&gallery.intro));
        for image in &gallery.images {
            let _ = write!(
                body,
                "<figure><img src=\"{}\" alt=\"{}\" width=\"{}\" height=\"{}\" loading=\"lazy\"><figcaption><strong>{}</strong> {} <small>{}</small></figcaption></figure>",
                escape(&image.src),
                escape(&image.alt),
                image.width,
                image.height,
                escape(&image.title),
                escape(&image.caption),
                escape(&image.credit)
            );
        }
        entries.push(Entry {
            lang,
            path: format!("/images/{}", gallery.slug),
            title: gallery.title,
            description: gallery.intro,
            body,
        });
    }
    entries
}

/// Tables and Statistics, and each series as a plain table with its sources.
fn statistics_entries(lang: &'static str, sources: &[SeriesSource]) -> Vec<Entry> {
    let index = statistics::index(sources, lang);
    let mut list = String::new();
    for topic in &index.topics {
        let _ = write!(list, "<h2>{}</h2><ul>", escape(&topic.title));
        for series in &topic.series {
            let _ = write!(
                list,
                "<li><a href=\"{}\">{}</a> {}</li>",
                localized(lang, &format!("/statistics/{}", series.slug)),
                escape(&series.title),
                escape(&series.description)
            );
        }
        list.push_str("</ul>");
    }
    let mut entries = vec![Entry::topic(lang, "statistics", list)];
    for source in sources {
        let series = statistics::series(source, lang);
        let mut body = format!(
            "<p>{}</p><table><caption>{} ({})</caption><tr><th>{}</th>",
            escape(&series.description),
            escape(&series.title),
            escape(&series.unit),
            escape(&series.key)
        );
        for column in &series.columns {
            let _ = write!(body, "<th>{}</th>", escape(&column.label));
        }
        body.push_str("</tr>");
        for row in &series.rows {
            let _ = write!(body, "<tr><th>{}</th>", escape(&row.label));
            for shown in &row.shown {
                let _ = write!(body, "<td>{}</td>", escape(shown));
            }
            body.push_str("</tr>");
        }
        body.push_str("</table><ul>");
        for column in &series.columns {
            let _ = write!(
                body,
                "<li>{}: {}</li>",
                escape(&column.label),
                escape(&column.source)
            );
        }
        body.push_str("</ul>");
        entries.push(Entry {
            lang,
            path: format!("/statistics/{}", series.slug),
            title: series.title,
            description: series.description,
            body,
        });
    }
    entries
}

/// Learn Russian's pages as (route, title, description, text): the alphabet with the
/// lessons, each lesson's phrases, and the flash cards.
fn learn_entries(lang: &str, learn: &Learn) -> Vec<(String, String, String, String)> {
    let course = &learn.course;
    let mut lessons = String::from("<ol>");
    for lesson in &course.lessons {
        let _ = write!(
            lessons,
            "<li><a href=\"{}\">{}</a> {}</li>",
            localized(lang, &lesson_path(&lesson.slug)),
            escape(&lesson.title),
            escape(&lesson.intro)
        );
    }
    lessons.push_str("</ol>");
    let mut main = format!(
        "<p>{}</p>{lessons}<p>{}. {}</p><table>",
        escape(&course.intro),
        escape(&course.standard),
        escape(&course.standard_note)
    );
    for l in &course.letters {
        let _ = write!(
            main,
            "<tr><th lang=\"ru\">{} {}</th><td lang=\"ru\">{}</td><td>{}</td><td>{}</td><td><span lang=\"ru\">{}</span> ({}) {}</td></tr>",
            escape(&l.upper),
            escape(&l.lower),
            escape(&l.name),
            escape(&l.translit),
            escape(&l.sound),
            escape(&l.example),
            escape(&l.example_translit),
            escape(&l.meaning)
        );
    }
    main.push_str("</table>");
    let mut entries = vec![(
        format!("/{LEARN}"),
        learn.title.clone(),
        course.description.clone(),
        main,
    )];
    for lesson in &learn.lessons {
        let mut body = format!("<p>{}</p><ol>", escape(&lesson.intro));
        for item in &lesson.items {
            let _ = write!(
                body,
                "<li><span lang=\"ru\">{}</span> ({}): {}</li>",
                escape(&item.ru),
                escape(&item.translit),
                escape(&item.en)
            );
        }
        body.push_str("</ol>");
        entries.push((
            lesson_path(&lesson.slug),
            lesson.title.clone(),
            lesson.intro.clone(),
            body,
        ));
    }
    entries.push((
        lesson_path(CARDS),
        course.cards_title.clone(),
        course.cards_intro.clone(),
        format!("<p>{}</p>{lessons}", escape(&course.cards_intro)),
    ));
    entries
}

fn page_html(lang: &str, page: &Page) -> String {
    let mut html = blocks_html(lang, &page.body);
    if !page.children.is_empty() {
        html.push_str("<ul>");
        for child in &page.children {
            let _ = write!(
                html,
                "<li><a href=\"{}\">{}</a></li>",
                localized(lang, &child.path),
                escape(&child.title)
            );
        }
        html.push_str("</ul>");
    }
    html
}

/// The data a route's screen loads first, by the route: a chapter page its section's
/// manifest and its page, a stand-alone page its page, a gallery or a lesson its file.
/// A route whose file does not exist (the site map, the flash cards) gets none.
fn first_data(lang: &str, path: &str) -> Vec<String> {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match parts.as_slice() {
        [""] => vec![data::site_index(lang)],
        [section] if SECTIONS.contains(section) => vec![data::manifest(lang, section)],
        [section, _, _] if SECTIONS.contains(section) => {
            vec![data::manifest(lang, section), data::page(lang, path)]
        }
        ["images"] => vec![data::images(lang)],
        ["images", gallery] => vec![data::gallery(lang, gallery)],
        ["statistics"] => vec![data::statistics(lang)],
        ["statistics", series] => vec![data::series(lang, series)],
        ["music"] => vec![data::music(lang)],
        ["videos"] => vec![data::videos(lang)],
        [LEARN] => vec![data::learn(lang)],
        [LEARN, lesson] => vec![data::lesson(lang, lesson)],
        _ => vec![data::page(lang, path)],
    }
}

/// Preload links for the data an entry's screen loads and the files above it, so they
/// download while the app does.
fn preload(published: &mut names::Published, root: &str, entry: &Entry) -> String {
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
fn entry_html(template: &str, entry: &Entry, origin: &str, root: &str, preload: &str) -> String {
    let here = localized(entry.lang, &entry.path);
    let site = site_name(entry.lang);
    let title = document_title(entry.lang, &entry.title);
    let mut head = format!(
        "<title>{}</title><meta data-static name=\"description\" content=\"{}\"><link data-static rel=\"canonical\" href=\"{origin}{here}\">",
        escape(&title),
        escape(&entry.description)
    );
    for lang in ["en", "ru"] {
        let _ = write!(
            head,
            "<link data-static rel=\"alternate\" hreflang=\"{lang}\" href=\"{origin}{}\">",
            localized(lang, &entry.path)
        );
    }
    head.push_str(preload);
    let locale = if entry.lang == "ru" { "ru_RU" } else { "en_GB" };
    let _ = write!(
        head,
        "<meta data-static property=\"og:type\" content=\"article\"><meta data-static property=\"og:site_name\" content=\"{}\"><meta data-static property=\"og:title\" content=\"{}\"><meta data-static property=\"og:description\" content=\"{}\"><meta data-static property=\"og:url\" content=\"{origin}{here}\"><meta data-static property=\"og:locale\" content=\"{locale}\">",
        escape(site),
        escape(&entry.title),
        escape(&entry.description)
    );
    // The app removes #static and the [data-static] head tags when it starts, keeping the
    // text on screen in its own <main> until its page is ready; until then the entry's
    // landmark is a role, so <main> and its <h1> are only ever the app's.
    let body = format!(
        "<div id=\"static\"><header><a href=\"{}\">{}</a></header><div class=\"site-body\"><div role=\"main\"><article><h1>{}</h1>{}</article></div></div></div>",
        localized(entry.lang, "/"),
        escape(site),
        escape(&entry.title),
        entry.body
    );
    let body = under_root(&body, root);
    let mut page = template.replacen("<html lang=en>", &format!("<html lang={}>", entry.lang), 1);
    // Russian text is drawn from the Cyrillic files of the faces index.html preloads.
    if entry.lang == "ru" {
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

fn not_found_html(template: &str) -> String {
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

fn sitemap(entries: &[Entry], origin: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for entry in entries {
        let _ = write!(
            xml,
            "<url><loc>{origin}{}</loc>",
            escape(&localized(entry.lang, &entry.path))
        );
        for lang in ["en", "ru"] {
            let _ = write!(
                xml,
                "<xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{origin}{}\"/>",
                escape(&localized(lang, &entry.path))
            );
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Text as HTML: the five characters that could start markup or end an attribute escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Typed blocks as static HTML, with the same rules as the app: text is escaped, and a
/// link is a link only if its address is one the site allows.
pub fn blocks_html(lang: &str, blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Paragraph { content } => {
                let _ = write!(out, "<p>{}</p>", inlines_html(lang, content));
            }
            Block::Heading { level, id, content } => {
                let h = if *level == 3 { "h3" } else { "h2" };
                let _ = write!(
                    out,
                    "<{h} id=\"{}\">{}</{h}>",
                    escape(id),
                    inlines_html(lang, content)
                );
            }
            Block::Quote {
                content,
                attribution,
            } => {
                let _ = write!(
                    out,
                    "<blockquote>{}</blockquote>",
                    blocks_html(lang, content)
                );
                if let Some(a) = attribution {
                    let _ = write!(out, "<p>— {}</p>", inlines_html(lang, a));
                }
            }
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                let _ = write!(out, "<{tag}>");
                for item in items {
                    let _ = write!(out, "<li>{}</li>", blocks_html(lang, item));
                }
                let _ = write!(out, "</{tag}>");
            }
            Block::Table { head, rows } => {
                out.push_str("<table><tr>");
                for cell in head {
                    let _ = write!(out, "<th>{}</th>", inlines_html(lang, cell));
                }
                out.push_str("</tr>");
                for row in rows {
                    out.push_str("<tr>");
                    for cell in row {
                        let _ = write!(out, "<td>{}</td>", inlines_html(lang, cell));
                    }
                    out.push_str("</tr>");
                }
                out.push_str("</table>");
            }
            Block::Figure {
                src,
                alt,
                caption,
                width,
                height,
            } => {
                if is_media(src) {
                    let _ = write!(
                        out,
                        "<figure><img src=\"{}\" alt=\"{}\" width=\"{width}\" height=\"{height}\"><figcaption>{}</figcaption></figure>",
                        escape(src),
                        escape(alt),
                        inlines_html(lang, caption)
                    );
                }
            }
            Block::Aside { title, content } => {
                let _ = write!(
                    out,
                    "<aside><h2>{}</h2>{}</aside>",
                    escape(title),
                    blocks_html(lang, content)
                );
            }
        }
    }
    out
}

fn inlines_html(lang: &str, content: &[Inline]) -> String {
    let mut out = String::new();
    for inline in content {
        match inline {
            Inline::Text(text) => out.push_str(&escape(text)),
            Inline::Emphasis(inner) => {
                let _ = write!(out, "<em>{}</em>", inlines_html(lang, inner));
            }
            Inline::Strong(inner) => {
                let _ = write!(out, "<strong>{}</strong>", inlines_html(lang, inner));
            }
            Inline::Link { to, content } if is_internal_route(to) => {
                let _ = write!(
                    out,
                    "<a href=\"{}\">{}</a>",
                    escape(&localized(lang, to)),
                    inlines_html(lang, content)
                );
            }
            Inline::ExternalLink { href, content } if is_safe_external(href) => {
                let _ = write!(
                    out,
                    "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                    escape(href),
                    inlines_html(lang, content)
                );
            }
            Inline::Link { content, .. } | Inline::ExternalLink { content, .. } => {
                out.push_str(&inlines_html(lang, content));
            }
            Inline::NoteRef(n) => {
                let _ = write!(out, "<sup>{n}</sup>");
            }
        }
    }
    out
}

/// Writes `.gz` and `.br` beside every text asset, for hosts that serve them directly.
/// Release builds only: maximum brotli takes most of a minute over the whole site.
pub fn precompress(site: &Path) -> io::Result<()> {
    let mut files = Vec::new();
    collect(site, &mut files)?;
    for chunk in files.chunks(500) {
        for (program, args) in [
            ("gzip", &["-k", "-f", "-n", "-9"][..]),
            ("brotli", &["-k", "-f", "-q", "11"][..]),
        ] {
            let status = Command::new(program).args(args).args(chunk).status()?;
            if !status.success() {
                return Err(io::Error::other(format!("{program} failed")));
            }
        }
    }
    Ok(())
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| {
            ["html", "js", "wasm", "css", "json", "svg", "xml", "txt"]
                .iter()
                .any(|x| e == *x)
        }) {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_escaped_and_unsafe_links_are_dropped() {
        let blocks = vec![Block::Paragraph {
            content: vec![
                Inline::text("<script>alert(1)</script> & \"q\""),
                Inline::ExternalLink {
                    href: "javascript:alert(1)".into(),
                    content: vec![Inline::text("click")],
                },
                Inline::Link {
                    to: "/about".into(),
                    content: vec![Inline::text("about")],
                },
            ],
        }];
        assert_eq!(
            blocks_html("ru", &blocks),
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;click<a href=\"/ru/about\">about</a></p>"
        );
    }

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

    #[test]
    fn an_entry_has_its_own_head_and_text() {
        let template = "<!doctype html><html lang=en><meta charset=utf-8><title>All Russias</title><link rel=preload href=/fonts/pt-serif-latin-400-normal.woff2 as=font></head><body><noscript>Needs JS</noscript></body></html>";
        let entry = Entry {
            lang: "ru",
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
            document_title("en", "About This Site"),
            "About This Site | All Russias"
        );
        assert_eq!(document_title("ru", "О сайте"), "О сайте | Всея Руси");
        // The home page's title is the site's name alone.
        assert_eq!(document_title("en", "All Russias"), "All Russias");
        assert_eq!(document_title("ru", "Всея Руси"), "Всея Руси");
        let template = "<!doctype html><html lang=en><meta charset=utf-8><title>All Russias</title></head><body><noscript>Needs JS</noscript></body></html>";
        for (lang, name) in [("en", "All Russias"), ("ru", "Всея Руси")] {
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
            lang: "en",
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
