// Writes the service worker (sw.js) that keeps the map usable offline.
// Trunk runs it after every build (a post_build hook in Trunk.toml, for both
// `trunk build` and `trunk serve`), in the staging directory it then moves to
// dist/. By hand: node scripts/write-sw.mjs [dir]   (default: $TRUNK_STAGING_DIR or dist)
//
// sw.js is the release's constants (below), then the worker's code,
// scripts/service-worker.js, minified: what it keeps, when, and how it never
// mixes two releases is explained there. The constants: the files it may keep
// (the app's files, named after their content, and the map's page in each
// language), their sha384, the names of the JS glue and wasm that the
// release's pages name, and a version, a short sha256 of every one of those
// files' name and content and of the worker's code. Any change to them
// changes sw.js, so the browser installs the new worker, which fills a new
// cache and deletes the old one.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const SW = 'sw.js';

/** Every file under `root` (recursively), as sorted '/'-separated relative paths. */
async function listFiles(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    // Precompressed copies are for the web server, not for the cache; nor is
    // the baked map, whose paths every cached page already holds (src/ui/geometry.rs).
    .filter((name) => name !== SW && !/\.(gz|br|tsv)$/.test(name) && !name.split('/').some((part) => part.startsWith('.')))
    .sort();
}

// The files the worker knows by their hash: the app's and the map page in
// each language. The other pages (a page per country, case, issue and embed)
// are kept as they are visited, if they name this release's app; the share
// images never (a visitor would download them all).
const all = await listFiles(dir);
if (!all.includes('index.html')) throw new Error(`write-sw: no index.html in ${dir}`);
// The map page in each language, as the rendered map page names them
// (hreflang): the list of languages is the site renderer's, not a copy.
const root = await readFile(join(dir, 'index.html'), 'utf8');
const PRECACHED_PAGES = new Set(['index.html']);
for (const [, href] of root.matchAll(/<link rel="alternate" hreflang="[^"]+" href="[^"]*?\/([a-z-]+\/)?"/g)) {
  if (href) PRECACHED_PAGES.add(`${href}index.html`);
}
const files = all.filter((name) => !name.startsWith('share/') && !['sitemap.xml', 'robots.txt'].includes(name)
  && (!name.endsWith('.html') || PRECACHED_PAGES.has(name)));

// The view of each page that works offline (the renderer's data-view on the
// app's root, where <html> names the worker): the address the app writes for
// a view is its page's (country/kg/), which the visitor may reload offline
// without ever having fetched that page; the worker then opens the nearest
// kept page with the view's query instead.
const VIEWS = {};
for (const name of all.filter((n) => n.endsWith('index.html'))) {
  const html = await readFile(join(dir, name), 'utf8');
  const view = /<html[^>]* data-sw="/.test(html) && html.match(/<div id="app"[^>]* data-view="([^"]*)"/)?.[1];
  if (view) VIEWS[name.slice(0, -10)] = view.replaceAll('&amp;', '&');
}

const hash = createHash('sha256');
const integrity = [];
for (const name of files) {
  const body = await readFile(join(dir, name));
  // Length-prefixed, so that no two different builds hash the same bytes.
  hash.update(`${name}\0${body.length}\0`).update(body);
  integrity.push(`sha384-${createHash('sha384').update(body).digest('base64')}`);
}

// A page is kept under its folder's address ('./', './ru/').
const urls = files.map((name) => `./${encodeURI(name.endsWith('index.html') ? name.slice(0, -10) : name)}`);
// The app's files as the pages' loader names them (data-js, data-wasm).
const app = files.filter((name) => /\.(js|wasm)$/.test(name));
if (app.length !== 2) throw new Error(`write-sw: expected the JS glue and the wasm in ${dir}, found ${app.join(', ')}`);

const source = await readFile(new URL('./service-worker.js', import.meta.url), 'utf8');
// Top-level names too: the constants above are the only names it shares.
const { code } = await minify(source, { toplevel: true, compress: { passes: 2 }, mangle: true });
// The worker's own code is in the version too: a new worker gets a cache of its own.
const version = hash.update(`sw.js\0${Buffer.byteLength(code)}\0`).update(code).digest('hex').slice(0, 12);
const sw = `// Service worker for offline use: written by scripts/write-sw.mjs from
// scripts/service-worker.js (read the reasons there); do not edit.
const VERSION = '${version}';
// The files it may keep, from sw.js; "./" is the map page.
const FILES = ${JSON.stringify(urls)};
// Their sha384, in the same order: a copy that differs is never kept.
const INTEGRITY = ${JSON.stringify(integrity)};
// The app every page of this release names: a page that names another is not kept.
const APP = ${JSON.stringify(app)};
// Each page's view as a query, by its folder from sw.js: opened offline where the page is not kept.
const VIEWS = ${JSON.stringify(VIEWS)};
${code}
`;

await writeFile(join(dir, SW), sw);
console.log(`write-sw: ${join(dir, SW)}, version ${version}, ${urls.length} URLs, ${Object.keys(VIEWS).length} views, ${sw.length} bytes`);
