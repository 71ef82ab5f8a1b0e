use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::language_switch::LanguageSwitch;
use crate::components::reading_settings::ReadingSettings;
use crate::components::search_box::SearchBox;
use crate::i18n::Lang;
use crate::routes::{label, MAIN_MENU, SECOND_MENU};

/// Wordmark (the language's site name in capitals), the two menus of the classic site and
/// the language switch.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    view! {
        <header class="site-header">
            <a class="wordmark" href=lang.href("/") aria-label=format!("{}, {}", ui.site_name, ui.home_label)>
                {ui.site_name.to_uppercase()}
            </a>
            <nav class="main-menu" aria-label=ui.main_menu>
                <Menu lang items=&MAIN_MENU />
            </nav>
            <nav class="second-menu" aria-label=ui.second_menu>
                <Menu lang items=&SECOND_MENU />
            </nav>
            <SearchBox />
            <ReadingSettings />
            <LanguageSwitch />
        </header>
    }
}

#[component]
fn Menu(lang: Lang, items: &'static [&'static str]) -> impl IntoView {
    // `A` marks the current entry with aria-current; the home entry only on the home page.
    view! {
        <ul>
            {items
                .iter()
                .map(|href| {
                    view! {
                        <li>
                            <A href=lang.href(href) exact=*href == "/">
                                {label(lang, href)}
                            </A>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
