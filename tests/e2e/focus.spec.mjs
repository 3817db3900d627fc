// Where the keyboard focus goes when a control opens, closes or goes away:
// never back to the page's top (<body>), where a screen reader loses its place.
import { test, expect } from './support/fixtures.mjs';

const focusedTag = (page) => page.evaluate(() => document.activeElement?.tagName ?? 'none');

test('Present puts the focus on the slide title; Esc gives it back to Present and restores the map', async ({ map, page }) => {
  await map.open('?country=UZ&category=press');
  await page.getByTestId('present').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.slide-title')).toBeFocused();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('present')).toBeFocused();
  expect(await map.search()).toBe('?country=UZ&category=press');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
});

test('in a presentation, arrows on a focused country move between countries and leave the slide', async ({ map, page }) => {
  await map.open('?present=1&step=2');
  await map.country('KZ').focus();
  await page.keyboard.press('ArrowRight');
  await expect(map.country('KG')).toBeFocused();
  expect(await map.search()).toBe('?country=KZ&present=1&step=2');
  // A clicker's Page Down still turns the slide.
  await page.keyboard.press('PageDown');
  expect(await map.search()).toBe('?country=KZ&present=1&step=3');
});

test('closing the embed dialog, by its button or Esc, returns the focus to Embed', async ({ page, map }) => {
  await map.open();
  const embed = page.locator('.embed-button');
  await embed.click();
  await page.getByTestId('embed-dialog').getByRole('button', { name: 'Close' }).click();
  await expect(embed).toBeFocused();
  await embed.click();
  await page.locator('#embed-iframe-code').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('embed-dialog')).toHaveCount(0);
  await expect(embed).toBeFocused();
});

// Esc went on to the page, which closed the country's panel behind the box:
// the box's code then embedded the map, not the country.
test('Esc on Embed closes its box, and the country stays open and in its code', async ({ page, map }) => {
  await map.open('?country=KG');
  const embed = page.locator('.embed-button');
  await embed.click();
  await expect(page.getByTestId('embed-iframe-code')).toHaveValue(/embed\/country\/kg\//);
  await expect(embed).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('embed-dialog')).toHaveCount(0);
  await expect(embed).toBeFocused();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KG');
  await expect(page).toHaveURL(/country\/kg\//);
  // A second Esc, with the box closed, closes the panel, wherever the focus is.
  await page.keyboard.press('Escape');
  await expect(map.panel()).toHaveCount(0);
});

test('dismissing a notice moves the focus on to the map, not to the top of the page', async ({ map, page }) => {
  await map.open('?country=XX');
  await page.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(map.notices()).toBeEmpty();
  // The focus moves in the frame after the notice goes (src/ui/notice.rs).
  await expect.poll(() => focusedTag(page)).toBe('MAIN');
});

test('a zoom button keeps the focus at its limit, and says it is unavailable', async ({ map, page }) => {
  await map.open();
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  await zoomIn.focus();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Enter');
  await expect(zoomIn).toBeFocused();
  await expect(zoomIn).toHaveAttribute('aria-disabled', 'true');
  const box = await map.viewBox();
  await page.keyboard.press('Enter');
  expect(await map.viewBox()).toBe(box);
  const reset = page.getByRole('button', { name: 'Reset zoom' });
  await reset.focus();
  await page.keyboard.press('Enter');
  await expect(reset).toBeFocused();
  await expect(reset).toHaveAttribute('aria-disabled', 'true');
});

test('zoomed in, a country reached with the arrow keys is brought into view', async ({ map, page }) => {
  await map.open('?country=KG');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await map.country('KG').focus();
  for (const code of ['TJ', 'TM', 'UZ', 'KZ']) {
    await page.keyboard.press('ArrowRight');
    await expect(map.country(code)).toBeFocused();
    // The centre of the country's box is inside the visible map.
    const inView = await page.evaluate((c) => {
      const svg = document.querySelector('[data-testid="map"]').getBoundingClientRect();
      const r = document.querySelector(`path[data-country="${c}"]`).getBoundingClientRect();
      const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
      return x >= svg.x && x <= svg.right && y >= svg.y && y <= svg.bottom;
    }, code);
    expect(inView, code).toBe(true);
  }
});

test('the open country is marked as current on the map, for screen readers', async ({ map }) => {
  await map.open('?country=TJ');
  await expect(map.country('TJ')).toHaveAttribute('aria-current', 'true');
  await expect(map.country('KZ')).not.toHaveAttribute('aria-current', /.*/);
});

test('closing a panel puts the focus back where it was opened: the list entry or the map', async ({ map, page }) => {
  await map.open();
  await map.countryButton('KG').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#country-panel-heading-KG')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(map.countryButton('KG')).toBeFocused();
  // From the map, back to the map (stepping to the next country on the way).
  await map.country('KG').focus();
  await page.keyboard.press('Enter');
  await map.panel().locator('.panel-next').click();
  await map.panel().getByRole('button', { name: 'Close', exact: true }).click();
  await expect(map.country('TJ')).toBeFocused();
});

test('Back and Forward take the focus with the panel: to the heading of the one they show, back to the country of the one they hide', async ({ map, page }) => {
  await map.open();
  await map.country('KZ').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#country-panel-heading-KZ')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(map.country('KZ')).toBeFocused();
  // The close's address, written after its frame, before Back.
  await expect(page).toHaveURL(/:\d+\/$/);
  await page.goBack();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KZ');
  await expect(page.locator('#country-panel-heading-KZ')).toBeFocused();
  // The focus was in the panel Forward hides: not left on the page's body.
  await page.goForward();
  await expect(map.panel()).toHaveCount(0);
  await expect(map.country('KZ')).toBeFocused();
  expect(await focusedTag(page)).not.toBe('BODY');
});

test('Back from a panel opened from the table puts the focus on its row', async ({ map, page }) => {
  await map.open('?view=table');
  await map.tableView().locator('[data-row="KG"] .table-country').click();
  await expect(page.locator('#country-panel-heading-KG')).toBeFocused();
  await expect(page).toHaveURL(/\/country\/kg\/$/);
  await page.goBack();
  await expect(map.tableView()).toBeVisible();
  await expect(map.tableView().locator('[data-row="KG"] .table-country')).toBeFocused();
});

// WCAG 2.4.3: a control that replaces itself hands the focus on.
test('choosing an issue in a panel’s overview list moves the focus to that finding', async ({ map, page }) => {
  await map.open('?country=KZ');
  const item = map.panel().getByRole('button', { name: /^Show on the map: Expression and media/ });
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(map.categorySelect()).toHaveValue('press');
  await expect(map.panel().getByRole('heading', { name: 'Finding: Expression and media' })).toBeFocused();
});

test('a country opened from the table puts the focus on its panel’s heading', async ({ map, page }) => {
  await map.open('?view=table');
  await map.tableView().getByRole('button', { name: /Kyrgyzstan/ }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#country-panel-heading-KG')).toBeFocused();
  await expect(page.locator('#country-panel-heading-KG')).toHaveText('Kyrgyzstan');
});

// A press does not focus the country (src/ui/map/country_shape.rs): the
// click's panel takes the focus, and the map's Tab stop follows the open
// country however it was opened.
test('a press on a country leaves the focus where it was; its click puts it on the panel, and the map\'s Tab stop is that country', async ({ map, page }) => {
  await map.open();
  await map.categorySelect().focus();
  const box = await map.country('UZ').boundingBox();
  const at = await map.insidePoint('UZ');
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.mouse.down();
  await expect(map.categorySelect()).toBeFocused();
  await page.mouse.up();
  await expect(page.locator('#country-panel-heading-UZ')).toBeFocused();
  await expect(map.country('UZ')).toHaveAttribute('tabindex', '0');
  await expect(page.locator('path[data-country][tabindex="0"]')).toHaveCount(1);
  // From the list too (shown again once the panel is closed).
  await page.keyboard.press('Escape');
  await map.countryButton('KG').click();
  await expect(page.locator('#country-panel-heading-KG')).toBeFocused();
  await expect(map.country('KG')).toHaveAttribute('tabindex', '0');
  await expect(page.locator('path[data-country][tabindex="0"]')).toHaveCount(1);
});

// The Tab stop follows the open country, but not from under the keyboard:
// a clicker's Page Down opens the next slide's country while the focus is on
// another one, which stays the map's one stop.
test('a country opened while the keyboard is on another leaves the Tab stop with the focus', async ({ map, page }) => {
  await map.open('?present=1&step=2');
  await map.country('KZ').focus();
  await page.keyboard.press('ArrowRight');
  await expect(map.country('KG')).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect.poll(() => map.search()).toBe('?country=KZ&present=1&step=3');
  // Past the frame after which the stop would move.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
  await expect(map.country('KG')).toBeFocused();
  await expect(page.locator('path[data-country][tabindex="0"]')).toHaveCount(1);
  await expect(map.country('KG')).toHaveAttribute('tabindex', '0');
});
