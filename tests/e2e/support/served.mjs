// For the offline and upgrade tests: a copy of a build served on a free port
// of its own, which a test changes under a returning visitor as a publisher
// would, and which records every request that reaches it (what a visitor
// downloads, as opposed to what the service worker answers); and a look into
// the visitor's service worker and its cache.
import { expect } from '@playwright/test';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { serve } from '../../../scripts/static-server.mjs';

export const PREFIX = 'central-asia-rights-map-';

/** A copy of the build in `from`, served; `hits` lists the paths it was asked for. */
export async function site(from = 'dist') {
  const dir = await mkdtemp(join(tmpdir(), 'rights-map-site-'));
  await cp(from, dir, { recursive: true });
  const server = await serve(dir, 0);
  const hits = [];
  server.on('request', (req) => hits.push(new URL(req.url, 'http://x').pathname));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    dir, url, hits,
    close: async () => { server.close(); await rm(dir, { recursive: true, force: true }); },
  };
}

/** Copies the files of the build in `from` whose path passes `which` over the site. */
export async function publish(s, from, which = () => true) {
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    const name = relative(from, join(entry.parentPath, entry.name));
    if (entry.isFile() && which(name)) await cp(join(from, name), join(s.dir, name));
  }
}

/** The service worker version a build's sw.js was written with. */
export async function versionOf(dir) {
  return (await readFile(join(dir, 'sw.js'), 'utf8')).match(/const VERSION = '([0-9a-f]{12})';/)[1];
}

/** Our caches, each with the paths it holds: { version: [paths] }. */
export function kept(page) {
  return page.evaluate(async (prefix) => {
    const out = {};
    for (const name of (await caches.keys()).filter((k) => k.startsWith(prefix)).sort()) {
      out[name.slice(prefix.length)] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort();
    }
    return out;
  }, PREFIX);
}

/** Waits until the page is controlled by a worker and its cache holds `paths`
 *  (and only its cache is left). The browser decides when a load checks for a
 *  new worker (after the page's network goes quiet), so on a busy machine the
 *  install can start seconds late: the wait is long, and a timeout says what
 *  the worker and the caches were. */
export async function untilKept(page, version, paths) {
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  const holds = async () => {
    const caches = await kept(page);
    return Object.keys(caches).length === 1 && paths.every((p) => caches[version]?.includes(p));
  };
  // One deadline for both waits, well inside the specs' 120 s per test.
  const deadline = Date.now() + 30_000;
  try {
    await expect.poll(controlled, { timeout: 30_000 }).toBe(true);
    await expect.poll(holds, { timeout: Math.max(1_000, deadline - Date.now()) }).toBe(true);
  } catch (error) {
    const state = await Promise.all([controlled(), workers(page), kept(page)])
      .then(([c, w, k]) => JSON.stringify({ controlled: c, workers: w, caches: k }), (e) => `unknown (${e.message})`);
    throw new Error(`cache ${version} never held ${paths.join(', ')} alone: ${state}`, { cause: error });
  }
}

/** The registration's workers: which of installing, waiting and active there are, and their states. */
function workers(page) {
  return page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    if (!r) return 'no registration';
    return Object.fromEntries(['installing', 'waiting', 'active'].filter((k) => r[k]).map((k) => [k, r[k].state]));
  });
}

/** The text a cached response holds. */
export function cachedText(page, version, path) {
  return page.evaluate(async ([name, p]) => (await (await caches.open(name)).match(p))?.text() ?? null, [PREFIX + version, path]);
}

/** Data saver on, as a visitor on a metered connection sets it: the page fetches nothing ahead. */
export async function metered(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
}

/** Moves the mouse over the page, which starts the app, and waits until it has taken over. */
export async function useApp(page) {
  await page.mouse.move(2, 2);
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => !document.querySelector('#app[data-prerendered]'), null, { timeout: 15_000 });
}
