//! `sitemap.xml` with every entry in both languages, and the `robots.txt` that points to it.

use allrussias_model::Lang;
use std::fmt::Write;

use allrussias_model::escape;

use super::entries::Entry;

pub(super) fn sitemap(entries: &[Entry], origin: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for entry in entries {
        let _ = write!(
            xml,
            "<url><loc>{origin}{}</loc>",
            escape::html(&entry.lang.route(&entry.path))
        );
        for lang in Lang::ALL {
            let _ = write!(
                xml,
                "<xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{origin}{}\"/>",
                escape::html(&lang.route(&entry.path))
            );
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

pub(super) fn robots(origin: &str) -> String {
    format!("User-agent: *\nAllow: /\nSitemap: {origin}/sitemap.xml\n")
}
