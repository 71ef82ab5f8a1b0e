// The browser measurements of scripts/bench.sh, in Debian's Chromium (CHROME_PATH).
// Each command writes JSON to OUT_JSON.
//
//   node bench/measure.mjs lighthouse OUT_JSON NAME=URL ...
//       Lighthouse 12 (mobile and desktop presets): category scores, FCP, LCP, TBT, CLS and
//       the bytes transferred, in total and per resource type.
//   node bench/measure.mjs snapshot BASE OUT_DIR ROUTE ...
//       Renders each app route, waits for its content and writes OUT_DIR/ROUTE/index.html:
//       the document with every script (and the preloads of script and wasm) removed.
//   node bench/measure.mjs turns OUT_JSON BASE START_PATH TURNS KIND [RTT_MS] [SETTINGS_JSON]
//       Clicks NEXT (a[rel~=next]) TURNS times. KIND app: from the click to the new <h1>
//       text and a requestAnimationFrame after it; KIND mdbook: a full page load, from
//       navigation start to load and a requestAnimationFrame. RTT_MS adds network latency;
//       SETTINGS_JSON is merged into the app's allrussias.settings before it starts.
//   node bench/measure.mjs longtasks OUT_JSON NAME=URL ...
//       Opens each URL in a fresh browser with the CPU slowed 4x (Lighthouse's mobile
//       factor) and lists the main thread's long tasks (over 50 ms) from navigation to two
//       seconds after the app is ready, with the first contentful paint, the moment the
//       app was ready and the blocking time after the first paint (each task's part
//       beyond 50 ms, as TBT counts it).
//   node bench/measure.mjs firstopen OUT_JSON BASE FROM_PATH PATH ...
//       For each PATH, opens FROM_PATH in a fresh browser, waits for the app, then follows
//       an in-app link to PATH and times from the click until its <h1> and content are
//       shown: the first opening of a screen, its chunk included.
//   node bench/measure.mjs search OUT_JSON BASE LANG WORD ...
//       For each word, opens the search page, then asks for the word in the app (no reload)
//       and times until the results (or "no results") are shown.
//   node bench/measure.mjs keys OUT_JSON BASE LANG WORD ...
//       For each word, opens its results, types its prefixes (from two letters) into the
//       search box once to load their index parts, then again timing each keystroke: from
//       the input event to the results for that prefix painted.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const writeJson = (file, value) => fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

const launch = () => puppeteer.launch({ executablePath: CHROME, headless: true, args: FLAGS });

// Resolves once the app has replaced the route's static entry with its own page.
const appReady = (page) =>
  page.waitForFunction(
    () => !document.querySelector('#static') && document.querySelector('main h1')?.textContent,
    { timeout: 30000 },
  );

async function lighthouseRuns(out, targets) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const results = [];
  for (const target of targets) {
    const [name, url] = target.split(/=(.*)/s);
    for (const preset of ['mobile', 'desktop']) {
      // A fresh browser and profile per run: an empty cache, as on a first view.
      const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
      try {
        const flags = {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        };
        const { lhr } = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
        if (lhr.runtimeError) throw new Error(`${name} ${preset}: ${lhr.runtimeError.message}`);
        const audit = (id) => lhr.audits[id]?.numericValue ?? null;
        const byType = {};
        for (const r of lhr.audits['network-requests']?.details?.items ?? []) {
          byType[r.resourceType] = (byType[r.resourceType] ?? 0) + (r.transferSize ?? 0);
        }
        const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
        results.push({
          name, url, preset,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          bytes: audit('total-byte-weight'),
          byType,
        });
        console.error(`lighthouse ${name} ${preset}: performance ${score('performance')}`);
      } finally {
        await chrome.kill();
      }
    }
  }
  writeJson(out, results);
}

async function snapshot(base, outDir, routes) {
  const browser = await launch();
  try {
    for (const route of routes) {
      const page = await browser.newPage();
      await page.goto(base + route, { waitUntil: 'networkidle0' });
      await appReady(page);
      const html = await page.evaluate(() => {
        const drop = 'script, link[rel=modulepreload], link[as=fetch], link[as=script],' +
          ' meta[http-equiv=Content-Security-Policy]';
        document.querySelectorAll(drop).forEach((e) => e.remove());
        return `<!doctype html>\n${document.documentElement.outerHTML}`;
      });
      const file = path.join(outDir, route, 'index.html');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, html);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

// In the page: click NEXT and resolve with the milliseconds until the new <h1> is painted.
function appTurn() {
  return new Promise((resolve, reject) => {
    const next = document.querySelector('a[rel~=next]');
    if (!next) return reject(new Error(`no NEXT link on ${location.pathname}`));
    const heading = () => document.querySelector('main h1')?.textContent;
    const before = heading();
    const timer = setTimeout(() => reject(new Error(`no new page after ${location.pathname}`)), 15000);
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (!heading() || heading() === before) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve(performance.now() - started));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    next.click();
  });
}

async function turns(out, base, start, count, kind, rtt, settings) {
  const browser = await launch();
  const times = [];
  try {
    const page = await browser.newPage();
    // The emulated round trip applies to the page's own requests; the app's service worker
    // would fetch outside it, so it is bypassed here (its cache is for offline reading).
    await page.setBypassServiceWorker(true);
    if (settings) {
      await page.evaluateOnNewDocument((extra) => {
        const key = 'allrussias.settings';
        const current = JSON.parse(localStorage.getItem(key) || '{"version":1}');
        localStorage.setItem(key, JSON.stringify({ ...current, ...JSON.parse(extra) }));
      }, settings);
    }
    if (rtt > 0) {
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: rtt, downloadThroughput: -1, uploadThroughput: -1,
      });
    }
    await page.goto(base + start, { waitUntil: 'networkidle0' });
    if (kind === 'app') await appReady(page);
    for (let i = 0; i < count; i++) {
      // Idle time between turns, as a reader reads: the app may prefetch the next page now.
      await sleep(1000);
      if (kind === 'app') {
        times.push(await page.evaluate(appTurn));
      } else {
        await Promise.all([
          page.waitForNavigation({ waitUntil: 'load' }),
          page.evaluate(() => document.querySelector('a[rel~=next]').click()),
        ]);
        times.push(await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now())))));
      }
    }
  } finally {
    await browser.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted.length % 2
    ? sorted[(sorted.length - 1) / 2]
    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  writeJson(out, { kind, rtt, settings: settings || null, count, median, worst: sorted.at(-1), times });
  console.error(`turns ${kind} rtt ${rtt}: median ${median.toFixed(1)} ms, worst ${sorted.at(-1).toFixed(1)} ms`);
}

async function search(out, base, lang, words) {
  const browser = await launch();
  const prefix = lang === 'en' ? '' : `/${lang}`;
  const results = [];
  try {
    for (const word of words) {
      // A fresh page each time, so no shard is in memory yet (the HTTP cache revalidates).
      const page = await browser.newPage();
      await page.goto(`${base}${prefix}/search`, { waitUntil: 'networkidle0' });
      await page.waitForSelector('.search-prompt', { timeout: 30000 });
      const ms = await page.evaluate((href) => new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no results for ${href}`)), 30000);
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector('.search-count, .search-none')) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - started));
        });
        observer.observe(document.body, { subtree: true, childList: true });
        history.pushState(null, '', href);
        dispatchEvent(new PopStateEvent('popstate', { state: null }));
      }), `${prefix}/search?q=${encodeURIComponent(word)}`);
      const found = await page.$eval('.search-count, .search-none', (e) => e.textContent.trim());
      results.push({ word, ms, found });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  writeJson(out, { lang, median: sorted[Math.floor(sorted.length / 2)], worst: sorted.at(-1), results });
  console.error(`search: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms`);
}

async function keys(out, base, lang, words) {
  const browser = await launch();
  const prefix = lang === 'en' ? '' : `/${lang}`;
  const times = [];
  try {
    for (const word of words) {
      const page = await browser.newPage();
      await page.goto(`${base}${prefix}/search?q=${encodeURIComponent(word)}`, { waitUntil: 'networkidle0' });
      await page.waitForSelector('.search-count, .search-none', { timeout: 30000 });
      // The first pass loads every prefix's shards and snippet pages; the second is timed.
      for (const timed of [false, true]) {
        for (let n = 2; n <= word.length; n += 1) {
          const typed = word.slice(0, n);
          const ms = await page.evaluate((q) => new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no results for ${q}`)), 30000);
            const input = document.querySelector('#search-input');
            const answered = () => [...document.querySelectorAll('[data-query]')]
              .some((e) => e.dataset.query === q);
            const started = performance.now();
            const observer = new MutationObserver(() => {
              if (!answered()) return;
              observer.disconnect();
              clearTimeout(timer);
              requestAnimationFrame(() => resolve(performance.now() - started));
            });
            observer.observe(document.body, { subtree: true, childList: true, attributes: true });
            input.value = q;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }), typed);
          if (timed) times.push({ word, typed, ms });
        }
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const p90 = sorted[Math.floor(sorted.length * 0.9)];
  writeJson(out, { lang, median, p90, worst: sorted.at(-1), times });
  console.error(`keys ${lang}: median ${median.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, worst ${sorted.at(-1).toFixed(1)} ms over ${sorted.length} keystrokes`);
}

async function firstOpen(out, base, from, paths) {
  const results = [];
  for (const target of paths) {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(base + from, { waitUntil: 'load' });
      await appReady(page);
      const before = await page.$eval('main h1', (h) => h.textContent);
      const ms = await page.evaluate(async (href, before) => {
        const a = document.createElement('a');
        a.href = href;
        document.body.append(a);
        const start = performance.now();
        a.click();
        // Shown: a new <h1>, and the screen's own content (not a loading notice).
        await new Promise((resolve) => {
          const check = () => {
            const h1 = document.querySelector('main h1')?.textContent;
            if (h1 && h1 !== before && !document.querySelector('main .loading')) resolve();
            else requestAnimationFrame(check);
          };
          check();
        });
        await new Promise(requestAnimationFrame);
        return performance.now() - start;
      }, base + target, before);
      results.push({ path: target, ms: Math.round(ms) });
      console.error(`first opening of ${target}: ${ms.toFixed(0)} ms`);
    } finally {
      await browser.close();
    }
  }
  writeJson(out, results);
}

async function longTasks(out, targets) {
  const results = [];
  for (const target of targets) {
    const [name, url] = target.split(/=(.*)/s);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.evaluateOnNewDocument(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(url, { waitUntil: 'load' });
      await appReady(page);
      const ready = await page.evaluate(() => performance.now());
      await sleep(2000);
      const measured = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        tasks: window.__longTasks,
      }));
      const tasks = measured.tasks.map(([start, duration]) => ({
        start: Math.round(start),
        duration: Math.round(duration),
      }));
      const blocking = tasks
        .filter((t) => t.start + t.duration > measured.fcp)
        .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
      results.push({ name, url, fcp: Math.round(measured.fcp), ready: Math.round(ready), blocking, tasks });
      console.error(`longtasks ${name}: ${tasks.length} tasks, largest ${Math.max(0, ...tasks.map((t) => t.duration))} ms, blocking after FCP ${blocking} ms`);
    } finally {
      await browser.close();
    }
  }
  writeJson(out, results);
}

const [command, ...args] = process.argv.slice(2);
const commands = {
  lighthouse: () => lighthouseRuns(args[0], args.slice(1)),
  snapshot: () => snapshot(args[0], args[1], args.slice(2)),
  turns: () => turns(args[0], args[1], args[2], Number(args[3]), args[4], Number(args[5] || 0), args[6]),
  search: () => search(args[0], args[1], args[2], args.slice(3)),
  keys: () => keys(args[0], args[1], args[2], args.slice(3)),
  longtasks: () => longTasks(args[0], args.slice(1)),
  firstopen: () => firstOpen(args[0], args[1], args[2], args.slice(3)),
};
if (!commands[command]) {
  console.error('usage: node bench/measure.mjs lighthouse|snapshot|turns|search|keys|longtasks|firstopen ... (see the top of the file)');
  process.exit(2);
}
await commands[command]();
