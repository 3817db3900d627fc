// A second release of the map, made from the built one (dist/) in seconds
// rather than by a second Trunk build (minutes), for the upgrade tests
// (tests/e2e/upgrade.spec.mjs). It is what a data correction released with
// `trunk build --release` produces, made the same way where it matters to a
// visitor's browser:
// - the data change: Kazakhstan's summary starts "Release B after" instead of
//   "Two years after", in every page and in the wasm, where the data is baked
//   (postcard, crates/core/src/shipped.rs: a string of the same length keeps the
//   encoding valid), so the app shows it as well as the pages do;
// - the app's files under new content-hashed names (Trunk names the JS glue
//   and the wasm after one hash of the build; the glue's bytes do not change
//   with the data), and every page's loader naming them, with the wasm's new
//   Subresource Integrity hash;
// - then the build's own last steps that a browser sees, run as the build
//   runs them: the Content-Security-Policy (scripts/write-csp.mjs) and the
//   service worker with its new version and file list (scripts/write-sw.mjs).
// Not made: the share images (pictures of the text), which no worker keeps,
// and the .gz and .br copies, which the tests' server does not send (the
// old ones are removed).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const OLD_TEXT = 'Two years after large-scale protests';
export const NEW_TEXT = 'Release B after large-scale protests';

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Replaces every `from` in `bytes` with `to`, of the same length; returns how many. */
function replaceBytes(bytes, from, to) {
  const [a, b] = [Buffer.from(from), Buffer.from(to)];
  if (a.length !== b.length) throw new Error('next-release: the new text must have the same length');
  let count = 0;
  for (let at = bytes.indexOf(a); at >= 0; at = bytes.indexOf(a, at + a.length)) {
    b.copy(bytes, at);
    count += 1;
  }
  return count;
}

/** Writes release B, made from release A in `from`, into `to`; returns both releases' app files. */
export async function nextRelease(from, to) {
  await cp(from, to, { recursive: true });
  const files = await readdir(to, { recursive: true });
  // The precompressed copies would no longer match.
  await Promise.all(files.filter((f) => /\.(gz|br)$/.test(f)).map((f) => rm(join(to, f))));

  const oldWasm = files.find((f) => /^central-asia-rights-map-[0-9a-f]{8,16}_bg\.wasm$/.test(f));
  const oldHash = oldWasm.match(/-([0-9a-f]{8,16})_bg/)[1];
  const wasm = await readFile(join(to, oldWasm));
  const fullSummary = JSON.parse(await readFile('assets/data/rights.json', 'utf8')).countries.find((c) => c.code === 'KZ').summary;
  if (replaceBytes(wasm, fullSummary, fullSummary.replace(OLD_TEXT, NEW_TEXT)) !== 1) {
    throw new Error(`next-release: Kazakhstan's summary is not once in ${oldWasm}`);
  }
  const newHash = createHash('sha256').update(wasm).digest('hex').slice(0, 16);
  const app = {
    old: { js: `central-asia-rights-map-${oldHash}.js`, wasm: oldWasm },
    new: { js: `central-asia-rights-map-${newHash}.js`, wasm: `central-asia-rights-map-${newHash}_bg.wasm` },
  };
  await writeFile(join(to, app.new.wasm), wasm);
  await rm(join(to, app.old.wasm));
  await rename(join(to, app.old.js), join(to, app.new.js));

  const [oldSri, newSri] = [sri(await readFile(join(from, oldWasm))), sri(wasm)];
  let changed = 0;
  for (const page of files.filter((f) => f.endsWith('.html'))) {
    const html = await readFile(join(to, page), 'utf8');
    const next = html.replaceAll(OLD_TEXT, NEW_TEXT).replaceAll(oldHash, newHash).replaceAll(oldSri, newSri);
    if (next !== html) {
      await writeFile(join(to, page), next);
      changed += 1;
    }
  }
  if (changed < 100) throw new Error(`next-release: only ${changed} pages changed`);

  for (const step of ['write-csp', 'write-sw']) {
    execFileSync('node', [`scripts/${step}.mjs`, to], { env: { ...process.env, TRUNK_STAGING_DIR: to }, stdio: 'pipe' });
  }
  return app;
}
