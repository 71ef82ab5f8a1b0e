use allrussias_model::Route;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::language_switch::LanguageSwitch;
use crate::components::reading_settings::ReadingSettings;
use crate::components::search_box::SearchBox;
use crate::i18n::{Lang, LangExt};
use crate::routes::{label, MAIN_MENU, SECOND_MENU};

/// Wordmark (the language's site name in capitals), the two menus of the classic site,
/// the search box, reading settings and the language switch. On a phone the header is one
/// bar and the menus, settings and language switch fold behind a Menu button, so the
/// screen goes to the text; the CSS shows or hides them from the button's `aria-expanded`.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let open = RwSignal::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    // A followed link closes the menu: the next page starts with its text in view.
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        open.set(false);
    });
    let escape = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            open.set(false);
            if let Some(button) = button.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    view! {
        <header class="site-header" on:keydown=escape>
            <a class="wordmark" href=lang.href("/") aria-label=format!("{}, {}", ui.site_name, ui.home_label)>
                {ui.site_name.to_uppercase()}
            </a>
            <SearchBox />
            <button
                type="button"
                class="menu-button"
                node_ref=button
                aria-controls="site-menu"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                on:click=move |_| open.update(|open| *open = !*open)
            >
                {ui.menu_button}
            </button>
            <div class="site-menu" id="site-menu">
                <nav class="main-menu" aria-label=ui.main_menu>
                    <Menu lang items=&MAIN_MENU />
                </nav>
                <nav class="second-menu" aria-label=ui.second_menu>
                    <Menu lang items=&SECOND_MENU />
                </nav>
                <ReadingSettings />
                <LanguageSwitch />
            </div>
        </header>
    }
}

#[component]
fn Menu(lang: Lang, items: &'static [Route]) -> impl IntoView {
    // `A` marks the current entry with aria-current; the home entry only on the home page.
    view! {
        <ul>
            {items
                .iter()
                .map(|route| {
                    view! {
                        <li>
                            <A href=lang.href(&route.path()) exact=*route == Route::Home>
                                {label(lang, route)}
                            </A>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
