//! Fetching the content JSON: status and content type are checked before decoding, every
//! failure is a typed error, and good responses are kept for the rest of the visit.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use allrussias_model::data::{self, Listing};
use serde::de::DeserializeOwned;

use crate::i18n::{Lang, LangExt};
use crate::routes::site_url;

#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    /// The request never got an answer (offline, connection dropped).
    Network,
    /// Offline, and the page was never read or saved here (the service worker says so).
    NotSaved,
    /// The server answered with an error status.
    Status(u16),
    /// The server answered 200 with something that is not JSON, such as an HTML fallback.
    NotJson,
    /// The JSON was cut short, malformed or of the wrong shape.
    Damaged,
    /// The part of the app that shows the screen (a WebAssembly chunk) did not load: the
    /// network failed, or the file was missing or refused by its hash.
    Chunk,
}

impl FetchError {
    /// What went wrong, in words a reader can act on.
    pub fn message(&self, lang: Lang) -> String {
        let ui = lang.ui();
        match self {
            FetchError::Network => ui.error_network.to_string(),
            FetchError::NotSaved => ui.error_not_saved.to_string(),
            FetchError::Status(404) => ui.error_not_found.to_string(),
            FetchError::Status(code) => lang.server_error(*code),
            FetchError::NotJson => ui.error_not_json.to_string(),
            FetchError::Damaged => ui.error_damaged.to_string(),
            FetchError::Chunk => ui.error_chunk.to_string(),
        }
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for FetchError {}

// The app's fetches share these with work that runs outside any screen (fetching ahead,
// saving a section offline), where no context can be reached; they are caches, so a fresh
// app starting empty loses nothing.
thread_local! {
    /// Response bodies by URL; only successful JSON responses are kept.
    static CACHE: RefCell<HashMap<String, Rc<str>>> = RefCell::new(HashMap::new());
    /// URLs being fetched ahead of the reader, so a page is not asked for twice at once.
    static AHEAD: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
    /// Content hashes of data files, from the `files` of the files fetched so far.
    static NAMES: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// Fetches and decodes JSON from the site's own origin.
pub async fn fetch_json<T: DeserializeOwned>(url: String) -> Result<T, FetchError> {
    let body = kept_or_fetched(url.clone()).await?;
    decode(&body).inspect_err(|_| {
        CACHE.with_borrow_mut(|cache| cache.remove(&url));
    })
}

/// The body at `url`, from the cache or the network. Boxed, so that the fetching is
/// compiled once rather than into the decoding of every type.
fn kept_or_fetched(url: String) -> Pin<Box<dyn Future<Output = Result<Rc<str>, FetchError>>>> {
    Box::pin(async move {
        match CACHE.with_borrow(|cache| cache.get(&url).cloned()) {
            Some(body) => Ok(body),
            None => fetch_body(&url).await,
        }
    })
}

/// Fetches `url` for the service worker to keep, without decoding it.
pub async fn keep(url: String) -> Result<(), FetchError> {
    kept_or_fetched(url).await.map(drop)
}

/// Fetches the item at `item` only if the index at `index` lists it (`listed`): the index
/// decides whether a page exists, as a section's manifest does for chapters, so a failed
/// item fetch is an error to retry, never a "not found".
pub async fn fetch_listed<I: DeserializeOwned, T: DeserializeOwned>(
    index: String,
    listed: impl FnOnce(&I) -> bool,
    item: String,
) -> Result<Option<T>, FetchError> {
    if !listed(&fetch_json::<I>(index).await?) {
        return Ok(None);
    }
    fetch_json::<T>(item).await.map(Some)
}

/// Fetches JSON the reader is likely to want next (the next page), so turning the page
/// needs no network. Failures are left for the real fetch to report.
pub fn fetch_ahead(url: String) {
    let known = CACHE.with_borrow(|cache| cache.contains_key(&url))
        || !AHEAD.with_borrow_mut(|ahead| ahead.insert(url.clone()));
    if !known {
        leptos::task::spawn_local(async move {
            let _ = fetch_body(&url).await;
            AHEAD.with_borrow_mut(|ahead| ahead.remove(&url));
        });
    }
}

/// Fetches the file at site path `url`, after the files above it that list its published
/// name ([`data::lineage`]); those already fetched come from the cache. A file its parent
/// does not list does not exist.
async fn fetch_body(url: &str) -> Result<Rc<str>, FetchError> {
    match fetch_through(url).await {
        // The site was deployed again while this tab was open: the names kept for the visit
        // are gone. Read them afresh from the site index, once.
        Err(FetchError::Status(404)) if data::parent(url).is_some() => {
            CACHE.with_borrow_mut(HashMap::clear);
            NAMES.with_borrow_mut(HashMap::clear);
            fetch_through(url).await
        }
        fetched => fetched,
    }
}

async fn fetch_through(url: &str) -> Result<Rc<str>, FetchError> {
    let mut body = None;
    for step in data::lineage(url) {
        if let Some(kept) = CACHE.with_borrow(|cache| cache.get(&step).cloned()) {
            body = Some(kept);
            continue;
        }
        let name = match data::parent(&step) {
            None => step.clone(),
            Some(_) => published_name(&step).ok_or(FetchError::Status(404))?,
        };
        let fetched = fetch_named(&name).await?;
        if let Ok(listing) = serde_json::from_str::<Listing>(&fetched) {
            NAMES.with_borrow_mut(|names| names.extend(listing.files));
        }
        CACHE.with_borrow_mut(|cache| cache.insert(step, fetched.clone()));
        body = Some(fetched);
    }
    body.ok_or(FetchError::Status(404))
}

/// The address of a data file the reader downloads directly (a CSV), by its published
/// name once its parent has been fetched.
pub fn download_url(path: &str) -> String {
    site_url(&published_name(path).unwrap_or_else(|| path.to_string()))
}

fn published_name(path: &str) -> Option<String> {
    NAMES.with_borrow(|names| names.get(path).map(|hash| data::hashed_name(path, hash)))
}

async fn fetch_named(name: &str) -> Result<Rc<str>, FetchError> {
    let response = gloo_net::http::Request::get(&site_url(name))
        .send()
        .await
        .map_err(|_| FetchError::Network)?;
    if response.headers().get("x-offline").is_some() {
        return Err(FetchError::NotSaved);
    }
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    if !is_json(&content_type) {
        return Err(FetchError::NotJson);
    }
    Ok(response
        .text()
        .await
        .map_err(|_| FetchError::Network)?
        .into())
}

fn decode<T: DeserializeOwned>(body: &str) -> Result<T, FetchError> {
    serde_json::from_str(body).map_err(|_| FetchError::Damaged)
}

fn is_json(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or("").trim();
    essence.eq_ignore_ascii_case("application/json")
}

#[cfg(test)]
mod tests {
    use super::*;
    use allrussias_model::Page;

    #[test]
    fn only_json_content_types_are_accepted() {
        assert!(is_json("application/json"));
        assert!(is_json("application/json; charset=utf-8"));
        assert!(!is_json("text/html; charset=utf-8"));
        assert!(!is_json(""));
    }

    #[test]
    fn truncated_malformed_and_misshapen_json_are_damaged() {
        for body in [
            r#"{"path":"/a","title":"T""#,
            "{not json",
            r#"{"path":"/a"}"#,
            r#"{"path":"/a","title":"T","description":"","body":[{"script":{}}],"notes":[],"sources":[]}"#,
        ] {
            assert_eq!(decode::<Page>(body), Err(FetchError::Damaged), "{body}");
        }
    }

    #[test]
    fn messages_say_what_went_wrong() {
        assert!(FetchError::Status(404).to_string().contains("404"));
        assert!(FetchError::Status(500).to_string().contains("500"));
        assert!(FetchError::NotJson.to_string().contains("web page"));
    }
}
