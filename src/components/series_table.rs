//! A statistical series as a table the reader can sort by any column; the header says
//! which column sorts it and which way (`aria-sort`).

use allrussias_model::statistics::{Row, Series};
use leptos::prelude::*;

/// The column the rows are sorted by (0 is the year or category) and the direction.
#[derive(Clone, Copy, PartialEq)]
struct Sort {
    column: usize,
    ascending: bool,
}

fn sorted(rows: &[Row], sort: Sort) -> Vec<Row> {
    let mut rows = rows.to_vec();
    rows.sort_by(|a, b| {
        let order = match sort.column {
            0 => a.order.cmp(&b.order),
            // Missing figures go last whichever way the column is sorted.
            c => match (a.values[c - 1], b.values[c - 1]) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => return std::cmp::Ordering::Less,
                (None, Some(_)) => return std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            },
        };
        if sort.ascending {
            order
        } else {
            order.reverse()
        }
    });
    rows
}

#[component]
pub fn SeriesTable(series: Series, #[prop(into)] caption: String) -> impl IntoView {
    let sort = RwSignal::new(Sort {
        column: 0,
        ascending: true,
    });
    let rows = StoredValue::new(series.rows);
    let headings = std::iter::once(series.key)
        .chain(series.columns.into_iter().map(|c| c.label))
        .enumerate()
        .map(|(column, label)| {
            let state = move || {
                let now = sort.get();
                match (now.column == column, now.ascending) {
                    (false, _) => "none",
                    (true, true) => "ascending",
                    (true, false) => "descending",
                }
            };
            let choose = move |_| {
                sort.update(|s| {
                    *s = Sort {
                        column,
                        ascending: s.column != column || !s.ascending,
                    }
                })
            };
            view! {
                <th scope="col" aria-sort=state>
                    <button type="button" class="series-table-sort" on:click=choose>
                        {label}
                    </button>
                </th>
            }
        })
        .collect_view();
    let body = move || {
        rows.with_value(|rows| sorted(rows, sort.get()))
            .into_iter()
            .map(|row| {
                view! {
                    <tr>
                        <th scope="row">{row.label}</th>
                        {row.shown.into_iter().map(|v| view! { <td>{v}</td> }).collect_view()}
                    </tr>
                }
            })
            .collect_view()
    };
    let region = caption.clone();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=region>
            <table class="series-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>{headings}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
