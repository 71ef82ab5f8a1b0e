//! Writes the published JSON and media into the site's output folder.

use allrussias_model::Lang;
use std::fs;
use std::io;
use std::path::Path;

use allrussias_model::{data, search as urls, Book, TopicSummary};

use crate::chart;
use crate::ebook;
use crate::images::ImagesSource;
use crate::music::MusicSource;
use crate::search;
use crate::statistics::{self, SeriesSource};
use crate::videos::VideosSource;
use allrussias_model::timeline::Timeline;
use serde::Serialize;

fn write_json(out_dir: &Path, url: &str, value: &impl Serialize) -> io::Result<()> {
    let json = serde_json::to_vec(value).map_err(io::Error::other)?;
    write_file(out_dir, url, json)
}

/// Writes the file the site serves at `url` (`/data/...`, `/media/...`).
fn write_file(out_dir: &Path, url: &str, contents: impl AsRef<[u8]>) -> io::Result<()> {
    let path = out_dir.join(url.trim_start_matches('/'));
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(path, contents)
}

/// Writes one language of the book: the site index, a manifest per section and per chapter
/// (with its strip of `timeline`), a file per page, the search index (with `data_docs`) and the e-books (their figures
/// come from `{out_dir}/media/`, so copy the media first).
/// Returns the number of files written.
/// `data_topics` are the stand-alone pages built from data rather than a page file
/// (statistics, images, music, videos): the site index lists them as written too.
pub fn write_book(
    book: &Book,
    timeline: &Timeline,
    data_topics: Vec<TopicSummary>,
    data_docs: Vec<search::DataDoc>,
    lang: Lang,
    out_dir: &Path,
) -> io::Result<usize> {
    // Nothing of an earlier build is kept: a removed chapter leaves no file behind.
    for dir in [
        out_dir.join("data").join(lang.code()),
        out_dir.join("site").join(lang.code()),
    ] {
        if dir.exists() {
            fs::remove_dir_all(&dir)?;
        }
    }
    // The e-books first: the site index and the manifests give their names and sizes.
    let mut ebooks = ebook::write(book, lang, out_dir)?;
    let mut index = book.site_index();
    index.topics.extend(data_topics);
    index.ebook = ebooks.whole.take();
    write_json(out_dir, &data::site_index(lang), &index)?;
    let mut files = 1 + usize::from(index.ebook.is_some());
    for (section, mut manifest) in book.sections.iter().zip(book.manifests()) {
        manifest.ebook = ebooks.sections.remove(&manifest.slug);
        files += usize::from(manifest.ebook.is_some());
        for (source, entry) in section.chapters.iter().zip(&mut manifest.chapters) {
            if let Some(strip) = crate::timeline::strip(lang, &section.slug, source, timeline) {
                let path = data::chapter_timeline(lang, &section.slug, &entry.slug);
                write_json(out_dir, &path, &strip)?;
                entry.timeline = true;
                files += 1;
            }
        }
        write_json(out_dir, &data::manifest(lang, &manifest.slug), &manifest)?;
        files += 1;
        for chapter in manifest.chapter_manifests() {
            let path = data::chapter(lang, &chapter.section, &chapter.chapter.slug);
            write_json(out_dir, &path, &chapter)?;
            files += 1;
        }
    }
    for page in book.pages() {
        write_json(out_dir, &data::page(lang, &page.page.path), &page.page)?;
        files += 1;
    }
    if let Some(learn) = &book.learn {
        write_json(out_dir, &data::learn(lang), &learn.course)?;
        for lesson in &learn.lessons {
            write_json(out_dir, &data::lesson(lang, &lesson.slug), lesson)?;
        }
        files += 1 + learn.lessons.len();
    }
    let index = search::index(lang, book, data_docs);
    write_json(
        out_dir,
        &urls::docs_url(lang),
        &urls::SearchDocs {
            docs: index.docs,
            files: Default::default(),
        },
    )?;
    // Every shard exists, empty or not, so a query never meets a missing file.
    for key in urls::shard_keys() {
        let shard = index.shards.get(&key).cloned().unwrap_or_default();
        write_json(out_dir, &urls::shard_url(lang, &key), &shard)?;
    }
    files += 1 + urls::SHARDS;
    Ok(files)
}

/// Writes one language of the statistics: the index, and each series as JSON, CSV and its
/// chart's picture.
pub fn write_statistics(sources: &[SeriesSource], lang: Lang, out_dir: &Path) -> io::Result<usize> {
    write_json(
        out_dir,
        &data::statistics(lang),
        &statistics::index(sources, lang),
    )?;
    for source in sources {
        let (series, layout) = statistics::laid_out(source, lang);
        write_json(out_dir, &data::series(lang, &series.slug), &series)?;
        write_file(
            out_dir,
            &data::series_csv(lang, &series.slug),
            statistics::csv(&series),
        )?;
        write_file(out_dir, &series.chart.src, chart::svg(&series, &layout))?;
    }
    Ok(1 + 3 * sources.len())
}

/// Writes one language of the galleries: the index and each gallery.
pub fn write_images(source: &ImagesSource, lang: Lang, out_dir: &Path) -> io::Result<usize> {
    write_json(out_dir, &data::images(lang), &source.index(lang))?;
    let galleries = source.galleries(lang);
    for gallery in &galleries {
        write_json(out_dir, &data::gallery(lang, &gallery.slug), gallery)?;
    }
    Ok(1 + galleries.len())
}

/// Writes one language of Russian Music Samples and Russia on YouTube.
pub fn write_music_and_videos(
    music: &MusicSource,
    videos: &VideosSource,
    lang: Lang,
    out_dir: &Path,
) -> io::Result<usize> {
    write_json(out_dir, &data::music(lang), &music.music(lang))?;
    write_json(out_dir, &data::videos(lang), &videos.videos(lang))?;
    Ok(2)
}

/// Writes one language's timeline.
pub fn write_timeline(timeline: &Timeline, lang: Lang, out_dir: &Path) -> io::Result<usize> {
    write_json(out_dir, &data::timeline(lang), timeline)?;
    Ok(1)
}

/// Copies `content/media/` and its folders (maps, flags) to `{out}/media/`.
pub fn copy_media(content_dir: &Path, out_dir: &Path) -> io::Result<usize> {
    let from = content_dir.join("media");
    let to = out_dir.join("media");
    if to.exists() {
        fs::remove_dir_all(&to)?;
    }
    // Always create the folder: the build copies it whether or not there are images.
    fs::create_dir_all(&to)?;
    if !from.is_dir() {
        return Ok(0);
    }
    copy_folder(&from, &to, true)
}

fn copy_folder(from: &Path, to: &Path, top: bool) -> io::Result<usize> {
    let mut count = 0;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_file() {
            fs::copy(entry.path(), to.join(entry.file_name()))?;
            count += 1;
        } else if kind.is_dir() && top {
            let folder = to.join(entry.file_name());
            fs::create_dir_all(&folder)?;
            count += copy_folder(&entry.path(), &folder, false)?;
        }
    }
    Ok(count)
}
