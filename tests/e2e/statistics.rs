//! Tables and Statistics: each series as a chart with a table alternative the reader can
//! sort, its sources, a CSV download, in both languages. What the pages should show is
//! read from the built data, not written here.

use allrussias_model::data;
use allrussias_model::statistics::{Series, Shape, StatisticsIndex};
use allrussias_model::Lang;
use serde_json::json;

use crate::support::browser::Browser;
use crate::support::read_json;

const SLUG: &str = "grain-harvest-1928-1940";

fn index(lang: Lang) -> StatisticsIndex {
    read_json(&data::statistics(lang))
}

fn series(lang: Lang, slug: &str) -> Series {
    read_json(&data::series(lang, slug))
}

/// Every series the statistics page lists, as published in English.
fn all_series() -> Vec<Series> {
    index(Lang::En)
        .topics
        .iter()
        .flat_map(|t| &t.series)
        .map(|link| series(Lang::En, &link.slug))
        .collect()
}

/// A figure as Russian writes it: a decimal comma, and digits grouped by a no-break
/// space from five digits on (1294, but 12 940).
fn russian(value: f64) -> String {
    let text = value.abs().to_string();
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::from(if value < 0.0 { "−" } else { "" });
    for (i, digit) in whole.chars().enumerate() {
        if whole.len() > 4 && i > 0 && (whole.len() - i) % 3 == 0 {
            out.push('\u{a0}');
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(',');
        out.push_str(fraction);
    }
    out
}

/// A CSV field, quoted when it holds a comma or a quote.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[tokio::test]
async fn the_statistics_page_lists_every_series_by_topic() {
    let index = index(Lang::En);
    let published: usize = index.topics.iter().map(|t| t.series.len()).sum();
    let title = index
        .topics
        .iter()
        .flat_map(|t| &t.series)
        .find(|s| s.slug == SLUG)
        .map(|s| s.title.clone())
        .expect("the index lists the series");

    let b = Browser::start().await;
    b.open("/statistics").await;
    b.wait_for_h1("Tables and Statistics").await;
    let series = b
        .js("return document.querySelectorAll('.statistics-topic a').length")
        .await;
    assert_eq!(series, json!(published));
    b.click(&format!("a[href='/statistics/{SLUG}']")).await;
    b.wait_for_h1(&title).await;
}

#[tokio::test]
async fn a_series_has_a_chart_a_sortable_table_sources_and_a_csv() {
    let series = series(Lang::En, SLUG);
    let mut by_order = series.rows.clone();
    by_order.sort_by_key(|r| r.order);

    let b = Browser::start().await;
    b.open(&format!("/statistics/{SLUG}")).await;
    b.wait_until(
        "the chart",
        "return document.querySelector('svg.chart[role=img]') !== null",
    )
    .await;
    let label = b
        .js_string("return document.querySelector('svg.chart').getAttribute('aria-label')")
        .await;
    assert!(label.contains("table below"), "{label}");
    // One bar per figure, and a row per year in the table.
    let (bars, cells, rows) = (
        b.js("return document.querySelectorAll('svg.chart rect').length")
            .await,
        b.js("return [...document.querySelectorAll('.series-table td')].filter(td => td.textContent !== '').length")
            .await,
        b.js("return document.querySelectorAll('.series-table tbody tr').length")
            .await,
    );
    assert_eq!(bars, cells);
    assert_eq!(rows, json!(series.rows.len()));
    assert_eq!(
        b.js_string("return document.querySelector('.series-table caption').textContent")
            .await,
        format!("{} ({})", series.title, series.unit)
    );

    // At first the rows run in order of the year.
    let years = b
        .js("return [...document.querySelectorAll('.series-table tbody th')].map(th => th.textContent)")
        .await;
    let expected: Vec<&str> = by_order.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(years, json!(expected));

    // Sorting by the first figure: smallest first, then largest first on the second click.
    b.click(".series-table thead th:nth-child(2) button").await;
    assert_eq!(
        b.js_string("return document.querySelector('.series-table thead th:nth-child(2)').getAttribute('aria-sort')")
            .await,
        "ascending"
    );
    // The rows are in order of the figure, the years without one last.
    let figures = b
        .js("return [...document.querySelectorAll('.series-table tbody tr')].map(tr => tr.querySelector('td').textContent)")
        .await;
    let figures: Vec<String> = serde_json::from_value(figures).unwrap();
    let known: Vec<f64> = figures
        .iter()
        .take_while(|f| !f.is_empty())
        .map(|f| f.replace([',', '\u{a0}', '\u{202f}'], "").parse().unwrap())
        .collect();
    assert!(known.windows(2).all(|w| w[0] <= w[1]), "{figures:?}");
    assert!(
        figures[known.len()..].iter().all(|f| f.is_empty()),
        "{figures:?}"
    );
    assert!(known.len() > 1, "{figures:?}");
    b.click(".series-table thead th:nth-child(2) button").await;
    assert_eq!(
        b.js_string("return document.querySelector('.series-table thead th:nth-child(2)').getAttribute('aria-sort')")
            .await,
        "descending"
    );
    let largest = series
        .rows
        .iter()
        .filter_map(|r| r.values[0].map(|v| (v, r.shown[0].clone())))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, shown)| shown)
        .expect("a figure in the first column");
    assert_eq!(
        b.js_string("return document.querySelector('.series-table tbody td').textContent")
            .await,
        largest
    );

    // Sources: each column's, then each row's own.
    let sources: Vec<String> = series
        .columns
        .iter()
        .map(|c| format!("{}: {}", c.label, c.source))
        .chain(
            series
                .rows
                .iter()
                .filter_map(|r| r.source.as_ref().map(|s| format!("{}: {s}", r.label))),
        )
        .collect();
    assert_eq!(
        b.js("return [...document.querySelectorAll('.sources li')].map(li => li.textContent)")
            .await,
        json!(sources)
    );

    // The CSV the link downloads: the year and each column with its unit, then the figures.
    let csv = b
        .js_string("const a = document.querySelector('.series-download a'); return fetch(a.href).then(r => r.text().then(t => r.status + ' ' + a.getAttribute('download') + '\\n' + t))")
        .await;
    let mut expected = vec![
        format!("200 {SLUG}.csv"),
        std::iter::once(csv_field(&series.key))
            .chain(
                series
                    .columns
                    .iter()
                    .map(|c| csv_field(&format!("{} ({})", c.label, series.unit))),
            )
            .collect::<Vec<_>>()
            .join(","),
    ];
    expected.extend(series.rows.iter().map(|r| {
        std::iter::once(csv_field(&r.label))
            .chain(
                r.values
                    .iter()
                    .map(|v| v.map(|v| v.to_string()).unwrap_or_default()),
            )
            .collect::<Vec<_>>()
            .join(",")
    }));
    assert_eq!(csv.lines().collect::<Vec<_>>(), expected, "{csv}");
}

#[tokio::test]
async fn a_series_reads_in_russian_and_an_unknown_one_is_not_found() {
    let mut rows = series(Lang::Ru, SLUG).rows;
    rows.sort_by_key(|r| r.order);
    // Every figure written with the Russian decimal comma, row by row.
    let expected: Vec<String> = rows
        .iter()
        .flat_map(|r| r.values.iter().map(|v| v.map(russian).unwrap_or_default()))
        .collect();
    assert!(
        expected.iter().any(|f| f.contains(',')),
        "no figure with a fraction in {SLUG}: {expected:?}"
    );

    let b = Browser::start().await;
    b.open(&format!("/ru/statistics/{SLUG}")).await;
    b.wait_until(
        "the table",
        "return document.querySelector('.series-table') !== null",
    )
    .await;
    assert_eq!(
        b.js_string("return document.querySelector('.series-table thead th').textContent")
            .await,
        "Год"
    );
    let cells = b
        .js("return [...document.querySelectorAll('.series-table td')].map(td => td.textContent)")
        .await;
    assert_eq!(cells, json!(expected));

    b.open("/statistics/no-such-series").await;
    b.wait_until(
        "not found",
        "return document.querySelector('main h1') && document.querySelector('main h1').textContent === 'Page not found'",
    )
    .await;
}

/// A series of several figures a year has a legend under its chart naming each, in the
/// colour the chart draws it in; a series of one has none. A series' note shows beside
/// the chart.
#[tokio::test]
async fn a_chart_of_several_figures_has_a_legend_and_a_note_shows_beside_it() {
    let all = all_series();
    let several = all
        .iter()
        .find(|s| s.columns.len() > 1)
        .expect("a series of several figures");
    // A note on a series of one figure, if there is one, so the page without a legend
    // is seen too.
    let noted = all
        .iter()
        .find(|s| s.note.is_some() && s.columns.len() == 1)
        .or_else(|| all.iter().find(|s| s.note.is_some()))
        .expect("a series with a note");

    let b = Browser::start().await;
    for series in [several, noted] {
        b.open(&format!("/statistics/{}", series.slug)).await;
        b.wait_for_h1(&series.title).await;
        b.wait_until(
            "the chart",
            "return document.querySelector('.series-chart svg.chart') !== null",
        )
        .await;
        let legend = b
            .js("const l = document.querySelector('.series-chart .chart-legend'); return l && l.checkVisibility() ? [...l.querySelectorAll('li')].map(li => li.textContent) : null")
            .await;
        if series.columns.len() > 1 {
            let labels: Vec<&str> = series.columns.iter().map(|c| c.label.as_str()).collect();
            assert_eq!(legend, json!(labels), "{}", series.slug);
            legend_colours_match_the_chart(&b, series).await;
        } else {
            // The legend is drawn with the chart, which is on the page.
            assert_eq!(legend, json!(null), "{}", series.slug);
        }
        let note = b
            .js_string("const p = document.querySelector('article.series aside.aside p'); return p && p.checkVisibility() ? p.textContent : null")
            .await;
        assert_eq!(
            note,
            series.note.clone().unwrap_or_default(),
            "{}",
            series.slug
        );
    }
}

/// Each legend entry's swatch has the colour of its figures in the chart: those whose
/// tooltip names that column's figure, and no other column's.
async fn legend_colours_match_the_chart(b: &Browser, series: &Series) {
    let titles: Vec<(usize, &str)> = series
        .chart
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Bar { column, title, .. } | Shape::Dot { column, title, .. } => {
                Some((*column, title.as_str()))
            }
            _ => None,
        })
        .collect();
    let mut swatches = Vec::new();
    for column in 0..series.columns.len() {
        let title = titles
            .iter()
            .find(|(c, t)| *c == column && titles.iter().filter(|(_, u)| u == t).count() == 1)
            .map(|(_, t)| *t)
            .unwrap_or_else(|| panic!("no figure only column {column} has"));
        let script = format!(
            "const t = [...document.querySelectorAll('svg.chart title')].find(t => t.textContent === {title}); \
             const s = document.querySelectorAll('.chart-legend li .chart-swatch')[{column}]; \
             if (!t || !s) return null; \
             const shape = getComputedStyle(t.parentElement); \
             return [t.parentElement.tagName === 'rect' ? shape.fill : shape.stroke, getComputedStyle(s).backgroundColor]",
            title = json!(title)
        );
        let colours = b.js(&script).await;
        assert_eq!(
            colours[0], colours[1],
            "{} column {column}: chart vs legend ({title})",
            series.slug
        );
        assert!(colours[1].is_string(), "{colours}");
        swatches.push(colours[1].clone());
    }
    for (i, a) in swatches.iter().enumerate() {
        assert!(
            !swatches[i + 1..].contains(a),
            "{}: two legend entries share {a}",
            series.slug
        );
    }
}

/// A series with gaps (years the sources give no figure for): sorted by a column with
/// gaps, the rows with figures come in order and the gaps stay last, either way round.
#[tokio::test]
async fn rows_without_a_figure_stay_last_whichever_way_a_column_is_sorted() {
    let (slug, series, column) = all_series()
        .into_iter()
        .find_map(|series| {
            let column = (0..series.columns.len()).find(|c| {
                let with = series
                    .rows
                    .iter()
                    .filter(|r| r.values[*c].is_some())
                    .count();
                with > 1 && with < series.rows.len()
            })?;
            Some((series.slug.clone(), series, column))
        })
        .expect("a series with a gap in a column");
    let with: Vec<(f64, String)> = series
        .rows
        .iter()
        .filter_map(|r| r.values[column].map(|v| (v, r.shown[column].clone())))
        .collect();
    let gaps = series.rows.len() - with.len();

    let b = Browser::start().await;
    b.open(&format!("/statistics/{slug}")).await;
    b.wait_until(
        "the table",
        "return document.querySelector('.series-table-sort') !== null",
    )
    .await;
    let sort = format!(
        "document.querySelectorAll('.series-table-sort')[{}].click()",
        column + 1
    );
    let cells = format!(
        "return [...document.querySelectorAll('.series-table tbody tr')].map(tr => tr.querySelectorAll('td')[{column}].textContent)"
    );
    for ascending in [true, false] {
        b.js(&sort).await;
        let shown: Vec<String> = serde_json::from_value(b.js(&cells).await).unwrap();
        let (figures, blanks) = shown.split_at(with.len());
        assert!(
            blanks.iter().all(String::is_empty) && blanks.len() == gaps,
            "the gaps are not last: {shown:?}"
        );
        let mut expected = with.clone();
        expected.sort_by(|a, b| {
            if ascending {
                a.0.total_cmp(&b.0)
            } else {
                b.0.total_cmp(&a.0)
            }
        });
        let expected: Vec<String> = expected.into_iter().map(|(_, shown)| shown).collect();
        assert_eq!(figures, expected.as_slice(), "ascending {ascending}");
    }
}
