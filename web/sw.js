// Heard's service worker: keeps the app shell and the built-in assets (fonts, audio) in a cache
// named after the build, so the app starts and runs with no network. Everything else (the sync
// API) goes to the network untouched. scripts/build-web fills in BUILD and FILES.
const BUILD = '__HEARD_BUILD__';
const FILES = __HEARD_FILES__;
const CACHE = `heard-${BUILD}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
  // No skipWaiting here: a new build waits until the page says the app is idle.
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('heard-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// Opened once per service worker start: a start fetches a dozen files at once.
let opened = null;
const openCache = () => (opened ??= caches.open(CACHE));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  event.respondWith((async () => {
    const cache = await openCache();
    const key = request.mode === 'navigate' ? new URL('index.html', scope).href : request;
    // An exact match first: `ignoreSearch` makes the cache compare against every entry (the
    // built-in audio is over a thousand), which cost a start about a second on a busy tablet.
    const hit = (await cache.match(key))
      || (url.search ? await cache.match(key, { ignoreSearch: true }) : undefined);
    return hit || fetch(request);
  })());
});
