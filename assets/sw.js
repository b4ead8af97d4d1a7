// The page's service worker: after one visit, the page and every bundle (the lazy explainers
// and the lab's worker included) load and work with the network off.
//
// scripts/service-worker.mjs writes it into dist/ at build time, filling in BUILD (a hash of
// every file it lists) and FILES (every file of the build, relative to this script). A new
// deploy changes BUILD, so the browser installs the new worker, which caches the new files
// and deletes the old cache. Online, every request goes to the network first (the page is never
// stale); offline, the cache answers. Its scope is its own directory: any sub-path works.
const BUILD = '__BUILD__';
const FILES = __FILES__;
const CACHE = `explainers-${BUILD}`;
const PREFIX = 'explainers-';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const scope = self.registration.scope;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  // The page under any query is the one page: it is cached once, as the scope itself.
  const key = request.mode === 'navigate' ? scope : request;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(key, copy));
        }
        return response;
      })
      .catch(() => caches.open(CACHE)
        .then((cache) => cache.match(key, { ignoreSearch: true }))
        .then((cached) => cached || Response.error())),
  );
});
