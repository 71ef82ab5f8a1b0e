//! Reading a section page by page.
use allrussias_model::Lang;
use allrussias_model::{data, SectionManifest, SECTIONS};
use fantoccini::key::Key;

use crate::support::browser::Browser;
use crate::support::server::Fault;
use crate::support::{manifest, page, published, server_until};

/// Every page of a section in reading order, as (href, title, chapter title).
fn reading_order(m: &SectionManifest) -> Vec<(String, String, String)> {
    m.chapters
        .iter()
        .flat_map(|c| {
            c.pages.iter().map(move |p| {
                (
                    format!("/{}/{}/{}", m.slug, c.slug, p.slug),
                    p.title.clone(),
                    c.title.clone(),
                )
            })
        })
        .collect()
}

/// The last page of a section's first chapter, and the first page of its second.
fn chapter_boundary(m: &SectionManifest) -> ((String, String), (String, String)) {
    let (first, second) = (&m.chapters[0], &m.chapters[1]);
    let last = first.pages.last().unwrap();
    let next = &second.pages[0];
    (
        (
            format!("/{}/{}/{}", m.slug, first.slug, last.slug),
            last.title.clone(),
        ),
        (
            format!("/{}/{}/{}", m.slug, second.slug, next.slug),
            next.title.clone(),
        ),
    )
}

#[tokio::test]
async fn deep_link_opens_the_page_and_survives_reload() {
    let b = Browser::start().await;
    let path = "/soviet-russia/stalins-legacy/the-secret-speech";
    let speech = page(path);
    b.open(path).await;
    b.wait_for_h1(&speech.title).await;
    b.client.refresh().await.unwrap();
    b.wait_for_h1(&speech.title).await;
    assert_eq!(b.path().await, path);
    assert_eq!(
        b.js_string("return document.title").await,
        format!("{} | All Russias", speech.title)
    );
    assert_eq!(
        b.js_string("return document.querySelector('meta[name=description]').content")
            .await,
        speech.description
    );
}

/// Checks the page a reader is on: its address, heading, "page N of M" and breadcrumb.
async fn assert_on(b: &Browser, order: &[(String, String, String)], i: usize, m: &SectionManifest) {
    let (href, title, chapter) = &order[i];
    b.wait_for_h1(title).await;
    assert_eq!(&b.path().await, href);
    let count = m
        .chapters
        .iter()
        .find(|c| &c.title == chapter)
        .unwrap()
        .pages
        .len();
    let number = order[..=i].iter().filter(|(_, _, c)| c == chapter).count();
    assert_eq!(
        b.js_string("return document.querySelector('.page-count').textContent")
            .await,
        format!("Page {number} of {count}")
    );
    let breadcrumb = b
        .js_string("return document.querySelector('.breadcrumb').textContent")
        .await;
    assert!(breadcrumb.contains(chapter.as_str()), "{breadcrumb}");
}

#[tokio::test]
async fn the_whole_history_reads_with_next_alone_and_a_section_back_with_previous() {
    let b = Browser::start().await;
    let sections: Vec<SectionManifest> = SECTIONS.iter().map(|s| manifest(s)).collect();
    b.open(&format!("/{}", SECTIONS[0])).await;
    b.wait_for_h1(&sections[0].title).await;
    b.click(".chapter-list a").await;
    for (n, m) in sections.iter().enumerate() {
        let order = reading_order(m);
        for i in 0..order.len() {
            assert_on(&b, &order, i, m).await;
            let last_of_all = n + 1 == sections.len() && i + 1 == order.len();
            if last_of_all {
                assert_eq!(
                    b.js("return document.querySelector('a[rel=next]') === null")
                        .await,
                    true
                );
            } else {
                b.click("a[rel=next]").await;
            }
        }
    }
    // Back through the last section, and over its first page into the one before.
    let m = &sections[2];
    let order = reading_order(m);
    for i in (0..order.len()).rev() {
        assert_on(&b, &order, i, m).await;
        b.click("a[rel=prev]").await;
    }
    let before = reading_order(&sections[1]);
    assert_on(&b, &before, before.len() - 1, &sections[1]).await;
}

#[tokio::test]
async fn next_and_previous_cross_chapter_boundaries() {
    let b = Browser::start().await;
    let ((last, last_title), (first, first_title)) = chapter_boundary(&manifest("tsarist-russia"));
    b.open(&last).await;
    b.wait_for_h1(&last_title).await;
    assert_eq!(
        b.js_string("return document.querySelector('a[rel=next]').getAttribute('href')")
            .await,
        first
    );
    b.click("a[rel=next]").await;
    b.wait_for_h1(&first_title).await;
    assert_eq!(b.path().await, first);
    // The tab's title follows the in-app move (the static entry set only the first).
    assert_eq!(
        b.js_string("return document.title").await,
        format!("{first_title} | All Russias")
    );
    assert_eq!(
        b.js_string("return document.querySelector('a[rel=prev]').getAttribute('href')")
            .await,
        last
    );
    b.click("a[rel=prev]").await;
    b.wait_for_h1(&last_title).await;
}

#[tokio::test]
async fn arrow_keys_turn_pages_unless_typing_or_modified() {
    let b = Browser::start().await;
    let ((last, last_title), (first, first_title)) =
        chapter_boundary(&manifest("russian-federation"));
    b.open(&last).await;
    b.wait_for_h1(&last_title).await;
    b.press(Key::Right, &[]).await;
    b.wait_for_h1(&first_title).await;
    assert_eq!(b.path().await, first);
    b.press(Key::Left, &[]).await;
    b.wait_for_h1(&last_title).await;

    for modifier in [Key::Alt, Key::Control, Key::Shift, Key::Meta] {
        b.press(Key::Right, &[modifier]).await;
    }
    b.js("const i = document.createElement('input'); i.id = 'typing'; document.querySelector('main').prepend(i); i.focus(); return null").await;
    b.press(Key::Right, &[]).await;
    b.press(Key::Left, &[]).await;
    b.press(Key::Left, &[]).await;
    // Keys are handled in order: had any of those turned a page, this plain → would not
    // land on the first page of the next chapter.
    b.js("document.activeElement.blur(); return null").await;
    b.press(Key::Right, &[]).await;
    b.wait_for_h1(&first_title).await;
    assert_eq!(b.path().await, first);
}

#[tokio::test]
async fn sidebar_lists_chapters_and_marks_the_current_one() {
    let b = Browser::start().await;
    let m = manifest("soviet-russia");
    let (_, (first, first_title)) = chapter_boundary(&m);
    b.open(&first).await;
    b.wait_for_h1(&first_title).await;
    let listed = b.js("return [...document.querySelectorAll('nav.chapter-sidebar li a')].map(a => a.textContent)").await;
    let titles: Vec<String> = m.chapters.iter().map(|c| c.title.clone()).collect();
    assert_eq!(listed, serde_json::json!(titles));
    let current = b.js("return [...document.querySelectorAll('nav.chapter-sidebar [aria-current=page]')].map(a => a.textContent)").await;
    assert_eq!(current, serde_json::json!([m.chapters[1].title]));
    assert!(b
        .js_string(
            "return document.querySelector('nav.chapter-sidebar').getAttribute('aria-label')"
        )
        .await
        .contains(&m.title));
}

#[tokio::test]
async fn focus_moves_to_the_new_heading_and_the_view_to_the_top() {
    let b = Browser::start().await;
    let order = reading_order(&manifest("tsarist-russia"));
    b.open(&order[0].0).await;
    b.wait_for_h1(&order[0].1).await;
    b.js("window.scrollTo(0, document.body.scrollHeight); return null")
        .await;
    b.click("a[rel=next]").await;
    b.wait_for_h1(&order[1].1).await;
    b.wait_until(
        "focus on the heading",
        "return document.activeElement === document.querySelector('main h1')",
    )
    .await;
    b.wait_until("the view at the top", "return window.scrollY < 50")
        .await;
}

#[tokio::test]
async fn back_and_forward_restore_pages() {
    let b = Browser::start().await;
    let order = reading_order(&manifest("russian-federation"));
    b.open(&order[0].0).await;
    b.wait_for_h1(&order[0].1).await;
    b.click("a[rel=next]").await;
    b.wait_for_h1(&order[1].1).await;
    b.client.back().await.unwrap();
    b.wait_for_h1(&order[0].1).await;
    assert_eq!(b.path().await, order[0].0);
    b.client.forward().await.unwrap();
    b.wait_for_h1(&order[1].1).await;
}

/// A slow page must never replace the one the reader moved on to: the first page's data is
/// held until the reader has gone back and that page has rendered, then let through.
#[tokio::test]
async fn a_slow_page_never_replaces_the_one_the_reader_moved_on_to() {
    let b = Browser::start().await;
    let order = reading_order(&manifest("soviet-russia"));
    let ((first, first_title), (slow, slow_title)) =
        ((&order[0].0, &order[0].1), (&order[1].0, &order[1].1));
    let held = published(&data::page(Lang::En, slow));
    b.server.hold(&held);
    b.open(first).await;
    b.wait_for_h1(first_title).await;
    b.click("a[rel=next]").await;
    b.wait_until(
        "the slow page's URL",
        &format!("return location.pathname === {slow:?}"),
    )
    .await;
    server_until("the slow page to be requested", || {
        b.server.requests(&held) > 0
    })
    .await;
    // Move on while the slow page is still on its way: the page gone back to shows at
    // once, without waiting for the abandoned request.
    b.client.back().await.unwrap();
    b.wait_until(
        "the address gone back to",
        &format!("return location.pathname === {first:?}"),
    )
    .await;
    b.wait_for_h1(first_title).await;
    let requested = b.server.requests(&held);
    b.server.release(&held);
    // Every held answer has been sent, the page gone back to shows, and the page has had
    // turns of its event loop and frames to show the held answer too.
    server_until("the held answers to be sent", || {
        b.server.answered(&held) >= requested
    })
    .await;
    b.wait_for_h1(first_title).await;
    b.settle().await;
    assert_eq!(&b.path().await, first);
    assert_eq!(&b.h1().await, first_title);
    assert_ne!(&b.h1().await, slow_title);
}

/// Scripts, event handlers and javascript: links in content are shown as text or dropped.
#[tokio::test]
async fn hostile_text_in_content_never_runs() {
    let b = Browser::start().await;
    let path = "/soviet-russia/stalins-legacy/the-secret-speech";
    let hostile = serde_json::json!({
        "path": path,
        "title": "<img src=x onerror=\"window.pwned=1\">",
        "description": "<script>window.pwned=2</script>",
        "body": [
            {"paragraph": {"content": [
                {"text": "<script>window.pwned=3</script> and <b onmouseover=\"window.pwned=4\">bold</b>"},
                {"external_link": {"href": "javascript:window.pwned=5", "content": [{"text": "bad link"}]}},
                {"link": {"to": "javascript:window.pwned=6", "content": [{"text": "bad route"}]}}
            ]}},
            {"figure": {"src": "javascript:window.pwned=7", "alt": "x", "caption": [], "width": 1, "height": 1}}
        ],
        "notes": [],
        "sources": [{"author": "A", "title": "<svg onload=window.pwned=8>", "year": 2000}]
    });
    b.server.fail(
        &published(&data::page(Lang::En, path)),
        Fault::Json(hostile.to_string()),
    );
    b.open(path).await;
    b.wait_for_h1("<img src=x onerror=\"window.pwned=1\">")
        .await;
    let text = b
        .js_string("return document.querySelector('main').textContent")
        .await;
    assert!(text.contains("<script>window.pwned=3</script>"), "{text}");
    assert!(text.contains("bad link") && text.contains("bad route"));
    assert_eq!(
        // The chapter's strip of the timeline draws its own line, not the content's.
        b.js("return document.querySelectorAll('main :is(script, img, b, svg):not(.when-near *)').length")
            .await,
        0
    );
    assert_eq!(b.js("return [...document.querySelectorAll('a')].filter(a => a.href.startsWith('javascript')).length").await, 0);
    b.js("for (const s of document.querySelectorAll('main span')) s.click(); return null")
        .await;
    assert_eq!(b.js("return window.pwned === undefined").await, true);
}

#[tokio::test]
async fn a_long_page_lists_its_headings_and_follows_the_reader() {
    let b = Browser::start().await;
    // The first history page with at least three headings.
    let (path, title, ids) = SECTIONS
        .iter()
        .flat_map(|s| manifest(s).page_paths().collect::<Vec<_>>())
        .find_map(|path| {
            let p = page(&path);
            let ids: Vec<String> = p
                .body
                .iter()
                .filter_map(|b| match b {
                    allrussias_model::Block::Heading { level: 2, id, .. } => Some(id.clone()),
                    _ => None,
                })
                .collect();
            (ids.len() >= 3).then_some((path, p.title, ids))
        })
        .expect("a page with three headings");
    b.open(&path).await;
    b.wait_for_h1(&title).await;
    let listed = b
        .js("return [...document.querySelectorAll('nav.on-this-page a')].map(a => a.getAttribute('href'))")
        .await;
    let expected: Vec<String> = ids.iter().map(|id| format!("#{id}")).collect();
    assert_eq!(listed, serde_json::json!(expected));
    // Reading time: the page's words at 200 a minute, rounded up, at least one minute.
    let minutes = allrussias_model::block::word_count(&page(&path).body)
        .div_ceil(200)
        .max(1);
    let unit = if minutes == 1 { "minute" } else { "minutes" };
    assert_eq!(
        b.js_string("return document.querySelector('.reading-time').textContent")
            .await,
        format!("{minutes} {unit} read")
    );
    b.js(&format!(
        "document.getElementById('{}').scrollIntoView(); return null",
        ids[2]
    ))
    .await;
    b.wait_until(
        "the third heading marked as being read",
        &format!(
            "return document.querySelector('nav.on-this-page [aria-current=location]')?.getAttribute('href') === '#{}'",
            ids[2]
        ),
    )
    .await;
}

/// Pointing at a note mark shows the note in place; Escape hides it; a tap on a phone
/// shows it first and a second tap goes to the note, which links back.
#[tokio::test]
async fn footnotes_preview_on_hover_and_tap() {
    const PAGE: &str = "/soviet-russia/stalins-legacy/the-secret-speech";
    let note = page(PAGE).notes[0].clone();
    let n = note.number;
    let preview = format!("#note-preview-{n}");
    let shown = format!("return !document.querySelector('{preview}').hidden");
    let b = Browser::start().await;
    b.open(PAGE).await;
    b.wait_for_h1(&page(PAGE).title).await;
    // The pointer rests on a one-letter mark: nothing may still move the text under it
    // (a late font), or the pointer would leave it before the preview is checked.
    let still = "return document.fonts.status === 'loaded'";
    b.wait_until("the fonts", still).await;
    b.settle().await;
    b.hover(&format!("#note-ref-{n}")).await;
    b.wait_until("the preview", &shown).await;
    let text = b
        .js_string(&format!(
            "return document.querySelector('{preview}').textContent"
        ))
        .await;
    let expected = allrussias_model::block::plain_text(&note.content);
    assert_eq!(text.trim(), expected.trim());
    assert_eq!(
        b.js_string(&format!(
            "return document.querySelector('#note-ref-{n}').getAttribute('aria-expanded')"
        ))
        .await,
        "true"
    );
    b.js(&format!("document.querySelector('#note-ref-{n}').focus()"))
        .await;
    b.press(Key::Escape, &[]).await;
    b.wait_until(
        "the preview to close",
        &format!("return document.querySelector('{preview}').hidden"),
    )
    .await;
    drop(b);

    let phone = Browser::phone().await;
    phone.open(PAGE).await;
    phone.wait_for_h1(&page(PAGE).title).await;
    phone.wait_until("the fonts", still).await;
    phone.settle().await;
    phone.tap(&format!("#note-ref-{n}")).await;
    phone.wait_until("the preview", &shown).await;
    assert_eq!(phone.js_string("return location.hash").await, "");
    phone.tap(&format!("#note-ref-{n}")).await;
    phone
        .wait_until("the note", &format!("return location.hash === '#note-{n}'"))
        .await;
    phone
        .click(&format!("#note-{n} a[href='#note-ref-{n}']"))
        .await;
    phone
        .wait_until(
            "the way back",
            &format!("return location.hash === '#note-ref-{n}'"),
        )
        .await;
}
