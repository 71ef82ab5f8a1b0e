//! Tables and Statistics: series of figures with their sources, in one language, as the
//! app shows them: a table and a chart. The compiler draws the chart as an SVG picture,
//! so the app shows it as an image and carries no charting code.

use serde::{Deserialize, Serialize};

/// The statistics page: the series grouped by topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatisticsIndex {
    pub topics: Vec<StatisticsTopic>,
    /// Published names of the files this one lists ([`crate::data`]).
    #[serde(default, skip_serializing_if = "crate::data::Files::is_empty")]
    pub files: crate::data::Files,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatisticsTopic {
    pub title: String,
    pub series: Vec<SeriesLink>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeriesLink {
    pub slug: String,
    pub title: String,
    pub description: String,
}

/// One series: what it counts, in what unit, from which sources, row by row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Series {
    pub slug: String,
    pub title: String,
    pub description: String,
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// What the first column holds: a year or a category.
    pub key: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub chart: Chart,
    /// When the series' file last changed (`2026-01-05`), for "Cite this page".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub label: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    /// The year or the category, as shown.
    pub label: String,
    /// Sorts the rows by their first column: the year, or the row's place in the source.
    pub order: i32,
    /// One per column; `None` where the source has no figure.
    pub values: Vec<Option<f64>>,
    /// The values as the language writes them ("1,294.5", "1 294,5").
    pub shown: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The series' chart: the SVG picture the compiler drew (the galleries show the same
/// file), and its size, for the page to reserve before it loads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chart {
    pub src: String,
    pub width: u32,
    pub height: u32,
}
