//! A series' chart, laid out and drawn once, at build time, as an SVG picture: the series
//! page and the galleries show the same file, so the app carries no charting code.

use allrussias_model::escape::xml;
use allrussias_model::statistics::{Row, Series};
use allrussias_model::Lang;
use serde::Deserialize;

use crate::statistics::decimal;

/// How a series is drawn: over time as a line or as bars, or by category as bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    Line,
    Bar,
}

/// A chart as shapes in a `width` x `height` box; `column` picks the series colour.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    width: f32,
    height: f32,
    shapes: Vec<Shape>,
}

#[derive(Debug, Clone, PartialEq)]
enum Shape {
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
        anchor: &'static str,
        text: String,
    },
    /// A series over time, through its points.
    Line {
        column: usize,
        points: Vec<(f32, f32)>,
    },
    Bar {
        column: usize,
        x: f32,
        y: f32,
        width: f32,
        height: f32,
    },
    /// A point of a line.
    Dot { column: usize, x: f32, y: f32 },
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

fn label(x: f32, y: f32, anchor: &'static str, text: String) -> Shape {
    Shape::Label { x, y, anchor, text }
}

/// Lays out the chart of `rows`, whose first column is a year when `by_year` is true.
pub fn lay_out(lang: Lang, kind: ChartKind, by_year: bool, rows: &[Row]) -> Layout {
    let values = rows.iter().flat_map(|r| r.values.iter().flatten().copied());
    let (low, high, ticks) = value_axis(values, kind == ChartKind::Bar);
    let columns = rows.first().map_or(0, |r| r.values.len());
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
                });
            }
        }
        return Layout {
            width: WIDTH,
            height,
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
                let dots = points
                    .iter()
                    .map(|&(x, y)| Shape::Dot { column: c, x, y })
                    .collect::<Vec<_>>();
                shapes.push(Shape::Line { column: c, points });
                shapes.extend(dots);
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
                    });
                }
            }
        }
    }
    Layout {
        width: WIDTH,
        height: HEIGHT,
        shapes,
    }
}

/// Series colours on paper, which holds in either theme of the page around the picture.
const COLOURS: [&str; 4] = ["#9b1c1c", "#1d4f91", "#b7791f", "#2f7a4d"];

/// Room above the chart for its title, and below it for the legend.
const HEAD: f32 = 40.0;
const LEGEND: f32 = 28.0;

/// Where the build publishes a series' chart in a language.
pub fn src(series: &str, lang: Lang) -> String {
    format!("/media/charts/{series}.{lang}.svg")
}

/// The size of [`svg`]'s picture, for a page to reserve before it loads.
pub fn svg_size(layout: &Layout) -> (u32, u32) {
    (layout.width as u32, (layout.height + HEAD + LEGEND) as u32)
}

/// The chart as a stand-alone SVG picture: white paper, a title, the shapes and a legend,
/// so it reads the same on the series page, in a gallery, a lightbox or on its own.
pub fn svg(series: &Series, layout: &Layout) -> String {
    let (width, height) = svg_size(layout);
    let colour = |c: usize| COLOURS[c % COLOURS.len()];
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" font-family=\"PT Sans, sans-serif\"><title>{}</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><text x=\"16\" y=\"26\" font-size=\"16\" font-weight=\"700\" fill=\"#1f1d1a\">{} ({})</text><g transform=\"translate(0 {HEAD})\">",
        xml(&series.title),
        xml(&series.title),
        xml(&series.unit)
    );
    for shape in &layout.shapes {
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
                "<polyline points=\"{}\" fill=\"none\" stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke=\"{}\"/>",
                points
                    .iter()
                    .map(|(x, y)| format!("{x:.1},{y:.1}"))
                    .collect::<Vec<_>>()
                    .join(" "),
                colour(*column)
            ),
            Shape::Bar { column, x, y, width, height } => format!(
                "<rect x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" fill=\"{}\"/>",
                colour(*column)
            ),
            Shape::Dot { column, x, y } => format!(
                "<circle cx=\"{x}\" cy=\"{y}\" r=\"3.5\" fill=\"#fff\" stroke-width=\"2\" stroke=\"{}\"/>",
                colour(*column)
            ),
        };
        out.push_str(&drawn);
    }
    out.push_str("</g>");
    let mut x = 16.0;
    let y = height as f32 - 10.0;
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

#[cfg(test)]
mod tests {
    use super::*;
    use allrussias_model::statistics::{Chart, Column};

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
        let layout = lay_out(Lang::En, ChartKind::Line, true, &rows);
        let lines: Vec<usize> = layout
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Line { points, .. } => Some(points.len()),
                _ => None,
            })
            .collect();
        assert_eq!(lines, vec![3, 2]);
        let dots = |column: usize| {
            layout
                .shapes
                .iter()
                .filter(|s| matches!(s, Shape::Dot { column: c, .. } if *c == column))
                .count()
        };
        assert_eq!((dots(0), dots(1)), (3, 2));
    }

    #[test]
    fn bars_stand_on_zero_and_stay_inside_the_chart() {
        let rows = [
            row("1992", 1992, &[Some(-14.5)]),
            row("2000", 2000, &[Some(10.0)]),
        ];
        let layout = lay_out(Lang::En, ChartKind::Bar, true, &rows);
        let zero = layout
            .shapes
            .iter()
            .find_map(|s| match s {
                Shape::Rule {
                    y1, strong: true, ..
                } => Some(*y1),
                _ => None,
            })
            .expect("a zero line");
        let bars: Vec<_> = layout
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Bar {
                    x,
                    y,
                    width,
                    height,
                    ..
                } => Some((*x, *y, *width, *height)),
                _ => None,
            })
            .collect();
        assert_eq!(bars.len(), 2);
        for &(x, y, width, height) in &bars {
            assert!(x >= 0.0 && x + width <= layout.width);
            assert!(y >= 0.0 && y + height <= layout.height);
            assert!(height > 0.0);
        }
        // The fall (1992) hangs from the zero line, the growth (2000) stands on it.
        let (_, y, _, _) = bars[0];
        assert_eq!(y, zero);
        let (_, y, _, height) = bars[1];
        assert!((y + height - zero).abs() < 0.01, "{} ≠ {zero}", y + height);
    }

    #[test]
    fn categories_are_horizontal_bars_with_their_names() {
        let rows = [
            row("Russians", 1, &[Some(145.2)]),
            row("Ukrainians", 2, &[Some(44.2)]),
        ];
        let layout = lay_out(Lang::En, ChartKind::Bar, false, &rows);
        assert!(layout
            .shapes
            .iter()
            .any(|s| matches!(s, Shape::Label { text, anchor, .. } if text == "Ukrainians" && *anchor == "end")));
        assert_eq!(layout.height, TOP + BOTTOM + 2.0 * BAND);
    }

    #[test]
    fn a_chart_picture_has_its_title_shapes_and_a_legend_in_the_colours_drawn() {
        let rows = [
            row("1913", 1913, &[Some(4.2), Some(5.0)]),
            row("1940", 1940, &[Some(18.3), Some(20.0)]),
        ];
        let column = |label: &str| Column {
            label: label.into(),
            source: "A".into(),
        };
        let layout = lay_out(Lang::En, ChartKind::Line, true, &rows);
        let series = Series {
            slug: "steel".into(),
            title: "Steel & iron".into(),
            description: String::new(),
            unit: "Mt".into(),
            note: None,
            key: "Year".into(),
            columns: vec![column("Official"), column("Estimate")],
            rows: rows.to_vec(),
            chart: Chart {
                src: src("steel", Lang::En),
                width: 640,
                height: 408,
            },
            updated: None,
        };
        let svg = svg(&series, &layout);
        assert_eq!(svg_size(&layout), (640, 408));
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 408\"")
        );
        assert!(svg.contains("<title>Steel &amp; iron</title>"));
        assert!(svg.ends_with("</svg>"));
        // A line per column, and under the chart a legend entry naming it in its colour.
        let (chart, legend) = svg.split_once("</g>").expect("the chart, then its legend");
        for (c, label) in ["Official", "Estimate"].into_iter().enumerate() {
            let colour = format!("\"{}\"", COLOURS[c]);
            let line = chart.split("<polyline").nth(c + 1).expect("a line");
            assert!(line.contains(&format!("stroke={colour}")), "{line}");
            let entry = legend.split("<rect").nth(c + 1).expect("a legend entry");
            assert!(entry.contains(&format!("fill={colour}")), "{entry}");
            assert!(entry.contains(&format!(">{label}</text>")), "{entry}");
        }
    }
}
