//! What one screen leaves for the next, held in a context the app provides rather than in
//! globals: the static entry's text, the heading a language switch left from, and whether
//! a page has been opened yet.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Handover {
    /// The text of the route's static entry, for the first screen that waits for its
    /// content to show until its own has loaded.
    handed: StoredValue<Option<web_sys::Element>, LocalStorage>,
    /// The heading the reader had reached when switching language, by its position among
    /// the page's headings: the translation has the same headings in the same order.
    heading: StoredValue<Option<u32>>,
    /// Whether a page of this visit has shown its heading yet.
    opened: StoredValue<bool>,
}

impl Handover {
    pub fn provide(handed: Option<web_sys::Element>) {
        provide_context(Handover {
            handed: StoredValue::new_local(handed),
            heading: StoredValue::new(None),
            opened: StoredValue::new(false),
        });
    }

    /// The app's handover; outside the app (a component shown on its own) a fresh one.
    pub fn get() -> Handover {
        use_context().unwrap_or_else(|| {
            Handover::provide(None);
            expect_context()
        })
    }

    /// The static entry's text, once.
    pub fn take_handed(self) -> Option<web_sys::Element> {
        self.handed.try_update_value(Option::take).flatten()
    }

    pub fn leave_heading(self, index: Option<u32>) {
        self.heading.set_value(index);
    }

    /// The heading a language switch left from, once.
    pub fn take_heading(self) -> Option<u32> {
        self.heading.try_update_value(Option::take).flatten()
    }

    /// Whether this is the visit's first page to show its heading; from now on it is not.
    pub fn first_opening(self) -> bool {
        !self
            .opened
            .try_update_value(|opened| std::mem::replace(opened, true))
            .unwrap_or(true)
    }
}
