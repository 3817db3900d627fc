// Printing: a dossier per country, or all, instead of the interactive page.
import { test, expect, holdWasm } from './support/fixtures.mjs';

test.beforeEach(async ({ page }) => {
  // Headless Chromium has no printer: record the call instead.
  await page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
});

test('"Print dossier" prints the country: findings, cases with quotations, source date, credits', async ({ map, page }) => {
  await map.open('?country=UZ');
  await map.panel().getByTestId('print-button').click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const dossier = page.getByTestId('dossier');
  await expect(dossier).toBeVisible();
  await expect(page.getByTestId('map')).toBeHidden();
  await expect(dossier.locator('[data-dossier]')).toHaveCount(1);
  await expect(dossier.locator('[data-dossier="UZ"] h2')).toHaveText('Uzbekistan');
  await expect(dossier.locator('.dossier-findings tbody tr')).toHaveCount(12);
  await expect(dossier).toContainText('Dauletmurat Tazhimuratov');
  await expect(dossier.locator('blockquote').first()).toBeVisible();
  await expect(dossier).toContainText('11 January 2024');
  await expect(dossier).toContainText('Made with Natural Earth');
  await expect(dossier.locator('.dossier-map svg [data-country]')).toHaveCount(5);
  await page.pdf({ path: 'test-results/screenshots/dossier-uz.pdf' });
});

test('"Print all dossiers" prints the five countries', async ({ map, page }) => {
  await map.open();
  await page.getByRole('button', { name: 'Print all dossiers' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('dossier').locator('[data-dossier]')).toHaveCount(5);
});

test('the browser’s own print command prints the open country', async ({ map, page }) => {
  await map.open('?country=KG');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('dossier').locator('[data-dossier]')).toHaveCount(1);
  await expect(page.getByTestId('dossier').locator('[data-dossier="KG"]')).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.getByTestId('dossier')).toHaveCount(0);
});

test('the dossier reads in greyscale: every status has a texture in the printed map', async ({ map, page }) => {
  await map.open();
  await page.getByRole('button', { name: 'Print all dossiers' }).click();
  const textures = await page.getByTestId('dossier').locator('.dossier-map svg [data-texture]').evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
  expect(textures.length).toBe(5);
  expect(textures.every((f) => /^url\(#pattern-/.test(f))).toBe(true);
});

test.describe('before the app, or without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the browser’s print command prints the page itself: the map and the open panel, without the controls', async ({ page }) => {
    await page.goto('/ru/country/tj/', { prerendered: true });
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('map')).toBeVisible();
    const panel = page.locator('[data-testid="country-panel"][data-panel-country="TJ"]');
    await expect(panel.locator('h2')).toHaveText('Таджикистан');
    await expect(panel.locator('.panel-summary')).toBeVisible();
    expect(await panel.evaluate((el) => getComputedStyle(el).position)).toBe('static');
    await expect(page.locator('.toolbar')).toBeHidden();
    await expect(page.locator('.map-controls')).toBeHidden();
    await expect(panel.locator('.panel-close')).toBeHidden();
  });

  test('on a phone-sized page the panel prints in the flow, not as a sheet over the map', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/country/kz/', { prerendered: true });
    await page.emulateMedia({ media: 'print' });
    const panel = page.locator('[data-testid="country-panel"][data-panel-country="KZ"]');
    expect(await panel.evaluate((el) => getComputedStyle(el).position)).toBe('static');
    const [map, box] = [await page.getByTestId('map').boundingBox(), await panel.boundingBox()];
    expect(box.y).toBeGreaterThanOrEqual(map.y + map.height);
    expect(await page.evaluate(() => getComputedStyle(document.body).paddingBottom)).toBe('0px');
  });
});

// Found by a teacher printing a country's page before the app had loaded.
test('before the app has loaded, a country’s page prints on the paper’s whole width, each case with its quotation, without the buttons', async ({ page }) => {
  await holdWasm(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/country/tj/', { prerendered: true });
  await page.emulateMedia({ media: 'print' });
  const panel = page.locator('[data-testid="country-panel"][data-panel-country="TJ"]');
  const [map, box] = [await page.getByTestId('map').boundingBox(), await panel.boundingBox()];
  expect(box.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
  expect(box.x).toBeLessThan(40);
  const cases = panel.locator('.case-card');
  expect(await cases.count()).toBeGreaterThan(0);
  for (const card of await cases.all()) {
    await expect(card.locator('.case-source blockquote')).toBeVisible();
    await expect(card.locator('.case-toggle')).toBeHidden();
  }
  expect(await panel.locator('.cite').count()).toBeGreaterThan(0);
  for (const cite of await panel.locator('.cite').all()) await expect(cite).toBeHidden();
});
