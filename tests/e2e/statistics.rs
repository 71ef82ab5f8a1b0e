//! Tables and Statistics: each series as a chart with a table alternative the reader can
//! sort, its sources, a CSV download, in both languages. What the pages should show is
//! read from the built data, not written here.

use allrussias_model::data;
use allrussias_model::statistics::{Series, StatisticsIndex};
use allrussias_model::Lang;
use serde_json::json;

use crate::support::browser::Browser;
use crate::support::{dist_dir, read_json};

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

/// The series page's chart: a picture, once it has loaded.
const CHART: &str = "document.querySelector('.series-chart img')";

/// Waits for the series page's chart to be drawn: its picture loaded, not broken.
async fn wait_for_the_chart(b: &Browser) {
    b.wait_until(
        "the chart drawn",
        &format!("const i = {CHART}; return i !== null && i.complete && i.naturalWidth > 0"),
    )
    .await;
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
    // The chart is the picture the build drew, at its published address, its space kept
    // by its size, named for screen readers, whose readers get the figures from the table.
    wait_for_the_chart(&b).await;
    let chart = b
        .js(&format!(
            "const i = {CHART}; return [i.getAttribute('src'), new URL(i.src).pathname, +i.getAttribute('width'), +i.getAttribute('height'), i.alt]"
        ))
        .await;
    let caption = format!("{} ({})", series.title, series.unit);
    let src = &series.chart.src;
    assert!(
        src.starts_with("/media/charts/") && src.ends_with(".svg"),
        "{src}"
    );
    assert_eq!(chart[0], json!(src));
    assert_eq!(chart[1], json!(src));
    assert_eq!(chart[2], json!(series.chart.width));
    assert_eq!(chart[3], json!(series.chart.height));
    let alt = chart[4].as_str().unwrap_or_default();
    assert!(
        alt.starts_with(&format!("{caption}. ")) && alt.contains("table below"),
        "{alt}"
    );
    // What the page shows is the published picture.
    let served = b
        .js_string(&format!(
            "return fetch({CHART}.src).then(r => r.text().then(t => r.status + ' ' + r.headers.get('content-type') + '\\n' + t))"
        ))
        .await;
    let published = std::fs::read_to_string(dist_dir().join(src.trim_start_matches('/'))).unwrap();
    let (status, svg) = served.split_once('\n').unwrap();
    assert!(status.starts_with("200 image/svg+xml"), "{status}");
    assert_eq!(svg, published);
    // A row per year in the table.
    let rows = b
        .js("return document.querySelectorAll('.series-table tbody tr').length")
        .await;
    assert_eq!(rows, json!(series.rows.len()));
    assert_eq!(
        b.js_string("return document.querySelector('.series-table caption').textContent")
            .await,
        caption
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
    let russian_series = series(Lang::Ru, SLUG);
    let mut rows = russian_series.rows.clone();
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
    // The chart is the Russian picture, its labels in Russian.
    wait_for_the_chart(&b).await;
    assert_eq!(
        b.js_string(&format!("return new URL({CHART}.src).pathname"))
            .await,
        russian_series.chart.src
    );
    assert_ne!(russian_series.chart.src, series(Lang::En, SLUG).chart.src);

    b.open("/statistics/no-such-series").await;
    b.wait_until(
        "not found",
        "return document.querySelector('main h1') && document.querySelector('main h1').textContent === 'Page not found'",
    )
    .await;
}

/// A chart's picture has a legend under it naming each figure of the series, each in a
/// colour of its own that the chart draws its figures in; a series' note shows beside the
/// chart.
#[tokio::test]
async fn a_chart_names_its_figures_in_its_legend_and_a_note_shows_beside_it() {
    let all = all_series();
    let several = all
        .iter()
        .find(|s| s.columns.len() > 1)
        .expect("a series of several figures");
    let noted = all
        .iter()
        .find(|s| s.note.is_some())
        .expect("a series with a note");

    let b = Browser::start().await;
    for series in [several, noted] {
        b.open(&format!("/statistics/{}", series.slug)).await;
        b.wait_for_h1(&series.title).await;
        wait_for_the_chart(&b).await;
        // The picture as the browser reads it: its title text first, then its legend's
        // swatches and names, after the chart's shapes.
        let legend = b
            .js(&format!(
                "return fetch({CHART}.src).then(r => r.text()).then(t => {{ \
                   const svg = new DOMParser().parseFromString(t, 'image/svg+xml').documentElement; \
                   const drawn = [...svg.querySelectorAll('g > *')].map(s => s.getAttribute('fill') + ' ' + s.getAttribute('stroke')).join(' '); \
                   const swatches = [...svg.querySelectorAll(':scope > rect')].slice(1).map(r => r.getAttribute('fill')); \
                   return {{ names: [...svg.querySelectorAll(':scope > text')].slice(1).map(t => t.textContent), \
                             swatches, drawn: swatches.map(c => drawn.includes(c)) }}; }})"
            ))
            .await;
        let labels: Vec<&str> = series.columns.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(legend["names"], json!(labels), "{}", series.slug);
        let swatches: Vec<String> = serde_json::from_value(legend["swatches"].clone()).unwrap();
        for (i, colour) in swatches.iter().enumerate() {
            assert!(
                !swatches[i + 1..].contains(colour),
                "{}: two legend entries share {colour}",
                series.slug
            );
        }
        assert_eq!(
            legend["drawn"],
            json!(vec![true; labels.len()]),
            "{}: a legend colour the chart does not draw in: {swatches:?}",
            series.slug
        );
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
