// Privacy: a whole journey through the map sends nothing to any other host,
// sets no cookie, and stores nothing but the language choice.
import { test, expect } from './support/fixtures.mjs';

test('a whole journey stays on the page’s own origin, with no cookies', async ({ map, page, context, baseURL }) => {
  test.setTimeout(90_000);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await map.open();
  for (const id of await map.categorySelect().locator('option').evaluateAll((os) => os.map((o) => o.value))) {
    await map.selectCategory(id);
  }
  await map.clickCountry('KZ');
  await map.caseCard('kz-marat-zhylanbaev').getByRole('button', { name: 'Show the source' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Table' }).click();
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await map.chooseLanguage('Русский');
  await map.chooseLanguage('English');
  await page.getByRole('button', { name: 'Embed' }).click();
  await page.goto('/?embed=1&country=UZ');
  await page.goto('/?embed=1&card=kg-azimjon-askarov');
  await page.goto('/?present=1&step=3');
  await page.keyboard.press('ArrowRight');
  await page.goto('/?lang=ru&country=TM');
  await expect(map.panel()).toBeVisible();

  const own = new URL(baseURL).origin;
  const elsewhere = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== own);
  expect(elsewhere).toEqual([]);
  expect(requests.length).toBeGreaterThan(5);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  const stored = await page.evaluate(() => Object.keys(localStorage));
  expect(stored).toEqual(['central-asia-rights-map.lang']);
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
});
