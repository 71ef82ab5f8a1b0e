//! Tables and Statistics: every series, grouped by topic.

use allrussias_model::data;
use allrussias_model::statistics::StatisticsIndex;
use allrussias_model::Route;
use allrussias_model::Topic;
use leptos::prelude::*;

use crate::api::fetch_json;
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_heading::PageHeading;
use crate::i18n::{Lang, LangExt};

#[component]
pub fn StatisticsPage() -> impl IntoView {
    let lang = Lang::current();
    let index = screen_resource(move || {
        rendered(
            fetch_json(data::statistics(lang)),
            |index: StatisticsIndex| view! { <StatisticsList index /> },
        )
    });
    view! { <Loaded resource=index /> }
}

#[component]
fn StatisticsList(index: StatisticsIndex) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    view! {
        <PageHeading title=Topic::Statistics.title(lang) description=ui.statistics_intro />
        <p class="statistics-intro">{ui.statistics_intro}</p>
        {index
            .topics
            .into_iter()
            .map(|topic| {
                view! {
                    <section class="statistics-topic">
                        <h2>{topic.title}</h2>
                        <ul class="topic-children">
                            {topic
                                .series
                                .into_iter()
                                .map(|s| {
                                    view! {
                                        <li>
                                            <a href=lang.href(&Route::Item(Topic::Statistics, s.slug.clone()).path())>{s.title}</a>
                                            <span class="topic-children-description">{s.description}</span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })
            .collect_view()}
    }
}
