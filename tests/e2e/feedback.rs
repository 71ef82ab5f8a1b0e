//! Send Feedback: validated, kept as a draft across a reload, written out for the reader's
//! mail program.

use crate::support::browser::Browser;

#[tokio::test]
async fn feedback_is_validated_kept_as_a_draft_and_written_out_for_mail() {
    let b = Browser::start().await;
    b.open("/feedback?page=/soviet-russia/stalins-legacy/the-thaw")
        .await;
    b.wait_for_h1("Send Feedback").await;
    assert_eq!(
        b.js_string("return document.getElementById('feedback-page').value")
            .await,
        "/soviet-russia/stalins-legacy/the-thaw"
    );
    b.click(".feedback button[type=submit]").await;
    b.wait_until(
        "the message problem",
        "return document.getElementById('feedback-message-problem').textContent.includes('ten characters')",
    )
    .await;
    b.type_in("#feedback-message", "Ehrenburg's novel appeared in 1954.")
        .await;
    b.type_in("#feedback-email", "reader@").await;
    // The draft survives a reload.
    b.client.refresh().await.unwrap();
    b.wait_for_h1("Send Feedback").await;
    b.wait_until(
        "the draft back",
        "return document.getElementById('feedback-message').value === \"Ehrenburg's novel appeared in 1954.\" && document.getElementById('feedback-email').value === 'reader@'",
    )
    .await;
    b.click(".feedback button[type=submit]").await;
    b.wait_until(
        "the email problem",
        "return document.getElementById('feedback-email-problem').textContent.includes('email address')",
    )
    .await;
    b.type_in("#feedback-email", "example.net").await;
    b.click(".feedback button[type=submit]").await;
    b.wait_until(
        "the message written out",
        "return document.querySelector('.feedback-sent a')?.getAttribute('href').startsWith('mailto:')",
    )
    .await;
    let href = b
        .js_string("return decodeURIComponent(document.querySelector('.feedback-sent a').getAttribute('href'))")
        .await;
    assert!(
        href.contains("Ehrenburg's novel appeared in 1954.") && href.contains("reader@example.net"),
        "{href}"
    );
    // Nothing is lost: the text stays until the reader clears it.
    assert_eq!(
        b.js_string("return document.getElementById('feedback-message').value")
            .await,
        "Ehrenburg's novel appeared in 1954."
    );
}
