// The toolbar on a laptop's 1366×768: one row in every language, so that the
// map stays in view; the issue menu gives up width first, only as much as it must.
import { test, expect } from './support/fixtures.mjs';
import { CODES } from './support/languages.mjs';

test.use({ viewport: { width: 1366, height: 768 } });

/** How far apart the toolbar's controls' top edges are, the issue menu's width, and its width when it need not give any up. */
function toolbarRow(page) {
  return page.evaluate(() => {
    const tools = [...document.querySelectorAll('.toolbar :is(select, button, summary)')].filter((el) => el.getBoundingClientRect().width > 0);
    const select = document.querySelector('[data-testid="category-select"]');
    return {
      // A row's controls line up within a few pixels; the next row is 44 px or more below.
      spread: Math.max(...tools.map((el) => el.getBoundingClientRect().top)) - Math.min(...tools.map((el) => el.getBoundingClientRect().top)),
      width: select.getBoundingClientRect().width,
      needs: (() => {
        select.parentElement.style.flex = 'none';
        const w = select.getBoundingClientRect().width;
        select.parentElement.style.flex = '';
        return w;
      })(),
    };
  });
}

for (const code of CODES) {
  test(`in ${code}, the tools stand on one row`, async ({ page }) => {
    await page.goto(code === 'en' ? '/' : `/${code}/`);
    const row = await toolbarRow(page);
    expect(row.spread, 'one row of tools').toBeLessThan(20);
    expect(row.width, 'the issue menu keeps a usable width').toBeGreaterThan(200);
  });
}

test('in English the issue menu is not cut short', async ({ page }) => {
  await page.goto('/');
  const row = await toolbarRow(page);
  expect(row.width).toBeGreaterThanOrEqual(row.needs);
});
