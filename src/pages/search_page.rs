use std::collections::HashMap;

use allrussias_model::search::{
    docs_url, has_phrase, page_text, phrases, read, read_as, search_read, shard_url, shards_for,
    snippet, words, Hit, SearchDoc, SearchDocs, Shard,
};
use allrussias_model::Topic;
use allrussias_model::{data, Page};
use futures::future::join_all;
use leptos::prelude::*;
use leptos_router::hooks::use_query;
use wasm_bindgen::JsCast;

use crate::api::{fetch_json, FetchError};
use crate::components::blocks::marked;
use crate::components::loaded::{rendered, screen_resource, Loaded};
use crate::components::page_heading::PageHeading;
use crate::components::search_box::{encode, result_href, FirstResult, RESULT_LINKS};
use crate::i18n::{Lang, LangExt};
use crate::query::SearchQuery;

/// How many results a search shows, and how many of them get a snippet.
const SHOWN: usize = 20;
const WITH_SNIPPET: usize = 8;
/// The most characters a snippet shows.
const SNIPPET_CHARS: usize = 160;
/// How many of the best results with every word of a quoted phrase are read to see if they
/// have it in order: the index knows which words a page has, not where.
const PHRASE_CANDIDATES: usize = 40;

#[derive(Clone)]
struct Found {
    query: String,
    /// The section the results are narrowed to (`&in=`), if any.
    within: Option<String>,
    /// The words searched, where they differ from the query's (a typo, a variant spelling
    /// or the other alphabet).
    read_as: Option<String>,
    total: usize,
    /// Milliseconds the ranking took, once the index shards had arrived.
    took: f64,
    /// The results shown, by section: sections in the order of their best result, each
    /// with how many results it has in all.
    groups: Vec<Group>,
}

#[derive(Clone)]
struct Group {
    section: String,
    total: usize,
    results: Vec<Found1>,
}

impl Found {
    fn first(&self) -> Option<&Found1> {
        self.groups.first().and_then(|g| g.results.first())
    }
}

#[derive(Clone)]
struct Found1 {
    doc: SearchDoc,
    href: String,
    snippet: Vec<(String, bool)>,
}

fn now() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or_default()
}

/// Loads the index shards the query needs, reads the query (unless `exact`), ranks the
/// pages, and cuts snippets from the best of them.
async fn find(
    lang: Lang,
    query: String,
    exact: bool,
    within: Option<String>,
) -> Result<Option<Found>, FetchError> {
    if words(&query).next().is_none() {
        return Ok(None);
    }
    let docs = fetch_json::<SearchDocs>(docs_url(lang)).await?.docs;
    // Every spelling of every word may need its own shard: fetch them together.
    let keys = shards_for(&query, lang);
    let fetched = join_all(
        keys.iter()
            .map(|key| fetch_json::<Shard>(shard_url(lang, key))),
    )
    .await;
    let shards = keys
        .into_iter()
        .zip(fetched)
        .map(|(key, shard)| shard.map(|shard| (key, shard)))
        .collect::<Result<HashMap<_, _>, _>>()?;
    let started = now();
    let searched = match exact {
        true => words(&query).map(|word| vec![word]).collect(),
        false => read(&query, lang, &shards),
    };
    let read_as = read_as(&query, &searched);
    let hits: Vec<_> = search_read(&searched, &shards)
        .into_iter()
        .filter_map(|hit| Some((docs.get(hit.doc as usize)?.clone(), hit)))
        .filter(|(doc, _)| {
            within
                .as_ref()
                .is_none_or(|section| doc.section == *section)
        })
        .collect();
    let took = now() - started;
    let (hits, read) = in_order(lang, hits, &quoted(&query, &searched)).await;
    let mut totals: HashMap<&str, usize> = HashMap::new();
    for (doc, _) in &hits {
        *totals.entry(doc.section.as_str()).or_default() += 1;
    }
    let shown: Vec<_> = hits
        .iter()
        .take(SHOWN)
        .map(|(doc, hit)| (hit, doc.clone()))
        .collect();
    // The snippets' pages are fetched together; one that fails to load only loses its
    // snippet, never the results.
    let snippets = join_all(shown.iter().enumerate().map(|(rank, (hit, doc))| {
        let read = &read;
        async move {
            if doc.summary.is_empty() && rank >= WITH_SNIPPET {
                return Vec::new();
            }
            let body = match read.get(&doc.path) {
                Some(body) => Some(body.clone()),
                None => body(lang, doc).await,
            };
            body.map(|body| snippet(&body, &hit.forms, SNIPPET_CHARS))
                .unwrap_or_default()
        }
    }))
    .await;
    let mut groups: Vec<Group> = Vec::new();
    for ((hit, doc), snippet) in shown.into_iter().zip(snippets) {
        let result = Found1 {
            href: result_href(lang, &doc.path, &hit.forms),
            doc,
            snippet,
        };
        match groups.iter_mut().find(|g| g.section == result.doc.section) {
            Some(group) => group.results.push(result),
            None => groups.push(Group {
                section: result.doc.section.clone(),
                total: totals
                    .get(result.doc.section.as_str())
                    .copied()
                    .unwrap_or_default(),
                results: vec![result],
            }),
        }
    }
    Ok(Some(Found {
        query,
        within,
        read_as,
        total: hits.len(),
        took,
        groups,
    }))
}

/// The query's quoted phrases, each word as it was searched (a typo read as the word it
/// meant).
fn quoted(query: &str, searched: &[Vec<String>]) -> Vec<Vec<String>> {
    let typed: Vec<String> = words(query).collect();
    let as_searched = |word: &String| {
        typed
            .iter()
            .position(|t| t == word)
            .and_then(|at| searched.get(at)?.first().cloned())
            .unwrap_or_else(|| word.clone())
    };
    phrases(query)
        .iter()
        .map(|phrase| phrase.iter().map(as_searched).collect())
        .collect()
}

/// The results that have every phrase in order, among the best [`PHRASE_CANDIDATES`]; a
/// page that cannot be read is kept, since it may have it. Also the texts read to see, by
/// path, for the snippets to be cut from without reading them again.
async fn in_order(
    lang: Lang,
    hits: Vec<(SearchDoc, Hit)>,
    phrases: &[Vec<String>],
) -> (Vec<(SearchDoc, Hit)>, HashMap<String, String>) {
    if phrases.is_empty() {
        return (hits, HashMap::new());
    }
    let bodies = join_all(
        hits.iter()
            .take(PHRASE_CANDIDATES)
            .map(|(doc, _)| body(lang, doc)),
    )
    .await;
    let mut read = HashMap::new();
    let hits = hits
        .into_iter()
        .zip(bodies)
        .filter_map(|((doc, hit), body)| {
            // A glossary term has no text here but its name.
            let text = match &body {
                Some(body) => format!("{} {body}", doc.title),
                None if doc.path.contains('#') => doc.title.clone(),
                None => return Some((doc, hit)),
            };
            if !phrases.iter().all(|phrase| has_phrase(&text, phrase)) {
                return None;
            }
            if let Some(body) = body {
                read.insert(doc.path.clone(), body);
            }
            Some((doc, hit))
        })
        .collect();
    (hits, read)
}

/// What a result's snippet is cut from and its phrases looked for in: the summary of what
/// has no page (a series, a picture) or a page's text; `None` for a glossary term, whose
/// text is not at hand, and for a page that could not be read.
async fn body(lang: Lang, doc: &SearchDoc) -> Option<String> {
    if !doc.summary.is_empty() {
        return Some(doc.summary.clone());
    }
    if doc.path.contains('#') {
        return None;
    }
    let page = fetch_json::<Page>(data::page(lang, &doc.path)).await.ok()?;
    Some(page_text(&page))
}

/// `/search?q=`: results for the query in the address, which the search box in the frame
/// updates as the reader types.
#[component]
pub fn SearchPage() -> impl IntoView {
    let lang = Lang::current();
    let query = use_query::<SearchQuery>();
    let first = use_context::<FirstResult>();
    let results = screen_resource(move || {
        let SearchQuery { q, exact, r#in } = query.get().unwrap_or_default();
        let (q, exact, within) = (q.unwrap_or_default(), exact.is_some(), r#in);
        rendered(find(lang, q, exact, within), move |found| {
            if let Some(first) = first {
                first.0.set(
                    found
                        .as_ref()
                        .and_then(Found::first)
                        .map(|r| r.href.clone()),
                );
            }
            view! { <Results found /> }
        })
    });
    let title = Topic::Search.title(lang);
    view! {
        <PageHeading title description=lang.ui().search_label />
        <Loaded resource=results />
    }
}

#[component]
fn Results(found: Option<Found>) -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let Some(found) = found else {
        return view! { <p class="search-prompt">{ui.search_prompt}</p> }.into_any();
    };
    // This query's results page, with more parameters (`&exact=1`, `&in=...`).
    let search = |more: &str| {
        format!(
            "{}?q={}{more}",
            lang.href(&Topic::Search.path()),
            encode(&found.query)
        )
    };
    let read_as = found.read_as.clone().map(|read_as| {
        let exact = search("&exact=1");
        view! {
            <p class="search-read-as">
                {ui.read_as} " " <strong>{read_as}</strong> "; " {ui.search_instead} " "
                <a href=exact>{found.query.clone()}</a>
            </p>
        }
    });
    if found.groups.is_empty() {
        let query = found.query.clone();
        return view! {
            {read_as}
            <div class="search-none" role="status" data-query=query>
                <p>{ui.no_results} " «" {found.query} "»."</p>
                <p>
                    {ui.no_results_help} " "
                    <a href=lang.href(&Topic::AToZ.path())>{Topic::AToZ.title(lang)}</a> "."
                </p>
            </div>
        }
        .into_any();
    }
    let everywhere = found.within.is_some().then(|| {
        view! { <p class="search-everywhere"><a href=search("")>{ui.results_everywhere}</a></p> }
    });
    let narrowed = found.within.is_some();
    view! {
        {read_as}
        // The query these results answer: the benchmark waits for it after each keystroke.
        <p class="search-count" role="status" data-query=found.query.clone()>
            {format!("{} {}", lang.count(found.total, &ui.result_forms), lang.took(found.took))}
        </p>
        {everywhere}
        <div class="search-results-list" on:keydown=step_through_results>
            {found
                .groups
                .into_iter()
                .map(|group| {
                    let more = (!narrowed && group.total > group.results.len()).then(|| {
                        view! {
                            <p class="search-group-more">
                                <a href=search(&format!("&in={}", encode(&group.section)))>{lang.all_results_in(group.total, &group.section)}</a>
                            </p>
                        }
                    });
                    view! {
                        <section class="search-group">
                            <h2>
                                {group.section} " "
                                <span class="search-group-count">{lang.results_in_group(group.total)}</span>
                            </h2>
                            <ol class="search-results">
                                {group
                                    .results
                                    .into_iter()
                                    .map(|r| {
                                        let snippet = marked(r.snippet);
                                        view! {
                                            <li>
                                                <a href=r.href>{r.doc.title}</a>
                                                <p class="search-snippet">{snippet}</p>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                            {more}
                        </section>
                    }
                })
                .collect_view()}
        </div>
    }
    .into_any()
}

/// Up and Down move between the results' links; Up from the first goes back to the search box.
fn step_through_results(event: leptos::ev::KeyboardEvent) {
    let step = match event.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        _ => return,
    };
    let Ok(links) = document().query_selector_all(RESULT_LINKS) else {
        return;
    };
    let active = document().active_element();
    let Some(at) = (0..links.length()).find(|&i| {
        links
            .item(i)
            .is_some_and(|link| link.is_same_node(active.as_deref()))
    }) else {
        return;
    };
    let target = match at.checked_add_signed(step) {
        Some(next) if next < links.length() => links.item(next),
        Some(_) => return,
        None => document()
            .get_element_by_id("search-input")
            .map(web_sys::Node::from),
    };
    if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        event.prevent_default();
        let _ = target.focus();
    }
}
