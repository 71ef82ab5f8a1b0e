use allrussias_model::translit::{to_cyrillic, to_latin};
use leptos::prelude::*;

use crate::i18n::{Lang, LangExt};

/// Two fields that transliterate each other as the reader types, by BGN/PCGN.
#[component]
pub fn TranslitBox() -> impl IntoView {
    let ui = Lang::current().ui();
    let latin = RwSignal::new(String::new());
    let cyrillic = RwSignal::new(String::new());
    view! {
        <section class="translit-box" aria-labelledby="translit-title">
            <h2 id="translit-title">{ui.learn_translit}</h2>
            <p id="translit-help">{ui.learn_translit_help}</p>
            <div class="translit-fields">
                {field(ui.learn_latin, "translit-latin", "en", latin, cyrillic, to_cyrillic)}
                {field(ui.learn_cyrillic, "translit-cyrillic", "ru", cyrillic, latin, to_latin)}
            </div>
        </section>
    }
}

/// One of the two fields: what the reader types into `own` is written, converted by
/// `convert`, into `other`.
fn field(
    label: &'static str,
    id: &'static str,
    lang: &'static str,
    own: RwSignal<String>,
    other: RwSignal<String>,
    convert: fn(&str) -> String,
) -> impl IntoView {
    view! {
        <label>
            {label}
            <textarea
                id=id
                lang=lang
                rows="3"
                spellcheck="false"
                aria-describedby="translit-help"
                prop:value=own
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    other.set(convert(&text));
                    own.set(text);
                }
            ></textarea>
        </label>
    }
}
