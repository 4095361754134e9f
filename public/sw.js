// The service worker: after one visit, the app loads and works with no network.
//
// This is a template. The build (scripts/lib/precache.mjs, a Trunk post_build hook) writes
// dist/sw.js from it, with FILES set to every file of *this* build and VERSION to a hash of
// their names and contents, and leaves no copy of this file in dist/public/. A new deploy
// therefore changes sw.js; the browser installs the new worker, which fetches the new files
// into a new cache and, once it takes over, deletes the old cache: never a mix of two builds.
//
// It only ever answers GET requests for the app's own files, from that cache (quick entry's
// module joins it when first fetched: most people never choose quick entry). It sends
// nothing anywhere and stores nothing a person types: answers never reach it.

const FILES = /* PRECACHE_FILES */ [];
// Files of this build kept when first fetched, not at install (quick entry's module).
const LATER = /* CACHE_ON_FIRST_USE */ [];
const VERSION = /* PRECACHE_VERSION */ "unbuilt";

const PREFIX = "ni-record-check-";
const CACHE = PREFIX + VERSION;
// The page itself ("./", dist/index.html); every navigation in scope gets it.
const INDEX = new URL("./", self.location).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Files with a content hash in their name never change, so the copy the page has just
      // loaded (in the HTTP cache) is taken as it is, not downloaded twice. The others are
      // checked with the server ("no-cache"), so a stale HTTP cache cannot mix two builds.
      const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;
      await cache.addAll(
        FILES.map((file) => new Request(new URL(file, self.location), { cache: hashed.test(file) ? "force-cache" : "no-cache" })),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const navigation = request.mode === "navigate" && (url.href.split(/[?#]/)[0] === INDEX || url.pathname.endsWith("/index.html"));
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = navigation ? await cache.match(INDEX) : await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      const response = await fetch(request);
      const later = LATER.some((file) => new URL(file, self.location).href === url.href.split(/[?#]/)[0]);
      if (later && response.ok) await cache.put(request, response.clone());
      return response;
    })(),
  );
});
