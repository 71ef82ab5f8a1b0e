//! The All Russias reading app: the frame, the router and the routed screens.

pub mod api;
pub mod components;
pub mod pages;
pub mod routes;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::components::side_links::SideLinks;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::pages::chapter_page::ChapterPage;
use crate::pages::home::Home;
use crate::pages::not_found::NotFound;
use crate::pages::russian_version::RussianVersion;
use crate::pages::slug_page::SlugPage;
use crate::pages::sub_page::SubPage;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Frame>
                <FlatRoutes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/ru") view=RussianVersion />
                    <Route path=path!("/ru/*rest") view=RussianVersion />
                    <Route path=path!("/:slug") view=SlugPage />
                    <Route path=path!("/:slug/:item") view=SubPage />
                    <Route path=path!("/:section/:chapter/:page") view=ChapterPage />
                </FlatRoutes>
            </Frame>
        </Router>
    }
}

/// The parts of every page around the routed screen.
#[component]
fn Frame(children: Children) -> impl IntoView {
    let location = use_location();
    let lang = move || routes::language_of(&location.pathname.get());
    view! {
        <Html {..} lang=lang />
        <a class="skip-link" href="#content">
            "Skip to the text"
        </a>
        <SiteHeader />
        <div class="site-body">
            <main id="content" tabindex="-1">
                {children()}
            </main>
            <SideLinks />
        </div>
        <SiteFooter />
    }
}
