//! Dates as the content writes them, in English and Russian: "16 January 1547",
//! «16 января 1547 года», "March 1917", "1237–1240", "16–17 December 1916",
//! "c. 1582", "1920s", "1793, 1795", "26 August (7 September) 1812".

use allrussias_model::timeline::{Date, MONTHS_EN, MONTHS_RU, MONTHS_RU_GENITIVE};

/// A written date: one span per date it lists, and what it says about the calendar.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    pub spans: Vec<Span>,
    pub style: Style,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    pub start: Date,
    pub end: Option<Date>,
}

/// What the date says about the calendar it is given in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Style {
    /// Nothing: the page or section says which calendar its dates follow, if any.
    Unmarked,
    /// The New Style date follows in brackets, so this one is Old Style.
    OldWithNew,
    /// Marked "(NS)": New Style.
    New,
}

/// Words that only say the number is a year (Russian "года", "годы").
const YEAR_WORDS: [&str; 4] = ["год", "года", "годы", "гг."];
/// "c. 1582": the text does not know the exact year.
const CIRCA: [&str; 4] = ["c.", "ок.", "around", "около"];
/// "Early 2000s": about the start of a decade; "late": about its end.
const EARLY: [&str; 2] = ["early", "начало"];
const LATE: [&str; 2] = ["late", "конец"];
/// Seasons keep the year only: the timeline has no finer place for them.
const SEASONS: [&str; 8] = [
    "spring",
    "summer",
    "autumn",
    "winter",
    "весна",
    "лето",
    "осень",
    "зима",
];
/// A bracket holding only this marks the date before it as New Style.
const NEW_STYLE: [&str; 2] = ["NS", "н. ст."];

/// Reads a date; `year` is the year to assume when the text gives none (the previous
/// key date's, as in "25 February" after "23 February 1917").
pub fn parse(text: &str, year: Option<i32>) -> Option<Written> {
    let (text, style) = without_brackets(text)?;
    let spaced = text.replace(['–', '—'], " – ").replace(',', " , ");
    let words: Vec<String> = spaced
        .split_whitespace()
        .map(str::to_lowercase)
        .filter(|w| !YEAR_WORDS.contains(&w.as_str()))
        .collect();
    let mut spans = Vec::new();
    for item in words.split(|w| w == "," || w == "and" || w == "и") {
        let points: Vec<Point> = item.split(|w| w == "–").map(point).collect::<Option<_>>()?;
        match points.as_slice() {
            [one] => spans.push((*one, None)),
            [start, end] => spans.push((*start, Some(*end))),
            _ => return None,
        }
    }
    // A point takes what it leaves out from the one after it ("16–17 December 1916",
    // "10 and 24 December 2011"), and the last from the previous key date.
    let mut next = Point {
        year,
        ..Point::default()
    };
    for (start, end) in spans.iter_mut().rev() {
        if let Some(end) = end {
            *end = end.filled(&next);
            next = *end;
        }
        *start = start.filled(&next);
        next = *start;
    }
    let spans = spans
        .into_iter()
        .map(|(start, end)| {
            let span = match end {
                None => start.span()?,
                Some(end) => Span {
                    start: start.span()?.start,
                    end: Some(end.span()?.end.unwrap_or(end.span()?.start)),
                },
            };
            (span.end.is_none_or(|end| span.start <= end)).then_some(span)
        })
        .collect::<Option<Vec<_>>>()?;
    (!spans.is_empty()).then_some(Written { spans, style })
}

/// The text without its brackets, and what they say about the calendar.
fn without_brackets(text: &str) -> Option<(String, Style)> {
    let mut out = String::new();
    let mut style = Style::Unmarked;
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('(') {
        let (inside, after) = after.split_once(')')?;
        out.push_str(before);
        style = if NEW_STYLE.contains(&inside.trim()) {
            Style::New
        } else {
            Style::OldWithNew
        };
        rest = after;
    }
    out.push_str(rest);
    Some((out, style))
}

/// One written point in time, perhaps missing parts the text leaves to the next one.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Point {
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    circa: bool,
    /// "1920s": the year is the decade's first; "early" or "late" if `Some`.
    decade: Option<Decade>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Decade {
    Whole,
    Early,
    Late,
}

fn point(words: &[String]) -> Option<Point> {
    let mut p = Point::default();
    let mut part = None;
    let mut rest = words;
    while let [first, tail @ ..] = rest {
        let word = first.as_str();
        if CIRCA.contains(&word) {
            p.circa = true;
        } else if EARLY.contains(&word) {
            part = Some(Decade::Early);
        } else if LATE.contains(&word) {
            part = Some(Decade::Late);
        } else if !SEASONS.contains(&word) {
            break;
        }
        rest = tail;
    }
    let mut rest = rest.iter().map(String::as_str).peekable();
    if let Some(day) = rest.next_if(|w| rest_is_day(w)) {
        p.day = Some(day.parse().ok()?);
    }
    if let Some(month) = rest.peek().and_then(|w| month(w)) {
        p.month = Some(month);
        rest.next();
    }
    if let Some(word) = rest.next() {
        let (digits, decade) = match word
            .strip_suffix('s')
            .or_else(|| word.strip_suffix("-е"))
            .or_else(|| word.strip_suffix("-х"))
        {
            Some(digits) => (digits, Some(part.unwrap_or(Decade::Whole))),
            None => (word, None),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        p.year = Some(digits.parse().ok()?);
        p.decade = decade;
        if decade.is_some() && (p.month.is_some() || p.year? % 10 != 0) {
            return None;
        }
    }
    let nothing = p.day.is_none() && p.month.is_none() && p.year.is_none();
    (rest.next().is_none() && !nothing).then_some(p)
}

/// A day is one or two digits before a month name; a lone number is a year.
fn rest_is_day(word: &str) -> bool {
    (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// A month's number from its English or Russian name, in any case.
fn month(word: &str) -> Option<u8> {
    [&MONTHS_EN[..], &MONTHS_RU[..], &MONTHS_RU_GENITIVE[..]]
        .iter()
        .find_map(|names| names.iter().position(|m| m.to_lowercase() == word))
        .map(|i| i as u8 + 1)
}

impl Point {
    /// This point with the parts it leaves out taken from `next`: a day takes the month,
    /// and a day or month the year.
    fn filled(self, next: &Point) -> Point {
        let mut p = self;
        if p.day.is_some() && p.month.is_none() {
            p.month = next.month;
        }
        if p.year.is_none() {
            p.year = next.year;
        }
        p
    }

    /// The dates this point covers: a decade is a span, an early or late one about a year.
    fn span(&self) -> Option<Span> {
        let year = self.year?;
        let date = |year, circa| Date {
            year,
            month: self.month,
            day: self.day,
            circa,
        };
        if let (Some(day), Some(month)) = (self.day, self.month) {
            if day == 0 || day > days_in(month) {
                return None;
            }
        }
        if self.day.is_some() && self.month.is_none() {
            return None;
        }
        Some(match self.decade {
            None => Span {
                start: date(year, self.circa),
                end: None,
            },
            Some(Decade::Whole) => Span {
                start: date(year, self.circa),
                end: Some(date(year + 9, self.circa)),
            },
            Some(Decade::Early) => Span {
                start: date(year, true),
                end: None,
            },
            Some(Decade::Late) => Span {
                start: date(year + 9, true),
                end: None,
            },
        })
    }
}

fn days_in(month: u8) -> u8 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    }
}
