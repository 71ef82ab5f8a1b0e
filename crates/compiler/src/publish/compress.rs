//! Precompressed copies of the site's text assets, made with the settings of `gzip -9 -n`
//! and `brotli -q 11`.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use brotli::enc::BrotliEncoderParams;
use flate2::{Compression, GzBuilder};

/// Writes `.gz` and `.br` beside every text asset, for hosts that serve them directly.
/// Release builds only: maximum brotli takes about half a minute over the whole site.
pub fn precompress(site: &Path) -> io::Result<()> {
    let mut files = Vec::new();
    collect(site, &mut files)?;
    for file in &files {
        let text = fs::read(file)?;
        let modified = fs::metadata(file)?.modified()?;
        write_beside(file, "gz", &gzip(&text)?, modified)?;
        write_beside(file, "br", &brotli(&text)?, modified)?;
    }
    Ok(())
}

/// Best compression and, like `gzip -n`, no name or time in the header; the header names
/// Unix as its system, as gzip does.
fn gzip(bytes: &[u8]) -> io::Result<Vec<u8>> {
    let mut encoder = GzBuilder::new()
        .operating_system(3)
        .write(Vec::new(), Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

/// Quality 11 with the window the `brotli` command picks for a file: the smallest that
/// holds it, up to 2^24 - 16 bytes.
fn brotli(bytes: &[u8]) -> io::Result<Vec<u8>> {
    let params = BrotliEncoderParams {
        quality: 11,
        lgwin: window_bits(bytes.len()),
        size_hint: bytes.len(),
        ..BrotliEncoderParams::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out)
}

fn window_bits(len: usize) -> i32 {
    let mut bits = 10;
    while bits < 24 && (1usize << bits) - 16 < len {
        bits += 1;
    }
    bits
}

/// `{file}.{ext}`, with the original's modification time, as `gzip -k` and `brotli` keep it.
fn write_beside(file: &Path, ext: &str, bytes: &[u8], modified: SystemTime) -> io::Result<()> {
    let mut name = file.as_os_str().to_owned();
    name.push(".");
    name.push(ext);
    let out = fs::File::create(name)?;
    (&out).write_all(bytes)?;
    out.set_modified(modified)
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

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    #[test]
    fn the_copies_decompress_to_the_original() {
        let dir = tempfile::tempdir().unwrap();
        let text = "<p>Всея Руси</p>".repeat(500);
        fs::create_dir(dir.path().join("data")).unwrap();
        fs::write(dir.path().join("data/page.json"), &text).unwrap();
        fs::write(dir.path().join("font.woff2"), "binary").unwrap();
        precompress(dir.path()).unwrap();

        let gz = fs::read(dir.path().join("data/page.json.gz")).unwrap();
        let mut from_gz = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut from_gz)
            .unwrap();
        assert_eq!(from_gz, text);
        let br = fs::read(dir.path().join("data/page.json.br")).unwrap();
        let mut from_br = String::new();
        brotli::Decompressor::new(&br[..], 4096)
            .read_to_string(&mut from_br)
            .unwrap();
        assert_eq!(from_br, text);
        assert!(br.len() < gz.len() && gz.len() < text.len() / 10);
        assert!(!dir.path().join("font.woff2.gz").exists());
    }

    #[test]
    fn the_window_is_the_smallest_that_holds_the_file() {
        assert_eq!(window_bits(0), 10);
        assert_eq!(window_bits(1008), 10);
        assert_eq!(window_bits(1009), 11);
        assert_eq!(window_bits(100_000), 17);
        assert_eq!(window_bits(1 << 30), 24);
    }
}
