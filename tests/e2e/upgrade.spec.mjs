// Upgrades never mix releases. Release A is the build (dist/); release B is
// a data correction of it, with its own app files and service worker
// (support/next-release.mjs says how it is made and why it is a real one).
// Each test serves its own copy of A, lets a visitor use it, then publishes B
// in its place, whole or in part, as an upload in progress would leave it.
// A load is "mixed" if the page, the wasm it fetched, and the text the app
// shows (from the data baked into the wasm) are not all of one release.
// (Not the usual fixture: a half-uploaded release logs the app it cannot load.)
import { test, expect } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NEW_TEXT, OLD_TEXT, nextRelease } from './support/next-release.mjs';
import { cachedText, kept, metered, publish, site, untilKept, useApp, versionOf } from './support/served.mjs';

// A worker's install waits on the browser's own timing (support/served.mjs:
// untilKept): on a busy machine, longer than the usual 30 s per test.
test.describe.configure({ timeout: 120_000 });

let B, app;
test.beforeAll(async () => {
  B = await mkdtemp(join(tmpdir(), 'rights-map-release-b-'));
  app = await nextRelease('dist', join(B, 'dist'));
});
test.afterAll(async () => { await rm(B, { recursive: true, force: true }); });

const releaseB = () => join(B, 'dist');
const which = (text) => (text.includes(NEW_TEXT) ? 'B' : text.includes(OLD_TEXT) ? 'A' : '?');
const named = (html) => (html.includes(app.new.wasm) ? 'B' : html.includes(app.old.wasm) ? 'A' : '?');

/** Opens Kazakhstan's panel by its link (which starts the app at once) and
 *  says which release each part of the load was: the page (its text and the
 *  app it names), the wasm fetched, and the app's panel. */
async function load(page, url) {
  const wasm = [];
  const watch = (r) => { if (r.url().endsWith('_bg.wasm')) wasm.push(r.url().includes(app.new.wasm) ? 'B' : 'A'); };
  page.on('request', watch);
  const response = await page.goto(`${url}/?country=KZ`);
  const html = await response.text();
  await page.waitForFunction(() => !document.querySelector('#app[data-prerendered]') || document.documentElement.classList.contains('app-failed'));
  const failed = await page.evaluate(() => document.documentElement.classList.contains('app-failed'));
  const panel = failed ? null : await page.getByTestId('country-panel').filter({ visible: true }).textContent();
  page.off('request', watch);
  return { page: which(html), names: named(html), wasm: [...new Set(wasm)], app: failed ? 'failed' : which(panel) };
}

const whole = (release) => ({ page: release, names: release, wasm: [release], app: release });

test('a returning visitor gets the whole new release on the next load, and offline after it', async ({ page, context }) => {
  const s = await site();
  try {
    const [a, b] = [await versionOf(s.dir), await versionOf(releaseB())];
    expect(await load(page, s.url)).toEqual(whole('A'));
    await untilKept(page, a, ['/', `/${app.old.js}`, `/${app.old.wasm}`]);

    // B is published in A's place, and A's app files removed.
    await publish(s, releaseB());
    await rm(join(s.dir, app.old.wasm));
    await rm(join(s.dir, app.old.js));
    expect(await load(page, s.url)).toEqual(whole('B'));
    await untilKept(page, b, ['/', `/${app.new.js}`, `/${app.new.wasm}`]);
    // Nothing of A is left on the device.
    const caches = await kept(page);
    expect(Object.keys(caches)).toEqual([b]);
    expect(caches[b].filter((p) => p.includes(app.old.js.slice(0, -3)))).toEqual([]);
    expect(which(await cachedText(page, b, '/'))).toBe('B');

    await context.setOffline(true);
    expect(await load(page, s.url)).toEqual(whole('B'));
    await page.goto(`${s.url}/`, { waitUntil: 'load' });
    await useApp(page);
  } finally {
    await context.setOffline(false);
    await s.close();
  }
});

test('a release half uploaded breaks nothing: the old one stays whole on the device until the new one is', async ({ page, context }) => {
  const s = await site();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    const [a, b] = [await versionOf(s.dir), await versionOf(releaseB())];
    expect(await load(page, s.url)).toEqual(whole('A'));
    await untilKept(page, a, ['/', `/${app.old.js}`, `/${app.old.wasm}`]);
    const offlineA = async () => {
      await context.setOffline(true);
      expect(await load(page, s.url)).toEqual(whole('A'));
      await context.setOffline(false);
    };

    // B's pages are up, its app files and its sw.js not yet: the new page
    // cannot start its app; it stays readable and its links work.
    await publish(s, releaseB(), (f) => f.endsWith('.html'));
    expect(await load(page, s.url)).toEqual({ page: 'B', names: 'B', wasm: ['B'], app: 'failed' });
    await expect(page.locator('.app-loading')).toHaveText(/could not be loaded/);
    await page.locator('[data-country-button="TJ"]').click();
    await expect(page.locator('#country-TJ [data-testid="country-panel"]')).toBeVisible();
    expect(errors.some((e) => /could not be loaded/.test(e))).toBe(true);
    // The worker kept none of it: offline, the visitor has A, whole.
    expect(Object.keys(await kept(page))).toEqual([a]);
    expect(which(await cachedText(page, a, '/'))).toBe('A');
    await offlineA();

    // B's sw.js too, still without its app: its install cannot keep the app
    // the visitor had offline, so it fails, and A's worker and cache stay.
    await publish(s, releaseB(), (f) => f === 'sw.js');
    s.hits.length = 0;
    await page.goto(`${s.url}/`, { waitUntil: 'load' });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()).catch(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration()
      .then((r) => !r.installing && !r.waiting && r.active !== null)), { timeout: 30_000 }).toBe(true);
    expect(s.hits, 'the new worker tried to keep the new app').toContain(`/${app.new.wasm}`);
    expect(Object.keys(await kept(page))).toEqual([a]);
    await offlineA();

    // The upload completes: the next load is B, whole, online and offline.
    await publish(s, releaseB());
    expect(await load(page, s.url)).toEqual(whole('B'));
    await untilKept(page, b, ['/', `/${app.new.js}`, `/${app.new.wasm}`]);
    await context.setOffline(true);
    expect(await load(page, s.url)).toEqual(whole('B'));
  } finally {
    await context.setOffline(false);
    await s.close();
  }
});

test('a visitor who only read the page gets the new page kept, and still no app downloaded', async ({ page, context }) => {
  const s = await site();
  try {
    await metered(page);
    const [a, b] = [await versionOf(s.dir), await versionOf(releaseB())];
    await page.goto(`${s.url}/`, { waitUntil: 'load' });
    await untilKept(page, a, ['/']);
    await publish(s, releaseB());
    await page.goto(`${s.url}/`, { waitUntil: 'load' });
    await untilKept(page, b, ['/']);
    expect(which(await cachedText(page, b, '/'))).toBe('B');
    expect(s.hits.filter((p) => /\.(js|wasm)$/.test(p) && p !== '/sw.js')).toEqual([]);
    await context.setOffline(true);
    const response = await page.goto(`${s.url}/`, { waitUntil: 'load' });
    expect(response.fromServiceWorker()).toBe(true);
    expect(which(await response.text())).toBe('B');
  } finally {
    await context.setOffline(false);
    await s.close();
  }
});
