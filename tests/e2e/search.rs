//! Search in both languages: stems, ё, prefixes while typing, the shareable route, the
//! matches marked in results and on the page opened, and a helpful answer to nothing.

use allrussias_model::Lang;
use std::collections::HashSet;
use std::time::Instant;

use fantoccini::key::Key;

use allrussias_model::data;

use crate::support::browser::Browser;
use crate::support::published;
use crate::support::server::Fault;

/// Types into whatever has focus, as a reader at the keyboard does.
async fn keys(b: &Browser, text: &str) {
    b.client
        .active_element()
        .await
        .unwrap()
        .send_keys(text)
        .await
        .unwrap();
}

async fn count(b: &Browser) -> String {
    b.js_string("return document.querySelector('.search-count').textContent")
        .await
        .split(' ')
        .next()
        .unwrap()
        .to_string()
}

async fn result_paths(b: &Browser) -> Vec<String> {
    let paths = b
        .js("return [...document.querySelectorAll('.search-results li > a')].map(a => a.pathname)")
        .await;
    serde_json::from_value(paths).unwrap()
}

#[tokio::test]
async fn english_search_as_you_type_opens_the_page_with_matches_marked() {
    let b = Browser::start().await;
    b.open("/soviet-russia/stalins-legacy/the-thaw").await;
    b.wait_until(
        "the page",
        "return document.querySelector('main h1') !== null",
    )
    .await;
    keys(&b, "/").await;
    b.wait_until(
        "the search box focused",
        "return document.activeElement.id === 'search-input'",
    )
    .await;
    let started = Instant::now();
    b.type_in("#search-input", "collectivised").await;
    b.wait_until(
        "results",
        "return location.pathname === '/search' && document.querySelectorAll('.search-results li').length > 0 && new URLSearchParams(location.search).get('q') === 'collectivised'",
    )
    .await;
    eprintln!(
        "search: results on screen {} ms after typing began",
        started.elapsed().as_millis()
    );
    let paths = result_paths(&b).await;
    assert!(
        paths
            .iter()
            .any(|p| p.ends_with("/collectivisation-and-famine")),
        "{paths:?}"
    );
    let marked = b
        .js_string("return document.querySelector('.search-snippet mark').textContent")
        .await;
    assert!(marked.to_lowercase().starts_with("collectivis"), "{marked}");
    let count = b
        .js_string("return document.querySelector('.search-count').textContent")
        .await;
    assert!(count.contains("result") && count.contains(" ms"), "{count}");
    // Enter opens the best result, with the matches marked in its text.
    b.press(Key::Enter, &[]).await;
    b.wait_until(
        "the first result, marked",
        "return location.pathname !== '/search' && document.querySelectorAll('main .page-body mark').length > 0",
    )
    .await;
    // Escape leaves the box.
    keys(&b, "/").await;
    b.wait_until(
        "the search box focused again",
        "return document.activeElement.id === 'search-input'",
    )
    .await;
    b.press(Key::Escape, &[]).await;
    b.wait_until(
        "focus out of the box",
        "return document.activeElement.id !== 'search-input'",
    )
    .await;
}

#[tokio::test]
async fn a_prefix_finds_pages_while_typing_and_nothing_gets_help() {
    let b = Browser::start().await;
    b.open("/search?q=Khrushch").await;
    b.wait_until(
        "results for a prefix",
        "return document.querySelectorAll('.search-results li').length > 0",
    )
    .await;
    assert!(result_paths(&b)
        .await
        .iter()
        .any(|p| p.ends_with("/the-secret-speech")));
    assert_eq!(
        b.js_string("return document.getElementById('search-input').value")
            .await,
        "Khrushch"
    );
    b.open("/search?q=zzqxv").await;
    b.wait_until(
        "the no-results help",
        "return document.querySelector('.search-none a[href=\"/a-z\"]') !== null",
    )
    .await;
}

#[tokio::test]
async fn russian_search_finds_inflections_and_folds_yo_from_a_shared_link() {
    let b = Browser::start().await;
    b.open("/ru/search?q=%D1%80%D0%B5%D1%84%D0%BE%D1%80%D0%BC%D1%8B")
        .await;
    b.wait_until(
        "Russian results",
        "return document.querySelectorAll('.search-results li').length > 0",
    )
    .await;
    let paths = result_paths(&b).await;
    assert!(
        paths
            .iter()
            .any(|p| p.ends_with("/the-emancipation-of-the-serfs")),
        "{paths:?}"
    );
    assert!(paths.iter().all(|p| p.starts_with("/ru/")), "{paths:?}");
    b.open("/ru/search?q=%D0%A5%D1%80%D1%83%D1%89%D1%91%D0%B2")
        .await;
    b.wait_until(
        "results for Хрущёв",
        "return document.querySelector('.search-count') !== null",
    )
    .await;
    let with_yo = count(&b).await;
    b.open("/ru/search?q=%D1%85%D1%80%D1%83%D1%89%D0%B5%D0%B2")
        .await;
    b.wait_until(
        "results for хрущев",
        "return document.querySelector('.search-count') !== null",
    )
    .await;
    assert_eq!(count(&b).await, with_yo);
}

#[tokio::test]
async fn a_result_whose_page_fails_loses_only_its_snippet() {
    const SNIPPETS: &str =
        "return [...document.querySelectorAll('.search-snippet')].map(p => p.textContent.length > 0)";
    let b = Browser::start().await;
    b.open("/search?q=Khrushchev").await;
    b.wait_until(
        "the results",
        "return document.querySelectorAll('.search-results li').length > 2",
    )
    .await;
    let paths = result_paths(&b).await;
    let total = count(&b).await;
    let mut snippets: Vec<bool> = serde_json::from_value(b.js(SNIPPETS).await).unwrap();
    // A result after the first whose page gives it a snippet.
    let broken = (1..snippets.len()).find(|&i| snippets[i]).unwrap();
    b.server.fail(
        &published(&data::page(Lang::En, &paths[broken])),
        Fault::Status(500),
    );
    b.client.refresh().await.unwrap();
    b.wait_until(
        "the results again",
        "return document.querySelectorAll('.search-results li').length > 2",
    )
    .await;
    assert_eq!(result_paths(&b).await, paths);
    assert_eq!(count(&b).await, total);
    snippets[broken] = false;
    assert_eq!(b.js(SNIPPETS).await, serde_json::json!(snippets));
    assert_eq!(
        b.js("return document.querySelector('[role=alert]') === null")
            .await,
        true
    );
}

/// Opens a misspelt query, checks the line that says what was searched instead, and
/// follows its link to search the exact text, which finds nothing.
async fn read_as_then_exact(b: &Browser, path: &str, line: &str) {
    b.open(path).await;
    b.wait_until(
        "results for the word the query was read as",
        "return document.querySelectorAll('.search-results li').length > 0 && document.querySelector('.search-read-as') !== null",
    )
    .await;
    assert_eq!(
        b.js_string("return document.querySelector('.search-read-as').textContent")
            .await,
        line
    );
    b.click(".search-read-as a").await;
    b.wait_until(
        "the exact text searched",
        "return new URLSearchParams(location.search).get('exact') === '1' && document.querySelector('.search-none') !== null",
    )
    .await;
    assert_eq!(
        b.js("return document.querySelector('.search-read-as')")
            .await,
        serde_json::Value::Null
    );
}

#[tokio::test]
async fn a_typo_shows_the_results_for_the_nearest_word_and_offers_the_exact_text() {
    let b = Browser::start().await;
    read_as_then_exact(
        &b,
        "/search?q=Stalni",
        "Showing results for stalin; search instead for Stalni",
    )
    .await;
    read_as_then_exact(
        &b,
        "/ru/search?q=%D0%A1%D1%82%D0%B2%D0%BB%D0%B8%D0%BD",
        "Показаны результаты по запросу сталин; искать вместо этого Ствлин",
    )
    .await;
}

#[tokio::test]
async fn a_variant_spelling_finds_what_the_usual_one_finds() {
    let b = Browser::start().await;
    b.open("/search?q=Khrushchev").await;
    b.wait_until(
        "results for Khrushchev",
        "return document.querySelector('.search-count') !== null",
    )
    .await;
    let usual = count(&b).await;
    b.open("/search?q=Khruschev").await;
    b.wait_until(
        "results for Khruschev",
        "return document.querySelector('.search-count') !== null && document.querySelector('.search-read-as') !== null",
    )
    .await;
    assert_eq!(count(&b).await, usual);
    assert!(result_paths(&b)
        .await
        .iter()
        .any(|p| p.ends_with("/the-secret-speech")));
}

/// What is made from data is found too: a statistical series shows its description as the
/// snippet, and a picture's result opens the picture itself in its gallery.
#[tokio::test]
async fn series_and_pictures_are_found_and_open_where_they_are() {
    let b = Browser::start().await;
    let series = "/statistics/grain-harvest-1928-1940";
    b.open("/search?q=grain+harvest").await;
    let snippet = format!(
        "(() => {{ const a = [...document.querySelectorAll('.search-results li > a')].find(a => a.pathname === {series:?}); \
         return a ? a.closest('li').querySelector('.search-snippet')?.textContent ?? '' : null; }})()"
    );
    b.wait_until(
        "the series among the results",
        &format!("return {snippet} !== null"),
    )
    .await;
    let shown = b.js_string(&format!("return {snippet}")).await;
    assert!(shown.contains("arvest"), "the series' snippet: {shown:?}");

    b.open("/search?q=successor+states").await;
    let picture = "a[href^='/images/russian-federation?image=successor-states-1991&hl=']";
    b.click(&format!(".search-results {picture}")).await;
    b.wait_until("the picture open in its gallery", crate::images::OPEN)
        .await;
    assert_eq!(
        b.js_string("return document.getElementById('lightbox-title').textContent")
            .await,
        "The fifteen successor states of the USSR"
    );
    assert_eq!(b.path().await, "/images/russian-federation");
}

/// Results come grouped by section, the best section first, each with its count in all;
/// a group's link narrows the results to its section, and another widens them again.
#[tokio::test]
async fn results_are_grouped_by_section_with_counts_and_narrow_to_one() {
    let b = Browser::start().await;
    b.open("/search?q=stalin").await;
    b.wait_until(
        "groups of results",
        "return document.querySelectorAll('.search-group').length > 1",
    )
    .await;
    let groups = b
        .js("return [...document.querySelectorAll('.search-group')].map(g => [g.querySelector('h2').firstChild.textContent.trim(), g.querySelector('.search-group-count').textContent, g.querySelectorAll('li').length])")
        .await;
    let groups: Vec<(String, String, usize)> = serde_json::from_value(groups).unwrap();
    let counted = |text: &str| -> usize {
        text.trim_matches(['(', ')'])
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let total: usize = count(&b).await.parse().unwrap();
    assert!(
        groups
            .iter()
            .all(|(_, count, shown)| counted(count) >= *shown),
        "{groups:?}"
    );
    assert!(
        groups
            .iter()
            .map(|(_, count, _)| counted(count))
            .sum::<usize>()
            <= total
    );
    let sections: HashSet<_> = groups.iter().map(|(s, _, _)| s.clone()).collect();
    assert_eq!(
        sections.len(),
        groups.len(),
        "a section in two groups: {groups:?}"
    );

    // Narrowed to the first group's section, every result is in it, as many as it said.
    let (section, count, _) = groups[0].clone();
    b.click(".search-group-more a").await;
    b.wait_until(
        "one group",
        &format!(
            "return new URLSearchParams(location.search).get('in') === {:?} && document.querySelectorAll('.search-group').length === 1",
            section
        ),
    )
    .await;
    assert_eq!(
        b.js_string("return document.querySelector('.search-group-count').textContent")
            .await,
        count
    );
    b.click(".search-everywhere a").await;
    b.wait_until(
        "every section again",
        "return !location.search.includes('in=') && document.querySelectorAll('.search-group').length > 1",
    )
    .await;
}

/// Back from a result returns the reader to the place they had reached in the results.
#[tokio::test]
async fn back_from_a_result_keeps_the_place_in_the_results() {
    let b = Browser::start().await;
    b.open("/search?q=stalin").await;
    b.wait_until(
        "twenty results",
        "return document.querySelectorAll('.search-results li').length === 20",
    )
    .await;
    let y = b
        .js("const a = document.querySelectorAll('.search-results li > a')[15]; a.dataset.chosen = 'yes'; a.scrollIntoView(); return Math.round(window.scrollY)")
        .await
        .as_f64()
        .unwrap();
    assert!(y > 500.0, "the page did not scroll: {y}");
    b.click("a[data-chosen]").await;
    b.wait_until(
        "a page away from search",
        "return location.pathname !== '/search'",
    )
    .await;
    b.client.back().await.unwrap();
    b.wait_until(
        "the results and the place",
        &format!("return document.querySelectorAll('.search-results li').length === 20 && Math.abs(window.scrollY - {y}) < 30"),
    )
    .await;
}

/// From the search box, Down goes into the results, Up and Down move between them, Up from the
/// first returns to the box, and Enter opens the result in focus.
#[tokio::test]
async fn arrow_keys_move_between_the_box_and_the_results() {
    let b = Browser::start().await;
    b.open("/search?q=stalin").await;
    b.wait_until(
        "results",
        "return document.querySelectorAll('.search-results li').length > 2",
    )
    .await;
    let focused = "const links = [...document.querySelectorAll('.search-results li > a')]; \
                   return document.activeElement.id === 'search-input' ? -1 : links.indexOf(document.activeElement)";
    b.js("document.getElementById('search-input').focus(); return null")
        .await;
    for (key, at) in [
        (Key::Down, 0),
        (Key::Down, 1),
        (Key::Down, 2),
        (Key::Up, 1),
        (Key::Up, 0),
        (Key::Up, -1),
        (Key::Down, 0),
    ] {
        b.press(key, &[]).await;
        assert_eq!(b.js(focused).await, at, "after {key:?}");
    }
    let first = result_paths(&b).await[0].clone();
    b.press(Key::Enter, &[]).await;
    b.wait_until(
        "the first result opened",
        &format!("return location.pathname === {first:?}"),
    )
    .await;
}

/// Words in quotes must come in that order: a page's title in quotes finds the page, the
/// same words in quotes the other way round do not, though unquoted they still find it.
#[tokio::test]
async fn a_phrase_in_quotes_matches_its_words_in_order() {
    let b = Browser::start().await;
    let path = "/soviet-russia/stalins-legacy/the-secret-speech";
    for (lang, prefix, quote) in [(Lang::En, "", ('"', '"')), (Lang::Ru, "/ru", ('«', '»'))] {
        let title = crate::support::page_in(lang, path).title;
        let words: Vec<&str> = title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() > 3)
            .collect();
        assert!(words.len() >= 2, "{title}");
        let (first, second) = (words[0], words[1]);
        let search = |query: String| {
            let b = &b;
            async move {
                b.open(&format!(
                    "{prefix}/search?q={}",
                    url::form_urlencoded::byte_serialize(query.as_bytes()).collect::<String>()
                ))
                .await;
                b.wait_until(
                    &format!("the results for {query}"),
                    "return document.querySelector('.search-count, .search-none') !== null",
                )
                .await;
                result_paths(b).await
            }
        };
        let page = format!("{prefix}{path}");
        let in_order = search(format!("{}{first} {second}{}", quote.0, quote.1)).await;
        assert!(in_order.contains(&page), "{lang}: {in_order:?}");
        let reversed = search(format!("{}{second} {first}{}", quote.0, quote.1)).await;
        assert!(!reversed.contains(&page), "{lang}: {reversed:?}");
        let unquoted = search(format!("{second} {first}")).await;
        assert!(unquoted.contains(&page), "{lang}: {unquoted:?}");
    }
}

/// Hosts that serve a route's entry as a folder (`/search/`, as GitHub Pages or a plain
/// file server redirect to) still search as the reader types.
#[tokio::test]
async fn search_as_you_type_works_from_a_folder_address() {
    let b = Browser::start().await;
    b.open("/search/?q=stalin").await;
    b.wait_until(
        "the first results",
        "const c = document.querySelector('.search-count'); return c !== null && c.dataset.query === 'stalin'",
    )
    .await;
    // Pasted: one input event for the whole word.
    b.js("const i = document.querySelector('#search-input'); i.value = 'lenin'; i.dispatchEvent(new Event('input', { bubbles: true })); return null")
        .await;
    b.wait_until(
        "the results for what was typed",
        "const c = document.querySelector('.search-count'); return c !== null && c.dataset.query === 'lenin' && new URLSearchParams(location.search).get('q') === 'lenin'",
    )
    .await;
}
