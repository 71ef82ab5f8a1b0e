use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes::SIDE_LINKS;

#[component]
pub fn SideLinks() -> impl IntoView {
    view! {
        <nav class="side-links" aria-label="Side links">
            <ul>
                {SIDE_LINKS
                    .iter()
                    .map(|item| view! { <li><A href=item.href>{item.label}</A></li> })
                    .collect_view()}
            </ul>
        </nav>
    }
}
