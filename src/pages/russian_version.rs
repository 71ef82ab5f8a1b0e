use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::page_heading::PageHeading;
use crate::routes::other_language_href;

/// `/ru/...`: the Russian version is not translated yet; say so in Russian and English.
#[component]
pub fn RussianVersion() -> impl IntoView {
    let location = use_location();
    let english = move || other_language_href(&location.pathname.get());
    view! {
        <div class="russian-version">
            <PageHeading
                title="Русская версия готовится"
                description="Русская версия All Russias ещё не переведена."
            />
            <p>"Эта страница ещё не переведена на русский язык. Перевод готовится."</p>
            <p lang="en">
                "The Russian version of this page is not translated yet. "
                <a href=english hreflang="en">
                    "Read it in English"
                </a>
                "."
            </p>
        </div>
    }
}
