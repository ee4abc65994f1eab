// gridloop's service worker: keeps the app shell on the device so the officer's report screen
// opens with no network. Reports themselves never pass through here: the app keeps them in
// IndexedDB (its outbox) and sends them itself. API requests (/graphql, /tiles, /photos…) are not
// intercepted at all.
//
// - navigations to the app (/): network first, so a deploy shows up at once; the cached shell
//   when offline;
// - /assets/*: cache first; Vite fingerprints these names, so a cached copy is never stale;
// - on install, and after each online navigation, everything the build lists in
//   precache-manifest.json (every chunk, lazy ones included) is fetched into the cache, and files
//   of older builds are dropped.

const CACHE = 'gridloop-shell-v1';
const scope = new URL(self.registration.scope);
const SHELL_URL = scope.href;
const MANIFEST_URL = new URL('precache-manifest.json', scope).href;
const PUBLIC_FILES = ['manifest.webmanifest', 'favicon.svg', 'app-icon.svg'].map((path) => new URL(path, scope).href);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.add(new Request(SHELL_URL, { cache: 'no-cache' }));
      await syncBuildFiles(cache);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith('gridloop-shell-') && name !== CACHE).map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  if (request.mode === 'navigate' && isAppPath(url.pathname)) {
    event.respondWith(networkFirstShell(event));
  } else if (url.pathname.startsWith(`${scope.pathname}assets/`)) {
    event.respondWith(cacheFirst(request));
  } else if (PUBLIC_FILES.includes(url.href)) {
    event.respondWith(networkFirst(request));
  }
});

/** The app routes by hash, so the app is `/` (or /index.html); other pages (a photo) pass through. */
function isAppPath(pathname) {
  return pathname === scope.pathname || pathname === `${scope.pathname}index.html`;
}

async function networkFirstShell(event) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    if (response.ok) {
      await cache.put(SHELL_URL, response.clone());
      event.waitUntil(syncBuildFiles(cache).catch(() => undefined));
    }
    return response;
  } catch (error) {
    const cached = await cache.match(SHELL_URL);
    if (cached) return cached;
    throw error;
  }
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Caches what the current build lists and is not cached yet; forgets assets it no longer lists. */
async function syncBuildFiles(cache) {
  const response = await fetch(MANIFEST_URL, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${MANIFEST_URL}: HTTP ${response.status}`);
  const { files } = await response.json();
  const wanted = new Set([...files.map((file) => new URL(file, scope).href), ...PUBLIC_FILES]);
  const cachedUrls = new Set((await cache.keys()).map((request) => request.url));
  const missing = [...wanted].filter((url) => !cachedUrls.has(url));
  await cache.addAll(missing);
  const stale = [...cachedUrls].filter((url) => url.startsWith(new URL('assets/', scope).href) && !wanted.has(url));
  await Promise.all(stale.map((url) => cache.delete(url)));
}
