// Post-build hook, last: writes precompressed copies of every text and wasm
// file (`name.gz`, gzip level 9, and `name.br`, brotli quality 11) beside the
// original, for static hosts that serve them as they are (nginx gzip_static /
// brotli_static, Caddy precompressed, Netlify, ...). The service worker does
// not list them (scripts/write-sw.mjs).
//   node scripts/compress.mjs [dir]   (default: $TRUNK_STAGING_DIR or dist)
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const COMPRESSIBLE = /\.(html|js|css|wasm|svg|json|geojson|txt|tsv|pack)$/;

const entries = await readdir(dir, { recursive: true, withFileTypes: true });
let count = 0;
for (const entry of entries) {
  if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
  const path = join(entry.parentPath ?? entry.path, entry.name);
  const body = await readFile(path);
  await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
  await writeFile(`${path}.br`, brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [constants.BROTLI_PARAM_MODE]: entry.name.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  }));
  count += 1;
}
console.log(`compress: ${count} files written as .gz and .br in ${dir}`);
