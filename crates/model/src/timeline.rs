//! The timeline of the whole history in one language: every dated event the content
//! states, each linked to the page it comes from, and the rulers' reigns beside them.

use crate::Lang;
use std::fmt::Write;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    /// In date order.
    pub events: Vec<Event>,
    /// In order of their start.
    pub reigns: Vec<Reign>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub date: Date,
    /// The last day of a span such as `1237–1240`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    pub text: String,
    pub kind: Kind,
    /// The route of the page it comes from.
    pub path: String,
    /// That page's title.
    pub title: String,
    /// That page's section slug.
    pub section: String,
    /// The text gives the date in the Julian calendar Russia used until February 1918.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub old_style: bool,
}

/// A date as precise as the text gives it: a year, a month of a year or a day.
/// Ordered by time, a year before its months and a month before its days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Date {
    pub year: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
    /// The text says "c." (around): the sources do not agree on it or do not know it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub circa: bool,
}

/// A chapter's own strip of the timeline, shown on each of its pages: the years it covers
/// and the events its pages give, laid out and written out at build time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChapterTimeline {
    /// The first and last year of the strip: the chapter's span, widened to any event its
    /// first or last page gives outside it.
    pub from: i32,
    pub to: i32,
    /// In date order.
    pub events: Vec<StripEvent>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StripEvent {
    /// As the chapter's language writes it: "16 January 1547", «1555–1561».
    pub date: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub old_style: bool,
    pub text: String,
    /// The page it comes from, and that page's title.
    pub path: String,
    pub title: String,
    /// Where it sits along the strip, in hundredths of a percent: 0 at the start of the
    /// first year, 10,000 at the end of the last. A date sits at the start of its year,
    /// month or day, so the marks run in the order of the dates.
    pub at: u32,
    /// How far a span runs on from there, in the same unit; 0 for a date.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub length: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl ChapterTimeline {
    /// The strip of `events` in `lang` over the years `span` gives, widened to hold every
    /// event.
    pub fn new(span: Option<(i32, i32)>, mut events: Vec<Event>, lang: Lang) -> Option<Self> {
        events.sort_by_key(|e| (e.date, e.end));
        let years = events
            .iter()
            .flat_map(|e| [e.date.year, e.end.unwrap_or(e.date).year]);
        let (from, to) = span
            .into_iter()
            .flat_map(|(from, to)| [from, to])
            .chain(years)
            .fold(None, |range: Option<(i32, i32)>, year| {
                Some(range.map_or((year, year), |(from, to)| (from.min(year), to.max(year))))
            })?;
        // How far into its year a date's start (`end` false) or end (`end` true) falls.
        let at = |date: &Date, end: bool| {
            let month = date.month.map_or(0.0, |m| f64::from(m) - 1.0);
            let day = date.day.map_or(0.0, |d| (f64::from(d) - 1.0) / 31.0);
            let unit = match (date.month, date.day) {
                (Some(_), Some(_)) => 1.0 / 31.0 / 12.0,
                (Some(_), None) => 1.0 / 12.0,
                _ => 1.0,
            };
            let within = (month + day) / 12.0 + if end { unit } else { 0.0 };
            let years = f64::from(to - from + 1);
            (10_000.0 * (f64::from(date.year - from) + within) / years)
                .round()
                .clamp(0.0, 10_000.0) as u32
        };
        let events = events
            .into_iter()
            .map(|e| StripEvent {
                date: e.date.until(e.end.as_ref(), lang),
                old_style: e.old_style,
                at: at(&e.date, false),
                length: e
                    .end
                    .map_or(0, |end| at(&end, true).saturating_sub(at(&e.date, false))),
                text: e.text,
                path: e.path,
                title: e.title,
            })
            .collect();
        Some(ChapterTimeline { from, to, events })
    }
}

/// What the timeline's filter offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    War,
    Reform,
    Politics,
    Economy,
    Culture,
    People,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reign {
    pub ruler: String,
    pub start: Date,
    /// None while the reign goes on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
}

/// Month names by number (January first): English, Russian as a month of a year
/// ("январь 1547") and Russian as a day of a month ("16 января 1547").
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub const MONTHS_RU: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
pub const MONTHS_RU_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

impl Reign {
    /// Its years as a reader of the language writes them: "1325–1340", "1605" (a reign
    /// within one year), "since 2012"; «с 2012».
    pub fn years(&self, lang: Lang) -> String {
        match self.end {
            Some(end) if end == self.start => self.start.display(lang),
            Some(end) => self.start.until(Some(&end), lang),
            None => {
                let since = if lang == Lang::Ru { "с" } else { "since" };
                format!("{since} {}", self.start.display(lang))
            }
        }
    }
}

impl Date {
    pub fn year(year: i32) -> Self {
        Date {
            year,
            month: None,
            day: None,
            circa: false,
        }
    }

    /// A span from this date to `end`, if it has one: "1237–1240", «1237–1240».
    pub fn until(&self, end: Option<&Date>, lang: Lang) -> String {
        match end {
            Some(end) => format!("{}–{}", self.display(lang), end.display(lang)),
            None => self.display(lang),
        }
    }

    /// The date as a reader of the language (`en`, `ru`) writes it: "16 January 1547",
    /// "January 1547", "c. 1582"; «16 января 1547», «январь 1547», «ок. 1582».
    pub fn display(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        let mut out = String::new();
        if self.circa {
            out.push_str(if ru { "ок. " } else { "c. " });
        }
        let month = self.month.and_then(|m| usize::from(m).checked_sub(1));
        match (self.day, month) {
            (Some(day), Some(m)) => {
                let name = if ru {
                    MONTHS_RU_GENITIVE[m]
                } else {
                    MONTHS_EN[m]
                };
                let _ = write!(out, "{day} {name} ");
            }
            (None, Some(m)) => {
                let _ = write!(out, "{} ", if ru { MONTHS_RU[m] } else { MONTHS_EN[m] });
            }
            _ => {}
        }
        let _ = write!(out, "{}", self.year);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_reads_from_its_start_to_its_end() {
        let (start, end) = (Date::year(1237), Date::year(1240));
        assert_eq!(start.until(Some(&end), Lang::En), "1237–1240");
        assert_eq!(start.until(None, Lang::Ru), "1237");
    }

    fn at(date: Date) -> Event {
        Event {
            date,
            end: None,
            text: String::new(),
            kind: Kind::Politics,
            path: String::new(),
            title: String::new(),
            section: String::new(),
            old_style: false,
        }
    }

    #[test]
    fn a_chapters_strip_spans_its_years_and_every_event() {
        let march = Date {
            month: Some(3),
            ..Date::year(1571)
        };
        let oprichnina = Event {
            end: Some(Date::year(1572)),
            ..at(Date::year(1565))
        };
        let strip = ChapterTimeline::new(
            Some((1533, 1613)),
            vec![
                at(Date::year(1613)),
                at(march),
                oprichnina,
                at(day(1530, 8, 25)),
            ],
            Lang::En,
        )
        .unwrap();
        assert_eq!((strip.from, strip.to), (1530, 1613));
        let laid_out: Vec<(&str, u32, u32)> = strip
            .events
            .iter()
            .map(|e| (e.date.as_str(), e.at, e.length))
            .collect();
        // 84 years: a day in the first, a span from the start of its first year to the end
        // of its last, the start of a month, the start of the last year.
        assert_eq!(
            laid_out,
            [
                ("25 August 1530", 77, 0),
                ("1565–1572", 4167, 952),
                ("March 1571", 4901, 0),
                ("1613", 9881, 0)
            ]
        );
        assert_eq!(ChapterTimeline::new(None, vec![], Lang::En), None);
        let alone = ChapterTimeline::new(None, vec![at(day(1812, 9, 7))], Lang::Ru).unwrap();
        assert_eq!((alone.from, alone.to), (1812, 1812));
        assert_eq!(alone.events[0].date, "7 сентября 1812");
    }

    fn day(year: i32, month: u8, day: u8) -> Date {
        Date {
            day: Some(day),
            month: Some(month),
            ..Date::year(year)
        }
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        assert_eq!(day(1547, 1, 16).display(Lang::En), "16 January 1547");
        assert_eq!(day(1547, 1, 16).display(Lang::Ru), "16 января 1547");
        let month = Date {
            month: Some(3),
            ..Date::year(1917)
        };
        assert_eq!(month.display(Lang::En), "March 1917");
        assert_eq!(month.display(Lang::Ru), "март 1917");
        let around = Date {
            circa: true,
            ..Date::year(1582)
        };
        assert_eq!(around.display(Lang::En), "c. 1582");
        assert_eq!(around.display(Lang::Ru), "ок. 1582");
    }

    #[test]
    fn dates_order_by_time_and_a_year_comes_before_its_days() {
        let mut dates = vec![
            day(1547, 1, 16),
            Date::year(1547),
            day(1380, 9, 8),
            Date::year(-500),
            Date {
                month: Some(1),
                ..Date::year(1547)
            },
        ];
        dates.sort();
        assert_eq!(
            dates,
            [
                Date::year(-500),
                day(1380, 9, 8),
                Date::year(1547),
                Date {
                    month: Some(1),
                    ..Date::year(1547)
                },
                day(1547, 1, 16),
            ]
        );
    }

    #[test]
    fn json_is_compact_and_kinds_are_lower_case() {
        let event = Event {
            date: Date::year(1556),
            end: None,
            text: "Astrakhan is annexed.".into(),
            kind: Kind::War,
            path: "/tsarist-russia/ivan-the-terrible-and-the-troubles/the-first-tsar".into(),
            title: "The First Tsar".into(),
            section: "tsarist-russia".into(),
            old_style: false,
        };
        let json = serde_json::to_string(&event).unwrap();
        assert!(
            json.starts_with(r#"{"date":{"year":1556},"text""#),
            "{json}"
        );
        assert!(json.contains(r#""kind":"war""#), "{json}");
        assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), event);
    }
}
