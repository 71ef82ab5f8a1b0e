use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::routes::{language_of, other_language_href, MenuItem, MAIN_MENU, SECOND_MENU};

/// Wordmark, the two menus of the classic site and the language switch.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let location = use_location();
    let switch_href = move || other_language_href(&location.pathname.get());
    let to_russian = move || language_of(&location.pathname.get()) == "en";
    view! {
        <header class="site-header">
            <a class="wordmark" href="/" aria-label="All Russias, home">
                "ALL RUSSIAS"
            </a>
            <nav class="main-menu" aria-label="Main">
                <Menu items=&MAIN_MENU />
            </nav>
            <nav class="second-menu" aria-label="More">
                <Menu items=&SECOND_MENU />
            </nav>
            <a
                class="language-switch"
                href=switch_href
                hreflang=move || if to_russian() { "ru" } else { "en" }
                lang=move || if to_russian() { "ru" } else { "en" }
            >
                {move || if to_russian() { "Русская версия" } else { "English version" }}
            </a>
        </header>
    }
}

#[component]
fn Menu(items: &'static [MenuItem]) -> impl IntoView {
    view! {
        <ul>
            {items
                .iter()
                .map(|item| {
                    view! {
                        <li>
                            <A href=item.href exact=item.href == "/">
                                {item.label}
                            </A>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
