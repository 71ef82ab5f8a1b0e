// Writes an mdBook source tree (book.toml, src/SUMMARY.md, one .md per page) from the
// chapters of one language of content/, for the benchmark's mdBook baseline. Front matter
// becomes the page's # title; :::aside blocks become blockquotes; links to other chapter
// pages become relative .md links; links to pages outside the chapters keep only their text.
// Sections are parts and chapters are draft entries, so NEXT goes from page to page as in
// the app. URLs: /SECTION/CHAPTER/PAGE.html, the app's routes with .html.
//
//   node bench/mdbook-src.mjs CONTENT_LANG_DIR MEDIA_DIR OUT_DIR
import fs from 'node:fs';
import path from 'node:path';

const [langDir, mediaDir, outDir] = process.argv.slice(2);
if (!langDir || !mediaDir || !outDir) {
  console.error('usage: node bench/mdbook-src.mjs CONTENT_LANG_DIR MEDIA_DIR OUT_DIR');
  process.exit(2);
}
const SECTIONS = ['tsarist-russia', 'soviet-russia', 'russian-federation'];
const src = path.join(outDir, 'src');

// Front matter fields (TOML basic strings) and the body of a content file.
function parse(file) {
  const [, front = '', ...rest] = fs.readFileSync(file, 'utf8').split(/^\+\+\+$/m);
  const field = (name) => {
    const m = front.match(new RegExp(`^${name} = (".*")$`, 'm'));
    return m ? JSON.parse(m[1]) : '';
  };
  return { title: field('title'), description: field('description'), body: rest.join('+++').trim() };
}
const ordered = (dir) => fs.readdirSync(dir).filter((n) => /^\d+-/.test(n)).sort();
const slug = (name) => name.replace(/^\d+-/, '').replace(/\.md$/, '');

// Markdown of the app's content format in plain CommonMark for mdBook, for a page `depth`
// folders below src/.
function convert(body, depth) {
  const up = '../'.repeat(depth);
  return body
    .replace(/^:::aside (.*)\n([\s\S]*?)^:::$/gm, (_, title, inner) =>
      [`**${title}**`, '', ...inner.trimEnd().split('\n')].map((l) => `> ${l}`.trimEnd()).join('\n'))
    .replace(/\]\(\/media\//g, `](${up}media/`)
    .replace(/\[([^\]]*)\]\(\/([a-z0-9-]+)\/([a-z0-9-]+)\/([a-z0-9-]+)(#[^)]*)?\)/g,
      (_, text, s, c, p, hash = '') => (SECTIONS.includes(s) ? `[${text}](${up}${s}/${c}/${p}.md${hash})` : text))
    .replace(/\[([^\]]*)\]\(\/[^)]*\)/g, '$1');
}

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(src, { recursive: true });
fs.cpSync(mediaDir, path.join(src, 'media'), { recursive: true });
fs.writeFileSync(path.join(outDir, 'book.toml'), '[book]\ntitle = "All Russias"\nlanguage = "en"\n');

const summary = ['# Summary', '', '[All Russias](index.md)', ''];
const home = ['# All Russias', ''];
let pages = 0;
for (const section of SECTIONS) {
  const sectionDir = path.join(langDir, section);
  const meta = parse(path.join(sectionDir, '_section.md'));
  home.push(`## [${meta.title}](${section}/index.md)`, '', meta.description, '');
  fs.mkdirSync(path.join(src, section), { recursive: true });
  fs.writeFileSync(path.join(src, section, 'index.md'), `# ${meta.title}\n\n${convert(meta.body, 1)}\n`);
  summary.push(`# ${meta.title}`, '', `- [${meta.title}](${section}/index.md)`);
  for (const chapter of ordered(sectionDir)) {
    const chapterDir = path.join(sectionDir, chapter);
    summary.push(`- [${parse(path.join(chapterDir, '_chapter.md')).title}]()`);
    for (const file of ordered(chapterDir)) {
      const page = parse(path.join(chapterDir, file));
      const rel = `${section}/${slug(chapter)}/${slug(file)}.md`;
      fs.mkdirSync(path.join(src, path.dirname(rel)), { recursive: true });
      fs.writeFileSync(path.join(src, rel), `# ${page.title}\n\n${convert(page.body, 2)}\n`);
      summary.push(`  - [${page.title}](${rel})`);
      pages++;
    }
  }
  summary.push('');
}
fs.writeFileSync(path.join(src, 'index.md'), `${home.join('\n')}\n`);
fs.writeFileSync(path.join(src, 'SUMMARY.md'), `${summary.join('\n')}\n`);
console.log(`${outDir}: ${pages} pages`);
