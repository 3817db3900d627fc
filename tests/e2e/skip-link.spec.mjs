// The page's first Tab stop is a link past the masthead and the toolbar:
// to the map, whose country the next Tab reaches, or in the table view to
// the table. Out of sight until it has the focus, then in sight and on top.
import { test, expect, holdWasm } from './support/fixtures.mjs';

// The worker would serve the held app from its cache.
test.use({ serviceWorkers: 'block' });

/** The focused element: a skip link's text, or the country or table it is in. */
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  const country = el.closest('[data-country-link], [data-country]');
  return {
    skip: el.matches('a.skip-link') ? el.textContent.trim() : null,
    country: country && (country.dataset.country ?? country.querySelector('[data-country]')?.dataset.country),
    inTable: !!el.closest('[data-testid="table-view"]'),
  };
});

/** The skip link's box, and whether it is the element at its own centre (not covered). */
const shown = (page) => page.locator('a.skip-link').evaluate((a) => {
  const r = a.getBoundingClientRect();
  const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return { width: r.width, height: r.height, inView: r.top >= 0 && r.left >= 0 && r.right <= innerWidth, onTop: top === a || a.contains(top) };
});

for (const size of [{ width: 1366, height: 768 }, { width: 360, height: 640 }]) {
  for (const when of ['before the app', 'in the app']) {
    test(`at ${size.width}×${size.height}, ${when}: the first Tab shows the skip link, and the next after it is the map's country`, async ({ page }) => {
      await page.setViewportSize(size);
      const release = when === 'before the app' ? await holdWasm(page) : null;
      await page.goto('/', { prerendered: !!release });
      // Out of sight until focused.
      const hidden = await page.locator('a.skip-link').boundingBox();
      expect(hidden.width * hidden.height).toBeLessThanOrEqual(1);
      await page.keyboard.press('Tab');
      expect((await focused(page)).skip).toBe('Skip to the map');
      const box = await shown(page);
      expect(box).toMatchObject({ inView: true, onTop: true });
      expect(box.height).toBeGreaterThanOrEqual(44);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ skip: null, country: 'KZ' });
      if (release) {
        expect(await page.locator('#app[data-prerendered]').count()).toBe(1);
        release();
      }
    });
  }
}

test("on a phone, the focused skip link is drawn over a link's notice", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/?country=XX');
  await expect(page.getByTestId('notices')).toContainText('There is no country “XX”');
  await page.keyboard.press('Tab');
  expect((await focused(page)).skip).toBe('Skip to the map');
  expect(await shown(page)).toMatchObject({ inView: true, onTop: true });
});

test('in Russian, the skip link is in Russian', async ({ page }) => {
  await page.goto('/ru/');
  await page.keyboard.press('Tab');
  expect((await focused(page)).skip).toBe('Перейти к карте');
});

test('in the table view, the skip link leads to the table', async ({ map, page }) => {
  await map.open('?view=table');
  await page.keyboard.press('Tab');
  expect((await focused(page)).skip).toBe('Skip to the table');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect((await focused(page)).inTable).toBe(true);
});

test('used before the app, the skip link keeps its place when the app takes the page over', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/', { prerendered: true });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // The app arrives between the skip and the next Tab: it replaces the
  // element the browser would have gone on from.
  release();
  await page.waitForFunction(() => !document.querySelector('#app[data-prerendered]'));
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ skip: null, country: 'KZ' });
});

test("the skip link's fragment is not carried into the next view's address", async ({ map, page }) => {
  await map.open();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#map$/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // opens Kazakhstan
  await expect(page).toHaveURL(/\/country\/kz\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the skip link leads to the map, and is not offered while a panel is open', async ({ page }) => {
    await page.goto('/', { prerendered: true });
    await page.keyboard.press('Tab');
    expect((await focused(page)).skip).toBe('Skip to the map');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ skip: null, country: 'KZ' });
    // A panel open as the address's fragment: the link would close it.
    await page.goto('/#country-KG', { prerendered: true });
    await expect(page.locator('#country-KG')).toBeVisible();
    await expect(page.locator('a.skip-link')).toBeHidden();
  });
});
