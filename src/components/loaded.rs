use leptos::prelude::*;

use crate::api::FetchError;
use crate::components::error_view::ErrorView;

/// The one shape of every data-driven screen: a loading notice while the resource is
/// pending, the rendered data once it arrives, and an alert with a retry if it fails.
#[component]
pub fn Loaded<T, F, V>(resource: LocalResource<Result<T, FetchError>>, render: F) -> impl IntoView
where
    T: Clone + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let retry = Callback::new(move |_| resource.refetch());
    view! {
        <Suspense fallback=|| {
            view! {
                <p class="loading" role="status">
                    "Loading…"
                </p>
            }
        }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors retry /> }>
                {
                    let render = render.clone();
                    move || {
                        let render = render.clone();
                        Suspend::new(async move { resource.await.map(render) })
                    }
                }
            </ErrorBoundary>
        </Suspense>
    }
}
