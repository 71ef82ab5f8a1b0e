// All Russias offline: keeps the app and the pages a reader has opened, so they open
// again without a connection. `allrussias-compiler publish` fills in VERSION and SHELL
// (paths relative to this file, so the site works under any base path).
"use strict";

const VERSION = "development";
const SHELL = ["index.html"];
const SHELL_CACHE = "allrussias-shell-" + VERSION;
// The site's base path ("/" or "/sub/"): the worker's own folder, which is its scope.
const ROOT = new URL("./", self.location).pathname;
// Pages read and sections saved outlive deploys; they are refreshed whenever read online.
const DATA_CACHE = "allrussias-data-1";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith("allrussias-shell-") && key !== SHELL_CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(page(request));
  } else if (url.pathname.startsWith(ROOT + "data/") || url.pathname.startsWith(ROOT + "site/")) {
    event.respondWith(data(request));
  } else {
    event.respondWith(asset(request));
  }
});

// Routes: the network first, so a reader online always gets the newest entry; offline,
// the app shell, which then shows whatever the route needs from the caches.
async function page(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match(ROOT + "index.html", { cacheName: SHELL_CACHE });
    if (shell) return shell;
    throw error;
  }
}

// Content JSON: the network first, keeping every answer for offline reading. Offline
// and never read, the app is told so with a 503 it can explain to the reader.
async function data(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(DATA_CACHE);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const kept = await caches.match(request);
    if (kept) return kept;
    return new Response("not saved for offline reading", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Offline": "not-saved" },
    });
  }
}

// Hashed files never change under one name: the cache first. Pictures are kept as they
// are seen, with the pages that show them, and so are the app's chunks, as they are used.
async function asset(request) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  const path = new URL(request.url).pathname;
  if (response.ok && (path.startsWith(ROOT + "media/") || path.startsWith(ROOT + "app/"))) {
    const cache = await caches.open(DATA_CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}
