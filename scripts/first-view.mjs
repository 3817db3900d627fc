// What the first view loads, read from the built index.html: the page itself
// and every local file it links (stylesheet, script, wasm, icon). Data and
// geometry have no files of their own that a visit loads: the data is inside
// the wasm, the prerendered view (every path of the map included) is inside
// the page, and the app reads the paths from there (src/ui/geometry.rs). Shared by the benchmark's size report
// (scripts/size-report.mjs) and the size-budget test (tests/e2e/size-budget.spec.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The files the page at `dir`/index.html loads, index.html first. */
export function firstViewFiles(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="?([^"\s>]+)"?[^>]*>/g)]
    .map(([, ref]) => ref.replace(/^\.?\//, ''))
    .filter((ref) => !/^[a-z]+:/i.test(ref));
  // The start-up script fetches the wasm by name (not a link).
  const wasm = html.match(/fetch\('\.?\/?([^']+_bg\.wasm)'/)?.[1];
  return ['index.html', ...new Set([...refs, ...(wasm ? [wasm] : [])])];
}

/** Raw, gzip -9 and brotli -11 sizes of each file. */
export function sizes(dir, files = firstViewFiles(dir)) {
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
