use allrussias_model::cite::{bib_file_name, cite, CalendarDate, Citation, Style};
use leptos::html::Dialog;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::cite_button::Cited;
use crate::i18n::{Lang, LangExt};

/// The page's reference in every style the language offers, each with a Copy button, and
/// the BibTeX entry as a `.bib` file. A modal `<dialog>`: Escape and Close shut it and
/// the browser gives focus back to the button that opened it.
#[component]
pub fn CiteDialog(cited: Cited, open: RwSignal<bool>) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let citation = citation(lang, cited);
    let dialog = NodeRef::<Dialog>::new();
    // The dialog is mounted into the page a moment after it is made: open it then.
    dialog.on_load(|dialog| {
        request_animation_frame(move || {
            let _ = dialog.show_modal();
        })
    });
    let styles = Style::all(lang)
        .iter()
        .map(|&style| {
            let text = cite(style, &citation);
            let shown = text.clone();
            let copied = RwSignal::new(None::<bool>);
            let copy = move |_| {
                let text = text.clone();
                spawn_local(async move {
                    let written = window().navigator().clipboard().write_text(&text);
                    let done = wasm_bindgen_futures::JsFuture::from(written).await;
                    copied.set(Some(done.is_ok()));
                });
            };
            let status = move || match copied.get() {
                Some(true) => ui.copied,
                Some(false) => ui.copy_failed,
                None => "",
            };
            view! {
                <section class="citation">
                    <h3>{style.name()}</h3>
                    <pre class="citation-text">{shown}</pre>
                    <button type="button" on:click=copy>{ui.copy}</button>
                    <span class="citation-copied" role="status">{status}</span>
                </section>
            }
        })
        .collect_view();
    let bib = cite(Style::Bibtex, &citation);
    let bib_href = format!(
        "data:application/x-bibtex;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&bib))
    );
    view! {
        <dialog
            class="cite-dialog"
            node_ref=dialog
            aria-labelledby="cite-title"
            on:close=move |_| open.set(false)
        >
            <h2 id="cite-title">{ui.cite_page}</h2>
            {styles}
            <div class="cite-dialog-actions">
                <a class="cite-bib" href=bib_href download=bib_file_name(&citation)>{ui.download_bib}</a>
                <form method="dialog">
                    <button type="submit">{ui.close}</button>
                </form>
            </div>
        </dialog>
    }
}

/// The reference's facts: the page's own, the site's name in the reader's language, the
/// page's full address and today's date as the date of access.
fn citation(lang: Lang, cited: Cited) -> Citation {
    let today = js_sys::Date::new_0();
    // The browser's calendar gives a real date, so it needs no checking.
    let accessed = CalendarDate {
        year: today.get_full_year() as i32,
        month: today.get_month() as u8 + 1,
        day: today.get_date() as u8,
    };
    let origin = window().location().origin().unwrap_or_default();
    Citation {
        title: cited.title,
        section: cited.section,
        site: lang.ui().site_name.to_string(),
        url: format!("{origin}{}", lang.href(&cited.path)),
        updated: cited.updated.as_deref().and_then(CalendarDate::parse_iso),
        accessed,
        lang,
    }
}
