//! A footnote mark in the text. It still jumps to the note, but pointing at it, focusing it
//! or tapping it first shows the note in place, so the reader does not lose the line.

use allrussias_model::{Inline, Note};
use leptos::ev::{FocusEvent, KeyboardEvent, PointerEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::blocks::inlines;
use crate::i18n::{Lang, LangExt};

/// The notes of the page being shown, for the previews, and the prefix that keeps their
/// ids apart when several pages are shown at once (the print view).
#[derive(Clone)]
pub struct PageNotes {
    pub notes: StoredValue<Vec<Note>>,
    pub prefix: String,
}

impl PageNotes {
    pub fn provide(notes: &[Note], prefix: &str) {
        provide_context(PageNotes {
            notes: StoredValue::new(notes.to_vec()),
            prefix: prefix.to_string(),
        });
    }

    fn content(&self, number: u32) -> Option<Vec<Inline>> {
        self.notes.with_value(|notes| {
            notes
                .iter()
                .find(|note| note.number == number)
                .map(|note| note.content.clone())
        })
    }
}

/// The id prefix of the page in view, empty outside the print view.
pub fn id_prefix() -> String {
    use_context::<PageNotes>()
        .map(|notes| notes.prefix)
        .unwrap_or_default()
}

#[component]
pub fn NoteRef(number: u32) -> impl IntoView {
    let notes = use_context::<PageNotes>();
    let prefix = id_prefix();
    let content = notes.and_then(|notes| notes.content(number));
    let open = RwSignal::new(false);
    // A tap opens the preview first; a second tap follows the link.
    let touched = StoredValue::new(false);
    let preview_id = format!("{prefix}note-preview-{number}");
    let has_preview = content.is_some();
    let preview = content.map(|content| {
        view! {
            <span class="note-preview" id=preview_id.clone() role="note" hidden=move || !open.get()>
                {inlines(content)}
            </span>
        }
    });
    let on_click = move |event: leptos::ev::MouseEvent| {
        if has_preview && touched.get_value() && !open.get_untracked() {
            event.prevent_default();
            open.set(true);
        }
    };
    let on_focusout = move |event: FocusEvent| {
        // Moving into the preview (a link in the note) keeps it open.
        let inside = event
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(
                event
                    .current_target()
                    .and_then(|t| t.dyn_into::<web_sys::Node>().ok()),
            )
            .is_some_and(|(to, sup)| sup.contains(Some(&to)));
        if !inside {
            touched.set_value(false);
            open.set(false);
        }
    };
    let on_keydown = move |event: KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            event.stop_propagation();
            open.set(false);
        }
    };
    view! {
        <sup
            class="note-ref"
            on:mouseenter=move |_| open.set(has_preview)
            on:mouseleave=move |_| open.set(false)
            on:focusout=on_focusout
            on:keydown=on_keydown
        >
            <a
                href=format!("#{prefix}note-{number}")
                id=format!("{prefix}note-ref-{number}")
                aria-label=Lang::current().note(number)
                aria-expanded=move || has_preview.then(|| open.get().to_string())
                aria-controls=has_preview.then_some(preview_id)
                on:pointerdown=move |event: PointerEvent| {
                    touched.set_value(event.pointer_type() == "touch")
                }
                on:focus=move |_| open.set(has_preview && !touched.get_value())
                on:click=on_click
            >
                {number}
            </a>
            {preview}
        </sup>
    }
}
