// Phones: touch targets of at least 44 px, small countries easy to reach, the
// panel as a bottom sheet. Wide screens: the panel beside the map.
import { test, expect } from './support/fixtures.mjs';

test.describe('on a phone (360×640)', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('every button and the issue selector are at least 44 px high', async ({ map, page }) => {
    await map.open('?country=KG');
    const small = await page.locator('button:visible, select:visible').evaluateAll((els) =>
      els.map((e) => ({ text: e.textContent.trim() || e.getAttribute('aria-label'), h: e.getBoundingClientRect().height, w: e.getBoundingClientRect().width }))
        .filter((b) => b.h < 44 || b.w < 44));
    expect(small).toEqual([]);
  });

  test('Kyrgyzstan and Tajikistan open from the list with one tap', async ({ map }) => {
    await map.open();
    for (const code of ['KG', 'TJ']) {
      await map.countryButton(code).tap();
      await expect(map.panel()).toHaveAttribute('data-panel-country', code);
      await map.panel().getByRole('button', { name: 'Close', exact: true }).tap();
    }
  });

  test('the panel is a bottom sheet', async ({ map, page }) => {
    await map.open('?country=TJ');
    const box = await map.panel().boundingBox();
    expect(box.x).toBeLessThanOrEqual(1);
    expect(box.width).toBeGreaterThanOrEqual(358);
    expect(box.y + box.height).toBeGreaterThanOrEqual(639);
    expect(box.height).toBeLessThan(640 * 0.7);
    await map.screenshot('phone-bottom-sheet');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test('on a laptop the panel sits beside the map, not over it', async ({ map, page }) => {
  await map.open('?country=KZ');
  const panel = await map.panel().boundingBox();
  const svg = await page.getByTestId('map').boundingBox();
  expect(panel.x).toBeGreaterThanOrEqual(svg.x + svg.width);
});

test('on a projector the whole map and its labels fit the screen', async ({ map, page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await map.open();
  const svg = await page.getByTestId('map').boundingBox();
  expect(svg.y + svg.height).toBeLessThanOrEqual(1080);
  const size = await page.locator('.country-label-name').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);
});
