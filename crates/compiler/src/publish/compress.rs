//! Precompressed copies of the site's text assets.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Writes `.gz` and `.br` beside every text asset, for hosts that serve them directly.
/// Release builds only: maximum brotli takes most of a minute over the whole site.
pub fn precompress(site: &Path) -> io::Result<()> {
    let mut files = Vec::new();
    collect(site, &mut files)?;
    for chunk in files.chunks(500) {
        for (program, args) in [
            ("gzip", &["-k", "-f", "-n", "-9"][..]),
            ("brotli", &["-k", "-f", "-q", "11"][..]),
        ] {
            let status = Command::new(program).args(args).args(chunk).status()?;
            if !status.success() {
                return Err(io::Error::other(format!("{program} failed")));
            }
        }
    }
    Ok(())
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| {
            ["html", "js", "wasm", "css", "json", "svg", "xml", "txt"]
                .iter()
                .any(|x| e == *x)
        }) {
            out.push(path);
        }
    }
    Ok(())
}
