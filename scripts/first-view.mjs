// What a visit loads, read from a built page (index.html, ru/index.html, or
// any page the site renderer wrote: their files are addressed from their folder).
// - The first view: the page itself (its stylesheet is inside it) and every
//   local file it links (the icon). Data and geometry have no files of their own: the prerendered view,
//   every path of the map included, is inside the page.
// - The app, loaded on first use (scripts/app-loader.js): the JS glue and the
//   wasm named in the loader, with the data inside the wasm; the app reads the
//   map's paths from the page (src/ui/geometry.rs).
// Shared by the size report (scripts/size-report.mjs), the benchmark and the
// size-budget test (tests/e2e/size-budget.spec.mjs).
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A reference in `page` as a path from the site's root. */
const fromRoot = (page, ref) => posix.normalize(posix.join(posix.dirname(page), ref));

/** The files the page `dir`/`page` loads before it is used, the page first. */
export function firstViewFiles(dir, page = 'index.html') {
  const html = readFileSync(join(dir, page), 'utf8');
  const refs = [...html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="?([^"\s>]+)"?[^>]*>/g)]
    .map(([, ref]) => ref)
    .filter((ref) => !/^[a-z]+:/i.test(ref))
    .map((ref) => fromRoot(page, ref));
  return [page, ...new Set(refs)];
}

/** The files the page's loader fetches on first use: the JS glue, then the wasm. */
export function appFiles(dir, page = 'index.html') {
  const html = readFileSync(join(dir, page), 'utf8');
  const loader = html.match(/<script id="?app-loader"?[^>]*>/)?.[0] ?? '';
  const [js, wasm] = ['js', 'wasm'].map((name) => loader.match(new RegExp(`\\bdata-${name}="?([^"\\s>]+)`))?.[1]);
  if (!js || !wasm) throw new Error(`first-view: no app loader naming its files in ${join(dir, page)}`);
  return [fromRoot(page, js), fromRoot(page, wasm)];
}

/** Raw, gzip -9 and brotli -11 sizes of each file. */
export function sizes(dir, files) {
  return files.map((name) => {
    const body = readFileSync(join(dir, name));
    return {
      name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}
