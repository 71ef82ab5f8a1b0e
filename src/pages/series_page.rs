//! One statistical series: its chart, its figures as a sortable table, its sources and
//! a CSV file of the figures.

use allrussias_model::statistics::{Series, StatisticsIndex};
use allrussias_model::Route;
use allrussias_model::Topic;
use allrussias_model::{data, sources_title};
use leptos::prelude::*;

use crate::api::{download_url, fetch_listed, FetchError};
use crate::components::cite_button::{CiteButton, Cited};
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_heading::PageHeading;
use crate::components::series_table::SeriesTable;
use crate::i18n::{Lang, LangExt};
use crate::pages::not_found::NotFound;
use crate::routes::site_url;

/// The series, or `None` when the statistics index does not list it.
async fn load(lang: Lang, slug: String) -> Result<Option<Series>, FetchError> {
    fetch_listed(
        data::statistics(lang),
        |index: &StatisticsIndex| {
            index
                .topics
                .iter()
                .flat_map(|t| &t.series)
                .any(|s| s.slug == slug)
        },
        data::series(lang, &slug),
    )
    .await
}

#[component]
pub fn SeriesPage(slug: String) -> impl IntoView {
    let lang = Lang::current();
    let series = screen_resource(move || {
        rendered(load(lang, slug.clone()), |series| match series {
            Some(series) => view! { <SeriesView series /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        })
    });
    view! { <Loaded resource=series /> }
}

#[component]
fn SeriesView(series: Series) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let caption = format!("{} ({})", series.title, series.unit);
    let csv = download_url(&data::series_csv(lang, &series.slug));
    let sources = series
        .columns
        .iter()
        .map(|c| view! { <li>{c.label.clone()} ": " {c.source.clone()}</li> })
        .chain(series.rows.iter().filter_map(|r| {
            r.source
                .clone()
                .map(|s| view! { <li>{r.label.clone()} ": " {s}</li> })
        }))
        .collect_view();
    let note = series.note.clone().map(|note| {
        view! {
            <aside class="aside" aria-label=ui.statistics_note>
                <h2 class="aside-title">{ui.statistics_note}</h2>
                <p>{note}</p>
            </aside>
        }
    });
    let cited = Cited {
        title: series.title.clone(),
        section: Some(Topic::Statistics.title(lang).to_string()),
        path: Route::Item(Topic::Statistics, series.slug.clone()).path(),
        updated: series.updated.clone(),
    };
    view! {
        <article class="series">
            <p class="breadcrumb">
                <a href=lang.href(&Topic::Statistics.path())>{Topic::Statistics.title(lang)}</a>
            </p>
            <PageHeading title=series.title.clone() description=series.description.clone() />
            <p>{series.description.clone()}</p>
            // The compiler's picture, with its title and legend; the table holds the figures.
            // On a phone the picture is scaled down, so it links to itself at full size.
            <figure class="series-chart">
                <a href=site_url(&series.chart.src)>
                    <img
                        src=site_url(&series.chart.src)
                        width=series.chart.width
                        height=series.chart.height
                        alt=format!("{caption}. {}", ui.chart_alt)
                    />
                </a>
            </figure>
            {note}
            <SeriesTable series=series.clone() caption=caption.clone() />
            <p class="series-download">
                <a href=csv download=format!("{}.csv", series.slug)>{ui.download_csv}</a>
            </p>
            <div class="chapter-links">
                <CiteButton cited />
            </div>
            <section class="sources" aria-labelledby="sources-title">
                <h2 id="sources-title">{sources_title(lang)}</h2>
                <ul>{sources}</ul>
            </section>
        </article>
    }
}
