// The test fixture every spec uses: a page object, plus two guards checked
// after each test — no console error, and no request to any host other than
// the page's own (the app must never contact a third party).
import { test as base, expect } from '@playwright/test';
import { MapPage } from './map-page.mjs';
import { HOST_ORIGIN } from './origins.mjs';

export const test = base.extend({
  guards: [async ({ page, baseURL }, use) => {
    const errors = [];
    const foreign = [];
    // The map's origin, and the test host page that embeds it (another port).
    const own = [new URL(baseURL).origin, HOST_ORIGIN];
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
    page.on('pageerror', (err) => errors.push(String(err)));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && !own.includes(new URL(url).origin)) foreign.push(url);
    });
    await use({ errors, foreign });
    expect(errors, 'console errors').toEqual([]);
    expect(foreign, 'requests to other hosts').toEqual([]);
  }, { auto: true }],
  // The built page holds a prerendered first view; the app loads when the
  // visitor starts using it (scripts/app-loader.js) and takes it over. Tests
  // act on the app, so navigation moves the mouse over the page, as a visitor
  // does, and waits for the takeover; pass { prerendered: true } to goto or
  // reload to look at the page before it.
  page: async ({ page }, use) => {
    for (const name of ['goto', 'reload']) {
      const original = page[name].bind(page);
      page[name] = async (...args) => {
        const at = name === 'goto' ? 1 : 0;
        const { prerendered = false, ...options } = args[at] ?? {};
        args[at] = options;
        const response = await original(...args);
        if (!prerendered) await appReady(page);
        return response;
      };
    }
    await use(page);
  },
  map: async ({ page }, use) => { await use(new MapPage(page)); },
});
export { expect };

/** Moves the mouse over the page (which starts the app), then resolves once no
 * prerendered root is left in the page (the app has mounted). */
export async function appReady(page) {
  await page.mouse.move(2, 2);
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => !document.querySelector('#app[data-prerendered]'), null, { timeout: 15_000 });
}

/** Holds every wasm download until `release()` is called. */
export async function holdWasm(page) {
  let release;
  const gate = new Promise((done) => { release = done; });
  await page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  return () => release();
}
