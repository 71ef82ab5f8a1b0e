//! Text inside markup: the one escaper for what the build writes: HTML and XHTML (entries
//! and e-books) and SVG pictures (charts and maps).

/// Text as HTML, safe in element text and in attribute values with either quote:
/// `& < > " '` escaped.
pub fn html(text: &str) -> String {
    escape(text, true)
}

/// Text as XML (SVG), safe in element text and in double-quoted attribute values:
/// `& < > "` escaped, apostrophes kept as they are.
pub fn xml(text: &str) -> String {
    escape(text, false)
}

fn escape(text: &str, apostrophe: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' if apostrophe => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            // Characters XML 1.0 forbids (and HTML reads as errors) are dropped, so no
            // text can make a document ill-formed: an e-book reader refuses one.
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        let text = "<a href=\"x\">Tom & Jerry's</a> «Русь»";
        assert_eq!(
            html(text),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; «Русь»"
        );
        assert_eq!(
            xml(text),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's&lt;/a&gt; «Русь»"
        );
    }
}
