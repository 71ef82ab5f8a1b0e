//! `content/statistics/NN-slug.toml`: one statistical series per file, in both languages
//! at once (figures do not need translating; their labels do). Each is checked, and
//! published per language as JSON, CSV and its chart's picture ([`crate::chart`]).

use allrussias_model::Lang;
use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::Path;

use allrussias_model::book::Origin;
use allrussias_model::statistics::{
    Chart, Column, Row, Series, SeriesLink, StatisticsIndex, StatisticsTopic,
};
use serde::Deserialize;
use toml::value::Datetime;

use crate::chart::{self, ChartKind, Layout};
use crate::frontmatter::{entry_lines, parse_toml, Both};
use crate::updated::Changes;
use crate::Diagnostic;

pub const STATISTICS_DIR: &str = "statistics";

/// A series needs this many rows to be worth a table and a chart.
const MIN_ROWS: usize = 3;

/// The topics the statistics page groups series under, in its order, with their titles.
const TOPICS: [(&str, &str, &str); 6] = [
    ("population", "Population", "Население"),
    ("agriculture", "Agriculture", "Сельское хозяйство"),
    (
        "industry",
        "Industry and energy",
        "Промышленность и энергетика",
    ),
    ("war", "War and repression", "Война и репрессии"),
    ("economy", "Economy and money", "Экономика и деньги"),
    ("society", "Society", "Общество"),
];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeriesFile {
    title: Both,
    description: Both,
    unit: Both,
    /// What the rows are when they are not years ("Nationality").
    key: Option<Both>,
    chart: ChartKind,
    topic: String,
    note: Option<Both>,
    columns: Vec<ColumnFile>,
    rows: Vec<RowFile>,
    /// When the series last changed, for a build without the repository's history.
    updated: Option<Datetime>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ColumnFile {
    id: String,
    label: Both,
    source: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RowFile {
    year: Option<i32>,
    label: Option<Both>,
    values: BTreeMap<String, f64>,
    source: Option<String>,
}

/// A checked series, still in both languages.
#[derive(Debug, Clone)]
pub struct SeriesSource {
    slug: String,
    file: SeriesFile,
    updated: Option<String>,
}

impl SeriesSource {
    pub fn slug(&self) -> &str {
        &self.slug
    }
}

/// Reads and checks every series; a file with problems is reported and left out.
pub fn load(
    content_dir: &Path,
    changes: &Changes,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<SeriesSource> {
    let dir = content_dir.join(STATISTICS_DIR);
    let Ok(entries) = fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    let mut series = Vec::new();
    let mut slugs = HashSet::new();
    for path in paths {
        let shown = path.display().to_string();
        let Ok(text) = fs::read_to_string(&path) else {
            diagnostics.push(Diagnostic::new(
                "statistics-format",
                &Origin::new(&shown, 1),
                "cannot read the file as UTF-8 text",
            ));
            continue;
        };
        let Some(file) =
            parse_toml::<SeriesFile>(&text, 1, "statistics-format", &shown, diagnostics)
        else {
            continue;
        };
        let stem = path.file_stem().unwrap_or_default().to_string_lossy();
        let slug = stem
            .split_once('-')
            .filter(|(n, _)| n.chars().all(|c| c.is_ascii_digit()))
            .map_or(stem.as_ref(), |(_, rest)| rest)
            .to_string();
        let before = diagnostics.len();
        check(&file, &text, &shown, diagnostics);
        if !slugs.insert(slug.clone()) {
            diagnostics.push(Diagnostic::new(
                "statistics-duplicate",
                &Origin::new(&shown, 1),
                format!("another series is already called {slug:?}"),
            ));
        }
        let updated = changes.date(&path, file.updated, diagnostics);
        if diagnostics.len() == before {
            series.push(SeriesSource {
                slug,
                file,
                updated,
            });
        }
    }
    series
}

fn check(file: &SeriesFile, text: &str, shown: &str, diagnostics: &mut Vec<Diagnostic>) {
    let mut fail = |check: &'static str, line: u32, message: String| {
        diagnostics.push(Diagnostic::new(check, &Origin::new(shown, line), message));
    };
    if !TOPICS.iter().any(|(id, ..)| *id == file.topic) {
        let known: Vec<&str> = TOPICS.iter().map(|(id, ..)| *id).collect();
        fail(
            "statistics-topic",
            1,
            format!("topic {:?} is not one of {}", file.topic, known.join(", ")),
        );
    }
    let mut ids = HashSet::new();
    for column in &file.columns {
        if !ids.insert(column.id.as_str()) {
            fail(
                "statistics-column",
                1,
                format!("column {:?} is listed twice", column.id),
            );
        }
        if column.source.trim().is_empty() {
            fail(
                "statistics-source",
                1,
                format!("column {:?} names no source", column.id),
            );
        }
    }
    if file.columns.is_empty() {
        fail("statistics-column", 1, "a series needs a column".into());
    }
    if file.rows.len() < MIN_ROWS {
        fail(
            "statistics-rows",
            1,
            format!(
                "{} rows; a series needs at least {MIN_ROWS}",
                file.rows.len()
            ),
        );
    }
    let by_year = file.rows.first().is_some_and(|r| r.year.is_some());
    let rows = entry_lines(text, "rows");
    if !by_year && file.key.is_none() {
        fail(
            "statistics-key",
            1,
            "rows with labels need `key`, the name of what they are".into(),
        );
    }
    for (n, row) in file.rows.iter().enumerate() {
        let line = rows.get(n).copied().unwrap_or(1);
        match (row.year, &row.label) {
            (Some(_), Some(_)) | (None, None) => fail(
                "statistics-row",
                line,
                "a row has either `year` or `label`".into(),
            ),
            (Some(_), None) if !by_year => fail(
                "statistics-row",
                line,
                "all rows have years, or all have labels".into(),
            ),
            (None, Some(_)) if by_year => fail(
                "statistics-row",
                line,
                "all rows have years, or all have labels".into(),
            ),
            _ => {}
        }
        for (key, value) in &row.values {
            if !ids.contains(key.as_str()) {
                fail(
                    "statistics-column",
                    line,
                    format!("{key:?} is not a column of this series"),
                );
            }
            if !value.is_finite() {
                fail("statistics-value", line, format!("{key}: not a number"));
            }
        }
        if row.values.is_empty() {
            fail("statistics-value", line, "a row without figures".into());
        }
    }
    if file.chart == ChartKind::Line && !by_year {
        fail(
            "statistics-chart",
            1,
            "a line chart runs over years; use \"bar\" for categories".into(),
        );
    }
    let years: Vec<i32> = file.rows.iter().filter_map(|r| r.year).collect();
    if years.windows(2).any(|w| w[0] >= w[1]) {
        fail(
            "statistics-row",
            1,
            "years must rise from row to row".into(),
        );
    }
}

fn key_label(file: &SeriesFile, lang: Lang) -> String {
    match &file.key {
        Some(key) => key.get(lang).to_string(),
        None if lang == Lang::Ru => "Год".into(),
        None => "Year".into(),
    }
}

/// One series in one language.
pub fn series(source: &SeriesSource, lang: Lang) -> Series {
    laid_out(source, lang).0
}

/// One series in one language, and the layout of its chart, which [`chart::svg`] draws as
/// the picture the series' `chart` names.
pub fn laid_out(source: &SeriesSource, lang: Lang) -> (Series, Layout) {
    let file = &source.file;
    let by_year = file.rows.first().is_some_and(|r| r.year.is_some());
    let rows: Vec<Row> = file
        .rows
        .iter()
        .enumerate()
        .map(|(n, row)| {
            let values: Vec<Option<f64>> = file
                .columns
                .iter()
                .map(|c| row.values.get(&c.id).copied())
                .collect();
            Row {
                label: match (&row.label, row.year) {
                    (Some(label), _) => label.get(lang).to_string(),
                    (None, year) => year.unwrap_or_default().to_string(),
                },
                order: row.year.unwrap_or(n as i32),
                shown: values
                    .iter()
                    .map(|v| v.map(|v| decimal(lang, v)).unwrap_or_default())
                    .collect(),
                values,
                source: row.source.clone(),
            }
        })
        .collect();
    let layout = chart::lay_out(lang, file.chart, by_year, &rows);
    let (width, height) = chart::svg_size(&layout);
    let series = Series {
        slug: source.slug.clone(),
        title: file.title.get(lang).to_string(),
        description: file.description.get(lang).to_string(),
        note: file.note.as_ref().map(|n| n.get(lang).to_string()),
        key: key_label(file, lang),
        columns: file
            .columns
            .iter()
            .map(|c| Column {
                label: c.label.get(lang).to_string(),
                source: c.source.clone(),
            })
            .collect(),
        unit: file.unit.get(lang).to_string(),
        chart: Chart {
            src: chart::src(&source.slug, lang),
            width,
            height,
        },
        rows,
        updated: source.updated.clone(),
    };
    (series, layout)
}

/// A number as the language writes it: thousands grouped, decimal comma in Russian, as
/// many decimals as the source gave.
pub fn decimal(lang: Lang, value: f64) -> String {
    let text = format!("{}", value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let (group, point) = if lang == Lang::Ru {
        ("\u{a0}", ",")
    } else {
        (",", ".")
    };
    let mut out = String::new();
    if value < 0.0 {
        out.push('−');
    }
    // Russian leaves four-digit numbers ungrouped: 1294, but 12 940.
    let grouped = lang != Lang::Ru || whole.len() > 4;
    for (i, digit) in whole.chars().enumerate() {
        if grouped && i > 0 && (whole.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push_str(point);
        out.push_str(fraction);
    }
    out
}

/// The series as CSV: a header of the key and each column with the unit, then the rows.
pub fn csv(series: &Series) -> String {
    let field = |text: &str| {
        if text.contains([',', '"', '\n']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_string()
        }
    };
    let mut out = field(&series.key);
    for column in &series.columns {
        out.push(',');
        out.push_str(&field(&format!("{} ({})", column.label, series.unit)));
    }
    out.push('\n');
    for row in &series.rows {
        out.push_str(&field(&row.label));
        for value in &row.values {
            out.push(',');
            if let Some(v) = value {
                out.push_str(&v.to_string());
            }
        }
        out.push('\n');
    }
    out
}

/// The statistics page in one language: the topics in order, each with its series.
pub fn index(sources: &[SeriesSource], lang: Lang) -> StatisticsIndex {
    StatisticsIndex {
        files: Default::default(),
        topics: TOPICS
            .iter()
            .map(|(id, en, ru)| StatisticsTopic {
                title: if lang == Lang::Ru { ru } else { en }.to_string(),
                series: sources
                    .iter()
                    .filter(|s| s.file.topic == *id)
                    .map(|s| SeriesLink {
                        slug: s.slug.clone(),
                        title: s.file.title.get(lang).to_string(),
                        description: s.file.description.get(lang).to_string(),
                    })
                    .collect(),
            })
            .filter(|t| !t.series.is_empty())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loaded(files: &[(&str, &str)]) -> (Vec<SeriesSource>, Vec<Diagnostic>) {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join(STATISTICS_DIR)).unwrap();
        for (name, text) in files {
            fs::write(dir.path().join(STATISTICS_DIR).join(name), text).unwrap();
        }
        let mut diagnostics = Vec::new();
        let series = load(dir.path(), &Changes::default(), &mut diagnostics);
        (series, diagnostics)
    }

    const GOOD: &str = r#"title = { en = "Steel", ru = "Сталь" }
description = { en = "Output.", ru = "Выплавка." }
unit = { en = "million tonnes", ru = "млн т" }
chart = "line"
topic = "industry"

[[columns]]
id = "official"
label = { en = "Official", ru = "Официальные данные" }
source = "Narodnoe khozyaistvo SSSR v 1985 g. (1986)"

[[rows]]
year = 1913
values = { official = 4.2 }

[[rows]]
year = 1940
values = { official = 18.3 }

[[rows]]
year = 1980
values = { official = 147.9 }
"#;

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        assert_eq!(decimal(Lang::En, 1294.5), "1,294.5");
        assert_eq!(decimal(Lang::Ru, 1294.5), "1294,5");
        assert_eq!(decimal(Lang::Ru, 286717.0), "286\u{a0}717");
        assert_eq!(decimal(Lang::En, 73.3), "73.3");
        assert_eq!(decimal(Lang::En, -14.5), "−14.5");
        assert_eq!(decimal(Lang::En, 0.0), "0");
    }

    #[test]
    fn a_good_series_is_published_in_both_languages() {
        let (series, diagnostics) = loaded(&[("12-steel.toml", GOOD)]);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let ru = super::series(&series[0], Lang::Ru);
        assert_eq!(ru.slug, "steel");
        assert_eq!(ru.key, "Год");
        assert_eq!(ru.rows[2].shown, vec!["147,9"]);
        assert_eq!(
            index(&series, Lang::En).topics[0].title,
            "Industry and energy"
        );
    }

    #[test]
    fn a_series_outside_a_repository_is_dated_by_its_file() {
        let dated = GOOD.replace("topic = ", "updated = 2026-01-05\ntopic = ");
        let (series, diagnostics) = loaded(&[("01-steel.toml", &dated), ("02-iron.toml", GOOD)]);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let updated: Vec<Option<String>> = series
            .iter()
            .map(|s| super::series(s, Lang::Ru).updated)
            .collect();
        assert_eq!(updated, vec![Some("2026-01-05".to_string()), None]);
    }

    #[test]
    fn every_problem_is_reported_with_its_line() {
        let bad = GOOD
            .replace("topic = \"industry\"", "topic = \"sport\"")
            .replace(
                "values = { official = 18.3 }",
                "values = { oficial = 18.3 }",
            )
            .replace("year = 1980", "year = 1930");
        let (series, diagnostics) = loaded(&[("01-steel.toml", &bad)]);
        assert!(series.is_empty());
        let found: Vec<(&str, u32)> = diagnostics.iter().map(|d| (d.check, d.line)).collect();
        assert!(found.contains(&("statistics-topic", 1)), "{found:?}");
        assert!(found.contains(&("statistics-column", 16)), "{found:?}");
        assert!(found.contains(&("statistics-row", 1)), "{found:?}");
    }

    #[test]
    fn broken_toml_and_labels_without_a_key_are_caught() {
        let labels = GOOD
            .replace("chart = \"line\"", "chart = \"bar\"")
            .replace("year = 1913", "label = { en = \"A\", ru = \"А\" }")
            .replace("year = 1940", "label = { en = \"B\", ru = \"Б\" }")
            .replace("year = 1980", "label = { en = \"C\", ru = \"В\" }");
        let (_, diagnostics) = loaded(&[
            ("01-broken.toml", "title = { en = \"A\"\n"),
            ("02-labels.toml", &labels),
        ]);
        let checks: Vec<&str> = diagnostics.iter().map(|d| d.check).collect();
        assert_eq!(checks, vec!["statistics-format", "statistics-key"]);
    }

    #[test]
    fn csv_has_a_header_with_units_and_empty_cells_for_gaps() {
        let column = |label: &str| Column {
            label: label.into(),
            source: "A".into(),
        };
        let series = Series {
            slug: "s".into(),
            title: "T".into(),
            description: String::new(),
            unit: "Mt".into(),
            note: None,
            key: "Year".into(),
            columns: vec![column("Official"), column("Estimate, low")],
            rows: vec![Row {
                label: "1932".into(),
                order: 1932,
                values: vec![Some(69.8), None],
                shown: vec!["69.8".into(), String::new()],
                source: None,
            }],
            chart: Chart {
                src: chart::src("s", Lang::En),
                width: 1,
                height: 1,
            },
            updated: None,
        };
        assert_eq!(
            csv(&series),
            "Year,Official (Mt),\"Estimate, low (Mt)\"\n1932,69.8,\n"
        );
    }
}
