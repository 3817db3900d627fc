// The table view: countries × issues with status labels, and every case.
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { test, expect } from './support/fixtures.mjs';

const DATA = JSON.parse(await readFile('assets/data/rights.json', 'utf8'));

test('the table lists every country against every issue, in words', async ({ map, page }) => {
  await map.open();
  await page.getByRole('button', { name: 'Table' }).click();
  const table = map.tableView();
  await expect(table).toBeVisible();
  expect(await map.search()).toBe('?view=table');
  await expect(table.locator('tbody tr')).toHaveCount(5);
  await expect(table.locator('thead th')).toHaveCount(13);
  await expect(table.locator('tr[data-row="TM"] td[data-category="press"]')).toHaveText('Media under tight state control');
  await expect(table.locator('tr[data-row="KZ"] td[data-category="lgbt"]')).toHaveText('Not mentioned in the source');
});

test('the table lists every case with its excerpt and source', async ({ map }) => {
  await map.open('?view=table');
  const rows = map.tableView().locator('.case-row');
  expect(await rows.count()).toBe(DATA.cases.length);
  const row = map.tableView().locator('[data-case-row="uz-dauletmurat-tazhimuratov"]');
  await expect(row).toContainText('Dauletmurat Tazhimuratov');
  await expect(row.locator('blockquote')).toContainText('imprisoned for 16 years');
  await expect(row.getByRole('link')).toHaveAttribute('href', /hrw\.org/);
});

test('a country in the table opens it on the map', async ({ map, page }) => {
  await map.open('?view=table');
  await page.getByRole('button', { name: 'Kyrgyzstan' }).click();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KG');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('scrolled sideways, the table still says whose row it is', async ({ map, page }) => {
    await map.open('ru/?view=table');
    const scroller = map.tableView().locator('.table-scroll');
    await scroller.evaluate((el) => { el.scrollLeft = 600; });
    for (const code of ['KZ', 'TM']) {
      const box = await scroller.boundingBox();
      const name = map.tableView().locator(`tr[data-row="${code}"] th`);
      await name.evaluate((el) => scrollBy(0, el.getBoundingClientRect().top - 200)); // down the page only
      const at = await name.boundingBox();
      expect(Math.abs(at.x - box.x), `${code}'s name at the scroller's left edge`).toBeLessThanOrEqual(2);
      // Drawn over the scrolled cells, not under them.
      const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('th')?.closest('tr')?.getAttribute('data-row'), { x: at.x + at.width / 2, y: at.y + at.height / 2 });
      expect(hit).toBe(code);
    }
  });

  // A collapsed border is the table's to draw, where it scrolls: the sticky
  // column's own left edge let the scrolled cells' words and swatches show
  // through, a pixel wide, down the table's left side.
  test('scrolled sideways, nothing shows through at the left of the countries\' column', async ({ map, page }) => {
    await map.open('?view=table');
    const scroller = map.tableView().locator('.table-scroll');
    await scroller.evaluate((el) => { el.scrollIntoView(); el.scrollLeft = 333; });
    const box = await scroller.boundingBox();
    const inner = await scroller.evaluate((el) => el.clientLeft);
    const height = Math.floor(Math.min(box.height, 640 - box.y));
    // The first pixel inside the scroller's border, against one inside the
    // column's padding, where there is only the column's own background.
    const column = async (x) => PNG.sync.read(await page.screenshot({ clip: { x, y: box.y, width: 1, height } })).data;
    const edge = await column(Math.round(box.x + inner));
    const inside = await column(Math.round(box.x + inner + 3));
    const differ = [];
    for (let y = 0; y < height; y++) if (edge.readUInt32BE(y * 4) !== inside.readUInt32BE(y * 4)) differ.push(y);
    expect(differ, 'rows of pixels where the edge shows something else').toEqual([]);
  });
});
