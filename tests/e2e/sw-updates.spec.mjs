// The service worker lets corrections and takedowns through: pages come from
// the network first, a withdrawn page leaves the cache, the kill switch
// (deploy/sw-kill-switch.js) empties a returning visitor's device, and a file
// damaged on the way is never kept. Each test serves its own copy of dist/ on
// its own port, and changes that copy under a returning visitor, as a
// publisher would change the site. (Not the usual fixture: these pages log
// the 404s and the refused wasm they are about.)
import { test, expect } from '@playwright/test';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PREFIX, cachedText, site, untilKept, useApp, versionOf } from './support/served.mjs';

// A worker's install waits on the browser's own timing (support/served.mjs:
// untilKept): on a busy machine, longer than the usual 30 s per test.
test.describe.configure({ timeout: 120_000 });

/** Opens `path` (a query link starts the app, which registers the worker) and
 *  waits until the worker controls the page. */
async function visit(page, url) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) await page.reload();
  await expect.poll(controlled).toBe(true);
}

const description = (page) => page.locator('meta[name="description"]').getAttribute('content');
// The kill switch reloads the page: a check that meets the reload is asked again.
const ours = (page) => page.evaluate((p) => caches.keys().then((keys) => keys.filter((k) => k.startsWith(p))), PREFIX)
  .catch(() => null);

test('a correction reaches a returning visitor on the next load, and offline after it', async ({ page, context }) => {
  const s = await site();
  try {
    const file = join(s.dir, 'country/kz/index.html');
    await visit(page, `${s.url}/country/kz/?country=KZ`);
    await page.reload();
    const before = await description(page);
    // The publisher corrects the page.
    const html = await readFile(file, 'utf8');
    await writeFile(file, html.replaceAll(before, 'Corrected summary of Kazakhstan.'));
    await page.reload();
    await expect.poll(() => description(page)).toBe('Corrected summary of Kazakhstan.');
    // The corrected page is the one kept for offline use.
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => description(page)).toBe('Corrected summary of Kazakhstan.');
  } finally {
    await context.setOffline(false);
    await s.close();
  }
});

test('a withdrawn page is dropped from the device: gone online, and gone offline', async ({ page, context }) => {
  const s = await site();
  try {
    await visit(page, `${s.url}/case/kz-marat-zhylanbaev/?country=KZ`);
    await page.reload();
    await rm(join(s.dir, 'case/kz-marat-zhylanbaev'), { recursive: true });
    const gone = await page.goto(`${s.url}/case/kz-marat-zhylanbaev/`);
    expect(gone.status()).toBe(404);
    await context.setOffline(true);
    await expect(page.goto(`${s.url}/case/kz-marat-zhylanbaev/`)).rejects.toThrow();
  } finally {
    await context.setOffline(false);
    await s.close();
  }
});

test('the kill switch, published as sw.js, empties the device and steps aside', async ({ page }) => {
  const s = await site();
  try {
    await visit(page, `${s.url}/?country=TJ`);
    expect(await ours(page)).toHaveLength(1);
    await cp('deploy/sw-kill-switch.js', join(s.dir, 'sw.js'));
    // The browser checks sw.js on the next visit.
    await page.goto(`${s.url}/`);
    await expect.poll(() => ours(page), { timeout: 15_000 }).toEqual([]);
    const registrations = () => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)).catch(() => null);
    await expect.poll(registrations).toBe(0);
  } finally {
    await s.close();
  }
});

test('a damaged file is never kept, page or app: the app is refused, and both are kept once whole', async ({ page }) => {
  const s = await site();
  try {
    // One byte changed in the map page and in the wasm, as a faulty cache or
    // proxy on the way could leave them.
    const wasm = join(s.dir, (await readdir(s.dir)).find((f) => f.endsWith('_bg.wasm')));
    const files = [join(s.dir, 'index.html'), wasm];
    const whole = await Promise.all(files.map((f) => readFile(f)));
    await Promise.all(files.map((f, i) => {
      const damaged = Buffer.from(whole[i]);
      damaged[damaged.length - 2] ^= 1;
      return writeFile(f, damaged);
    }));
    await page.goto(`${s.url}/`, { waitUntil: 'load' });
    await page.mouse.move(1, 1); // starts the app, whose wasm fails its integrity check
    await expect(page.locator('html')).toHaveClass(/app-failed/);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForTimeout(500);
    const version = await versionOf(s.dir);
    expect(await cachedText(page, version, '/')).toBeNull();
    expect(await cachedText(page, version, `/${wasm.split('/').at(-1)}`)).toBeNull();
    // Whole again: the next visit keeps both, with the right bytes.
    await Promise.all(files.map((f, i) => writeFile(f, whole[i])));
    await page.reload({ waitUntil: 'load' });
    await useApp(page);
    await untilKept(page, version, ['/', `/${wasm.split('/').at(-1)}`]);
    expect(await cachedText(page, version, '/')).toBe(whole[0].toString('utf8'));
  } finally {
    await s.close();
  }
});
