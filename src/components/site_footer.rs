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
                        .map(|href| view! { <li><A href=lang.href(href)>{label(lang, href)}</A></li> })
                        .collect_view()}
                </ul>
            </nav>
            <p class="site-footer-note">
                {ui.footer_note} " " <a href=lang.href("/feedback")>{label(lang, "/feedback")}</a> "."
            </p>
        </footer>
    }
}
