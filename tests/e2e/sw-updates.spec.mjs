// The service worker lets corrections and takedowns through: pages come from
// the network first, a withdrawn page leaves the cache, the kill switch
// (deploy/sw-kill-switch.js) empties a returning visitor's device, and a file
// damaged on the way is never kept. Each test serves its own copy of dist/ on
// its own port, and changes that copy under a returning visitor, as a
// publisher would change the site. (Not the usual fixture: these pages log
// the 404s and the refused install they are about.)
import { test, expect } from '@playwright/test';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/static-server.mjs';

const PREFIX = 'central-asia-rights-map-';

/** A copy of the build, served on a free port. */
async function site() {
  const dir = await mkdtemp(join(tmpdir(), 'rights-map-site-'));
  await cp('dist', dir, { recursive: true });
  const server = await serve(dir, 0);
  const url = `http://127.0.0.1:${server.address().port}`;
  return { dir, url, close: async () => { server.close(); await rm(dir, { recursive: true, force: true }); } };
}

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

test('a damaged file is never kept: the install fails, and succeeds once the file is whole', async ({ page }) => {
  const s = await site();
  try {
    // One byte changed in a file the worker keeps but this page does not load.
    const file = join(s.dir, 'ru/index.html');
    const whole = await readFile(file);
    const damaged = Buffer.from(whole);
    damaged[damaged.length - 2] ^= 1;
    await writeFile(file, damaged);
    // Follow the worker's install from the page.
    await page.addInitScript(() => {
      const sw = navigator.serviceWorker;
      const register = sw.register.bind(sw);
      sw.register = (...args) => register(...args).then((r) => {
        const worker = r.installing;
        if (worker) {
          window.__states = [worker.state];
          worker.addEventListener('statechange', () => window.__states.push(worker.state));
        }
        return r;
      });
    });
    await page.goto(`${s.url}/?country=KZ`);
    await expect.poll(() => page.evaluate(() => window.__states?.at(-1)), { timeout: 15_000 }).toBe('redundant');
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    // The file is whole again: the next visit installs, and keeps the right bytes.
    await writeFile(file, whole);
    await visit(page, `${s.url}/?country=KZ`);
    const kept = await page.evaluate(async (p) => {
      const key = (await caches.keys()).find((k) => k.startsWith(p));
      return (await (await caches.open(key)).match('./ru/')).text();
    }, PREFIX);
    expect(kept).toBe(whole.toString('utf8'));
  } finally {
    await s.close();
  }
});
