// Automated accessibility check (axe-core, WCAG 2.2 A and AA) on every view.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures.mjs';

// Requests are intercepted here (page.route), which Playwright cannot do for
// those a service worker answers: the worker (registered by the page's loader
// once the page has loaded) is kept out. Offline use has its own tests.
test.use({ serviceWorkers: 'block' });

const audit = (page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
const summary = (r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('the default view has no WCAG 2.1 AA violations', async ({ map, page }) => {
  await map.open();
  expect(summary(await audit(page))).toEqual([]);
});

test('an open panel with an expanded case has no violations', async ({ map, page }) => {
  await map.open('?country=UZ&category=press&case=uz-dauletmurat-tazhimuratov');
  await expect(map.panel()).toBeVisible();
  expect(summary(await audit(page))).toEqual([]);
});

test('the table view has no violations', async ({ map, page }) => {
  await map.open('?view=table');
  expect(summary(await audit(page))).toEqual([]);
});

test('a phone-sized view with a notice has no violations', async ({ map, page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await map.open('?country=XX&category=lgbt');
  expect(summary(await audit(page))).toEqual([]);
});

test('the presentation has no violations', async ({ map, page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await map.open('?present=1&step=2');
  expect(summary(await audit(page))).toEqual([]);
});

test('the Russian view with a panel has no violations', async ({ map, page }) => {
  await map.open('?lang=ru&country=KG&category=lgbt');
  expect(summary(await audit(page))).toEqual([]);
});

test('the embed and the case card have no violations', async ({ map, page }) => {
  await map.open('?embed=1&country=TJ&category=minorities');
  expect(summary(await audit(page))).toEqual([]);
  await page.goto('/?embed=1&card=uz-dauletmurat-tazhimuratov');
  await expect(page.getByTestId('case-card')).toBeVisible();
  expect(summary(await audit(page))).toEqual([]);
});

test('the open Embed dialog has no violations', async ({ map, page }) => {
  await map.open('?country=KZ');
  await page.getByRole('button', { name: 'Embed' }).click();
  expect(summary(await audit(page))).toEqual([]);
});

test('every issue of the map has no violations', async ({ map, page }) => {
  test.setTimeout(120_000); // thirteen audits on a shared 2-core machine
  await map.open('?country=TJ');
  for (const id of await map.categorySelect().locator('option').evaluateAll((os) => os.map((o) => o.value))) {
    await map.selectCategory(id);
    expect(summary(await audit(page)), id).toEqual([]);
  }
});

test('the prerendered page before the app has no violations, with or without scripts', async ({ page, guards }) => {
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto('/#country-TJ', { prerendered: true });
  await expect(page.locator('#country-TJ [data-testid="country-panel"]')).toBeVisible();
  expect(summary(await audit(page))).toEqual([]);
  // The app refused: the page without it, its language menu and issue list kept.
  await page.locator('#main .map-canvas').hover();
  await expect(page.locator('html')).toHaveClass(/app-failed/);
  await expect(page.getByTestId('category-select')).toBeVisible();
  expect(summary(await audit(page))).toEqual([]);
  // As without JavaScript (axe itself needs scripts): controls that need the app hidden.
  await page.evaluate(() => document.documentElement.classList.remove('js'));
  await expect(page.getByTestId('category-select')).toBeHidden();
  await expect(page.locator('#country-TJ [data-testid="country-panel"]')).toBeVisible();
  expect(summary(await audit(page))).toEqual([]);
  // The wasm this test refused is the only error.
  expect(guards.errors.every((e) => /wasm|Failed to load resource|ERR_FAILED|Failed to fetch/i.test(e)), guards.errors.join('\n')).toBe(true);
  guards.errors.length = 0;
});

test('everything on the page is inside a landmark, the toolbar included', async ({ map, page }) => {
  await map.open('?country=KG');
  const regions = await new AxeBuilder({ page }).withRules(['region']).analyze();
  expect(summary(regions)).toEqual([]);
  await expect(page.getByRole('region', { name: 'Map controls' })).toContainText('Issue');
});

// Names a screen reader hears (issue #21, item 8).
test('the table is one named region holding one named table', async ({ map, page }) => {
  await map.open('?view=table');
  await expect(page.getByRole('region', { name: 'Findings by country and issue' })).toHaveCount(1);
  await expect(page.getByRole('table', { name: 'Findings by country and issue' })).toHaveCount(1);
});

test('the embed dialog’s two Copy buttons say what each copies', async ({ map, page }) => {
  await map.open();
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog.getByRole('button', { name: 'Copy: Embed code' })).toHaveCount(1);
  await expect(dialog.getByRole('button', { name: 'Copy: Optional: automatic height' })).toHaveCount(1);
});

test('an embed has a heading: the map’s name', async ({ page }) => {
  await page.goto('/?embed=1&country=KZ');
  await expect(page.getByRole('heading', { level: 1, name: 'Central Asia Rights Map' })).toBeVisible();
});

test('the map is named once as a region and once as a heading, not a third time', async ({ map, page }) => {
  await map.open();
  await expect(page.getByRole('region', { name: 'Map of Central Asia' })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Map of Central Asia' })).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Map of Central Asia' })).toHaveCount(0);
});

test('in forced colours, a zoom button that is unavailable looks unavailable', async ({ map, page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await map.open();
  const color = (name) => page.getByRole('button', { name }).evaluate((b) => getComputedStyle(b).color);
  await expect(page.getByRole('button', { name: 'Zoom out' })).toHaveAttribute('aria-disabled', 'true');
  expect(await color('Zoom out')).not.toBe(await color('Zoom in'));
});

test('without JavaScript, every country section is inside the main landmark', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/country/kz/');
  for (const code of ['KZ', 'KG', 'TJ', 'TM', 'UZ']) {
    expect(await page.locator(`#country-${code}`).evaluate((el) => el.closest('main') !== null), code).toBe(true);
  }
  await context.close();
});

test('a notice of the opening link comes into an empty live region, so it is announced', async ({ page }) => {
  await page.addInitScript(() => {
    window.noticeLog = [];
    new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) {
        if (!(node instanceof Element)) continue;
        const region = node.matches('[data-testid="notices"]') ? node : node.querySelector('[data-testid="notices"]');
        // The app's region, not the rendered page's (which the app replaces).
        if (region && !region.closest('[data-prerendered]')) window.noticeLog.push(`region with ${region.textContent.trim().length} characters`);
        else if (region) continue;
        else if (node.closest('[data-testid="notices"]')) window.noticeLog.push('filled');
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/?country=XX');
  await expect(page.getByTestId('notices')).toContainText('There is no country “XX”');
  const log = await page.evaluate(() => window.noticeLog);
  expect(log[0]).toBe('region with 0 characters');
  expect(log).toContain('filled');
});
