//! The timeline: every dated event the content states (the pages' "Key dates" asides, the
//! chapters' spans and the glossary's dated terms), the reigns in the rulers' tables, and
//! the checks on them:
//!
//! - `timeline-date`: a key date, span, reign or term's date that does not read as a date;
//! - `timeline-span`: a key date outside the years its chapter's summary gives (a
//!   chapter's first page may go back to what led up to them, its last page on to what
//!   followed: a ruler's birth, a treaty after his death);
//! - `timeline-link`: an event whose page does not exist, or a dated term that points to
//!   no history page;
//! - `timeline-twin`: a key date in one language that the other does not give.

mod dates;
mod kinds;

use allrussias_model::Lang;
use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;

use allrussias_model::block::plain_text;
use allrussias_model::search::{blocks_text, page_text};
use allrussias_model::timeline::{ChapterTimeline, Date, Event, Reign, Timeline};
use allrussias_model::{Block, Book, Inline, Origin, SourceChapter, SourcePage};

use crate::Diagnostic;

use crate::markdown;
use dates::{parse, Span, Style};
use kinds::classify;

/// The titles of the asides that list a page's key dates, one per language.
const KEY_DATES: [&str; 2] = ["Key dates", "Основные даты"];

/// The heading of the years column in a table of rulers.
const REIGN_COLUMNS: [&str; 8] = [
    "Reigned",
    "Years in Kiev",
    "Years in power",
    "In office",
    "Годы правления",
    "Годы в Киеве",
    "Годы у власти",
    "В должности",
];

/// A reign still going on: "since 2012".
const SINCE: [&str; 2] = ["since ", "с "];

/// How a page or its section says that its dates follow the Julian calendar.
const OLD_STYLE: [&str; 2] = ["old style", "старому стилю"];

/// Russia's first New Style day: 31 January 1918 was followed by 14 February.
const NEW_STYLE_FROM: Date = Date {
    year: 1918,
    month: Some(2),
    day: Some(14),
    circa: false,
};

/// An event and where it is written.
struct Found {
    event: Event,
    origin: Origin,
    /// The years its chapter's summary gives, for a key date.
    chapter: Option<Bounds>,
}

/// The years a page's key dates keep to.
#[derive(Clone, Copy)]
struct Bounds {
    span: Span,
    /// The chapter's first page may go back before the span, its last page on after it.
    before: bool,
    after: bool,
}

/// One language's timeline as read, before it is checked and published.
pub struct Collected {
    events: Vec<Found>,
    reigns: Vec<(Reign, Origin)>,
    /// Every history page's route, for the links check.
    routes: HashSet<String>,
}

impl Collected {
    /// The timeline as published: events by date, reigns by start.
    pub fn timeline(&self) -> Timeline {
        let mut events: Vec<Event> = self.events.iter().map(|f| f.event.clone()).collect();
        events.sort_by_key(|e| (e.date, e.end));
        let mut reigns: Vec<Reign> = self.reigns.iter().map(|(r, _)| r.clone()).collect();
        reigns.sort_by_key(|r| (r.start, r.end));
        Timeline { events, reigns }
    }
}

/// Reads one language's events and reigns from its book; dates that do not read are
/// reported as `timeline-date`.
pub fn collect(book: &Book, diagnostics: &mut Vec<Diagnostic>) -> Collected {
    let mut found = Collected {
        events: Vec::new(),
        reigns: Vec::new(),
        routes: book.chapter_pages().map(|p| p.page.path.clone()).collect(),
    };
    let mut old_style_sections = HashSet::new();
    for section in &book.sections {
        let mut intro = String::new();
        blocks_text(&section.intro, &mut intro);
        let section_old_style = says_old_style(&intro);
        if section_old_style {
            old_style_sections.insert(section.slug.as_str());
        }
        for chapter in &section.chapters {
            let span = chapter_span(chapter);
            if let (Some(span), Some(first)) = (span, chapter.pages.first()) {
                found.events.push(Found {
                    event: event(span, chapter.title.clone(), first, &section.slug, false),
                    origin: chapter.origin.clone(),
                    chapter: None,
                });
            }
            let last = chapter.pages.len().saturating_sub(1);
            for (i, page) in chapter.pages.iter().enumerate() {
                let old_style = section_old_style || says_old_style(&page_text(&page.page));
                let context = PageContext {
                    page,
                    section: &section.slug,
                    chapter: span.map(|span| Bounds {
                        span,
                        before: i == 0,
                        after: i == last,
                    }),
                    old_style,
                };
                context.read(&mut found, diagnostics);
            }
        }
    }
    term_events(book, &old_style_sections, &mut found, diagnostics);
    found
}

/// Gives twin events (the same page and dates in the original and a translation) the
/// kind their texts decide together, so a filter shows the same events in each language.
pub fn agree_kinds(languages: &mut [(Lang, Collected)]) {
    let Some(((_, original), translations)) = languages.split_first_mut() else {
        return;
    };
    for (_, translation) in translations {
        let mut twins: HashMap<Twin, Vec<&mut Event>> = HashMap::new();
        for found in &mut translation.events {
            twins
                .entry(twin(&found.event))
                .or_default()
                .push(&mut found.event);
        }
        for found in &mut original.events {
            let list = twins.entry(twin(&found.event)).or_default();
            if list.is_empty() {
                continue;
            }
            let other = list.remove(0);
            let kind = classify(&[&found.event.text, &other.text]);
            (found.event.kind, other.kind) = (kind, kind);
        }
    }
}

/// What makes two events twins: the same page and the same dates.
type Twin = (String, Date, Option<Date>);

fn twin(event: &Event) -> Twin {
    (event.path.clone(), event.date, event.end)
}

/// Runs the checks across every language's timeline, the original first.
pub fn check(languages: &[(Lang, Collected)], out: &mut Vec<Diagnostic>) {
    for (_, collected) in languages {
        spans(collected, out);
        links(collected, out);
    }
    if let [(_, original), translations @ ..] = languages {
        for (_, translation) in translations {
            twins(original, translation, out);
            twins(translation, original, out);
        }
    }
}

/// Whether a date is Old Style: as its own brackets say, else as its page or section says
/// (`marked`) for a day or month before the change of calendar.
fn is_old_style(style: Style, span: &Span, marked: bool) -> bool {
    match style {
        Style::New => false,
        Style::OldWithNew => true,
        Style::Unmarked => marked && span.start.month.is_some() && span.start < NEW_STYLE_FROM,
    }
}

/// A glossary term with a `date` (a reform, a body, a period) is an event too, named by
/// the term, on the first history page it points to; unless a key date of that page gives
/// the same date already.
fn term_events(
    book: &Book,
    old_style_sections: &HashSet<&str>,
    found: &mut Collected,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for term in &book.glossary {
        let Some(date) = &term.date else {
            continue;
        };
        let page = term
            .see
            .first()
            .and_then(|to| book.chapter_pages().find(|p| &p.page.path == to));
        let Some(page) = page else {
            diagnostics.push(Diagnostic::new(
                "timeline-link",
                &term.origin,
                format!(
                    "\"{}\" has a date, so its first `see` must be a history page to place it on",
                    term.name
                ),
            ));
            continue;
        };
        let Some(written) = parse(date, None) else {
            diagnostics.push(Diagnostic::new(
                "timeline-date",
                &term.origin,
                format!("\"{date}\" does not read as a date: write it like \"16 January 1547\", \"March 1917\" or \"1565–1572\""),
            ));
            continue;
        };
        let section = page.page.path.split('/').nth(1).unwrap_or_default();
        for span in written.spans {
            let given = found.events.iter().any(|f| {
                f.event.path == page.page.path
                    && f.event.date == span.start
                    && f.event.end == span.end
            });
            if given {
                continue;
            }
            let old_style =
                is_old_style(written.style, &span, old_style_sections.contains(section));
            found.events.push(Found {
                event: event(span, term.name.clone(), page, section, old_style),
                origin: term.origin.clone(),
                chapter: None,
            });
        }
    }
}

fn says_old_style(text: &str) -> bool {
    let lower = text.to_lowercase();
    OLD_STYLE.iter().any(|marker| lower.contains(marker))
}

/// The first and last year of the span at the end of a chapter's summary, if it gives one.
pub fn chapter_years(chapter: &SourceChapter) -> Option<(i32, i32)> {
    chapter_span(chapter).map(|span| (span.start.year, span.end.unwrap_or(span.start).year))
}

/// A chapter's strip of `timeline` in `lang`: the events its pages give, over its years.
/// The event for the chapter's own span is left out: the strip's ends show it.
pub fn strip(
    lang: Lang,
    section: &str,
    chapter: &SourceChapter,
    timeline: &Timeline,
) -> Option<ChapterTimeline> {
    let prefix = format!("/{section}/{}/", chapter.slug);
    let span = chapter_span(chapter);
    let own = |e: &Event| {
        span.is_some_and(|s| s.start == e.date && s.end == e.end) && e.text == chapter.title
    };
    let events = timeline
        .events
        .iter()
        .filter(|e| e.path.starts_with(&prefix) && !own(e))
        .cloned()
        .collect();
    ChapterTimeline::new(chapter_years(chapter), events, lang)
}

/// The span at the end of a chapter's summary, as in "... (1533–1613).", if it gives one.
fn chapter_span(chapter: &SourceChapter) -> Option<Span> {
    let summary = chapter.summary.trim_end().trim_end_matches('.');
    let (_, last) = summary.strip_suffix(')')?.rsplit_once('(')?;
    match parse(last, None)?.spans.as_slice() {
        [span @ Span { end: Some(_), .. }] => Some(*span),
        _ => None,
    }
}

fn event(span: Span, text: String, page: &SourcePage, section: &str, old_style: bool) -> Event {
    Event {
        date: span.start,
        end: span.end,
        kind: classify(&[&text]),
        text,
        path: page.page.path.clone(),
        title: page.page.title.clone(),
        section: section.to_string(),
        old_style,
    }
}

struct PageContext<'a> {
    page: &'a SourcePage,
    section: &'a str,
    chapter: Option<Bounds>,
    /// The page or its section says its dates are Old Style.
    old_style: bool,
}

impl PageContext<'_> {
    /// Reads the page's file line by line, for the line of each date: its key dates
    /// asides and its tables of rulers.
    fn read(&self, found: &mut Collected, diagnostics: &mut Vec<Diagnostic>) {
        let file = &self.page.origin.file;
        let Ok(text) = fs::read_to_string(file) else {
            // The loader has read this file already; it reports one that it cannot read.
            return;
        };
        let mut in_key_dates = false;
        let mut year = None;
        // `None` outside a table; in one, the column of years if it lists rulers.
        let mut reign_column = None;
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            let origin = Origin::new(file.as_str(), i as u32 + 1);
            if let Some(title) = line.strip_prefix(":::aside") {
                in_key_dates = KEY_DATES.contains(&title.trim());
                year = None;
            } else if line == ":::" {
                in_key_dates = false;
            } else if in_key_dates {
                if let Some(item) = line.strip_prefix("- ") {
                    year = self.key_date(item, year, origin, found, diagnostics);
                }
            } else if let Some(row) = line.strip_prefix('|') {
                let cells: Vec<&str> = row
                    .trim_end_matches('|')
                    .split('|')
                    .map(str::trim)
                    .collect();
                match reign_column {
                    None => {
                        reign_column = Some(cells.iter().position(|c| REIGN_COLUMNS.contains(c)))
                    }
                    Some(Some(column)) => self.reign(&cells, column, origin, found, diagnostics),
                    Some(None) => {}
                }
            } else {
                reign_column = None;
            }
        }
    }

    /// One key date (`**16 January 1547**: Ivan is crowned tsar.`); returns the year the
    /// next one may leave out.
    fn key_date(
        &self,
        item: &str,
        year: Option<i32>,
        origin: Origin,
        found: &mut Collected,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<i32> {
        // The page's own parse has reported any problem in the Markdown.
        let blocks = markdown::parse(
            item,
            &origin.file,
            origin.line,
            Path::new(""),
            &mut Vec::new(),
        )
        .blocks;
        let Some((date, text)) = split_key_date(&blocks) else {
            diagnostics.push(Diagnostic::new(
                "timeline-date",
                &origin,
                "a key date is written `- **16 January 1547**: what happened.`",
            ));
            return year;
        };
        let Some(written) = parse(&date, year) else {
            diagnostics.push(Diagnostic::new(
                "timeline-date",
                &origin,
                format!("\"{date}\" does not read as a date: write it like \"16 January 1547\", \"March 1917\", \"1237–1240\" or \"c. 1582\""),
            ));
            return year;
        };
        let last = written.spans.last().map(|s| s.end.unwrap_or(s.start).year);
        for span in written.spans {
            let old_style = is_old_style(written.style, &span, self.old_style);
            found.events.push(Found {
                event: event(span, text.clone(), self.page, self.section, old_style),
                origin: origin.clone(),
                chapter: self.chapter,
            });
        }
        last
    }

    /// One row of a table of rulers: `| Ivan I Kalita | 1325–1340 |`.
    fn reign(
        &self,
        cells: &[&str],
        column: usize,
        origin: Origin,
        found: &mut Collected,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let (Some(ruler), Some(years)) = (cells.first(), cells.get(column)) else {
            return;
        };
        // The separator row, and a reign whose start the text does not give ("to 1303"):
        // the band needs its start.
        if years.starts_with('-') || years.starts_with("to ") || years.starts_with("до ") {
            return;
        }
        let (written, ongoing) = match SINCE.iter().find_map(|w| years.strip_prefix(w)) {
            Some(start) => (start, true),
            None => (*years, false),
        };
        match parse(written, None).map(|w| w.spans) {
            Some(spans) if spans.len() == 1 && !(ongoing && spans[0].end.is_some()) => {
                let span = spans[0];
                found.reigns.push((
                    Reign {
                        ruler: ruler.to_string(),
                        start: span.start,
                        // A reign of one year ("1953") ends in it; one "since 2012" goes on.
                        end: if ongoing {
                            None
                        } else {
                            Some(span.end.unwrap_or(span.start))
                        },
                    },
                    origin,
                ))
            }
            _ => diagnostics.push(Diagnostic::new(
                "timeline-date",
                &origin,
                format!("\"{years}\" does not read as the years of a reign, like \"1325–1340\", \"c. 980–1015\", \"1953\" or \"since 2012\""),
            )),
        }
    }
}

/// A key date's date (with a bracketed New Style date after it) and its text.
fn split_key_date(blocks: &[Block]) -> Option<(String, String)> {
    let [Block::Paragraph { content }] = blocks else {
        return None;
    };
    let [Inline::Strong(date), rest @ ..] = content.as_slice() else {
        return None;
    };
    let mut date = plain_text(date);
    let mut rest = plain_text(rest);
    if let Some(bracket) = rest.strip_prefix(" (") {
        let (inside, after) = bracket.split_once(')')?;
        date = format!("{date} ({inside})");
        rest = after.to_string();
    }
    let text = rest.strip_prefix(':')?.trim();
    (!text.is_empty()).then(|| (date, text.to_string()))
}

fn spans(collected: &Collected, out: &mut Vec<Diagnostic>) {
    for found in &collected.events {
        let Some(bounds) = found.chapter else {
            continue;
        };
        let (event, span) = (&found.event, bounds.span);
        let (first, last) = (span.start.year, span.end.unwrap_or(span.start).year);
        let early = !bounds.before && event.date.year < first;
        let late = !bounds.after && event.end.unwrap_or(event.date).year > last;
        if early || late {
            out.push(Diagnostic::new(
                "timeline-span",
                &found.origin,
                format!(
                    "{} is outside the chapter's years ({first}–{last}) that its summary gives",
                    event.date.display(Lang::En),
                ),
            ));
        }
    }
}

fn links(collected: &Collected, out: &mut Vec<Diagnostic>) {
    for found in &collected.events {
        let path = &found.event.path;
        if !collected.routes.contains(path) {
            out.push(Diagnostic::new(
                "timeline-link",
                &found.origin,
                format!("{path} is not a history page"),
            ));
        }
    }
}

/// Every event of `from` needs one on the same page with the same dates in `to`.
fn twins(from: &Collected, to: &Collected, out: &mut Vec<Diagnostic>) {
    let dates: HashSet<Twin> = to.events.iter().map(|f| twin(&f.event)).collect();
    for found in &from.events {
        let event = &found.event;
        if !dates.contains(&twin(event)) {
            out.push(Diagnostic::new(
                "timeline-twin",
                &found.origin,
                format!(
                    "the other language gives no key date {}{} on {}",
                    event.date.display(Lang::En),
                    event
                        .end
                        .map(|e| format!("–{}", e.display(Lang::En)))
                        .unwrap_or_default(),
                    event.path
                ),
            ));
        }
    }
}

#[cfg(test)]
#[path = "timeline/tests.rs"]
mod tests;
