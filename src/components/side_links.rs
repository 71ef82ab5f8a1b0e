use allrussias_model::{Route, Topic};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{Lang, LangExt};
use crate::routes::{label, SIDE_LINKS};

#[component]
pub fn SideLinks() -> impl IntoView {
    let lang = Lang::current();
    view! {
        <nav class="side-links" aria-label=lang.ui().side_links>
            <ul>
                {SIDE_LINKS
                    .iter()
                    .map(|route| {
                        let name = match route {
                            Route::Topic(Topic::Jokes) => lang.ui().political_jokes,
                            _ => label(lang, route),
                        };
                        view! { <li><A href=lang.href(&route.path())>{name}</A></li> }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
