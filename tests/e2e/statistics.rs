//! Tables and Statistics: each series as a chart with a table alternative the reader can
//! sort, its sources, a CSV download, in both languages.

use serde_json::json;

use crate::support::browser::Browser;

const SERIES: &str = "/statistics/grain-harvest-1928-1940";

#[tokio::test]
async fn the_statistics_page_lists_every_series_by_topic() {
    let b = Browser::start().await;
    b.open("/statistics").await;
    b.wait_for_h1("Tables and Statistics").await;
    let series = b
        .js("return document.querySelectorAll('.statistics-topic a').length")
        .await;
    let index: serde_json::Value =
        crate::support::read_json(&allrussias_model::data::statistics("en"));
    let published: usize = index["topics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["series"].as_array().unwrap().len())
        .sum();
    assert_eq!(series, json!(published));
    b.click(&format!("a[href='{SERIES}']")).await;
    b.wait_for_h1("Grain harvest, 1928–1940: official figures and estimates")
        .await;
}

#[tokio::test]
async fn a_series_has_a_chart_a_sortable_table_sources_and_a_csv() {
    let b = Browser::start().await;
    b.open(SERIES).await;
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
    assert_eq!(rows, json!(13));
    assert_eq!(
        b.js_string("return document.querySelector('.series-table caption').textContent")
            .await,
        "Grain harvest, 1928–1940: official figures and estimates (million tonnes)"
    );

    // Sorting by the official figure: largest first on the second click.
    let first_year = "return document.querySelector('.series-table tbody th').textContent";
    assert_eq!(b.js_string(first_year).await, "1928");
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
    let largest = b
        .js_string("return document.querySelector('.series-table tbody td').textContent")
        .await;
    assert_eq!(largest, "120.3");

    // Sources, and the CSV the link downloads.
    assert!(
        b.js("return document.querySelectorAll('.sources li').length")
            .await
            .as_u64()
            .unwrap()
            >= 3
    );
    let csv = b
        .js_string("const a = document.querySelector('.series-download a'); return fetch(a.href).then(r => r.text().then(t => r.status + ' ' + a.getAttribute('download') + '\\n' + t))")
        .await;
    assert!(
        csv.starts_with("200 grain-harvest-1928-1940.csv\nYear,Official figure"),
        "{csv}"
    );
}

#[tokio::test]
async fn a_series_reads_in_russian_and_an_unknown_one_is_not_found() {
    let b = Browser::start().await;
    b.open(&format!("/ru{SERIES}")).await;
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
        .js_string("return [...document.querySelectorAll('.series-table td')].map(td => td.textContent).join(' ')")
        .await;
    assert!(cells.contains("73,3"), "{cells}");

    b.open("/statistics/no-such-series").await;
    b.wait_until(
        "not found",
        "return document.querySelector('main h1') && document.querySelector('main h1').textContent === 'Page not found'",
    )
    .await;
}

/// A series with gaps (years the sources give no figure for): sorted by a column with
/// gaps, the rows with figures come in order and the gaps stay last, either way round.
#[tokio::test]
async fn rows_without_a_figure_stay_last_whichever_way_a_column_is_sorted() {
    use allrussias_model::data;
    use allrussias_model::statistics::{Series, StatisticsIndex};

    let index: StatisticsIndex = crate::support::read_json(&data::statistics("en"));
    let (slug, series, column) = index
        .topics
        .iter()
        .flat_map(|t| &t.series)
        .find_map(|link| {
            let series: Series = crate::support::read_json(&data::series("en", &link.slug));
            let column = (0..series.columns.len()).find(|c| {
                let with = series
                    .rows
                    .iter()
                    .filter(|r| r.values[*c].is_some())
                    .count();
                with > 1 && with < series.rows.len()
            })?;
            Some((link.slug.clone(), series, column))
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
