// Post-build hook, after minify-js: replaces Trunk's start-up script, and its
// preload links for the JS glue and the wasm, with scripts/app-loader.js, so
// the app loads when the visitor starts using the page rather than with it
// (the reasons are in that file). The loader gets the same two files with the
// same Subresource Integrity hashes that Trunk pinned.
//   node scripts/defer-app.mjs [dir]   (default: $TRUNK_STAGING_DIR or dist)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

/** Removes the one tag matching `pattern` and returns its match. */
function take(pattern, what) {
  const found = [...html.matchAll(new RegExp(pattern, 'g'))];
  if (found.length !== 1) throw new Error(`defer-app: expected one ${what} in ${file}, found ${found.length}`);
  html = html.replace(found[0][0], '');
  return found[0];
}
const integrity = 'integrity="?(sha384-[A-Za-z0-9+/=]+)"?';
const glue = take(`<link(?=[^>]*rel="?modulepreload)(?=[^>]*href="?([^"\\s>]+\\.js))(?=[^>]*${integrity})[^>]*>`, 'JS glue preload');
const wasm = take(`<link(?=[^>]*rel="?preload)(?=[^>]*href="?([^"\\s>]+_bg\\.wasm))(?=[^>]*${integrity})[^>]*>`, 'wasm preload');
const trunk = take(`<script type="?module"?>[^<]*import init[^<]*</script>`, "Trunk start-up script");
for (const ref of [glue[1], wasm[1]]) {
  if (!trunk[0].includes(ref)) throw new Error(`defer-app: Trunk's start-up script does not load ${ref}`);
}

const files = { js: glue[1], 'js-integrity': glue[2], wasm: wasm[1], 'wasm-integrity': wasm[2] };
const attributes = Object.entries(files).map(([name, value]) => ` data-${name}="${value}"`).join('');
const source = readFileSync(new URL('./app-loader.js', import.meta.url), 'utf8');
const { code } = await minify(source, { compress: { passes: 2 }, mangle: true });
// In the head, so the listeners are there first, and before the stylesheet:
// a classic script after it would hold the parser until the stylesheet has
// arrived (Trunk's module script, deferred, did not).
const stylesheet = html.search(/<link\b[^>]*\brel="?stylesheet\b/);
if (stylesheet < 0 || stylesheet > html.indexOf('</head>')) throw new Error(`defer-app: no stylesheet link in the head of ${file}`);
html = html.slice(0, stylesheet) + `<script id="app-loader"${attributes}>${code}</script>` + html.slice(stylesheet);
writeFileSync(file, html);
console.log(`defer-app: the app (${files.js}, ${files.wasm}) now loads on first use; loader ${Buffer.byteLength(code)} bytes`);
