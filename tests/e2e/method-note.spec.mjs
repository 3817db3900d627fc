// "How to read this map": the method note, reachable from the legend, the
// panel, the embed and the print dossier, with the data's version, its change
// log and ready citations.
import { readFile } from 'node:fs/promises';
import { test, expect } from './support/fixtures.mjs';

const DATA = JSON.parse(await readFile('assets/data/rights.json', 'utf8'));
const TODAY = new Date().toISOString().slice(0, 10);

test('the legend links to the note, which says what the source is and how to read the map', async ({ map, page }) => {
  await map.open('?category=press');
  await expect(map.legend()).toContainText('the source does not rank countries');
  await map.legend().getByTestId('method-link').click();
  await expect(page).toHaveURL(/#method$/);
  const note = page.getByTestId('method');
  await expect(note.getByRole('heading', { name: 'How to read this map' })).toBeInViewport();
  await expect(note).toContainText('a short news release');
  await expect(note).toContainText('not the 740-page report itself');
  await expect(note).toContainText('It does not mean there is no problem');
  await expect(note).toContainText('11 January 2024');
  await expect(note.getByTestId('data-version')).toHaveText(`Data version ${DATA.version}.`);
  await expect(note.locator('.method-changes li')).toHaveCount(DATA.changes.length);
});

test('the note cites the map with its version, its address and the day it is read', async ({ map, page }) => {
  await map.open();
  const citation = page.getByTestId('method').getByTestId('citation');
  await expect(citation).toContainText(`Central Asia Rights Map. Data version ${DATA.version}. http://127.0.0.1:`);
  const [y, m, d] = TODAY.split('-').map(Number);
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  await expect(citation).toContainText(`(accessed ${d} ${month} ${y})`);
  await expect(citation).toContainText('Based on: Human Rights Watch, “Central Asia: Renewed Engagement Offers Rights Opportunities”');
});

test('a country’s panel links to the note and cites its own page', async ({ map, page }) => {
  await map.open('?country=KZ');
  const panel = map.panel();
  await expect(panel.getByTestId('method-link')).toHaveAttribute('href', '#method');
  const cite = panel.locator('[data-cited="country"]');
  await cite.locator('summary').click();
  const citation = cite.locator('.citation');
  await expect(citation).toContainText('Central Asia Rights Map: “Kazakhstan”. Data version');
  await expect(citation).toContainText('/country/kz/');
});

test('an expanded case cites the case’s own page', async ({ map, page }) => {
  await map.open('?country=KZ&category=political-prisoners&case=kz-marat-zhylanbaev');
  const card = map.panel().locator('[data-case="kz-marat-zhylanbaev"]');
  await card.getByTestId('cite').locator('summary').click();
  await expect(card.getByTestId('cite')).toContainText('“Marat Zhylanbaev, government critic (Kazakhstan)”');
  await expect(card.getByTestId('cite')).toContainText('/case/kz-marat-zhylanbaev/');
});

test('an embed links to the full map’s note in a new tab', async ({ page }) => {
  await page.goto('/embed/country/kz/');
  const link = page.getByTestId('method-link').first();
  await expect(link).toHaveAttribute('target', '_blank');
  const href = await link.evaluate((a) => a.href);
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#method$/);
});

test('the print dossier carries the note and each country’s citation', async ({ map, page }) => {
  await page.addInitScript(() => { window.print = () => {}; });
  await map.open('?country=TM');
  await map.panel().getByTestId('print-button').click();
  await page.emulateMedia({ media: 'print' });
  const dossier = page.getByTestId('dossier');
  await expect(dossier.getByTestId('dossier-method')).toContainText('How to read this map');
  await expect(dossier.getByTestId('dossier-method')).toContainText(`Data version ${DATA.version}`);
  await expect(dossier.getByTestId('dossier-citation')).toContainText('“Turkmenistan”');
});

test('in Russian, the note and the citation are Russian', async ({ map, page }) => {
  await map.open('?lang=ru');
  const note = page.getByTestId('method');
  await expect(note.getByRole('heading', { name: 'Как читать эту карту' })).toBeAttached();
  await expect(note.getByTestId('citation')).toContainText(`Версия данных ${DATA.version}`);
  await expect(note.getByTestId('citation')).toContainText('дата обращения');
});

test('without JavaScript, the page carries the note and a citation without a day of reading', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/country/tj/');
  await expect(page.getByTestId('method')).toContainText('How to read this map');
  const citation = page.getByTestId('method').getByTestId('citation');
  await expect(citation).toContainText(`Data version ${DATA.version}`);
  await expect(citation).not.toContainText('accessed');
  await context.close();
});
