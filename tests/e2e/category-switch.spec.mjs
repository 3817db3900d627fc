// Switching the issue recolours the map at once and swaps the legend.
import { test, expect } from './support/fixtures.mjs';
import { FOCUS } from './support/map-page.mjs';

const fills = (map) => Promise.all(FOCUS.map((c) => map.country(c).getAttribute('fill')));

test('offers the overview and every category of the data', async ({ map }) => {
  await map.open();
  const options = await map.categorySelect().locator('option').evaluateAll((os) => os.map((o) => o.value));
  expect(options[0]).toBe('overview');
  for (const id of ['assembly', 'press', 'lgbt', 'domestic-violence', 'torture', 'political-prisoners',
    'civil-society', 'religion', 'minorities', 'information', 'movement', 'economic-social']) {
    expect(options).toContain(id);
  }
});

test('recolours the countries and changes the legend when the issue changes', { tag: '@smoke' }, async ({ map }) => {
  await map.open();
  const before = await fills(map);
  await map.selectCategory('lgbt');
  await expect(map.legend().locator('h2')).toHaveText('LGBT rights');
  const after = await fills(map);
  expect(after).not.toEqual(before);
  // LGBT: Kazakhstan and Tajikistan are not covered by the source, Turkmenistan is.
  await expect(map.country('KZ')).toHaveAttribute('data-status', '0');
  await expect(map.country('TM')).not.toHaveAttribute('data-status', '0');
  expect(await map.address()).toBe('/issue/lgbt/');
});

test('shows a label for every status of the legend, with a textured swatch', async ({ map, page }) => {
  await map.open('?category=civil-society');
  const entries = map.legend().locator('.legend-entry');
  await expect(entries).toHaveCount(5);
  await expect(entries.first()).toContainText('Not mentioned in the source');
  // Every swatch has a pattern layer as well as a colour.
  const patterns = await map.legend().locator('.swatch rect:nth-child(2)').evaluateAll((rs) => rs.map((r) => r.getAttribute('fill')));
  expect(patterns.every((f) => /^url\(#pattern-/.test(f))).toBe(true);
  expect(new Set(patterns).size).toBe(5);
  // Each country's status is written next to the map, not only coloured.
  await expect(map.countryButton('TM')).toContainText('No independent monitoring groups allowed');
  await expect(page.locator('[data-label="TM"]')).toContainText('No independent monitoring groups allowed');
});

test('labels over the two darkest fills turn light, so they keep their contrast', async ({ map, page }) => {
  await map.open('?category=torture');
  const labels = await page.evaluate(() => ['KZ', 'KG', 'TJ', 'TM', 'UZ'].map((code) => ({
    code,
    level: Number(document.querySelector(`path[data-country="${code}"]`).getAttribute('data-status')),
    colour: getComputedStyle(document.querySelector(`[data-label="${code}"] .country-label-status`)).color,
  })));
  expect(labels.some((l) => l.level >= 3), 'some country is on a dark fill').toBe(true);
  for (const { code, level, colour } of labels) {
    if (level >= 3) expect(colour, code).toBe('rgb(255, 255, 255)');
    else expect(colour, code).not.toBe('rgb(255, 255, 255)');
  }
});
