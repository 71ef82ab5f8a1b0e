use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes::FOOTER_MENU;

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <nav aria-label="Site information">
                <ul>
                    {FOOTER_MENU
                        .iter()
                        .map(|item| view! { <li><A href=item.href>{item.label}</A></li> })
                        .collect_view()}
                </ul>
            </nav>
            <p class="site-footer-note">
                "All Russias: original text, with sources on every page. Corrections are welcome through "
                <a href="/feedback">"Send Feedback"</a> "."
            </p>
        </footer>
    }
}
