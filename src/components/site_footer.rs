use allrussias_model::Topic;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{Lang, LangExt};
use crate::routes::{label, FOOTER_MENU};

#[component]
pub fn SiteFooter() -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    view! {
        <footer class="site-footer">
            <nav aria-label=ui.footer_menu>
                <ul>
                    {FOOTER_MENU
                        .iter()
                        .map(|route| view! { <li><A href=lang.href(&route.path())>{label(lang, route)}</A></li> })
                        .collect_view()}
                </ul>
            </nav>
            <p class="site-footer-note">
                {ui.footer_note} " " <a href=lang.href(&Topic::Feedback.path())>{Topic::Feedback.title(lang)}</a> "."
            </p>
        </footer>
    }
}
