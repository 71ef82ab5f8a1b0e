//! The static entries: one per route of every kind of content (the book's sections,
//! chapter pages and stand-alone pages, statistics, galleries, music and videos, Learn
//! Russian), each with its title, description and text as HTML.

use allrussias_model::{Lang, Route, Topic};
use std::fmt::Write;

use allrussias_model::escape;
use allrussias_model::learn::{lesson_path, standard_label, Learn, CARDS, LEARN};
use allrussias_model::timeline::Timeline;
use allrussias_model::{home_lead, route_title, sources_title, Book, Page, TOPICS};

use super::html::{blocks_html, notes_and_sources_html};
use super::template::site_name;
use crate::images::ImagesSource;
use crate::statistics::{self, SeriesSource};
use crate::Compiled;

/// One language's entry points: (route, title, description, text).
pub(super) struct Entry {
    pub(super) lang: Lang,
    pub(super) path: String,
    pub(super) title: String,
    pub(super) description: String,
    pub(super) body: String,
}

impl Entry {
    /// A stand-alone page's entry: its route is its slug, its title the route's title.
    fn topic(lang: Lang, slug: &str, body: String) -> Entry {
        Entry {
            lang,
            path: format!("/{slug}"),
            title: route_title(lang, slug).unwrap_or(slug).to_string(),
            description: String::new(),
            body,
        }
    }
}

/// Every language's entries, the original first.
pub(super) fn entries(compiled: &Compiled) -> Vec<Entry> {
    let mut entries = Vec::new();
    for &(lang, ref book) in &compiled.books {
        entries.extend(book_entries(lang, book));
        entries.extend(statistics_entries(lang, &compiled.statistics));
        entries.extend(images_entries(lang, &compiled.images));
        entries.extend(music_and_videos_entries(lang, compiled));
    }
    for &(lang, ref timeline) in &compiled.timelines {
        entries.push(timeline_entry(lang, timeline));
    }
    entries
}

/// The timeline as the plain list the app also offers: years as headings, each event
/// with its date and a link to its page. Crawlers and readers without the app get it.
fn timeline_entry(lang: Lang, timeline: &Timeline) -> Entry {
    let mut list = String::new();
    let mut year = None;
    for event in &timeline.events {
        if year != Some(event.date.year) {
            if year.is_some() {
                list.push_str("</ul>");
            }
            year = Some(event.date.year);
            let _ = write!(list, "<h2>{}</h2><ul>", event.date.year);
        }
        let date = event.date.until(event.end.as_ref(), lang);
        let _ = write!(
            list,
            "<li><strong>{}</strong>: {} <a href=\"{}\">{}</a></li>",
            escape::html(&date),
            escape::html(&event.text),
            escape::html(&lang.route(&event.path)),
            escape::html(&event.title)
        );
    }
    if year.is_some() {
        list.push_str("</ul>");
    }
    Entry::topic(lang, "timeline", list)
}

fn book_entries(lang: Lang, book: &Book) -> Vec<Entry> {
    let entry = |path: String, title: &str, description: &str, body: String| Entry {
        lang,
        path,
        title: title.to_string(),
        description: description.to_string(),
        body,
    };
    let mut entries = Vec::new();
    let mut home = format!("<p class=\"lead\">{}</p>", escape::html(home_lead(lang)));
    for section in &book.sections {
        let _ = write!(
            home,
            "<h2><a href=\"{}\">{}</a></h2><p>{}</p>",
            escape::html(&lang.route(&format!("/{}", section.slug))),
            escape::html(&section.title),
            escape::html(&section.description)
        );
        let mut body = blocks_html(lang, &section.intro);
        body.push_str("<ol>");
        for chapter in &section.chapters {
            if let Some(first) = chapter.pages.first() {
                let _ = write!(
                    body,
                    "<li><a href=\"{}\">{}</a> {}</li>",
                    escape::html(&lang.route(&first.page.path)),
                    escape::html(&chapter.title),
                    escape::html(&chapter.summary)
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
        let _ = write!(map, "<h2>{}</h2><ol>", escape::html(&section.title));
        for chapter in &section.chapters {
            let _ = write!(map, "<li>{}<ol>", escape::html(&chapter.title));
            for page in &chapter.pages {
                let _ = write!(
                    map,
                    "<li><a href=\"{}\">{}</a></li>",
                    escape::html(&lang.route(&page.page.path)),
                    escape::html(&page.page.title)
                );
            }
            map.push_str("</ol></li>");
        }
        map.push_str("</ol>");
    }
    entries.push(Entry::topic(lang, "site-map", map));
    // Pages not written yet still answer at their address; the app says they are coming.
    for &slug in TOPICS {
        let written =
            book.topics.iter().any(|t| t.slug == slug) || (slug == LEARN && book.learn.is_some());
        let own_entries = [
            "site-map",
            "statistics",
            "images",
            "music",
            "videos",
            "timeline",
        ];
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
fn music_and_videos_entries(lang: Lang, compiled: &Compiled) -> Vec<Entry> {
    let mut music = String::new();
    for tune in compiled.music.music(lang).tunes {
        let _ = write!(
            music,
            "<h2>{}</h2><p>{}</p><img src=\"{}\" alt=\"\" width=\"{}\" height=\"{}\" loading=\"lazy\"><p>{}</p>",
            escape::html(&tune.title),
            escape::html(&tune.composer),
            escape::html(&tune.score),
            tune.score_width,
            tune.score_height,
            escape::html(&tune.note)
        );
    }
    let mut videos = String::new();
    for era in compiled.videos.videos(lang).eras {
        let _ = write!(videos, "<h2>{}</h2><ul>", escape::html(&era.title));
        for video in era.videos {
            let _ = write!(
                videos,
                "<li><strong>{}</strong> ({}) {}</li>",
                escape::html(&video.title),
                escape::html(&video.channel),
                escape::html(&video.description)
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
fn images_entries(lang: Lang, source: &ImagesSource) -> Vec<Entry> {
    let galleries = source.galleries(lang);
    let mut list = String::from("<ul>");
    for gallery in &galleries {
        let _ = write!(
            list,
            "<li><a href=\"{}\">{}</a> {}</li>",
            escape::html(&lang.route(&Route::Item(Topic::Images, gallery.slug.clone()).path())),
            escape::html(&gallery.title),
            escape::html(&gallery.intro)
        );
    }
    list.push_str("</ul>");
    let mut entries = vec![Entry::topic(lang, "images", list)];
    for gallery in galleries {
        let mut body = format!("<p>{}</p>", escape::html(&gallery.intro));
        for image in &gallery.images {
            let _ = write!(
                body,
                "<figure><img src=\"{}\" alt=\"{}\" width=\"{}\" height=\"{}\" loading=\"lazy\"><figcaption><strong>{}</strong> {} <small>{}</small></figcaption></figure>",
                escape::html(&image.src),
                escape::html(&image.alt),
                image.width,
                image.height,
                escape::html(&image.title),
                escape::html(&image.caption),
                escape::html(&image.credit)
            );
        }
        entries.push(Entry {
            lang,
            path: Route::Item(Topic::Images, gallery.slug.clone()).path(),
            title: gallery.title,
            description: gallery.intro,
            body,
        });
    }
    entries
}

/// Tables and Statistics, and each series as a plain table with its sources.
fn statistics_entries(lang: Lang, sources: &[SeriesSource]) -> Vec<Entry> {
    let index = statistics::index(sources, lang);
    let mut list = String::new();
    for topic in &index.topics {
        let _ = write!(list, "<h2>{}</h2><ul>", escape::html(&topic.title));
        for series in &topic.series {
            let _ = write!(
                list,
                "<li><a href=\"{}\">{}</a> {}</li>",
                escape::html(
                    &lang.route(&Route::Item(Topic::Statistics, series.slug.clone()).path())
                ),
                escape::html(&series.title),
                escape::html(&series.description)
            );
        }
        list.push_str("</ul>");
    }
    let mut entries = vec![Entry::topic(lang, "statistics", list)];
    for source in sources {
        let series = statistics::series(source, lang);
        let mut body = format!(
            "<p>{}</p><table><caption>{} ({})</caption><tr><th>{}</th>",
            escape::html(&series.description),
            escape::html(&series.title),
            escape::html(&series.unit),
            escape::html(&series.key)
        );
        for column in &series.columns {
            let _ = write!(body, "<th>{}</th>", escape::html(&column.label));
        }
        body.push_str("</tr>");
        for row in &series.rows {
            let _ = write!(body, "<tr><th>{}</th>", escape::html(&row.label));
            for shown in &row.shown {
                let _ = write!(body, "<td>{}</td>", escape::html(shown));
            }
            body.push_str("</tr>");
        }
        let _ = write!(body, "</table><h2>{}</h2><ul>", sources_title(lang));
        for column in &series.columns {
            let _ = write!(
                body,
                "<li>{}: {}</li>",
                escape::html(&column.label),
                escape::html(&column.source)
            );
        }
        body.push_str("</ul>");
        entries.push(Entry {
            lang,
            path: Route::Item(Topic::Statistics, series.slug.clone()).path(),
            title: series.title,
            description: series.description,
            body,
        });
    }
    entries
}

/// Learn Russian's pages as (route, title, description, text): the alphabet with the
/// lessons, each lesson's phrases, and the flash cards.
fn learn_entries(lang: Lang, learn: &Learn) -> Vec<(String, String, String, String)> {
    let course = &learn.course;
    let mut lessons = String::from("<ol>");
    for lesson in &course.lessons {
        let _ = write!(
            lessons,
            "<li><a href=\"{}\">{}</a> {}</li>",
            escape::html(&lang.route(&lesson_path(&lesson.slug))),
            escape::html(&lesson.title),
            escape::html(&lesson.intro)
        );
    }
    lessons.push_str("</ol>");
    let mut main = format!(
        "<p>{}</p>{lessons}<p><strong>{}: {}</strong>. {}</p><table>",
        escape::html(&course.intro),
        standard_label(lang),
        escape::html(&course.standard),
        escape::html(&course.standard_note)
    );
    for l in &course.letters {
        let _ = write!(
            main,
            "<tr><th lang=\"ru\">{} {}</th><td lang=\"ru\">{}</td><td>{}</td><td>{}</td><td><span lang=\"ru\">{}</span> ({}) {}</td></tr>",
            escape::html(&l.upper),
            escape::html(&l.lower),
            escape::html(&l.name),
            escape::html(&l.translit),
            escape::html(&l.sound),
            escape::html(&l.example),
            escape::html(&l.example_translit),
            escape::html(&l.meaning)
        );
    }
    main.push_str("</table>");
    let mut entries = vec![(
        Topic::LearnRussian.path(),
        learn.title.clone(),
        course.description.clone(),
        main,
    )];
    for lesson in &learn.lessons {
        let mut body = format!("<p>{}</p><ol>", escape::html(&lesson.intro));
        for item in &lesson.items {
            let _ = write!(
                body,
                "<li><span lang=\"ru\">{}</span> ({}): {}</li>",
                escape::html(&item.ru),
                escape::html(&item.translit),
                escape::html(&item.en)
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
        format!("<p>{}</p>{lessons}", escape::html(&course.cards_intro)),
    ));
    entries
}

fn page_html(lang: Lang, page: &Page) -> String {
    let mut html = blocks_html(lang, &page.body);
    let children: Vec<_> = page.unlisted_children().collect();
    if !children.is_empty() {
        html.push_str("<ul>");
        for child in children {
            let _ = write!(
                html,
                "<li><a href=\"{}\">{}</a></li>",
                escape::html(&lang.route(&child.path)),
                escape::html(&child.title)
            );
        }
        html.push_str("</ul>");
    }
    html.push_str(&notes_and_sources_html(lang, &page.notes, &page.sources));
    html
}
