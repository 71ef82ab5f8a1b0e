//! The query parameters of the app's addresses, typed: each name is written once, here.
//! A parameter the app does not know is ignored. Every field is text, read by the screen
//! that uses it, so that no damaged or hand-edited value can make the others unreadable
//! (one field that failed to parse would fail the whole struct).

use leptos::Params;
use leptos_router::params::Params;

/// What a search address asks for: `/search?q=stalin&in=soviet-russia&exact`.
#[derive(Params, Clone, Debug, Default, PartialEq)]
pub struct SearchQuery {
    /// The words searched for.
    pub q: Option<String>,
    /// Present when the words are to be found as typed, without the spelling rules.
    pub exact: Option<String>,
    /// The section the results are kept to, by its slug.
    pub r#in: Option<String>,
}

/// What an address asks of the page it opens.
#[derive(Params, Clone, Debug, Default, PartialEq)]
pub struct PageQuery {
    /// The picture open in the lightbox, by its slug.
    pub image: Option<String>,
    /// The word forms a search result asked to be marked, separated by spaces.
    pub hl: Option<String>,
    /// Where the reader had scrolled to, in pixels from the top, when the page was left.
    pub at: Option<String>,
    /// The page a feedback message is about, by its path.
    pub page: Option<String>,
}
