use leptos::prelude::*;

use leptos::task::spawn_local;

use crate::components::chunk::Chunk;
use crate::i18n::{Lang, LangExt};
use crate::storage::{Kept, Setting};

/// The reading settings: theme, text size, line width, typeface and whether to fetch the
/// next page ahead, saved in the browser and applied to `<html>` at once (and before the
/// first paint on the next visit). The panel's code is a chunk of its own
/// ([`crate::chunks::settings`]), loaded when the panel is first opened or pointed at.
#[component]
pub fn ReadingSettings() -> impl IntoView {
    let ui = Lang::current().ui();
    let opened = RwSignal::new(false);
    let ahead = || {
        spawn_local(async {
            let _ = crate::chunks::preload_settings().await;
        })
    };
    view! {
        <details
            class="reading-settings"
            on:toggle=move |_| opened.set(true)
            on:pointerover=move |_| ahead()
            on:focusin=move |_| ahead()
        >
            <summary>{ui.settings}</summary>
            <Show when=move || opened.get()>
                <Chunk load=crate::chunks::settings />
            </Show>
        </details>
    }
}

/// The panel's choices, one group per setting.
#[component]
pub fn SettingsPanel() -> impl IntoView {
    let ui = Lang::current().ui();
    let kept = Kept::get();
    let groups = Setting::ALL
        .into_iter()
        .zip(ui.setting_choices)
        .map(|(setting, (legend, choices))| {
            let options = choices
                .iter()
                .map(|&(value, label)| {
                    let checked = move || kept.settings.with(|s| s.get(setting) == value);
                    view! {
                        <label>
                            <input
                                type="radio"
                                name=format!("setting-{}", setting.name())
                                value=value
                                prop:checked=checked
                                on:change=move |_| kept.settings.update(|s| s.set(setting, value))
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
    view! { <div class="reading-settings-panel">{groups}</div> }
}
