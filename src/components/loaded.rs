use std::future::Future;

use leptos::prelude::*;

use crate::api::FetchError;
use crate::components::error_view::ErrorView;
use crate::i18n::Lang;

/// Loaded data already bound to the view that shows it. Every screen's resource has this
/// one type, so the WebAssembly carries one copy of the loading machinery, not one per screen.
pub type Rendered = Result<ViewFn, FetchError>;

/// Awaits `data` and binds it to `render`.
pub async fn rendered<T, V>(
    data: impl Future<Output = Result<T, FetchError>>,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> Rendered
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let data = data.await?;
    Ok(ViewFn::from(move || render(data.clone()).into_any()))
}

/// The one shape of every data-driven screen: a loading notice while the resource is
/// pending, the view once the data arrives, and an alert with a retry if it fails.
#[component]
pub fn Loaded(resource: LocalResource<Rendered>) -> impl IntoView {
    let retry = Callback::new(move |_| resource.refetch());
    let loading = Lang::current().ui().loading;
    view! {
        <Suspense fallback=move || {
            view! {
                <p class="loading" role="status">
                    {loading}
                </p>
            }
        }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors retry /> }>
                {move || Suspend::new(async move { resource.await.map(|view| view.run()) })}
            </ErrorBoundary>
        </Suspense>
    }
}
