// The test fixture every spec uses: a page object, plus two guards checked
// after each test — no console error, and no request to any host other than
// the page's own (the app must never contact a third party).
import { test as base, expect } from '@playwright/test';
import { MapPage } from './map-page.mjs';

export const test = base.extend({
  guards: [async ({ page, baseURL }, use) => {
    const errors = [];
    const foreign = [];
    // The map's origin, and the test host page that embeds it (another port).
    const own = [new URL(baseURL).origin, 'http://127.0.0.1:4174'];
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
  map: async ({ page }, use) => { await use(new MapPage(page)); },
});
export { expect };
