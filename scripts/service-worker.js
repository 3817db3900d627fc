// The service worker that keeps the map usable offline. scripts/write-sw.mjs
// writes it into the build as sw.js, minified, after the release's constants:
//   VERSION    a hash of the release's files (the cache is named after it);
//   FILES      the files of the release it may keep, as addresses from sw.js:
//              the app's (JS glue, wasm, icon: named after their content), the
//              map's page in each language ('./', './ru/', …) and each
//              language's pack ('./lang/ru.pack', kept by its sha384);
//   INTEGRITY  their sha384, in the same order: a copy that differs is never kept;
//   APP        the names of the release's JS glue and wasm, which every page
//              of the release names (its loader's data-js and data-wasm);
//   VIEWS      each page's view as a query link ('country/kg/': '?country=KG'),
//              as the site renderer wrote it on the page (data-view).
//
// It downloads nothing of its own on a first visit. The visitor's page is
// registered from the page's loader (scripts/app-loader.js) once it has
// loaded, and the install keeps it, and the icon, from the browser's HTTP
// cache, where the visit has just put them. The app's files (about 250 KB)
// are kept when the page fetches them, on first use; or when the page asks
// for them (a message): once the app has run, or in the background on a
// connection the page judges unmetered.
//
// A release is never mixed with another. Content-hashed files are kept only
// with their hash; a page only if it names this release's app (or, for the
// two map pages, has their hash): a page of a newer release, even one half
// uploaded, is shown from the network but not kept. A new release's worker
// fills a new cache and, once it is installed, deletes the old one. What the
// visitor had offline from the old release, it must have from the new one:
// the install takes each file from the old cache or the HTTP cache when it
// is the same, else downloads it, and fails if it cannot (a release still
// being uploaded): the old worker and its whole cache then stay, and the
// browser tries again on a later visit. Other pages of the old release stay
// only if they name the same app.
//
// Pages come from the network first, so that a correction, or the withdrawal
// of a page that endangers someone, reaches a returning visitor on their next
// visit; the kept copy only when the network fails or stalls. A withdrawn
// page (404 or 410) is dropped. deploy/sw-kill-switch.js, published as sw.js,
// empties every visitor's cache (README: taking it down).
/* global VERSION, FILES, INTEGRITY, APP, VIEWS */
const PREFIX = 'central-asia-rights-map-';
const CACHE = PREFIX + VERSION;
// How long a page may take from the network before a kept copy is shown.
const NETWORK_WAIT = 4000;
const URLS = FILES.map((file) => new URL(file, self.location).href);

// A page is kept under its folder's address, whatever its query.
function pageKey(address) {
  const url = new URL(address);
  const path = url.pathname.endsWith('/index.html') ? url.pathname.slice(0, -10) : url.pathname;
  return url.origin === self.location.origin && path.endsWith('/') ? url.origin + path : null;
}

// What a file stands for, whatever its release: its address without the hash
// (Trunk names the app's files name-<up to 16 hex digits: Trunk drops leading zeros>.ext).
const slot = (url) => new URL(url).pathname.replace(/-[0-9a-f]{8,16}(?=[._])/, '');

async function sri(response) {
  const digest = await crypto.subtle.digest('SHA-384', await response.clone().arrayBuffer());
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

// Whether `response` may be kept under `url` in this release's cache.
async function fits(url, response) {
  if (!response || !response.ok) return false;
  const i = URLS.indexOf(url);
  if (i >= 0) return (await sri(response)) === INTEGRITY[i];
  if (!pageKey(url) || !(response.headers.get('content-type') || '').startsWith('text/html')) return false;
  const text = await response.clone().text();
  return APP.every((name) => text.includes(name));
}

// A copy that costs no download: the browser's HTTP cache, however old (a
// copy of another release fails `fits`).
function httpCached(url) {
  return fetch(url, { cache: 'only-if-cached', mode: 'same-origin' }).catch(() => null);
}

async function oldCaches() {
  const names = (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE);
  return Promise.all(names.map((name) => caches.open(name)));
}

async function fromOld(url, olds) {
  for (const old of olds) {
    const hit = await old.match(url);
    if (hit) return hit;
  }
  return null;
}

// A language's pack goes with that language's map page: a reader who had
// `/kk/` offline has `lang/kk.pack` from the new release too.
function packOfHeldPage(url, held) {
  const m = new URL(url).pathname.match(/^(.*\/)lang\/([a-z-]+)\.pack$/);
  return !!m && held.has(`${m[1]}${m[2]}/`);
}

async function install() {
  const cache = await caches.open(CACHE);
  const olds = await oldCaches();
  const held = new Set();
  for (const old of olds) for (const request of await old.keys()) held.add(slot(request.url));
  // The pages open now (the one that registered this worker), as the HTTP
  // cache has them under their full address (query included).
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const { url } of windows) {
    const key = pageKey(url);
    const response = key && (await httpCached(url.split('#')[0]));
    if (key && (await fits(key, response))) await cache.put(key, response);
  }
  await Promise.all(URLS.map(async (url) => {
    if (await cache.match(url)) return;
    let response = await fromOld(url, olds);
    if (!(await fits(url, response))) response = await httpCached(url);
    if (!(await fits(url, response))) {
      if (!held.has(slot(url)) && !packOfHeldPage(url, held)) return; // joins the cache when fetched
      response = await fetch(url, { cache: 'no-cache' });
      if (!(await fits(url, response))) throw new Error(`${url}: not this release's (HTTP ${response.status})`);
    }
    await cache.put(url, response);
  }));
  // The old release's other pages, where they name this release's app.
  for (const old of olds) {
    for (const request of await old.keys()) {
      const response = await old.match(request);
      if (!(await cache.match(request)) && (await fits(request.url, response))) await cache.put(request, response);
    }
  }
}

// A failed install leaves no cache behind: the old release's is the one in use.
self.addEventListener('install', (event) => {
  event.waitUntil(install().then(() => self.skipWaiting(), async (error) => {
    await caches.delete(CACHE);
    throw error;
  }));
});

// Activate: delete every other cache of ours (older releases), control open pages.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Keeps `response` for `url` if it is this release's.
async function keep(url, response) {
  if (await fits(url, response)) await (await caches.open(CACHE)).put(url, response);
}

// { keep: [addresses] } from a page: the app's files it names, if they are
// this release's and not kept yet, from the HTTP cache if there (the app has
// run), else from the network (a connection the page judges unmetered). A
// page of another release asks for nothing this worker keeps.
self.addEventListener('message', (event) => {
  const wanted = URLS.filter((url) => (event.data?.keep ?? []).includes(url));
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(wanted.map(async (url) => {
    if (!(await cache.match(url))) await keep(url, await fetch(url, { cache: 'force-cache' }).catch(() => null));
  }))));
});

// Fetch: only same-origin GETs; everything else goes to the network untouched.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // A page from the network, kept if it is this release's, dropped if withdrawn.
    const key = pageKey(request.url) ?? url.origin + url.pathname;
    const network = fetch(request);
    // A withdrawn page is also marked, so that no other page opens its view offline (above).
    event.waitUntil(network.then((response) => (response.status === 404 || response.status === 410
      ? caches.open(CACHE).then((cache) => Promise.all([cache.delete(key), cache.put(`${key}?withdrawn`, new Response(''))]))
      : keep(key, response.clone())), () => undefined));
    event.respondWith(page(key, url.search, network));
    return;
  }
  // The app's files are named after their content: kept ones never change.
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request)).then((hit) => hit || fetch(request).then((response) => {
    if (URLS.includes(request.url)) event.waitUntil(keep(request.url, response.clone()));
    return response;
  })));
});

// The page from the network; the kept copy only if the network fails,
// answers with a server error, or gives nothing for NETWORK_WAIT ms.
async function page(key, search, network) {
  const stalled = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT, null));
  // A server error counts as a failure, like no answer at all.
  const answer = await Promise.race([network.then((r) => (r.status >= 500 ? null : r), () => null), stalled]);
  if (answer) return answer;
  return (await caches.match(key, { cacheName: CACHE })) ?? (await above(key, search)) ?? network.catch(() => Response.error());
}

// A page never kept: the app writes the address of the view's own page as
// the view changes (country/kg/), which the visitor may reload offline. A
// kept page of the same language opens instead (the one nearest to it: the
// page it came from, the map), asked for the view: the address's query first,
// then the page's own view (for a map page, the map). Only a page of the site
// that works offline (one in VIEWS) is replaced so; and only by one in its
// language, which the page's first script does not send elsewhere again.
async function above(key, search) {
  const scope = new URL('./', self.location).href;
  const view = VIEWS[key.slice(scope.length)];
  if (view === undefined || (await caches.match(`${key}?withdrawn`, { cacheName: CACHE }))) return null;
  const params = new URLSearchParams(view);
  // A map page's view is its language alone.
  if ([...params.keys()].every((k) => k === 'lang')) params.set('view', 'map');
  const query = [search.slice(1), params.toString()].filter(Boolean).join('&');
  const langOf = (url) => new URLSearchParams(VIEWS[url.slice(scope.length)] ?? '').get('lang');
  const shared = (url) => { let i = 0; while (i < url.length && url[i] === key[i]) i++; return i; };
  const kept = (await (await caches.open(CACHE)).keys()).map((r) => r.url)
    .filter((url) => pageKey(url) === url && langOf(url) === params.get('lang'))
    .sort((a, b) => shared(b) - shared(a));
  return kept.length ? Response.redirect(`${kept[0]}?${query}`, 302) : null;
}
