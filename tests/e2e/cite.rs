//! "Cite this page": a history page's, an essay's and a statistics series' reference in
//! each style the language offers, copied with a button or downloaded as a .bib file.

use allrussias_model::cite::{bib_file_name, cite, CalendarDate, Citation, Style};
use allrussias_model::Lang;
use fantoccini::key::Key;
use serde_json::json;

use crate::support::browser::Browser;
use crate::support::{manifest, manifest_in, page, page_in};

/// Opens the dialog from the page's button and waits for its references.
async fn open_dialog(b: &Browser) {
    b.click(".cite-button").await;
    b.wait_until(
        "the references",
        "return document.querySelector('dialog.cite-dialog[open] .citation-text') !== null",
    )
    .await;
}

/// The references the dialog shows, as (style, text).
async fn shown(b: &Browser) -> Vec<(String, String)> {
    let shown = b
        .js("return [...document.querySelectorAll('.citation')].map(c => [c.querySelector('h3').textContent, c.querySelector('.citation-text').textContent])")
        .await;
    serde_json::from_value(shown).unwrap()
}

/// Today as the browser's calendar has it: the date of access.
async fn today(b: &Browser) -> CalendarDate {
    let ymd = b
        .js("const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()]")
        .await;
    let (year, month, day): (i32, u8, u8) = serde_json::from_value(ymd).unwrap();
    CalendarDate::new(year, month, day).unwrap()
}

#[tokio::test]
async fn a_history_page_is_cited_in_each_style_copied_and_downloaded() {
    let b = Browser::start().await;
    let section = manifest("soviet-russia");
    let chapter = &section.chapters[0];
    let path = format!("/soviet-russia/{}/{}", chapter.slug, chapter.pages[0].slug);
    let known = page(&path);
    b.open(&path).await;
    b.wait_for_h1(&known.title).await;
    assert_eq!(
        b.js_string("return document.querySelector('.cite-button').textContent")
            .await,
        "Cite this page"
    );
    open_dialog(&b).await;

    let citation = Citation {
        title: known.title.clone(),
        section: Some(section.title.clone()),
        site: "All Russias".into(),
        url: b.server.url(&path),
        updated: known.updated.as_deref().and_then(CalendarDate::parse_iso),
        accessed: today(&b).await,
        lang: Lang::En,
    };
    let expected: Vec<(String, String)> = [Style::Chicago, Style::Mla, Style::Apa, Style::Bibtex]
        .iter()
        .map(|&s| (s.name().to_string(), cite(s, &citation)))
        .collect();
    assert_eq!(shown(&b).await, expected);
    // What a reader checks against the style guides, whatever the formatter does.
    let chicago = &expected[0].1;
    assert!(
        chicago.starts_with(&format!(
            "All Russias. “{}.” {}.",
            known.title, section.title
        )),
        "{chicago}"
    );
    assert!(chicago.contains(&b.server.url(&path)), "{chicago}");
    assert!(expected[3].1.starts_with("@online{"), "{}", expected[3].1);

    // Copy puts the reference on the clipboard and says so.
    b.cdp(
        "Browser.grantPermissions",
        json!({ "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
    )
    .await;
    b.click(".citation:nth-of-type(1) button").await;
    b.wait_until(
        "the copy to be confirmed",
        "return document.querySelector('.citation [role=status]').textContent === 'Copied.'",
    )
    .await;
    assert_eq!(
        &b.js_string("return navigator.clipboard.readText()").await,
        chicago
    );

    // The .bib file is the BibTeX entry, under the page's name.
    let bib = b
        .js("const a = document.querySelector('a.cite-bib'); return [a.getAttribute('download'), decodeURIComponent(a.href.split(',').slice(1).join(','))]")
        .await;
    let (name, text): (String, String) = serde_json::from_value(bib).unwrap();
    assert_eq!(name, bib_file_name(&citation));
    assert_eq!(text, expected[3].1);

    // Escape closes the dialog and focus goes back to the button.
    b.press(Key::Escape, &[]).await;
    b.wait_until(
        "Escape to close the dialog",
        "return document.querySelector('dialog.cite-dialog') === null",
    )
    .await;
    assert_eq!(
        b.js_string("return document.activeElement.className").await,
        "cite-button"
    );
    open_dialog(&b).await;
    b.click(".cite-dialog-actions button").await;
    b.wait_until(
        "Close to close the dialog",
        "return document.querySelector('dialog.cite-dialog') === null",
    )
    .await;
}

#[tokio::test]
async fn a_russian_page_is_cited_first_by_gost() {
    let b = Browser::start().await;
    let section = manifest_in(Lang::Ru, "tsarist-russia");
    let chapter = &section.chapters[0];
    let path = format!("/tsarist-russia/{}/{}", chapter.slug, chapter.pages[0].slug);
    let known = page_in(Lang::Ru, &path);
    b.open(&format!("/ru{path}")).await;
    b.wait_for_h1(&known.title).await;
    open_dialog(&b).await;
    let shown = shown(&b).await;
    let styles: Vec<&str> = shown.iter().map(|(style, _)| style.as_str()).collect();
    assert_eq!(
        styles,
        ["ГОСТ Р 7.0.100–2018", "Chicago", "MLA", "APA", "BibTeX"]
    );
    let gost = &shown[0].1;
    let accessed = today(&b).await;
    assert!(gost.starts_with(&known.title), "{gost}");
    assert!(gost.contains("Всея Руси"), "{gost}");
    assert!(
        gost.contains(&format!("URL: {}", b.server.url(&format!("/ru{path}")))),
        "{gost}"
    );
    assert!(
        gost.contains(&format!(
            "(дата обращения: {:02}.{:02}.{})",
            accessed.day, accessed.month, accessed.year
        )),
        "{gost}"
    );
}

#[tokio::test]
async fn essays_and_statistics_series_offer_their_reference() {
    let b = Browser::start().await;
    let essay = &page("/essays").children[0];
    b.open(&essay.path).await;
    b.wait_for_h1(&essay.title).await;
    open_dialog(&b).await;
    assert!(
        shown(&b).await[0].1.contains(&format!("“{}", essay.title)),
        "{:?}",
        shown(&b).await
    );

    b.open("/statistics").await;
    b.click(".statistics-topic .topic-children a").await;
    b.wait_until(
        "a series",
        "return document.querySelector('.series h1') !== null",
    )
    .await;
    let title = b.h1().await;
    open_dialog(&b).await;
    assert!(shown(&b).await[0].1.contains(&format!("“{title}")));
}
