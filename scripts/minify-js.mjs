// Post-build hook, first: minifies wasm-bindgen's JS glue with terser, in
// release builds (Trunk's `minify = "on_release"`). Trunk's own minifier
// cannot read ES modules ("Failed to minify JS" on every build) and leaves
// the glue as it is: 51 KB, 9 KB gzip, against 24 KB and under 7 KB here.
// Trunk pinned the file with a Subresource Integrity hash, so the pages get
// the new hash (the later hook steps read it from there).
//   node scripts/minify-js.mjs [dir]   (default: $TRUNK_STAGING_DIR or dist)
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
if (process.env.TRUNK_PROFILE === 'debug') {
  console.log('minify-js: debug build, glue left readable');
  process.exit(0);
}

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const files = await readdir(dir);
const glue = files.filter((f) => /^central-asia-rights-map-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) throw new Error(`minify-js: expected one JS glue file in ${dir}, found ${glue.length}`);

const path = join(dir, glue[0]);
const source = await readFile(path);
// Property names stay: the wasm imports its functions from the glue by name.
const { code } = await minify(source.toString(), { module: true, compress: { passes: 2 }, mangle: true });
await writeFile(path, code);

const [before, after] = [sri(source), sri(code)];
let pinned = 0;
for (const page of files.filter((f) => f.endsWith('.html'))) {
  const html = await readFile(join(dir, page), 'utf8');
  if (!html.includes(before)) continue;
  await writeFile(join(dir, page), html.replaceAll(before, after));
  pinned += 1;
}
if (pinned === 0) throw new Error(`minify-js: no page pins ${glue[0]} with ${before}`);
console.log(`minify-js: ${glue[0]} ${source.length} -> ${Buffer.byteLength(code)} bytes`);
