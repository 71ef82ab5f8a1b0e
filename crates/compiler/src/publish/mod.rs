//! `allrussias-compiler publish CONTENT SITE`: finishes Trunk's build in `SITE` for any
//! static host. Every route gets its own HTML entry with its title, description, social
//! tags, canonical and alternate links and its text, so crawlers, link previews and
//! readers without JavaScript see the real page; the app replaces that text when it
//! starts. Also writes `404.html`, `sitemap.xml` and `robots.txt`, fills in the service
//! worker's list of files (`offline`) and puts a
//! Content-Security-Policy into every entry. [`precompress`] stores `.gz` and `.br` copies
//! of every text asset for hosts that serve precompressed files.

mod address;
mod compress;
mod csp;
mod entries;
mod html;
mod sitemap;
mod template;

use std::fs;
use std::io;
use std::path::Path;

pub use address::{origin, root};
pub use compress::precompress;
pub use csp::with_csp;
pub use html::blocks_html;

use crate::{names, Compiled};
use template::{entry_html, not_found_html, preload, with_root};

pub fn publish(compiled: &Compiled, site: &Path) -> io::Result<usize> {
    // First, so a release build without its address fails before anything is written.
    let origin = origin()?;
    let template = fs::read_to_string(site.join("index.html"))?;
    let root = root();
    let app = crate::chunks::seal(site)?;
    let template = with_csp(&with_root(&app.fill(&template, &root), &root));
    let origin = format!("{origin}{root}");
    let entries = entries::entries(compiled);
    let mut written = 0;
    let mut published = names::Published::new(site);
    for entry in &entries {
        let preload = preload(&mut published, &root, entry);
        let html = entry_html(&template, entry, &origin, &root, &preload);
        let dir = site.join(entry.lang.route(&entry.path).trim_start_matches('/'));
        fs::create_dir_all(&dir)?;
        fs::write(dir.join("index.html"), html)?;
        written += 1;
    }
    fs::write(site.join("404.html"), not_found_html(&template))?;
    fs::write(
        site.join("sitemap.xml"),
        sitemap::sitemap(&entries, &origin),
    )?;
    fs::write(site.join("robots.txt"), sitemap::robots(&origin))?;
    crate::offline::write_service_worker(site, &app.shell())?;
    Ok(written + 4)
}
