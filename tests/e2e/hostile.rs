//! Hostile text in every kind of content file: each screen's JSON with its free text and
//! addresses replaced by markup, scripts and `javascript:`, `data:` and `vbscript:`
//! addresses (mixed case, padded) shows them as text or leaves them out, and runs nothing.

use allrussias_model::Lang;
use serde_json::Value;

use crate::faults::screens;
use crate::support::browser::Browser;
use crate::support::dist_dir;
use crate::support::server::Fault;

/// What an attacker would put in a file: each sets `window.pwned` if it ever runs.
const PAYLOADS: [&str; 9] = [
    "<img src=x onerror=\"window.pwned=1\">",
    "<script>window.pwned=2</script>",
    "javascript:window.pwned=3",
    " JaVaScRiPt:window.pwned=4",
    "\tjavascript:window.pwned=5",
    "data:text/html,<script>window.pwned=6</script>",
    "DATA:image/svg+xml,<svg onload=window.pwned=7>",
    "vbscript:window.pwned=8",
    "\"><svg onload=\"window.pwned=9\">",
];

/// Replaces every string that is free text (it has a space) or an address (it starts
/// with `/` or a scheme) with a payload in turn; names, slugs, dates and kinds stay, so
/// the file still finds its way through the app. With `every`, all strings (a search
/// index part holds words only).
fn poisoned(value: &mut Value, next: &mut usize, every: bool) {
    match value {
        Value::String(text)
            if every || text.contains(' ') || text.starts_with('/') || text.contains("://") =>
        {
            *text = PAYLOADS[*next % PAYLOADS.len()].to_string();
            *next += 1;
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| poisoned(item, next, every)),
        Value::Object(fields) => fields
            .values_mut()
            .for_each(|field| poisoned(field, next, every)),
        _ => {}
    }
}

/// Nothing ran, no handler or script came in with the content, and no link or source
/// leads to a script address (the citation's own BibTeX download aside, which is text).
async fn nothing_ran_on(b: &Browser, what: &str) {
    assert_eq!(
        b.js("return [window.pwned === undefined, \
                document.querySelectorAll('body [onerror], body [onload], body [onclick], body [onmouseover], main script, main object, main embed').length \
                + [...document.querySelectorAll('main iframe')].filter(f => !f.src.startsWith('https://www.youtube-nocookie.com/embed/')).length, \
                [...document.querySelectorAll('[href], [src]')].filter(e => !(e.matches('a[download]') && e.getAttribute('href').startsWith('data:application/x-bibtex;'))).map(e => e.outerHTML.slice(0, 200)).filter(h => /(href|src)=\"\\s*(javascript|data|vbscript):/i.test(h))]")
            .await,
        serde_json::json!([true, 0, []]),
        "{what}"
    );
}

#[tokio::test]
async fn hostile_text_in_any_content_file_never_runs() {
    let b = Browser::start().await;
    let mut shown = 0;
    let mut screens_tried = 0;
    for lang in Lang::ALL {
        for (path, file) in screens(lang) {
            let real = std::fs::read_to_string(dist_dir().join(file.trim_start_matches('/')))
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            let mut json: Value = serde_json::from_str(&real).unwrap();
            let mut replaced = 0;
            poisoned(&mut json, &mut replaced, false);
            if replaced == 0 {
                poisoned(&mut json, &mut replaced, true);
            }
            assert!(replaced > 0, "{file} has no text to poison");
            b.server.fail(&file, Fault::Json(json.to_string()));
            b.open(&path).await;
            // The screen either shows (the hostile text as text) or says it could not.
            b.wait_until(
                &format!("{path} to show or say why not"),
                "return document.querySelector('[role=alert]') !== null || (document.querySelector('main h1') !== null && !document.querySelector('main .loading'))",
            )
            .await;
            if b.js("return document.querySelector('[role=alert]') === null")
                .await
                == Value::Bool(true)
            {
                shown += 1;
            }
            // Reader actions: every button and link-like control in the page is pressed
            // (links' navigation is cancelled), then the page is checked again.
            b.js("for (const a of document.querySelectorAll('main a')) a.addEventListener('click', e => e.preventDefault()); \
                  for (const c of document.querySelectorAll('main a, main button:not([type=submit])')) { try { c.click(); } catch (e) {} } \
                  return null")
                .await;
            nothing_ran_on(&b, &format!("{path} with {replaced} strings poisoned")).await;
            b.server.heal();
            screens_tried += 1;
        }
    }
    // Most screens take the poisoned file and show it: the payloads reached the page.
    assert!(
        shown * 2 > screens_tried,
        "only {shown} of {screens_tried} screens showed"
    );
    println!("hostile text: {shown} of {screens_tried} screens showed their poisoned file");
}
