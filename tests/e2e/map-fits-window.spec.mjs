// On a laptop the whole map is in the window when the page opens, in every
// language: what is above it (title, subtitle, toolbar, hint) wraps onto more
// lines in some, and the loader measures it (scripts/app-loader.js, --map-top).
import { test, expect, appReady } from './support/fixtures.mjs';
import { CODES } from './support/languages.mjs';

const folder = (code) => (code === 'en' ? '/' : `/${code}/`);

/** The map's box, and the room its column gives it. */
const box = () => {
  const canvas = document.querySelector('#main .map-canvas');
  const r = canvas.getBoundingClientRect();
  return { top: Math.round(r.top), bottom: Math.round(r.bottom), width: Math.round(r.width), column: canvas.parentElement.clientWidth, window: innerHeight };
};
/** The same, as the next frame shows it: the loader measures in the
 * rendering of a frame, and a busy machine may not have rendered one yet
 * when a page's load event has come. */
const mapBox = (page) => page.evaluate(`new Promise((done) => requestAnimationFrame(() => setTimeout(() => done((${box})()))))`);

/** In the window, and no smaller than it has to be: its bottom near the window's, or its column's width. */
const fits = (box) => box.bottom <= box.window && (box.bottom >= box.window - 16 || box.width >= box.column - 1);
function expectFits(box, where) {
  expect(fits(box), `${where}: the whole map, as large as the room allows (${JSON.stringify(box)})`).toBe(true);
}

// Common laptop windows: a 1366 × 768 screen less the browser's bars, a
// 1280 × 720 one, a small one.
for (const [width, height] of [[1366, 657], [1280, 720], [1024, 650]]) {
  test(`at ${width}×${height} the whole map is in the window, before the app and in it, in every language`, async ({ page }) => {
    test.setTimeout(60_000); // seven pages, and the app on each
    await page.setViewportSize({ width, height });
    for (const code of CODES) {
      await page.goto(folder(code), { prerendered: true });
      const before = await mapBox(page);
      expectFits(before, `${code} before the app`);
      await appReady(page);
      expect(await mapBox(page), `${code}: nothing moves when the app takes over`).toEqual(before);
    }
  });
}

test('a window made shorter, then narrower, keeps the whole map in it', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/ky/');
  await page.setViewportSize({ width: 1920, height: 760 });
  await expect.poll(() => mapBox(page).then((b) => b.bottom <= b.window && b.bottom >= b.window - 16)).toBe(true);
  const wide = await mapBox(page);
  // Narrower: the toolbar wraps onto a second row, and the map moves down.
  await page.setViewportSize({ width: 1024, height: 760 });
  await expect.poll(() => mapBox(page).then((b) => b.top > wide.top && fits(b))).toBe(true);
});

// A window made only shorter, where the stylesheet's guess still gives the
// map its column's width: no size the loader's observer sees changes.
test('a window made just too short for a map as wide as its column keeps the whole map in it', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 1000 });
  await page.goto('/kk/');
  const tall = await mapBox(page);
  expect(tall.width, 'as wide as its column').toBeGreaterThanOrEqual(tall.column - 1);
  await page.setViewportSize({ width: 1024, height: tall.bottom - 10 });
  await expect.poll(() => mapBox(page).then(fits)).toBe(true);
});

// The Embed box opens in the page, above the map: the map keeps its size
// under it, as the page's other contents do, rather than shrink to fit.
test('opening and closing the Embed box leave the map as it was', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 657 });
  await page.goto('/kk/');
  const before = await mapBox(page);
  await page.locator('.embed-button').click();
  await expect(page.getByTestId('embed-dialog')).toBeVisible();
  const open = await mapBox(page);
  expect(open.width, 'the map keeps its size').toBe(before.width);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('embed-dialog')).toBeHidden();
  expect(await mapBox(page)).toEqual(before);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1366, height: 657 } });

  test("the stylesheet's own guess keeps the English map whole in the window", async ({ page }) => {
    await page.goto('/', { prerendered: true });
    expectFits(await page.evaluate(box), 'en without JavaScript');
  });
});
