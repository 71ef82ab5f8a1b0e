use allrussias_model::translit::{to_cyrillic, to_latin};
use leptos::prelude::*;

use crate::i18n::Lang;

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
                <label>
                    {ui.learn_latin}
                    <textarea
                        id="translit-latin"
                        lang="en"
                        rows="3"
                        spellcheck="false"
                        aria-describedby="translit-help"
                        prop:value=latin
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            cyrillic.set(to_cyrillic(&text));
                            latin.set(text);
                        }
                    ></textarea>
                </label>
                <label>
                    {ui.learn_cyrillic}
                    <textarea
                        id="translit-cyrillic"
                        lang="ru"
                        rows="3"
                        spellcheck="false"
                        aria-describedby="translit-help"
                        prop:value=cyrillic
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            latin.set(to_latin(&text));
                            cyrillic.set(text);
                        }
                    ></textarea>
                </label>
            </div>
        </section>
    }
}
