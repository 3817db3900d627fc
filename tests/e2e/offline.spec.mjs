// Offline use: the service worker (sw.js, written by scripts/write-sw.mjs
// from scripts/service-worker.js after each build) keeps the page a visitor
// opened and, once it has loaded, the app, so the page reloads with no
// network, whatever view its URL asks for; a new build replaces the old cache
// instead of mixing with it. (The first visit without use, and what reaches
// the server: first-visit-offline.spec.mjs; upgrades: upgrade.spec.mjs.)
import { readdirSync } from 'node:fs';
import { test, expect } from './support/fixtures.mjs';

const PREFIX = 'central-asia-rights-map-';

/** Waits until a service worker is active and controls the page (a first
 *  visit is controlled once the worker claims it; else one reload does it). */
async function untilControlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) {
    try {
      await expect.poll(controlled, { timeout: 2_000 }).toBe(true);
    } catch {
      await page.reload();
    }
  }
  await expect.poll(controlled).toBe(true);
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

// Registering the worker (sw.js fetched, parsed and run, the page stored) at
// the load event competed with rastering the map's first frame.
test('the worker is registered once the page has been drawn, not before', async ({ page }) => {
  await page.addInitScript(() => {
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = (...args) => {
      window.__registeredAt ??= performance.now();
      return register(...args);
    };
  });
  await page.goto('/', { prerendered: true });
  await untilControlled(page);
  const { registeredAt, painted } = await page.evaluate(() => ({
    registeredAt: window.__registeredAt,
    painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  }));
  expect(painted).toBeGreaterThan(0);
  expect(registeredAt).toBeGreaterThan(painted);
});

/** The version and file list that sw.js was written with. */
async function swBuild(request) {
  const response = await request.get('/sw.js');
  expect(response.ok()).toBe(true);
  const text = await response.text();
  return {
    text,
    version: text.match(/const VERSION = '([0-9a-f]{12})';/)?.[1],
    files: JSON.parse(text.match(/const FILES = (\[.*\]);/)[1]),
    app: JSON.parse(text.match(/const APP = (\[.*\]);/)[1]),
  };
}

test('after a first visit, the map opens offline, whatever its link asks for', { tag: '@smoke' }, async ({ map, page, context }) => {
  await map.open();
  await untilControlled(page);

  await context.setOffline(true);
  const kz = await page.goto('/?country=KZ');
  expect(kz.fromServiceWorker()).toBe(true);
  await expect(map.country('KZ')).toBeVisible();
  await expect(map.panel()).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Kazakhstan' })).toBeVisible();

  const press = await page.goto('/?category=press');
  expect(press.fromServiceWorker()).toBe(true);
  await expect(map.categorySelect()).toHaveValue('press');
  await expect(map.country('KZ')).toBeVisible();
  await map.clickCountry('KZ');
  await expect(map.panel().getByTestId('finding')).toContainText('Violent attacks on journalists');

  // And a plain reload of the page itself.
  await page.reload();
  await expect(map.categorySelect()).toHaveValue('press');
});

test('a view the app moved the address to reloads offline, though its page was never fetched', async ({ map, page, context }) => {
  await map.open();
  await untilControlled(page);
  await untilAppKept(page);
  await map.clickCountry('KG');
  await expect(page).toHaveURL(/\/country\/kg\/$/);
  await context.setOffline(true);
  // The worker never kept country/kg/: the map page, asked for Kyrgyzstan.
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Kyrgyzstan' })).toBeVisible();
  await expect(page).toHaveURL(/\/country\/kg\/$/);
  // A view that is more than its page keeps the rest of it too.
  await map.selectCategory('press');
  await map.clickCountry('TJ');
  await expect(page).toHaveURL(/\/country\/tj\/\?country=TJ&category=press$/);
  await page.reload();
  await expect(map.categorySelect()).toHaveValue('press');
  await expect(page.getByRole('complementary', { name: 'Tajikistan' })).toBeVisible();
});

/** Waits until the worker keeps the app's JS glue and wasm. */
async function untilAppKept(page) {
  const app = readdirSync('dist').filter((f) => /^central-asia-rights-map-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f));
  await expect.poll(() => page.evaluate(async ([prefix, files]) => {
    const names = (await caches.keys()).filter((n) => n.startsWith(prefix));
    const kept = names.length ? (await (await caches.open(names[0])).keys()).map((r) => new URL(r.url).pathname) : [];
    return files.every((f) => kept.includes(`/${f}`));
  }, [PREFIX, app]), { timeout: 15_000 }).toBe(true);
}

test('a shared country page, then another country, reloads offline from the page it came in on', async ({ map, page, context }) => {
  await page.goto('/country/kz/');
  await untilControlled(page);
  await untilAppKept(page);
  await map.clickCountry('TJ');
  await expect(page).toHaveURL(/\/country\/tj\/$/);
  await context.setOffline(true);
  // Neither country/tj/ nor the map page was kept: country/kz/ was.
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Tajikistan' })).toBeVisible();
});

test('a link that starts the app at once has the app kept, though the address moved', async ({ map, page, context }) => {
  await map.open('?country=TJ');
  await expect(page).toHaveURL(/\/country\/tj\/$/);
  await untilControlled(page);
  // The loader names the app's files from the page, not from the moved address.
  await untilAppKept(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Tajikistan' })).toBeVisible();
});

test('sw.js lists the app and the map pages; a visit with use keeps the page and the app, under the version', async ({ map, page, request }) => {
  const { text, version, files, app } = await swBuild(request);
  expect(version, 'a 12-digit version in sw.js').toMatch(/^[0-9a-f]{12}$/);
  // The app's files (not sw.js itself, nor the baked map: every cached page
  // holds its paths already) and the map page in each language, by its folder;
  // not the page of every view, nor the share images (kept as they are visited).
  const built = readdirSync('dist').filter((f) => /\.(js|wasm|css|svg|png)$/.test(f) && f !== 'sw.js').sort();
  expect(readdirSync('dist')).toContain('central-asia.map.tsv');
  // And the language packs (lang/<code>.pack), kept when a reader of that language fetches one.
  const langs = readdirSync('dist/lang').filter((f) => f.endsWith('.pack'));
  expect(langs.length).toBe(6);
  const folders = langs.map((f) => `./${f.slice(0, -'.pack'.length)}/`);
  expect([...files].sort()).toEqual(['./', ...built.map((f) => `./${f}`), ...langs.map((f) => `./lang/${f}`), ...folders].sort());
  expect(app.sort()).toEqual(built.filter((f) => /\.(js|wasm)$/.test(f)));
  expect(text, 'no third-party URL').not.toMatch(/https?:\/\//);

  await map.open();
  await untilControlled(page);
  expect(await cacheNames(page)).toEqual([PREFIX + version]);
  const cached = () => page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  }, PREFIX + version);
  // The page opened and the app it loaded; not the Russian page, never
  // opened, nor any language pack (an English reader fetches none).
  await expect.poll(cached).toEqual(['/', ...built.map((f) => `/${f}`)].sort());
});

test('a new build replaces the old cache: only one of ours remains', async ({ map, page, context, request }) => {
  const { text, version } = await swBuild(request);
  // An "old build": the same sw.js under another version.
  const OLD = '000000000000';
  await context.route('**/sw.js', (route) => route.fulfill({
    contentType: 'text/javascript; charset=utf-8',
    body: text.replace(`const VERSION = '${version}';`, `const VERSION = '${OLD}';`),
  }));
  await map.open();
  await untilControlled(page);
  expect(await cacheNames(page)).toEqual([PREFIX + OLD]);
  // Somebody else's cache on the same origin must survive our clean-up.
  await page.evaluate(() => caches.open('not-ours'));

  // The "new build" is published: the browser's update check finds a changed sw.js.
  await context.unroute('**/sw.js');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await expect.poll(async () => (await cacheNames(page)).sort()).toEqual([PREFIX + version, 'not-ours'].sort());
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

  // The new version alone now serves the page offline.
  await context.setOffline(true);
  const res = await page.goto('/?country=UZ');
  expect(res.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('complementary', { name: 'Uzbekistan' })).toBeVisible();
});

test.describe('a visitor whose browser prefers Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('gets the Russian page offline too, whatever its link asks for', async ({ map, page, context }) => {
    await map.open();
    await expect(page).toHaveURL(/\/ru\//);
    await untilControlled(page);
    await context.setOffline(true);
    const response = await page.goto('/?country=TJ');
    // The Russian page, asked for Tajikistan; the app then writes its page's address.
    await expect(page).toHaveURL(/\/ru\/(\?country=TJ|country\/tj\/)/);
    expect(response.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('complementary', { name: 'Таджикистан' })).toBeVisible();
  });
});

test('a reader of another language has its pack offline, and only that one', async ({ map, page }) => {
  await map.open('kk/');
  await untilControlled(page);
  const kept = () => page.evaluate(async (prefix) => {
    const names = (await caches.keys()).filter((n) => n.startsWith(prefix));
    const cache = await caches.open(names[0]);
    return (await cache.keys()).map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/lang/'));
  }, PREFIX);
  await expect.poll(kept).toEqual(['/lang/kk.pack']);
  // Offline, the Kazakh map still opens in Kazakh, with the app.
  await page.context().setOffline(true);
  await page.goto('/kk/?country=KG');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(map.panel().locator('h2')).toHaveText('Қырғызстан');
  await page.context().setOffline(false);
});

/** On the Russian Tajikistan page, its app kept, offline: Kazakh chosen in
 *  the language menu (its pack was never fetched) with `press` ('click' or 'tap'). */
async function chooseUnkeptLanguageOffline(page, context, press) {
  await page.goto('/ru/country/tj/');
  await untilControlled(page);
  await untilAppKept(page);
  await context.setOffline(true);
  await page.getByTestId('lang-menu').locator('summary')[press]();
  await page.locator('[data-lang-link="kk"]')[press]();
}

/** The pack's failed fetch is the browser's own console line; any other error fails. */
function onlyFailedFetches(guards) {
  expect(guards.errors.filter((e) => !/ERR_(FAILED|INTERNET_DISCONNECTED)/.test(e))).toEqual([]);
  guards.errors.length = 0;
}

test('offline, a language this device has not kept is not switched to: the page stays, says why, and does not remember it', async ({ page, context, guards }) => {
  await chooseUnkeptLanguageOffline(page, context, 'click');
  await expect(page.getByRole('status').or(page.locator('.notices')).filter({ hasText: 'Қазақша' })).toContainText('не сохранён на этом устройстве');
  await expect(page).toHaveURL(/\/ru\/country\/tj\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('complementary', { name: 'Таджикистан' })).toBeVisible();
  expect(await page.evaluate(() => Object.values(localStorage).includes('kk'))).toBe(false);
  await context.setOffline(false);
  onlyFailedFetches(guards);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('offline, the notice about a language not kept is brought into sight above the open sheet', async ({ page, context, guards }) => {
    await chooseUnkeptLanguageOffline(page, context, 'tap');
    const notices = page.getByTestId('notices');
    await expect(notices).toContainText('Қазақша');
    const sheet = page.locator('[data-testid="country-panel"][data-panel-country="TJ"]');
    await expect.poll(async () => {
      const [n, s] = [await notices.boundingBox(), await sheet.boundingBox()];
      return n.y >= 0 && n.y + n.height <= s.y;
    }).toBe(true);
    await context.setOffline(false);
    onlyFailedFetches(guards);
  });
});
