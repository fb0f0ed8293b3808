/// <reference lib="webworker" />
// The service worker: it keeps the files of one build in the browser, so
// that after a first visit the page, its analysis worker and every
// scenario open with the network off (a class is often offline). It only
// ever answers requests for this site's own files: DNS-over-HTTPS goes to
// the chosen resolver untouched, and nothing else leaves the browser.
//
// A new build is a new sw.js (its file list and version change), which the
// browser finds on its next check. It is installed beside the running one
// and waits: the open page keeps its own files, and the new version is used
// from the next visit, or at once when the reader asks for it.

// TypeScript's WebWorker library types `self` as a dedicated worker's scope.
const sw = self as unknown as ServiceWorkerGlobalScope;
// Written into the built file by the build (vite.config.ts, offlineBuild).
declare const __BUILD_FILES__: readonly string[];
declare const __BUILD_VERSION__: string;

const CACHE_PREFIX = 'mail-lab-';
const CACHE = `${CACHE_PREFIX}${__BUILD_VERSION__}`;
/** Left in the new cache when an older version was replaced: the page says so once, then removes it. */
const UPDATED_NOTE = 'offline-updated';

const inScope = (file: string) => new URL(file, sw.registration.scope).href;

sw.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(__BUILD_FILES__.map(inScope))));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const older = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
      await Promise.all(older.map((name) => caches.delete(name)));
      // The note is written before this version takes over the open pages,
      // so a page that reloads for it finds the note; one already open hears it.
      if (older.length > 0) await (await caches.open(CACHE)).put(inScope(UPDATED_NOTE), new Response(__BUILD_VERSION__));
      await sw.clients.claim();
      if (older.length > 0) for (const client of await sw.clients.matchAll()) client.postMessage('updated');
    })(),
  );
});

// The page asks for the waiting version at once ("Use the new version").
sw.addEventListener('message', (event) => {
  if (event.data === 'use-new-version') void sw.skipWaiting();
});

async function fromBuild(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request, { ignoreSearch: true });
  if (kept) return kept;
  // A navigation to the site's address (with any query) is its page.
  if (request.mode === 'navigate') {
    const page = await cache.match(inScope('./'));
    if (page) return page;
  }
  return fetch(request);
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
  event.respondWith(fromBuild(request));
});

export {};
