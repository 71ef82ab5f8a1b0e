// Turns the JSON that scripts/bench.sh collected in WORK into the Markdown of bench/results.md.
//
//   node bench/report.mjs WORK NPROC CHROMIUM_VERSION MDBOOK_VERSION PREFETCH_KNOWN PREFETCH_SETTING
import fs from 'node:fs';
import path from 'node:path';

const [work, nproc, chromium, mdbookVersion, prefetchKnown, prefetchSetting] = process.argv.slice(2);
const read = (name) => JSON.parse(fs.readFileSync(path.join(work, name), 'utf8'));
const maybe = (name) => (fs.existsSync(path.join(work, name)) ? read(name) : null);
const kb = (b) => (b == null ? '–' : `${(b / 1024).toFixed(1)} KB`);
const ms = (v) => (v == null ? '–' : `${Math.round(v)} ms`);
const ratio = (a, b) => (a == null || b == null || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const out = [];
const lhVersion = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url))).dependencies.lighthouse;
out.push('# All Russias benchmark', '');
out.push(`Made by \`scripts/bench.sh\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ` +
  `${nproc} cores, ${chromium}, Node ${process.version}, Lighthouse ${lhVersion}, mdBook ${mdbookVersion}.`);
out.push('', '**Every number comes from one run on a shared, noisy 2-core machine** (servers, browser and ' +
  'builds on the same cores): read the ratios as rough, not exact. Served from 127.0.0.1 with the ' +
  'precompressed brotli files; Lighthouse mobile numbers are its simulated slow-4G/slow-CPU estimates, ' +
  'desktop its desktop preset.', '');

// First view.
const lh = read('lighthouse.json');
const find = (name, preset) => lh.find((r) => r.name === name && r.preset === preset);
const METRICS = [
  ['performance', 'Performance score', String],
  ['accessibility', 'Accessibility score', String],
  ['bestPractices', 'Best practices score', String],
  ['seo', 'SEO score', String],
  ['fcp', 'FCP', ms],
  ['lcp', 'LCP', ms],
  ['tbt', 'TBT', ms],
  ['cls', 'CLS', (v) => v.toFixed(3)],
  ['bytes', 'Bytes transferred', kb],
];
out.push('## First view (Lighthouse)', '');
out.push('Baselines: **snapshot** is the app\'s rendered page saved as HTML with every script removed ' +
  '(same CSS and fonts: the physical limit); **mdBook** is the same English chapters built with ' +
  `mdBook ${mdbookVersion} (default theme, its search on). There is no Russian mdBook.`, '');
for (const [page, label] of [['home', 'Home page'], ['chapter', 'Chapter page'], ['ru chapter', 'Russian chapter page']]) {
  const url = find(`app ${page}`, 'mobile')?.url.replace(/^https?:\/\/[^/]+/, '');
  out.push(`### ${label} (\`${url}\`)`, '');
  const rows = [];
  for (const preset of ['mobile', 'desktop']) {
    const [app, snap, md] = ['app', 'snapshot', 'mdbook'].map((k) => find(`${k} ${page}`, preset));
    for (const [key, name, fmt] of METRICS) {
      const cell = (r) => (r?.[key] == null ? '–' : fmt(r[key]));
      rows.push([preset, name, cell(app), cell(snap), cell(md), ratio(app?.[key], snap?.[key]), ratio(app?.[key], md?.[key])]);
    }
  }
  out.push(table(['preset', 'metric', 'app', 'snapshot', 'mdBook', 'app/snapshot', 'app/mdBook'], rows), '');
}

// Page turns.
out.push('## Page turns', '');
const turnRows = [];
const rtts = fs.readdirSync(work).map((f) => f.match(/^turns-mdbook-(\d+)\.json$/)?.[1]).filter(Boolean).map(Number);
for (const rtt of rtts.sort((x, y) => x - y)) {
  const md = maybe(`turns-mdbook-${rtt}.json`);
  const net = rtt ? `+${rtt} ms round trip` : 'local (127.0.0.1)';
  const variants = [
    [prefetchKnown === 'true' ? 'app, prefetch on (default)' : 'app (this build has no prefetch)', maybe(`turns-app-${rtt}.json`)],
    ['app, prefetch off', maybe(`turns-app-noprefetch-${rtt}.json`)],
    ['mdBook (full page load)', md],
  ];
  for (const [name, t] of variants) {
    if (!t) continue;
    turnRows.push([name, net, String(t.count), ms(t.median), ms(t.worst), ratio(t.median, md?.median)]);
  }
}
out.push(table(['variant', 'network', 'turns', 'median', 'worst', 'median vs mdBook'], turnRows), '');
out.push('App: from the click on NEXT (`a[rel~=next]`) to the new `<h1>` text in the page and a ' +
  'requestAnimationFrame after it, measured in the page; one second of idle time before each ' +
  'click. mdBook: a full page load through its next link, from navigation start to `load` and a ' +
  'requestAnimationFrame.', '');
if (prefetchKnown !== 'true') {
  out.push(`**Missing:** the prefetch feature and its reader setting (\`${prefetchSetting}\` in the ` +
    '`allrussias.settings` localStorage JSON, looked for in `src/storage.rs`) are not in this build, ' +
    'so only the turns without prefetch were measured.', '');
}

// Start-up.
const longTasks = maybe('longtasks.json');
if (longTasks) {
  out.push('## Start-up at 4x CPU slowdown', '');
  out.push(table(['page', 'first paint', 'app ready', 'blocking after first paint', 'long tasks (start: duration)'],
    longTasks.map((r) => [r.name, ms(r.fcp), ms(r.ready), ms(r.blocking),
      r.tasks.map((t) => `${t.start}: ${t.duration}`).join(', ') || 'none'])), '');
  out.push('Headless Chromium with `Emulation.setCPUThrottlingRate` 4 (Lighthouse\'s mobile factor), a ' +
    'fresh browser per page; every main-thread task over 50 ms from navigation to two seconds after ' +
    'the app is ready, in ms since navigation. Blocking: each task\'s part beyond 50 ms after the first ' +
    'contentful paint, as TBT counts it.', '');
}
const firstOpen = maybe('firstopen.json');
if (firstOpen) {
  out.push('## First opening of a screen in a chunk', '');
  out.push(table(['screen', 'click to shown'], firstOpen.map((r) => [`\`${r.path}\``, ms(r.ms)])), '');
  out.push('From `/about`, an in-app link is clicked; the time runs until the new `<h1>` and the ' +
    'screen\'s content are shown, its chunk and data fetched from the local server.', '');
}
const keyRuns = ['en', 'ru'].map((lang) => maybe(`keys-${lang}.json`)).filter(Boolean);
if (keyRuns.length) {
  out.push('## Search as you type', '');
  out.push(table(['language', 'keystrokes', 'median', '90th percentile', 'worst'],
    keyRuns.map((r) => [r.lang, r.times.length, ms(r.median), ms(r.p90), ms(r.worst)])), '');
  out.push('On `/search`, each prefix (from two letters) of a few words is typed into the search box ' +
    'once to load its index parts, then again: the time runs from the input event to the results ' +
    'for that prefix painted. Target: 16 ms.', '');
}

// Scale.
const assets = read('assets.json');
const fonts = find('app chapter', 'mobile')?.byType?.Font ?? 0;
const scales = fs.readdirSync(work).filter((f) => /^scale-.*\.json$/.test(f)).map((f) => read(f))
  .sort((a, b) => a.pages - b.pages);
const real = scales.find((s) => s.name === 'real');
out.push('## Scale', '');
// A chapter page loads its chapter's manifest and its page, never the whole section's.
const firstView = (s) => assets.wasmJsCssBr + fonts + s.chapterJsonBr + s.pageJsonBr;
const grow = (s, v) => (s === real ? '' : ` (${ratio(v(s), v(real))})`);
const scaleRows = scales.map((s) => {
  const search = read(`search-${s.name}.json`);
  s.searchMedian = search.median;
  return [
    s.name === 'real' ? 'real content' : `synthetic ${s.name}`,
    String(s.pages),
    `${s.buildSeconds.toFixed(1)} s${grow(s, (x) => x.buildSeconds)}`,
    `${kb(s.siteJson)} / ${kb(s.siteJsonBr)}${grow(s, (x) => x.siteJsonBr)}`,
    `${kb(s.sections)} / ${kb(s.sectionsBr)}${grow(s, (x) => x.sectionsBr)}, largest ${kb(s.largestSection)}`,
    `${kb(s.searchIndex)} / ${kb(s.searchIndexBr)}${grow(s, (x) => x.searchIndexBr)}`,
    `${kb(firstView(s))}${grow(s, firstView)}`,
    `${ms(search.median)} / ${ms(search.worst)}${grow(s, (x) => x.searchMedian)}`,
  ];
});
out.push(table(['corpus', 'pages (en)', 'build time', 'site.json raw / br', 'section manifests raw / br',
  'search index (en) raw / br', 'first view, br', 'search median / worst'], scaleRows), '');
out.push('Pages: what the compiler counts in English (chapter pages, lecture sheets and topic pages); ' +
  'a synthetic corpus is the real content plus 8-page synthetic chapters spread over the three ' +
  'sections (`bench/gen-corpus.mjs`), with words drawn from the real chapters. Build time: ' +
  '`cargo run --release -p allrussias-compiler -- build` (both languages). In brackets: growth ' +
  'against the real content. First view of a chapter page, brotli: the first chunk, its JS and the split loader, CSS ' +
  `(${kb(assets.wasmJsCssBr)}), the fonts Lighthouse saw load (${kb(fonts)}), the chapter's ` +
  'manifest and the page JSON (the HTML entry is not counted). Search: in Chromium, the ' +
  `search page asks for a word (${scales.length ? read(`search-${scales[0].name}.json`).results.map((r) => r.word).join(', ') : ''}) ` +
  'and the time runs until the results are shown: the document list, the shards the query needs and ' +
  'the pages for the snippets fetched, then searched; a fresh page for each word.', '');
process.stdout.write(`${out.join('\n')}\n`);
