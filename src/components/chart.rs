//! A chart laid out by the content compiler, drawn as SVG. The shapes arrive computed, so
//! the app draws them without any charting code of its own.

use allrussias_model::statistics::{Chart as Layout, Shape};
use leptos::prelude::*;

/// `label` names the chart for screen readers, whose readers get the figures from the
/// table beside it; each bar and point has its figure as a tooltip for the eye.
#[component]
pub fn Chart(chart: Layout, #[prop(into)] label: String) -> impl IntoView {
    let shapes = chart
        .shapes
        .into_iter()
        .map(|shape| match shape {
            Shape::Rule {
                x1,
                y1,
                x2,
                y2,
                strong,
            } => view! {
                <line x1=x1 y1=y1 x2=x2 y2=y2 class=if strong { "chart-axis" } else { "chart-grid" } />
            }
            .into_any(),
            Shape::Label { x, y, anchor, text } => view! {
                <text x=x y=y text-anchor=anchor class="chart-label">{text}</text>
            }
            .into_any(),
            Shape::Line { column, points } => view! {
                <polyline points=points class=format!("chart-line chart-series-{column}") />
            }
            .into_any(),
            Shape::Bar {
                column,
                x,
                y,
                width,
                height,
                title,
            } => view! {
                <rect x=x y=y width=width height=height class=format!("chart-bar chart-series-{column}")>
                    <title>{title}</title>
                </rect>
            }
            .into_any(),
            Shape::Dot { column, x, y, title } => view! {
                <circle cx=x cy=y r="4" class=format!("chart-dot chart-series-{column}")>
                    <title>{title}</title>
                </circle>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <svg
            class="chart"
            viewBox=format!("0 0 {} {}", chart.width, chart.height)
            role="img"
            aria-label=label
        >
            {shapes}
        </svg>
    }
}
