//! "Cite this page": a page's reference in the styles students are asked for, as plain
//! text (titles the styles set in italics come out roman; nothing else is lost).

use crate::timeline::MONTHS_EN;
use crate::Lang;

/// A calendar date, as the compiler publishes it (`2026-01-05`); a history date, as precise
/// as a text gives it, is a [`crate::timeline::Date`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl CalendarDate {
    /// A date that exists, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<CalendarDate> {
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(CalendarDate { year, month, day })
    }

    /// Reads `yyyy-mm-dd`.
    pub fn parse_iso(text: &str) -> Option<CalendarDate> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        if !text.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            return None;
        }
        CalendarDate::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// `2026-01-05`
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    fn month_index(self) -> usize {
        usize::from(self.month - 1)
    }

    /// `January 5, 2026` (Chicago, APA).
    fn month_day_year(self) -> String {
        format!(
            "{} {}, {}",
            MONTHS_EN[self.month_index()],
            self.day,
            self.year
        )
    }

    /// `5 Jan. 2026` (MLA).
    fn day_month_year(self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MLA_MONTHS[self.month_index()],
            self.year
        )
    }
}

/// MLA Handbook (9th ed.): months longer than four letters are abbreviated.
const MLA_MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];

/// Month names after a day, abbreviated as ГОСТ Р 7.0.12–2011 prescribes.
const GOST_MONTHS: [&str; 12] = [
    "янв.",
    "февр.",
    "марта",
    "апр.",
    "мая",
    "июня",
    "июля",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
];

/// What a reference is made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub title: String,
    /// The part of the site the page belongs to ("Soviet Russia"), if any.
    pub section: Option<String>,
    /// The site's name, which is also the page's author.
    pub site: String,
    /// The page's full address, `https://` included.
    pub url: String,
    /// When the page last changed, if known.
    pub updated: Option<CalendarDate>,
    pub accessed: CalendarDate,
    pub lang: Lang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Chicago Manual of Style, notes and bibliography: the bibliography entry.
    Chicago,
    /// MLA Handbook, 9th edition: the works-cited entry.
    Mla,
    /// APA Publication Manual, 7th edition: the reference-list entry.
    Apa,
    /// A biblatex `@online` entry.
    Bibtex,
    /// ГОСТ Р 7.0.100–2018, a part of an electronic resource.
    Gost,
}

impl Style {
    /// The styles offered on the site in a language: ГОСТ only in Russian, and first there.
    pub fn all(lang: Lang) -> &'static [Style] {
        if lang == Lang::Ru {
            &[
                Style::Gost,
                Style::Chicago,
                Style::Mla,
                Style::Apa,
                Style::Bibtex,
            ]
        } else {
            &[Style::Chicago, Style::Mla, Style::Apa, Style::Bibtex]
        }
    }

    /// The style's name, the same in both languages.
    pub fn name(self) -> &'static str {
        match self {
            Style::Chicago => "Chicago",
            Style::Mla => "MLA",
            Style::Apa => "APA",
            Style::Bibtex => "BibTeX",
            Style::Gost => "ГОСТ Р 7.0.100–2018",
        }
    }
}

/// The reference to a page in a style.
pub fn cite(style: Style, c: &Citation) -> String {
    match style {
        Style::Chicago => chicago(c),
        Style::Mla => mla(c),
        Style::Apa => apa(c),
        Style::Bibtex => bibtex(c),
        Style::Gost => gost(c),
    }
}

/// The name for the downloaded `.bib` file: the page's slug.
pub fn bib_file_name(c: &Citation) -> String {
    let slug = c.url.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    format!("{}.bib", if slug.is_empty() { "page" } else { slug })
}

/// `text` closed with a period, unless it already ends in one, `?` or `!`.
fn closed(text: &str) -> String {
    if text.ends_with(['.', '?', '!', '…']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// Chicago 14.104 (18th ed.): `Owner. "Page." Site. Last modified …. URL.` An access date
/// only when the page gives no date.
fn chicago(c: &Citation) -> String {
    let mut out = format!("{} “{}” ", closed(&c.site), closed(&c.title));
    if let Some(section) = &c.section {
        out += &closed(section);
        out.push(' ');
    }
    match c.updated {
        Some(date) => out += &format!("Last modified {}. ", date.month_day_year()),
        None => out += &format!("Accessed {}. ", c.accessed.month_day_year()),
    }
    out + &closed(&c.url)
}

/// MLA 9: the site is the container; its name is not repeated as author or publisher.
/// URLs without `https://`, as the Handbook prints them; an access date when undated.
fn mla(c: &Citation) -> String {
    let title = closed(&c.title);
    let url = c
        .url
        .strip_prefix("https://")
        .or_else(|| c.url.strip_prefix("http://"))
        .unwrap_or(&c.url);
    match c.updated {
        Some(date) => format!(
            "“{title}” {}, {}, {}",
            c.site,
            date.day_month_year(),
            closed(url)
        ),
        None => format!(
            "“{title}” {}, {}. Accessed {}.",
            c.site,
            url,
            c.accessed.day_month_year()
        ),
    }
}

/// APA 7 (webpage on a website): the site is the group author and so is not repeated;
/// an undated page is `n.d.` with a retrieval date, since its content may change.
fn apa(c: &Citation) -> String {
    let author = closed(&c.site);
    let title = closed(&c.title);
    match c.updated {
        Some(d) => format!(
            "{author} ({}, {} {}). {title} {}",
            d.year,
            MONTHS_EN[d.month_index()],
            d.day,
            c.url
        ),
        None => format!(
            "{author} (n.d.). {title} Retrieved {}, from {}",
            c.accessed.month_day_year(),
            c.url
        ),
    }
}

/// ГОСТ Р 7.0.100–2018, in the form of its examples of an article on a site:
/// `Заглавие. – Текст : электронный // Сайт : [сайт]. – 2018. – 2 февр. – URL: …
/// (дата обращения: 09.02.2018).`
fn gost(c: &Citation) -> String {
    let mut out = format!(
        "{} – Текст : электронный // {} : [сайт]. – ",
        closed(&c.title),
        c.site
    );
    if let Some(d) = c.updated {
        out += &format!("{}. – ", d.year);
        out += &closed(&format!("{} {}", d.day, GOST_MONTHS[d.month_index()]));
        out += " – ";
    }
    let a = c.accessed;
    out + &format!(
        "URL: {} (дата обращения: {:02}.{:02}.{}).",
        c.url, a.day, a.month, a.year
    )
}

/// A biblatex `@online` entry; the URL field is verbatim in biblatex, so it is not escaped.
fn bibtex(c: &Citation) -> String {
    let mut fields = vec![
        ("title", tex_escape(&c.title)),
        ("organization", tex_escape(&c.site)),
    ];
    if let Some(date) = c.updated {
        fields.push(("date", date.iso()));
    }
    fields.push(("url", c.url.clone()));
    fields.push(("urldate", c.accessed.iso()));
    let langid = if c.lang == Lang::Ru {
        "russian"
    } else {
        "english"
    };
    fields.push(("langid", langid.to_string()));
    let body: Vec<String> = fields
        .iter()
        .map(|(name, value)| format!("  {name} = {{{value}}}"))
        .collect();
    format!("@online{{{},\n{}\n}}\n", bibtex_key(c), body.join(",\n"))
}

/// A key that stays the same for a page: the site's host name and the page's path, in
/// characters every BibTeX tool accepts (`allrussias:ru/soviet-russia/…`).
pub fn bibtex_key(c: &Citation) -> String {
    let rest = c.url.split_once("://").map_or(c.url.as_str(), |(_, r)| r);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.strip_prefix("www.").unwrap_or(host);
    let label = host.split(['.', ':']).next().unwrap_or(host);
    let path = path
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .trim_matches('/');
    let key = if path.is_empty() {
        label.to_string()
    } else {
        format!("{label}:{path}")
    };
    key.chars()
        .map(|ch| {
            if ch.is_ascii_alphanumeric() || matches!(ch, '-' | '_' | ':' | '/' | '.') {
                ch
            } else {
                '-'
            }
        })
        .collect()
}

/// Escapes the characters TeX reads as commands: & % $ # _ { } ~ ^ \
pub fn tex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' | '%' | '$' | '#' | '_' | '{' | '}' => {
                out.push('\\');
                out.push(ch);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '\\' => out.push_str("\\textbackslash{}"),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
#[path = "cite/tests.rs"]
mod tests;
