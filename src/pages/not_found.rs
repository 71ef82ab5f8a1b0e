use leptos::prelude::*;
use leptos_meta::Meta;

use crate::components::page_heading::PageHeading;

/// Any address the site does not have: unknown routes, chapters and pages.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Meta name="robots" content="noindex" />
        <div class="not-found">
            <PageHeading title="Page not found" description="There is no page at this address." />
            <p>"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <ul>
                <li>
                    <a href="/">"Go to the home page"</a>
                </li>
                <li>
                    <a href="/site-map">"See every page in the site map"</a>
                </li>
            </ul>
        </div>
    }
}
