//! Tables and Statistics: series of figures with their sources, in one language, as the
//! app shows them: a table and a chart. The chart is laid out here, at build time, so the
//! app only draws the shapes it is given and carries no charting code.

use crate::Lang;
use serde::{Deserialize, Serialize};

use crate::escape::xml;

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

/// How a series is drawn: over time as a line or as bars, or by category as bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    Line,
    Bar,
}

/// A chart as shapes in a `width` x `height` box; `column` picks the series colour.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chart {
    pub width: u32,
    pub height: u32,
    pub shapes: Vec<Shape>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "shape", rename_all = "lowercase", deny_unknown_fields)]
pub enum Shape {
    /// An axis (`strong`) or a grid line.
    Rule {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        strong: bool,
    },
    /// An axis label; `anchor` is SVG's `text-anchor`.
    Label {
        x: f32,
        y: f32,
        anchor: String,
        text: String,
    },
    /// A series over time, as SVG `points`.
    Line { column: usize, points: String },
    /// A bar or a point, with its figure as a tooltip.
    Bar {
        column: usize,
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        title: String,
    },
    Dot {
        column: usize,
        x: f32,
        y: f32,
        title: String,
    },
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

/// The size of every chart: wide enough to read on a desktop, scaled down on a phone.
const WIDTH: f32 = 640.0;
const HEIGHT: f32 = 340.0;
const TOP: f32 = 16.0;
const RIGHT: f32 = 16.0;
const BOTTOM: f32 = 36.0;
/// Room for the value labels of the vertical axis, and for category names.
const LEFT: f32 = 64.0;
const CATEGORY_LEFT: f32 = 150.0;
/// Height of one category's band in a horizontal bar chart.
const BAND: f32 = 30.0;
/// At most this many labels along the horizontal axis, so they never collide.
const MAX_X_LABELS: usize = 9;

/// A round step for about five grid lines between `low` and `high`.
fn nice_step(low: f64, high: f64) -> f64 {
    let raw = ((high - low) / 5.0).max(f64::MIN_POSITIVE);
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude)
}

/// The value axis: from a round number at or below the smallest value to one at or above
/// the largest, and the grid values between. Bars need zero on the axis, or their lengths
/// would lie; a line shows change best over the range of its own values.
fn value_axis(values: impl Iterator<Item = f64> + Clone, from_zero: bool) -> (f64, f64, Vec<f64>) {
    let (start, end) = if from_zero {
        (0.0, 0.0)
    } else {
        (f64::INFINITY, f64::NEG_INFINITY)
    };
    let low = values.clone().fold(start, f64::min);
    let high = values.fold(end, f64::max);
    let high = if high == low { low + 1.0 } else { high };
    let step = nice_step(low, high);
    let (start, end) = ((low / step).floor() * step, (high / step).ceil() * step);
    let count = ((end - start) / step).round() as usize;
    let ticks = (0..=count).map(|i| start + step * i as f64).collect();
    (start, end, ticks)
}

/// Rounds a tick value so floating-point noise never shows (0.30000000000000004).
fn tidy(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

fn label(x: f32, y: f32, anchor: &str, text: String) -> Shape {
    Shape::Label {
        x,
        y,
        anchor: anchor.into(),
        text,
    }
}

/// Lays out the chart of `rows`, whose first column is a year when `by_year` is true.
pub fn lay_out(lang: Lang, kind: ChartKind, by_year: bool, unit: &str, rows: &[Row]) -> Chart {
    let values = rows.iter().flat_map(|r| r.values.iter().flatten().copied());
    let (low, high, ticks) = value_axis(values, kind == ChartKind::Bar);
    let columns = rows.first().map_or(0, |r| r.values.len());
    let tip = |row: &Row, column: usize| format!("{}: {} {unit}", row.label, row.shown[column]);
    let mut shapes = Vec::new();
    if !by_year {
        // Categories read best as horizontal bars, their names to the left.
        let height = TOP + BOTTOM + BAND * rows.len() as f32;
        let (left, right) = (CATEGORY_LEFT, WIDTH - RIGHT);
        let x = |v: f64| left + ((v - low) / (high - low)) as f32 * (right - left);
        for tick in &ticks {
            let at = x(*tick);
            shapes.push(Shape::Rule {
                x1: at,
                y1: TOP,
                x2: at,
                y2: height - BOTTOM,
                strong: *tick == 0.0,
            });
            shapes.push(label(
                at,
                height - BOTTOM + 16.0,
                "middle",
                decimal(lang, tidy(*tick)),
            ));
        }
        let bar = BAND * 0.7 / columns.max(1) as f32;
        for (i, row) in rows.iter().enumerate() {
            let top = TOP + BAND * i as f32;
            shapes.push(label(
                left - 8.0,
                top + BAND / 2.0 + 4.0,
                "end",
                row.label.clone(),
            ));
            for (c, value) in row.values.iter().enumerate() {
                let Some(value) = value else { continue };
                let (from, to) = (x(0.0f64.max(low)), x(*value));
                shapes.push(Shape::Bar {
                    column: c,
                    x: from.min(to),
                    y: top + BAND * 0.15 + bar * c as f32,
                    width: (to - from).abs(),
                    height: bar,
                    title: tip(row, c),
                });
            }
        }
        return Chart {
            width: WIDTH as u32,
            height: height as u32,
            shapes,
        };
    }
    let (left, right, bottom) = (LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM);
    let y = |v: f64| bottom - ((v - low) / (high - low)) as f32 * (bottom - TOP);
    for tick in &ticks {
        let at = y(*tick);
        shapes.push(Shape::Rule {
            x1: left,
            y1: at,
            x2: right,
            y2: at,
            strong: *tick == 0.0,
        });
        shapes.push(label(
            left - 6.0,
            at + 4.0,
            "end",
            decimal(lang, tidy(*tick)),
        ));
    }
    let stride = rows.len().div_ceil(MAX_X_LABELS).max(1);
    match kind {
        ChartKind::Line => {
            let (first, last) = (
                rows.first().map_or(0, |r| r.order),
                rows.last().map_or(1, |r| r.order),
            );
            let span = (last - first).max(1) as f32;
            let x = |order: i32| left + (order - first) as f32 / span * (right - left);
            for (i, row) in rows.iter().enumerate() {
                if i % stride == 0 {
                    shapes.push(label(
                        x(row.order),
                        bottom + 18.0,
                        "middle",
                        row.label.clone(),
                    ));
                }
            }
            for c in 0..columns {
                let points: Vec<(f32, f32)> = rows
                    .iter()
                    .filter_map(|r| r.values[c].map(|v| (x(r.order), y(v))))
                    .collect();
                shapes.push(Shape::Line {
                    column: c,
                    points: points
                        .iter()
                        .map(|(px, py)| format!("{px:.1},{py:.1}"))
                        .collect::<Vec<_>>()
                        .join(" "),
                });
                for row in rows {
                    if let Some(v) = row.values[c] {
                        shapes.push(Shape::Dot {
                            column: c,
                            x: x(row.order),
                            y: y(v),
                            title: tip(row, c),
                        });
                    }
                }
            }
        }
        ChartKind::Bar => {
            let band = (right - left) / rows.len().max(1) as f32;
            let bar = band * 0.8 / columns.max(1) as f32;
            for (i, row) in rows.iter().enumerate() {
                let start = left + band * i as f32;
                if i % stride == 0 {
                    shapes.push(label(
                        start + band / 2.0,
                        bottom + 18.0,
                        "middle",
                        row.label.clone(),
                    ));
                }
                for (c, value) in row.values.iter().enumerate() {
                    let Some(value) = value else { continue };
                    let (from, to) = (y(0.0f64.max(low)), y(*value));
                    shapes.push(Shape::Bar {
                        column: c,
                        x: start + band * 0.1 + bar * c as f32,
                        y: from.min(to),
                        width: bar,
                        height: (to - from).abs(),
                        title: tip(row, c),
                    });
                }
            }
        }
    }
    Chart {
        width: WIDTH as u32,
        height: HEIGHT as u32,
        shapes,
    }
}

/// Series colours on paper, for a chart shown as a picture outside the page's own styles
/// (the galleries): the light theme's colours of style/statistics.css.
const PAPER_COLOURS: [&str; 4] = ["#9b1c1c", "#1d4f91", "#b7791f", "#2f7a4d"];

/// Room above a chart picture for its title, and below it for the legend.
const HEAD: f32 = 40.0;
const LEGEND: f32 = 28.0;

/// The size of [`chart_svg`]'s picture, for the page to reserve before it loads.
pub fn chart_svg_size(chart: &Chart) -> (u32, u32) {
    (chart.width, chart.height + (HEAD + LEGEND) as u32)
}

/// The chart as a stand-alone SVG picture: white paper, a title, the shapes and a legend,
/// so it reads the same in a gallery, a lightbox or on its own.
pub fn chart_svg(series: &Series) -> String {
    let chart = &series.chart;
    let (width, height) = chart_svg_size(chart);
    let (width, height) = (width as f32, height as f32);
    let colour = |c: usize| PAPER_COLOURS[c % PAPER_COLOURS.len()];
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" font-family=\"PT Sans, sans-serif\"><title>{}</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><text x=\"16\" y=\"26\" font-size=\"16\" font-weight=\"700\" fill=\"#1f1d1a\">{} ({})</text><g transform=\"translate(0 {HEAD})\">",
        xml(&series.title),
        xml(&series.title),
        xml(&series.unit)
    );
    for shape in &chart.shapes {
        let drawn = match shape {
            Shape::Rule { x1, y1, x2, y2, strong } => format!(
                "<line x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" stroke=\"{}\"/>",
                if *strong { "#5b554c" } else { "#ddd5c6" }
            ),
            Shape::Label { x, y, anchor, text } => format!(
                "<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" font-size=\"12\" fill=\"#5b554c\">{}</text>",
                xml(text)
            ),
            Shape::Line { column, points } => format!(
                "<polyline points=\"{points}\" fill=\"none\" stroke-width=\"2.5\" stroke=\"{}\"/>",
                colour(*column)
            ),
            Shape::Bar { column, x, y, width, height, .. } => format!(
                "<rect x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" fill=\"{}\"/>",
                colour(*column)
            ),
            Shape::Dot { column, x, y, .. } => format!(
                "<circle cx=\"{x}\" cy=\"{y}\" r=\"3.5\" fill=\"#fff\" stroke-width=\"2\" stroke=\"{}\"/>",
                colour(*column)
            ),
        };
        out.push_str(&drawn);
    }
    out.push_str("</g>");
    let mut x = 16.0;
    let y = height - 10.0;
    for (c, column) in series.columns.iter().enumerate() {
        out.push_str(&format!(
            "<rect x=\"{x}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{}\" y=\"{y}\" font-size=\"12\" fill=\"#1f1d1a\">{}</text>",
            y - 10.0,
            colour(c),
            x + 16.0,
            xml(&column.label)
        ));
        // A rough width for the label, enough to keep the next one clear of it.
        x += 40.0 + 6.5 * column.label.chars().count() as f32;
    }
    out.push_str("</svg>");
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

#[cfg(test)]
mod tests {
    use super::*;

    fn row(label: &str, order: i32, values: &[Option<f64>]) -> Row {
        Row {
            label: label.into(),
            order,
            values: values.to_vec(),
            shown: values
                .iter()
                .map(|v| v.map(|v| decimal(Lang::En, v)).unwrap_or_default())
                .collect(),
            source: None,
        }
    }

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
    fn the_value_axis_ends_on_round_numbers_and_bars_start_at_zero() {
        let (low, high, ticks) = value_axis([73.3, 95.6, 47.3].into_iter(), true);
        assert_eq!((low, high), (0.0, 100.0));
        assert_eq!(ticks, vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        // Negative growth reaches below zero.
        let (low, _, ticks) = value_axis([-14.5, 6.4, 10.0].into_iter(), true);
        assert_eq!(low, -15.0);
        assert!(ticks.contains(&0.0));
        // A line keeps to its own range.
        let (low, high, _) = value_axis([57.6, 65.9, 73.4].into_iter(), false);
        assert_eq!((low, high), (55.0, 75.0));
    }

    #[test]
    fn a_line_has_a_point_per_figure_and_skips_gaps() {
        let rows = [
            row("1913", 1913, &[Some(4.2), None]),
            row("1940", 1940, &[Some(18.3), Some(10.0)]),
            row("1980", 1980, &[Some(147.9), Some(20.0)]),
        ];
        let chart = lay_out(Lang::En, ChartKind::Line, true, "Mt", &rows);
        let lines: Vec<&String> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Line { points, .. } => Some(points),
                _ => None,
            })
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].split(' ').count(), 3);
        assert_eq!(lines[1].split(' ').count(), 2);
        let tips = chart
            .shapes
            .iter()
            .filter(|s| matches!(s, Shape::Dot { title, .. } if title == "1940: 18.3 Mt"))
            .count();
        assert_eq!(tips, 1);
    }

    #[test]
    fn bars_stand_on_zero_and_stay_inside_the_chart() {
        let rows = [
            row("1992", 1992, &[Some(-14.5)]),
            row("2000", 2000, &[Some(10.0)]),
        ];
        let chart = lay_out(Lang::En, ChartKind::Bar, true, "%", &rows);
        let zero = chart
            .shapes
            .iter()
            .find_map(|s| match s {
                Shape::Rule {
                    y1, strong: true, ..
                } => Some(*y1),
                _ => None,
            })
            .expect("a zero line");
        let bars: Vec<_> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Bar {
                    x,
                    y,
                    width,
                    height,
                    title,
                    ..
                } => Some((*x, *y, *width, *height, title.as_str())),
                _ => None,
            })
            .collect();
        assert_eq!(bars.len(), 2);
        for &(x, y, width, height, _) in &bars {
            assert!(x >= 0.0 && x + width <= chart.width as f32);
            assert!(y >= 0.0 && y + height <= chart.height as f32);
            assert!(height > 0.0);
        }
        // The fall hangs from the zero line, the growth stands on it.
        let (_, y, _, _, title) = bars[0];
        assert_eq!((title, y), ("1992: −14.5 %", zero));
        let (_, y, _, height, title) = bars[1];
        assert_eq!(title, "2000: 10 %");
        assert!((y + height - zero).abs() < 0.01, "{} ≠ {zero}", y + height);
    }

    #[test]
    fn categories_are_horizontal_bars_with_their_names() {
        let rows = [
            row("Russians", 1, &[Some(145.2)]),
            row("Ukrainians", 2, &[Some(44.2)]),
        ];
        let chart = lay_out(Lang::En, ChartKind::Bar, false, "million", &rows);
        assert!(chart
            .shapes
            .iter()
            .any(|s| matches!(s, Shape::Label { text, anchor, .. } if text == "Ukrainians" && anchor == "end")));
        assert_eq!(chart.height as f32, TOP + BOTTOM + 2.0 * BAND);
    }

    #[test]
    fn a_chart_picture_has_its_title_shapes_and_legend() {
        let rows = [
            row("1913", 1913, &[Some(4.2)]),
            row("1940", 1940, &[Some(18.3)]),
        ];
        let series = Series {
            slug: "steel".into(),
            title: "Steel & iron".into(),
            description: String::new(),
            unit: "Mt".into(),
            note: None,
            key: "Year".into(),
            columns: vec![Column {
                label: "Official".into(),
                source: "A".into(),
            }],
            chart: lay_out(Lang::En, ChartKind::Line, true, "Mt", &rows),
            rows: rows.to_vec(),
            updated: None,
        };
        let svg = chart_svg(&series);
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 408\"")
        );
        assert!(svg.contains("<title>Steel &amp; iron</title>"));
        assert!(svg.contains("<polyline"));
        assert!(svg.contains(">Official</text>"));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn csv_has_a_header_with_units_and_empty_cells_for_gaps() {
        let series = Series {
            slug: "s".into(),
            title: "T".into(),
            description: String::new(),
            unit: "Mt".into(),
            note: None,
            key: "Year".into(),
            columns: vec![
                Column {
                    label: "Official".into(),
                    source: "A".into(),
                },
                Column {
                    label: "Estimate, low".into(),
                    source: "B".into(),
                },
            ],
            rows: vec![row("1932", 1932, &[Some(69.8), None])],
            updated: None,
            chart: Chart {
                width: 1,
                height: 1,
                shapes: vec![],
            },
        };
        assert_eq!(
            csv(&series),
            "Year,Official (Mt),\"Estimate, low (Mt)\"\n1932,69.8,\n"
        );
    }
}
