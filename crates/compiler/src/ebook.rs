//! E-books: an EPUB 3 of each history section and one of the whole history, per language,
//! made from the same typed blocks the app renders: a cover drawn here, a table of
//! contents with chapters and pages, one document per page with its notes and sources,
//! the glossary terms the pages use as an A-Z appendix, the figures as the site's SVG and
//! the site's fonts. Published as `/ebooks/{lang}/{name}.{hash}.epub`; the section
//! manifests and the site index give each one's name and size.

mod fonts;
mod xhtml;

use allrussias_model::Lang;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::io::{self, Cursor, Write as _};
use std::path::Path;

use allrussias_model::block::{walk, Node};
use allrussias_model::data::{self, hashed_name, WHOLE_HISTORY};
use allrussias_model::{
    route_title, site_name, Block, Book, Download, Inline, Note, SourceSection, Term,
};
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

pub use fonts::Fonts;
use xhtml::{document, escape, Render, Targets};

/// The folder inside the container that holds the publication, and its package document.
const ROOT: &str = "EPUB";
const PACKAGE: &str = "package.opf";
/// Documents and the style sheet sit together in [`ROOT`], so links between them are bare
/// file names.
const NAV: &str = "nav.xhtml";
const COVER: &str = "cover.xhtml";
const COVER_IMAGE: &str = "cover.svg";
const STYLE: &str = "style.css";
const GLOSSARY: &str = "a-z.xhtml";
/// Fixed, so the same content makes the same bytes and so the same published name.
const MODIFIED: &str = "2000-01-01T00:00:00Z";

/// The e-books of one language, as the manifests and the site index list them.
#[derive(Debug, Default)]
pub struct Ebooks {
    pub whole: Option<Download>,
    /// By section slug.
    pub sections: HashMap<String, Download>,
}

/// What one e-book holds: the whole history or one section.
pub struct Plan<'a> {
    /// [`WHOLE_HISTORY`] or the section's slug: the file's name.
    pub name: String,
    pub lang: Lang,
    pub title: String,
    pub sections: Vec<&'a SourceSection>,
}

impl Plan<'_> {
    fn whole(&self) -> bool {
        self.name == WHOLE_HISTORY
    }
}

/// The e-books of a language: the whole history first, then each section.
pub fn plans<'a>(book: &'a Book, lang: Lang) -> Vec<Plan<'a>> {
    if book.sections.is_empty() {
        return Vec::new();
    }
    let whole = Plan {
        name: WHOLE_HISTORY.to_string(),
        lang,
        title: site_name(lang).to_string(),
        sections: book.sections.iter().collect(),
    };
    std::iter::once(whole)
        .chain(book.sections.iter().map(|section| Plan {
            name: section.slug.clone(),
            lang,
            title: section.title.clone(),
            sections: vec![section],
        }))
        .collect()
}

/// Writes every e-book of one language into `{out}/ebooks/{lang}/`, replacing what was
/// there. Figures are read from the site's own copies under `out` (the media are copied
/// first), at the addresses the pages show them from.
pub fn write(book: &Book, lang: Lang, out: &Path) -> io::Result<Ebooks> {
    let dir = out.join("ebooks").join(lang.code());
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    fs::create_dir_all(&dir)?;
    let fonts = Fonts::site()?;
    let media = |src: &str| fs::read(out.join(src.trim_start_matches('/')));
    let mut ebooks = Ebooks::default();
    for plan in plans(book, lang) {
        let bytes = epub(book, &plan, &fonts, &media)?;
        let path = hashed_name(&data::ebook(lang, &plan.name), &crate::names::hash(&bytes));
        fs::write(out.join(path.trim_start_matches('/')), &bytes)?;
        let download = Download {
            path,
            bytes: bytes.len() as u64,
        };
        if plan.whole() {
            ebooks.whole = Some(download);
        } else {
            ebooks.sections.insert(plan.name, download);
        }
    }
    Ok(ebooks)
}

/// The interface words an e-book needs besides its content.
struct Words {
    contents: &'static str,
    notes: &'static str,
    sources: &'static str,
    cover: &'static str,
}

fn words(lang: Lang) -> Words {
    if lang == Lang::Ru {
        Words {
            contents: "Содержание",
            notes: "Примечания",
            sources: "Источники",
            cover: "Обложка",
        }
    } else {
        Words {
            contents: "Contents",
            notes: "Notes",
            sources: "Sources",
            cover: "Cover",
        }
    }
}

/// One content document of the spine.
struct Doc {
    file: String,
    title: String,
    xhtml: String,
}

/// The EPUB file of one plan. `media` reads a figure by its site address.
pub fn epub(
    book: &Book,
    plan: &Plan,
    fonts: &Fonts,
    media: &dyn Fn(&str) -> io::Result<Vec<u8>>,
) -> io::Result<Vec<u8>> {
    let lang = plan.lang;
    let words = words(lang);
    let targets = targets(book, plan);
    let mut figures = BTreeSet::new();
    let mut docs = Vec::new();
    let mut add =
        |doc_lang: Lang, file: String, title: &str, notes: &[Note], fill: &dyn Fn(&mut Render)| {
            let mut render = Render::new(&targets, notes);
            fill(&mut render);
            figures.append(&mut render.figures);
            docs.push(Doc {
                xhtml: document(doc_lang, title, &render.out),
                file,
                title: title.to_string(),
            });
        };
    for section in &plan.sections {
        add(lang, section_file(section), &section.title, &[], &|r| {
            heading(r, &section.title, &section.description);
            r.blocks(&section.intro);
        });
        for chapter in &section.chapters {
            add(
                lang,
                chapter_file(section, chapter),
                &chapter.title,
                &[],
                &|r| {
                    heading(r, &chapter.title, &chapter.summary);
                    r.raw("<ol class=\"pages\">\n");
                    for page in &chapter.pages {
                        let _ = write!(r.out, "<li><a href=\"{}\">", page_file(&page.page.path));
                        r.text(&page.page.title);
                        r.raw("</a></li>\n");
                    }
                    r.raw("</ol>\n");
                },
            );
            for source in &chapter.pages {
                let page = &source.page;
                // An untranslated page is the original's text: its language says so.
                let page_lang = if page.untranslated {
                    crate::ORIGINAL
                } else {
                    lang
                };
                add(
                    page_lang,
                    page_file(&page.path),
                    &page.title,
                    &page.notes,
                    &|r| {
                        r.raw("<h1>");
                        r.text(&page.title);
                        r.raw("</h1>\n");
                        r.blocks(&page.body);
                        r.notes(words.notes, &page.notes);
                        r.sources(words.sources, &page.sources);
                    },
                );
            }
        }
    }
    let glossary_title = route_title(lang, "a-z").unwrap_or("A-Z");
    let terms: Vec<&Term> = book
        .glossary
        .iter()
        .filter(|t| targets.terms.contains(&t.slug))
        .collect();
    if !terms.is_empty() {
        let titles: HashMap<&str, &str> = plan
            .sections
            .iter()
            .flat_map(|s| s.chapters.iter().flat_map(|c| c.pages.iter()))
            .map(|p| (p.page.path.as_str(), p.page.title.as_str()))
            .collect();
        add(lang, GLOSSARY.to_string(), glossary_title, &[], &|r| {
            glossary(r, glossary_title, &terms, &titles)
        });
    }

    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut items = Vec::new();
    let nav = nav(plan, &docs, &words);
    files.push((COVER_IMAGE.into(), cover_svg(plan).into_bytes()));
    items.push(item(
        "cover-image",
        COVER_IMAGE,
        "image/svg+xml",
        "cover-image",
    ));
    let cover_doc = document(
        lang,
        words.cover,
        &format!(
            "<section class=\"cover\" epub:type=\"cover\">\n<img src=\"{COVER_IMAGE}\" alt=\"{}\"/>\n</section>\n",
            escape(&plan.title)
        ),
    );
    files.push((COVER.into(), cover_doc.into_bytes()));
    items.push(item("cover", COVER, "application/xhtml+xml", ""));
    files.push((NAV.into(), nav.into_bytes()));
    items.push(item("nav", NAV, "application/xhtml+xml", "nav"));
    let mut spine = vec!["cover".to_string(), "nav".to_string()];
    let text: String = docs.iter().map(|d| d.xhtml.as_str()).collect();
    let faces = fonts.covering(&text);
    files.push((STYLE.into(), style(&faces).into_bytes()));
    items.push(item("style", STYLE, "text/css", ""));
    for (i, doc) in docs.into_iter().enumerate() {
        let id = format!("d{i}");
        items.push(item(&id, &doc.file, "application/xhtml+xml", ""));
        spine.push(id);
        files.push((doc.file, doc.xhtml.into_bytes()));
    }
    for (i, face) in faces.iter().enumerate() {
        let file = format!("fonts/{}", face.file);
        items.push(item(&format!("f{i}"), &file, "font/woff2", ""));
        files.push((file, face.bytes.clone()));
    }
    for (i, src) in figures.iter().enumerate() {
        let file = media_file(src);
        items.push(item(&format!("m{i}"), &file, "image/svg+xml", ""));
        files.push((file, media(src)?));
    }
    let package = package(plan, &items, &spine);
    container(&package, &files).map_err(io::Error::other)
}

/// The e-book file of each page the plan holds, by route, and the glossary terms its pages
/// link to.
fn targets(book: &Book, plan: &Plan) -> Targets {
    let mut targets = Targets::default();
    for section in &plan.sections {
        for chapter in &section.chapters {
            for page in &chapter.pages {
                targets
                    .pages
                    .insert(page.page.path.clone(), page_file(&page.page.path));
                terms_linked(&page.page.body, &mut targets.terms);
            }
        }
    }
    targets
        .terms
        .retain(|slug| book.glossary.iter().any(|t| &t.slug == slug));
    targets
}

/// The glossary terms that `blocks` link to.
fn terms_linked(blocks: &[Block], terms: &mut std::collections::HashSet<String>) {
    let linked = walk(blocks).filter_map(|node| match node {
        Node::Inline(Inline::Link { to, .. }) => {
            to.strip_prefix(crate::glossary::PAGE)?.strip_prefix('#')
        }
        _ => None,
    });
    terms.extend(linked.map(str::to_string));
}

fn section_file(section: &SourceSection) -> String {
    format!("{}.xhtml", section.slug)
}

fn chapter_file(section: &SourceSection, chapter: &allrussias_model::SourceChapter) -> String {
    format!("{}.{}.xhtml", section.slug, chapter.slug)
}

/// `/soviet-russia/stalins-legacy/the-thaw` is `soviet-russia.stalins-legacy.the-thaw.xhtml`:
/// slugs never hold a dot, so no two routes share a file.
fn page_file(route: &str) -> String {
    format!("{}.xhtml", route.trim_start_matches('/').replace('/', "."))
}

/// A figure's file in the e-book, by its site address: `/media/maps/x.svg` is
/// `media/maps/x.svg`.
fn media_file(src: &str) -> String {
    src.trim_start_matches('/').to_string()
}

/// A document's title and its one-line description.
fn heading(r: &mut Render, title: &str, description: &str) {
    r.raw("<h1>");
    r.text(title);
    r.raw("</h1>\n<p class=\"description\">");
    r.text(description);
    r.raw("</p>\n");
}

/// The A-Z appendix: the A-Z page's entries, each listing only the pages of this e-book
/// (`titles`, by route).
fn glossary(r: &mut Render, title: &str, terms: &[&Term], titles: &HashMap<&str, &str>) {
    r.raw("<h1>");
    r.text(title);
    r.raw("</h1>\n");
    let entries = crate::glossary::entries(terms.iter().copied(), |to| {
        titles.get(to).map(|t| t.to_string())
    });
    r.blocks(&entries);
}

/// The navigation document: the table of contents, sections (in the whole history) then
/// chapters then pages, and the landmarks reading systems jump to.
fn nav(plan: &Plan, docs: &[Doc], words: &Words) -> String {
    let title_of = |file: &str| {
        docs.iter()
            .find(|d| d.file == file)
            .map(|d| d.title.as_str())
            .unwrap_or_default()
    };
    let entry = |file: &str| format!("<a href=\"{file}\">{}</a>", escape(title_of(file)));
    let mut toc = String::from("<ol>\n");
    for section in &plan.sections {
        let mut chapters = String::new();
        for chapter in &section.chapters {
            let _ = write!(
                chapters,
                "<li>{}\n<ol>\n",
                entry(&chapter_file(section, chapter))
            );
            for page in &chapter.pages {
                let _ = writeln!(chapters, "<li>{}</li>", entry(&page_file(&page.page.path)));
            }
            chapters.push_str("</ol>\n</li>\n");
        }
        if plan.whole() {
            let _ = write!(
                toc,
                "<li>{}\n<ol>\n{chapters}</ol>\n</li>\n",
                entry(&section_file(section))
            );
        } else {
            let _ = writeln!(toc, "<li>{}</li>", entry(&section_file(section)));
            toc.push_str(&chapters);
        }
    }
    if docs.iter().any(|d| d.file == GLOSSARY) {
        let _ = writeln!(toc, "<li>{}</li>", entry(GLOSSARY));
    }
    toc.push_str("</ol>\n");
    let first = plan
        .sections
        .first()
        .map(|s| section_file(s))
        .unwrap_or_default();
    let body = format!(
        "<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\">\n<h1>{contents}</h1>\n{toc}</nav>\n\
         <nav epub:type=\"landmarks\" hidden=\"hidden\">\n<ol>\n\
         <li><a epub:type=\"cover\" href=\"{COVER}\">{cover}</a></li>\n\
         <li><a epub:type=\"toc\" href=\"{NAV}#toc\">{contents}</a></li>\n\
         <li><a epub:type=\"bodymatter\" href=\"{first}\">{}</a></li>\n</ol>\n</nav>\n",
        escape(title_of(&first)),
        contents = escape(words.contents),
        cover = escape(words.cover),
    );
    document(plan.lang, words.contents, &body)
}

/// The cover, drawn: the title large, the site's name, and in the whole history the
/// sections it holds.
fn cover_svg(plan: &Plan) -> String {
    let (width, height) = (1200, 1800);
    let mut svg = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" xml:lang=\"{lang}\" \
         width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n\
         <title>{title}</title>\n\
         <rect width=\"{width}\" height=\"{height}\" fill=\"#6b1d1d\"/>\n\
         <rect x=\"60\" y=\"60\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"#e8c872\" stroke-width=\"6\"/>\n\
         <g fill=\"#fdf6e3\" text-anchor=\"middle\" font-family=\"'PT Serif', Georgia, serif\">\n",
        width - 120,
        height - 120,
        lang = plan.lang,
        title = escape(&plan.title),
    );
    let centre = width / 2;
    let (site, sections): (&str, Vec<&str>) = if plan.whole() {
        ("", plan.sections.iter().map(|s| s.title.as_str()).collect())
    } else {
        (site_name(plan.lang), Vec::new())
    };
    let mut y = 620;
    for line in wrap(&plan.title, 14) {
        let _ = writeln!(
            svg,
            "<text x=\"{centre}\" y=\"{y}\" font-size=\"130\" font-weight=\"bold\">{}</text>",
            escape(&line)
        );
        y += 160;
    }
    let _ = writeln!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"400\" height=\"6\" fill=\"#e8c872\"/>",
        centre - 200,
        y - 60
    );
    y += 80;
    for line in sections {
        let _ = writeln!(
            svg,
            "<text x=\"{centre}\" y=\"{y}\" font-size=\"64\">{}</text>",
            escape(line)
        );
        y += 100;
    }
    if !site.is_empty() {
        let _ = writeln!(
            svg,
            "<text x=\"{centre}\" y=\"{}\" font-size=\"72\" letter-spacing=\"4\">{}</text>",
            height - 200,
            escape(site)
        );
    }
    svg.push_str("</g>\n</svg>\n");
    svg
}

/// Words joined into lines of at most `width` characters (a longer word has a line alone).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// The style sheet: the site's faces that the e-book's text needs, then a plain book
/// layout that leaves sizes and colours to the reader's settings.
fn style(faces: &[&fonts::Face]) -> String {
    let mut css = String::new();
    for face in faces {
        let _ = writeln!(
            css,
            "@font-face {{ font-family: \"{}\"; font-style: {}; font-weight: {}; \
             src: url(\"fonts/{}\") format(\"woff2\"); unicode-range: {}; }}",
            face.family, face.style, face.weight, face.file, face.unicode_range
        );
    }
    css.push_str(include_str!("ebook/book.css"));
    css
}

/// One entry of the package's manifest.
fn item(id: &str, href: &str, media_type: &str, properties: &str) -> String {
    let properties = if properties.is_empty() {
        String::new()
    } else {
        format!(" properties=\"{properties}\"")
    };
    format!(
        "<item id=\"{id}\" href=\"{}\" media-type=\"{media_type}\"{properties}/>",
        escape(href)
    )
}

/// The package document: what the e-book is, the files it holds and their reading order.
fn package(plan: &Plan, items: &[String], spine: &[String]) -> String {
    let lang = plan.lang;
    let mut opf = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" \
         unique-identifier=\"id\" xml:lang=\"{lang}\">\n\
         <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n\
         <dc:identifier id=\"id\">{}</dc:identifier>\n\
         <dc:title>{}</dc:title>\n\
         <dc:language>{lang}</dc:language>\n\
         <dc:creator>{site}</dc:creator>\n\
         <dc:publisher>{site}</dc:publisher>\n\
         <meta property=\"dcterms:modified\">{MODIFIED}</meta>\n\
         <meta name=\"cover\" content=\"cover-image\"/>\n\
         </metadata>\n<manifest>\n",
        identifier(plan),
        escape(&plan.title),
        site = escape(site_name(lang)),
    );
    for item in items {
        opf.push_str(item);
        opf.push('\n');
    }
    opf.push_str("</manifest>\n<spine>\n");
    for id in spine {
        let _ = writeln!(opf, "<itemref idref=\"{id}\"/>");
    }
    opf.push_str("</spine>\n</package>\n");
    opf
}

/// A UUID made from the e-book's language and name, so a new edition is the same book to a
/// reading system.
fn identifier(plan: &Plan) -> String {
    let digest = Sha256::digest(format!("allrussias/{}/{}", plan.lang, plan.name));
    let mut b: [u8; 16] = digest[..16].try_into().unwrap_or_default();
    // Version 5 and the RFC 4122 variant, as a name-based UUID has them.
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

/// The OCF container: `mimetype` first and stored, then `META-INF/container.xml`, then the
/// publication's files under [`ROOT`], compressed. Every entry has the same fixed time.
fn container(package: &str, files: &[(String, Vec<u8>)]) -> zip::result::ZipResult<Vec<u8>> {
    let time = DateTime::default();
    let stored = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(time);
    let deflated = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(time);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("mimetype", stored)?;
    zip.write_all(b"application/epub+zip")?;
    zip.start_file("META-INF/container.xml", deflated)?;
    write!(
        zip,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n\
         <rootfiles>\n<rootfile full-path=\"{ROOT}/{PACKAGE}\" media-type=\"application/oebps-package+xml\"/>\n\
         </rootfiles>\n</container>\n"
    )?;
    zip.start_file(format!("{ROOT}/{PACKAGE}"), deflated)?;
    zip.write_all(package.as_bytes())?;
    for (name, bytes) in files {
        zip.start_file(format!("{ROOT}/{name}"), deflated)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
#[path = "ebook/tests.rs"]
mod tests;
