// Windows high contrast (forced colours) and reduced motion (issue #18, item 4):
// the legend's swatches still match the map, the keyboard's focus stays visible,
// and nothing on the map or the panel animates.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures.mjs';

const audit = (page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
const summary = (r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('in forced colours, each legend swatch has the fill of the countries at its step', async ({ map, page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await map.open('?category=press');
  const pairs = await page.evaluate(() => [...document.querySelectorAll('[data-testid="legend"] .legend-entry')].map((entry) => {
    const level = entry.dataset.level;
    const swatch = getComputedStyle(entry.querySelector('.swatch rect')).fill;
    const country = document.querySelector(`path.focus-country[data-status="${level}"]`);
    return { level, swatch, country: country ? getComputedStyle(country).fill : null };
  }));
  const used = pairs.filter((p) => p.country);
  expect(used.length).toBeGreaterThan(1);
  for (const p of used) expect(p.swatch, `step ${p.level}`).toBe(p.country);
  // Not all one colour: forced colours did not flatten the map.
  expect(new Set(used.map((p) => p.country)).size).toBe(used.length);
});

test('in forced colours, the keyboard focus ring is drawn in the system highlight', async ({ map, page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await map.open();
  await map.country('KZ').focus();
  await page.keyboard.press('ArrowRight');
  const ring = page.locator('path.focus-ring');
  await expect(ring).not.toHaveAttribute('d', 'M0 0');
  const stroke = await ring.evaluate((el) => getComputedStyle(el).stroke);
  expect(stroke).not.toBe('none');
  expect(parseFloat(await ring.evaluate((el) => getComputedStyle(el).strokeWidth))).toBeGreaterThanOrEqual(3);
});

test('with reduced motion, nothing on the map or in the panel animates', async ({ map, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await map.open('?country=KG');
  const moving = await page.evaluate(() => [...document.querySelectorAll('#app *')]
    .map((el) => getComputedStyle(el))
    .filter((s) => (s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) && s.transitionProperty !== 'none')
      || s.animationName !== 'none').length);
  expect(moving).toBe(0);
  // The same page without the preference does animate its fills: the check can fail.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const fills = await page.evaluate(() => getComputedStyle(document.querySelector('path.focus-country')).transitionDuration);
  expect(parseFloat(fills)).toBeGreaterThan(0);
});

for (const [name, media] of [['forced colours', { forcedColors: 'active' }], ['reduced motion', { reducedMotion: 'reduce' }]]) {
  test(`in ${name}, the map with a panel and an embed have no WCAG 2.2 AA violations, and are screenshotted`, async ({ map, page }) => {
    await page.emulateMedia(media);
    const file = name.replace(' ', '-');
    await map.open('?country=KG&category=lgbt');
    expect(summary(await audit(page)), 'map').toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/${file}-map.png` });
    await page.setViewportSize({ width: 400, height: 760 });
    await map.open('?embed=1&country=TJ&category=minorities');
    expect(summary(await audit(page)), 'embed').toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/${file}-embed.png` });
  });
}
