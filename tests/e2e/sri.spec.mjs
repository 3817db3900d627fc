// Subresource Integrity: a tampered script or wasm is refused, never run.
import { test, expect } from './support/fixtures.mjs';

// Requests are intercepted here (page.route), which Playwright cannot do for
// those a service worker answers: the worker (registered by the page's loader
// once the page has loaded) is kept out. Offline use has its own tests.
test.use({ serviceWorkers: 'block' });

for (const kind of ['wasm', 'js']) {
  test(`a tampered ${kind} file is refused`, async ({ page, guards }) => {
    await page.route(new RegExp(`central-asia-rights-map-[0-9a-f]+${kind === 'wasm' ? '_bg\\.wasm' : '\\.js'}$`), async (route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      body[body.length - 1] ^= 0xff; // one flipped byte
      await route.fulfill({ response, body });
    });
    await page.goto('/', { prerendered: true });
    await page.mouse.move(1, 1); // the app loads on first use
    await page.waitForTimeout(1500);
    // The app never ran: the prerendered page is still there, and still readable.
    await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
    await expect(page.locator('a[data-country-link]')).toHaveCount(5);
    expect(guards.errors.some((e) => /integrity/i.test(e)), guards.errors.join('\n')).toBe(true);
    guards.errors.length = 0;
  });
}
