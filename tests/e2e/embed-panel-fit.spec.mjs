// A narrow embed's panel beside the map (from 560 px wide): the country's
// name and × stay inside it in every language, before the app and in it.
// "Туркменистан" at the panel's full size once pushed × out of the panel.
import { test, expect, appReady } from './support/fixtures.mjs';
import { CODES } from './support/languages.mjs';

/** How far × and the heading reach past the shown panel's right edge (≤ 0: inside). */
function overhang(page) {
  return page.evaluate(() => {
    const panel = [...document.querySelectorAll('.country-panel')].find((p) => p.getBoundingClientRect().width > 0);
    const edge = panel.getBoundingClientRect().right;
    const close = panel.querySelector('.panel-close').getBoundingClientRect();
    const h2 = panel.querySelector('h2'), heading = h2.getBoundingClientRect();
    // Lines of the name (one word in every language): 1 unless it broke inside.
    const range = document.createRange();
    range.selectNodeContents(h2);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    return { close: Math.round(close.right - edge), heading: Math.round(heading.right - edge), lines, closeWidth: close.width, closeTop: close.top, headingTop: heading.top };
  });
}

for (const lang of CODES) {
  test(`an embed's panel keeps its name and × inside it (${lang})`, async ({ page }) => {
    const prefix = lang === 'en' ? '' : `${lang}/`;
    for (const width of [560, 600, 660, 760]) {
      await page.setViewportSize({ width, height: 640 });
      for (const code of ['kz', 'kg', 'tj', 'tm', 'uz']) {
        await page.goto(`/${prefix}embed/country/${code}/`, { prerendered: true });
        const at = await overhang(page);
        expect(at.close, `${prefix}${code} at ${width}`).toBeLessThanOrEqual(0);
        expect(at.heading, `${prefix}${code} at ${width}`).toBeLessThanOrEqual(0);
        expect(at.lines, `${prefix}${code} at ${width}`).toBe(1);
        expect(at.closeWidth).toBeGreaterThanOrEqual(44);
        // × at the panel's top, beside the name or above it.
        expect(at.closeTop).toBeLessThanOrEqual(at.headingTop + 1);
      }
    }
    // The app draws the same panel.
    await page.setViewportSize({ width: 560, height: 640 });
    await page.goto(`/${prefix}embed/country/tm/`);
    await appReady(page);
    const at = await overhang(page);
    expect([at.close, at.heading].every((v) => v <= 0)).toBe(true);
  });
}
