//! `allrussias-compiler check CONTENT` validates; `allrussias-compiler build CONTENT OUT`
//! validates and writes `OUT/data/...` and `OUT/media/...` (with the Learn Russian recordings). Any problem fails the run.
//! `allrussias-compiler report CONTENT` prints what each section holds and what falls short.
//! `allrussias-compiler publish CONTENT SITE` finishes a Trunk build in SITE for static
//! hosts: an HTML entry per route, 404.html, sitemap.xml, robots.txt and the CSP;
//! `allrussias-compiler compress SITE` adds .gz and .br copies.
//! `allrussias-compiler stamp CONTENT` marks every translation as made from the current
//! version of its original.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use allrussias_compiler::{compile, emit, names, publish, report, stamp, Compiled};

const USAGE: &str = "usage: allrussias-compiler check CONTENT_DIR\n       allrussias-compiler build CONTENT_DIR OUT_DIR\n       allrussias-compiler report CONTENT_DIR\n       allrussias-compiler stamp CONTENT_DIR\n       allrussias-compiler publish CONTENT_DIR SITE_DIR\n       allrussias-compiler compress SITE_DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [cmd, content] = args.as_slice() {
        if cmd == "compress" {
            return match publish::precompress(&PathBuf::from(content)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("error: compressing {content}: {err}");
                    ExitCode::FAILURE
                }
            };
        }
        if cmd == "stamp" {
            return match stamp::stamp(&PathBuf::from(content)) {
                Ok(changed) => {
                    println!("stamped {changed} translated file(s)");
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    eprintln!("error: {err}");
                    ExitCode::FAILURE
                }
            };
        }
        if cmd == "report" {
            let compiled = compile(&PathBuf::from(content));
            print!("{}", report::report(&compiled));
            return if compiled.diagnostics.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            };
        }
    }
    if let [cmd, content, site] = args.as_slice() {
        if cmd == "publish" {
            let compiled = compile(&PathBuf::from(content));
            if !compiled.diagnostics.is_empty() {
                eprintln!("content has problems: run `check` to list them");
                return ExitCode::FAILURE;
            }
            return match publish::publish(&compiled, &PathBuf::from(site)) {
                Ok(files) => {
                    println!("published {files} entries to {site}");
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    eprintln!("error: publishing to {site}: {err}");
                    ExitCode::FAILURE
                }
            };
        }
    }
    let (content, out) = match args.as_slice() {
        [cmd, content] if cmd == "check" => (PathBuf::from(content), None),
        [cmd, content, out] if cmd == "build" => (PathBuf::from(content), Some(PathBuf::from(out))),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let compiled = compile(&content);
    if !compiled.diagnostics.is_empty() {
        for d in &compiled.diagnostics {
            eprintln!("error: {d}");
        }
        eprintln!(
            "content has {} problem(s); nothing was written",
            compiled.diagnostics.len()
        );
        return ExitCode::FAILURE;
    }
    let pages = compiled.books[0].1.pages().count();
    match out {
        None => println!(
            "content OK: {pages} pages in {} languages",
            compiled.books.len()
        ),
        Some(out) => match write(&compiled, &content, &out) {
            Ok(files) => println!(
                "content OK: {pages} pages, {files} files written to {}",
                out.display()
            ),
            Err(err) => {
                eprintln!("error: writing to {}: {err}", out.display());
                return ExitCode::FAILURE;
            }
        },
    }
    ExitCode::SUCCESS
}

fn write(compiled: &Compiled, content: &Path, out: &Path) -> std::io::Result<usize> {
    let mut files = emit::copy_media(content, out)?;
    files += allrussias_compiler::learn::copy_audio(content, out)?;
    for (lang, book) in &compiled.books {
        files += emit::write_book(book, compiled.data_topics(lang), lang, out)?;
        files += emit::write_statistics(&compiled.statistics, lang, out)?;
        files += emit::write_images(&compiled.images, lang, out)?;
        files += emit::write_music_and_videos(&compiled.music, &compiled.videos, lang, out)?;
    }
    // After the books: writing a book clears its language's folder.
    for (lang, timeline) in &compiled.timelines {
        files += emit::write_timeline(timeline, lang, out)?;
    }
    names::publish_names(out)?;
    Ok(files)
}
