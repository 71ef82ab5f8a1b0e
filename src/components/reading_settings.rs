use leptos::prelude::*;

use crate::i18n::Lang;
use crate::storage::{Kept, Settings};

/// The reading settings: theme, text size, line width, typeface and whether to fetch the
/// next page ahead, saved in the browser and applied to `<html>` at once (and before the
/// first paint on the next visit).
#[component]
pub fn ReadingSettings() -> impl IntoView {
    let ui = Lang::current().ui();
    let kept = Kept::get();
    let groups = Settings::default()
        .values()
        .map(|(name, _)| name)
        .into_iter()
        .zip(ui.setting_choices)
        .map(|(name, (legend, choices))| {
            let options = choices
                .iter()
                .map(|&(value, label)| {
                    let checked = move || {
                        kept.settings
                            .with(|s| s.values().iter().any(|(n, v)| *n == name && *v == value))
                    };
                    view! {
                        <label>
                            <input
                                type="radio"
                                name=format!("setting-{name}")
                                value=value
                                prop:checked=checked
                                on:change=move |_| kept.settings.update(|s| s.set(name, value))
                            />
                            {label}
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset>
                    <legend>{legend}</legend>
                    {options}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <details class="reading-settings">
            <summary>{ui.settings}</summary>
            <div class="reading-settings-panel">{groups}</div>
        </details>
    }
}
