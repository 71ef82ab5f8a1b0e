//! The content compiler's command line: every command fails the run on any problem.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use allrussias_compiler::{compile, emit, names, publish, report, search, stamp, Compiled};
use clap::{Parser, Subcommand};

/// Compiles and validates the All Russias content files into the JSON the app fetches.
#[derive(Parser)]
#[command(name = "allrussias-compiler")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validates the content and lists every problem with its file and line.
    Check {
        /// The content folder (content/ in the repository)
        #[arg(value_name = "CONTENT_DIR")]
        content: PathBuf,
    },
    /// Validates the content and writes the files the app fetches.
    ///
    /// Writes OUT_DIR/data/... and OUT_DIR/media/... (with the Learn Russian recordings);
    /// writes nothing if the content has a problem.
    Build {
        /// The content folder (content/ in the repository)
        #[arg(value_name = "CONTENT_DIR")]
        content: PathBuf,
        /// Where to write data/ and media/
        #[arg(value_name = "OUT_DIR")]
        out: PathBuf,
    },
    /// Prints what each section holds and what falls short.
    Report {
        /// The content folder (content/ in the repository)
        #[arg(value_name = "CONTENT_DIR")]
        content: PathBuf,
    },
    /// Marks every translation as made from the current version of its original.
    Stamp {
        /// The content folder (content/ in the repository)
        #[arg(value_name = "CONTENT_DIR")]
        content: PathBuf,
    },
    /// Finishes a Trunk build for static hosts.
    ///
    /// Writes into SITE_DIR an HTML entry per route, 404.html, sitemap.xml, robots.txt
    /// and the CSP.
    Publish {
        /// The content folder (content/ in the repository)
        #[arg(value_name = "CONTENT_DIR")]
        content: PathBuf,
        /// Trunk's output folder
        #[arg(value_name = "SITE_DIR")]
        site: PathBuf,
    },
    /// Adds .gz and .br copies of every text asset in SITE_DIR.
    Compress {
        /// Trunk's output folder
        #[arg(value_name = "SITE_DIR")]
        site: PathBuf,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Check { content } => check_or_build(&content, None),
        Command::Build { content, out } => check_or_build(&content, Some(&out)),
        Command::Report { content } => {
            let compiled = compile(&content);
            print!("{}", report::report(&compiled));
            if compiled.diagnostics.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Command::Stamp { content } => match stamp::stamp(&content) {
            Ok(changed) => {
                println!("stamped {changed} translated file(s)");
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("error: {err}");
                ExitCode::FAILURE
            }
        },
        Command::Publish { content, site } => {
            let compiled = compile(&content);
            if !compiled.diagnostics.is_empty() {
                eprintln!("content has problems: run `check` to list them");
                return ExitCode::FAILURE;
            }
            match publish::publish(&compiled, &site) {
                Ok(files) => {
                    println!("published {files} entries to {}", site.display());
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    eprintln!("error: publishing to {}: {err}", site.display());
                    ExitCode::FAILURE
                }
            }
        }
        Command::Compress { site } => match publish::precompress(&site) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("error: compressing {}: {err}", site.display());
                ExitCode::FAILURE
            }
        },
    }
}

/// Validates the content and, given an output folder, writes it there.
fn check_or_build(content: &Path, out: Option<&Path>) -> ExitCode {
    let compiled = compile(content);
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
        Some(out) => match write(&compiled, content, out) {
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
    for &(lang, ref book) in &compiled.books {
        let data_docs = search::data_docs(compiled, book, lang);
        let no_timeline = Default::default();
        let timeline = compiled.timeline(lang).unwrap_or(&no_timeline);
        files += emit::write_book(
            book,
            timeline,
            compiled.data_topics(lang),
            data_docs,
            lang,
            out,
        )?;
        files += emit::write_statistics(&compiled.statistics, lang, out)?;
        files += emit::write_images(&compiled.images, lang, out)?;
        files += emit::write_music_and_videos(&compiled.music, &compiled.videos, lang, out)?;
    }
    // After the books: writing a book clears its language's folder.
    for &(lang, ref timeline) in &compiled.timelines {
        files += emit::write_timeline(timeline, lang, out)?;
    }
    names::publish_names(out)?;
    Ok(files)
}
