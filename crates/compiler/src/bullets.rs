//! The Lecture Bullet Points index, `/bullets`: after its introduction, each history
//! section's chapters under the section's heading, each with the years it covers and a link
//! to its sheet, for a student revising a period.

use allrussias_model::book::SourceChapter;
use allrussias_model::timeline::Timeline;
use allrussias_model::{Block, Book, Inline};

use crate::timeline::chapter_years;

/// Adds the sheets, grouped by section, to the index page's body.
pub fn index(book: &mut Book, timeline: &Timeline) {
    let mut blocks = Vec::new();
    for section in &book.sections {
        let items: Vec<Vec<Block>> = section
            .chapters
            .iter()
            .filter_map(|chapter| {
                let sheet = chapter.bullets.as_ref()?;
                let mut content = vec![Inline::Link {
                    to: sheet.page.path.clone(),
                    content: vec![Inline::text(&chapter.title)],
                }];
                if let Some(years) = years(chapter, timeline) {
                    content.push(Inline::text(format!(" ({years})")));
                }
                Some(vec![Block::Paragraph { content }])
            })
            .collect();
        if items.is_empty() {
            continue;
        }
        blocks.push(Block::Heading {
            level: 2,
            id: section.slug.clone(),
            content: vec![Inline::text(&section.title)],
        });
        blocks.push(Block::List {
            ordered: false,
            items,
        });
    }
    if let Some(index) = book.topics.iter_mut().find(|t| t.slug == "bullets") {
        index.page.body.extend(blocks);
    }
}

/// The years a chapter covers: the span its summary ends with ("… (1533–1613)."), else
/// the first and last year of its pages' key dates, else none.
fn years(chapter: &SourceChapter, timeline: &Timeline) -> Option<String> {
    let (first, last) = match chapter_years(chapter) {
        Some(years) => years,
        None => {
            let dates = timeline
                .events
                .iter()
                .filter(|e| chapter.pages.iter().any(|p| p.page.path == e.path));
            let first = dates.clone().map(|e| e.date.year).min()?;
            let last = dates.map(|e| e.end.unwrap_or(e.date).year).max()?;
            (first, last)
        }
    };
    Some(if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    })
}

#[cfg(test)]
mod tests {
    use allrussias_model::book::{bullets_path, SourceSection};
    use allrussias_model::timeline::{Date, Event, Kind};
    use allrussias_model::{Origin, Page, SourcePage};

    use super::*;

    fn page(path: &str, title: &str) -> SourcePage {
        SourcePage {
            origin: Origin::new("page.md", 1),
            slug: path.rsplit('/').next().unwrap_or_default().into(),
            page: Page::new(
                path.into(),
                title.into(),
                String::new(),
                vec![],
                vec![],
                vec![],
            ),
            version: Default::default(),
            links: vec![],
            no_link: vec![],
        }
    }

    fn chapter(slug: &str, title: &str, summary: &str) -> SourceChapter {
        SourceChapter {
            origin: Origin::new("_chapter.md", 1),
            slug: slug.into(),
            title: title.into(),
            summary: summary.into(),
            pages: vec![page(&format!("/soviet-russia/{slug}/one"), "One")],
            bullets: Some(page(&bullets_path(slug), title)),
        }
    }

    fn year(year: i32) -> Date {
        Date {
            year,
            month: None,
            day: None,
            circa: false,
        }
    }

    #[test]
    fn sheets_are_grouped_by_section_with_their_chapters_years() {
        let mut book = Book {
            sections: vec![SourceSection {
                origin: Origin::new("_section.md", 1),
                slug: "soviet-russia".into(),
                title: "Soviet Russia".into(),
                description: String::new(),
                intro: vec![],
                chapters: vec![
                    chapter(
                        "stalins-legacy",
                        "Stalin’s Legacy",
                        "After Stalin (1953–1964).",
                    ),
                    chapter(
                        "soviet-ideology",
                        "Soviet Ideology",
                        "What the party taught.",
                    ),
                    chapter("no-dates", "No Dates", "Nothing dated."),
                ],
            }],
            topics: vec![page("/bullets", "Lecture Bullet Points")],
            ..Default::default()
        };
        book.topics[0].slug = "bullets".into();
        let event = |date: Date, end: Option<Date>| Event {
            date,
            end,
            text: String::new(),
            kind: Kind::Politics,
            path: "/soviet-russia/soviet-ideology/one".into(),
            title: "One".into(),
            section: "soviet-russia".into(),
            old_style: false,
        };
        let timeline = Timeline {
            events: vec![event(year(1848), None), event(year(1985), Some(year(1990)))],
            reigns: vec![],
        };
        index(&mut book, &timeline);
        let item = |to: &str, title: &str, years: Option<&str>| {
            let mut content = vec![Inline::Link {
                to: to.into(),
                content: vec![Inline::text(title)],
            }];
            content.extend(years.map(|y| Inline::text(format!(" ({y})"))));
            vec![Block::Paragraph { content }]
        };
        assert_eq!(
            book.topics[0].page.body,
            [
                Block::Heading {
                    level: 2,
                    id: "soviet-russia".into(),
                    content: vec![Inline::text("Soviet Russia")],
                },
                Block::List {
                    ordered: false,
                    items: vec![
                        item(
                            "/bullets/stalins-legacy",
                            "Stalin’s Legacy",
                            Some("1953–1964")
                        ),
                        item(
                            "/bullets/soviet-ideology",
                            "Soviet Ideology",
                            Some("1848–1990")
                        ),
                        item("/bullets/no-dates", "No Dates", None),
                    ],
                },
            ]
        );
    }
}
