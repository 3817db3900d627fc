// Clicking a country opens its panel: summary, finding with its source, cases.
import { test, expect } from './support/fixtures.mjs';

test('a click opens the panel, labelled by the country name', { tag: '@smoke' }, async ({ map, page }) => {
  await map.open('?category=press');
  await map.clickCountry('KZ');
  const panel = map.panel();
  await expect(panel).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Kazakhstan' })).toBeVisible();
  await expect(panel.locator('h2')).toBeFocused();
  // A mouse click moves the focus without the keyboard's ring.
  expect(await panel.locator('h2').evaluate((h) => h.matches(':focus-visible'))).toBe(false);
  await expect(panel.getByTestId('finding')).toContainText('Violent attacks on journalists');
  await expect(panel.getByTestId('finding').locator('blockquote')).toContainText('Violent attacks on journalists increased in early 2023');
  const source = panel.getByTestId('finding').getByRole('link', { name: 'Read the full source' });
  await expect(source).toHaveAttribute('href', /hrw\.org\/news\/2024\/01\/11\//);
  expect(await map.search()).toBe('?country=KZ&category=press');
});

test('lists the cases, each expanding to its excerpt and source', async ({ map }) => {
  await map.open('?country=KZ&category=press');
  const card = map.caseCard('kz-marat-zhylanbaev');
  await expect(card).toContainText('Marat Zhylanbaev');
  await expect(card).toContainText('late November');
  const toggle = card.getByRole('button', { name: 'Show the source' });
  await expect(card.locator('blockquote')).toBeHidden();
  await toggle.click();
  await expect(card.locator('blockquote')).toBeVisible();
  await expect(card.locator('blockquote')).toContainText('sentenced to seven years in prison');
  expect(await map.search()).toBe('?country=KZ&category=press&case=kz-marat-zhylanbaev');
});

test('Esc closes the panel and returns focus to the country', async ({ map, page }) => {
  await map.open();
  await map.clickCountry('UZ');
  await expect(map.panel()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(map.panel()).toHaveCount(0);
  await expect(map.country('UZ')).toBeFocused();
  expect(await map.search()).toBe('');
});

test('the close button closes the panel too', async ({ map }) => {
  await map.open('?country=TJ');
  await map.panel().getByRole('button', { name: 'Close', exact: true }).click();
  await expect(map.panel()).toHaveCount(0);
  await expect(map.country('TJ')).toBeFocused();
});

test('previous and next move between countries', async ({ map }) => {
  await map.open('?country=KZ');
  await map.panel().getByRole('button', { name: /Next country/ }).click();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KG');
  await map.panel().getByRole('button', { name: /Previous country/ }).click();
  await map.panel().getByRole('button', { name: /Previous country/ }).click();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
  // The arrows are drawn, not spoken.
  for (const name of ['Previous country', 'Next country']) {
    await expect(map.panel().getByRole('button', { name, exact: true })).toHaveCount(1);
  }
});

test('a not-covered finding says so plainly', async ({ map }) => {
  await map.open('?country=KZ&category=lgbt');
  await expect(map.panel().getByTestId('finding')).toContainText('Not mentioned in the source');
  await expect(map.panel().getByTestId('finding')).toContainText('does not mean there is no problem');
});
