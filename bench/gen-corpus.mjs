// Writes a synthetic content folder of about PAGES chapter pages in the format of content/
// (see content/README.md): the real content (both languages, glossary, topic pages, media)
// plus synthetic chapters of 8 pages each, spread over the three sections, so the compiler's
// checks pass and searches for real words still find real pages among the synthetic ones.
// The prose draws words from the real English text with a Zipf-like distribution, so the
// search index has a realistic mix of common and rare words.
//
//   node bench/gen-corpus.mjs CONTENT_DIR OUT_DIR PAGES
import fs from 'node:fs';
import path from 'node:path';

const [contentDir, outDir, pagesArg] = process.argv.slice(2);
const target = Number(pagesArg);
if (!contentDir || !outDir || !Number.isInteger(target) || target <= 0) {
  console.error('usage: node bench/gen-corpus.mjs CONTENT_DIR OUT_DIR PAGES');
  process.exit(2);
}
const SECTIONS = ['tsarist-russia', 'soviet-russia', 'russian-federation'];
const PAGES_PER_CHAPTER = 8;

// Deterministic pseudo-random numbers (mulberry32), so every run writes the same corpus.
let seed = 0x5eed1234;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

// Every Markdown file under dir, recursively.
function markdownFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(p);
    return e.name.endsWith('.md') ? [p] : [];
  });
}

// The body of a content file: everything after the second +++ line.
function body(text) {
  const parts = text.split(/^\+\+\+$/m);
  return parts.length >= 3 ? parts.slice(2).join('+++') : text;
}

// Vocabulary: words of the real English chapters, most frequent first.
const realPages = SECTIONS.flatMap((s) => markdownFiles(path.join(contentDir, 'en', s)))
  .filter((f) => /\/\d+-[^/]+\.md$/.test(f));
const counts = new Map();
for (const f of realPages) {
  const words = body(fs.readFileSync(f, 'utf8'))
    .replace(/\]\([^)]*\)/g, ']')
    .match(/[A-Za-z][a-z]{2,}/g) ?? [];
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
}
const vocabulary = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
// Zipf: the word of rank r is drawn with probability proportional to 1/(r+1).
const harmonic = [];
vocabulary.reduce((sum, _, r) => (harmonic[r] = sum + 1 / (r + 1)), 0);
function word() {
  const x = random() * harmonic[harmonic.length - 1];
  let lo = 0, hi = harmonic.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (harmonic[mid] < x) lo = mid + 1; else hi = mid;
  }
  return vocabulary[lo];
}
const capital = (s) => s[0].toUpperCase() + s.slice(1);
const phrase = (n) => Array.from({ length: n }, word).join(' ');
const sentence = () => `${capital(phrase(between(8, 24)))}.`;
const paragraph = () => Array.from({ length: between(2, 5) }, sentence).join(' ');
const title = () => capital(phrase(between(2, 5)));
const slugOf = (text, n) =>
  `${text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${n}`;
const quoted = (s) => JSON.stringify(s);

// A page body within the compiler's 250 to 700 words for a history page.
function page() {
  for (;;) {
    const text = pageText();
    const words = body(text).split(/\s+/).length;
    if (words >= 300 && words <= 650) return text;
  }
}

function pageText() {
  const blocks = [paragraph(), paragraph()];
  for (let h = between(1, 3); h > 0; h--) {
    blocks.push(`## ${title()}`, paragraph(), paragraph());
  }
  if (random() < 0.4) blocks.push(`:::aside ${title()}\n- **${between(1500, 2020)}**: ${sentence()}\n:::`);
  blocks.push(`${paragraph()}[^1]`, `[^1]: ${sentence()}`);
  return `+++
title = ${quoted(title())}
description = ${quoted(sentence())}
sources = [
  { author = ${quoted(capital(word()) + ' ' + capital(word()))}, title = ${quoted(title())}, year = ${between(1950, 2020)} },
]
+++

${blocks.join('\n\n')}
`;
}

fs.rmSync(outDir, { recursive: true, force: true });
fs.cpSync(contentDir, outDir, { recursive: true });
const missing = Math.max(0, target - realPages.length);
const chapters = Math.ceil(missing / PAGES_PER_CHAPTER);
let written = 0;
for (let c = 0; c < chapters; c++) {
  const section = SECTIONS[c % SECTIONS.length];
  const chapterTitle = title();
  const dir = path.join(outDir, 'en', section, `${100 + c}-${slugOf(chapterTitle, c)}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, '_chapter.md'),
    `+++\ntitle = ${quoted(chapterTitle)}\nsummary = ${quoted(sentence())}\n+++\n`);
  const rows = Array.from({ length: between(3, 6) }, () => `| ${between(1500, 2020)} | ${sentence()} |`);
  fs.writeFileSync(path.join(dir, '_bullets.md'),
    `+++\n+++\n\n| Dates | Summary |\n| --- | --- |\n${rows.join('\n')}\n`);
  const count = Math.min(PAGES_PER_CHAPTER, missing - written);
  for (let p = 1; p <= count; p++) {
    const file = `${String(p).padStart(2, '0')}-${slugOf(title(), p)}.md`;
    fs.writeFileSync(path.join(dir, file), page());
  }
  written += count;
}
console.log(`${outDir}: ${realPages.length} real + ${written} synthetic chapter pages in ${chapters} new chapters`);
