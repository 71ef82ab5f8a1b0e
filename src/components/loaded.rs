use std::future::Future;
use std::pin::Pin;

use leptos::html::Div;
use leptos::prelude::*;

use crate::api::FetchError;
use crate::components::error_view::ErrorView;
use crate::handover::Handover;
use crate::i18n::{Lang, LangExt};

/// Loaded data already bound to the view that shows it. Every screen's resource has this
/// one type, so the WebAssembly carries one copy of the loading machinery, not one per screen.
pub type Rendered = Result<ViewFn, FetchError>;

/// A screen's loading, boxed for the same reason: every screen's resource then has one
/// future type, and the resource machinery is compiled once instead of once per screen.
pub type Loading = Pin<Box<dyn Future<Output = Rendered>>>;

/// Awaits `data` and binds it to `render`.
pub fn rendered<T, V>(
    data: impl Future<Output = Result<T, FetchError>> + 'static,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> Loading
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    Box::pin(async move {
        let data = data.await?;
        Ok(ViewFn::from(move || render(data.clone()).into_any()))
    })
}

/// The resource that runs `load`, again whenever a signal it reads changes.
pub fn screen_resource(load: impl Fn() -> Loading + 'static) -> LocalResource<Rendered> {
    boxed_resource(Box::new(load))
}

fn boxed_resource(load: Box<dyn Fn() -> Loading>) -> LocalResource<Rendered> {
    LocalResource::new(load)
}

/// The one shape of every data-driven screen: a loading notice while the resource is
/// pending (on the first screen, the static entry's text), the view once the data
/// arrives, and an alert with a retry if it fails. A `part` of a screen (such as a
/// chapter's strip of the timeline) leaves the screen's heading, title and static text
/// alone.
#[component]
pub fn Loaded(resource: LocalResource<Rendered>, #[prop(optional)] part: bool) -> impl IntoView {
    let retry = Callback::new(move |_| resource.refetch());
    let loading = Lang::current().ui().loading;
    let handover = Handover::get();
    let fallback = move || match (!part).then(|| handover.take_handed()).flatten() {
        Some(text) => {
            let holder = NodeRef::<Div>::new();
            holder.on_load(move |holder| {
                // The page's one <h1> is the screen's own: a screen that shows its heading
                // while loading keeps only that; otherwise the title stays in view as text.
                if let Ok(Some(heading)) = text.query_selector("h1") {
                    if document()
                        .query_selector("main h1")
                        .ok()
                        .flatten()
                        .is_some()
                    {
                        heading.remove();
                    } else if let Ok(title) = document().create_element("p") {
                        title.set_class_name("handed-title");
                        title.set_text_content(heading.text_content().as_deref());
                        let _ = heading.replace_with_with_node_1(&title);
                    }
                }
                let _ = holder.append_child(&text);
            });
            view! { <div class="handed-text" node_ref=holder></div> }.into_any()
        }
        None => view! {
            <p class="loading" role="status">
                {loading}
            </p>
        }
        .into_any(),
    };
    view! {
        <Suspense fallback>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors retry part /> }>
                {move || Suspend::new(async move { resource.await.map(|view| view.run()) })}
            </ErrorBoundary>
        </Suspense>
    }
}
