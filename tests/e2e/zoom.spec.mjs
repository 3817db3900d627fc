// Zoom buttons and drag-to-pan; the mouse wheel is left to the page.
import { test, expect } from './support/fixtures.mjs';

test('zoom in, out and reset change the visible part of the map', async ({ map, page }) => {
  await map.open();
  const whole = await map.viewBox();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await map.viewBox();
  expect(zoomed).not.toBe(whole);
  expect(Number(zoomed.split(' ')[2])).toBeCloseTo(Number(whole.split(' ')[2]) / 2, 0);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  expect(await map.viewBox()).toBe(whole);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  expect(await map.viewBox()).toBe(whole);
});

test('zooming in with a country open goes to that country', async ({ map, page }) => {
  await map.open('?country=KG');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const [x, y, w, h] = (await map.viewBox()).split(' ').map(Number);
  const kg = await map.page.evaluate(() => {
    const b = document.querySelector('path[data-country="KG"]').getBBox();
    return { cx: b.x + b.width / 2, cy: b.y + b.height / 2 };
  });
  expect(kg.cx).toBeGreaterThan(x);
  expect(kg.cx).toBeLessThan(x + w);
  expect(kg.cy).toBeGreaterThan(y);
  expect(kg.cy).toBeLessThan(y + h);
});

test('dragging pans only when zoomed, and a drag opens no panel', async ({ map, page }) => {
  await map.open();
  const box = await page.getByTestId('map').boundingBox();
  const whole = await map.viewBox();
  const drag = async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 5 });
    await page.mouse.up();
  };
  await drag();
  expect(await map.viewBox()).toBe(whole);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await map.viewBox();
  await drag();
  expect(await map.viewBox()).not.toBe(zoomed);
  await expect(map.panel()).toHaveCount(0);
});

// The click that ends a captured drag may go to the map rather than a
// country; the drag must not then swallow the next click, even once the map
// is no longer zoomed.
test('after a drag, the next click on a country opens it, zoomed or not', async ({ map, page }) => {
  await map.open();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const box = await page.getByTestId('map').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  await expect(map.panel()).toHaveCount(0);
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await map.clickCountry('UZ');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
});

test('the mouse wheel scrolls the page and leaves the map alone', async ({ map, page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await map.open();
  const whole = await map.viewBox();
  const box = await page.getByTestId('map').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(await map.viewBox()).toBe(whole);
});

// WCAG 2.5.7 and 2.1.1: moving the zoomed map without dragging.
test('zoomed in, the pan buttons move the map a step at a time and stop at its edge', async ({ map, page }) => {
  await map.open();
  await expect(page.getByTestId('pan-controls')).toHaveCount(0);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const pan = page.getByRole('group', { name: 'Move the map' });
  await expect(pan.getByRole('button')).toHaveCount(4);
  const x = async () => Number((await map.viewBox()).split(' ')[0]);
  const before = await x();
  await pan.getByRole('button', { name: 'Move the map right' }).click();
  expect(await x()).toBeGreaterThan(before);
  const left = pan.getByRole('button', { name: 'Move the map left' });
  for (let i = 0; i < 8 && (await left.getAttribute('aria-disabled')) === 'false'; i++) await left.click();
  expect(await x()).toBeCloseTo(0, 0);
  await expect(left).toHaveAttribute('aria-disabled', 'true');
  await left.click({ force: true }); // unavailable: nothing moves
  expect(await x()).toBeCloseTo(0, 0);
  await expect(left).toBeFocused();
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect(page.getByTestId('pan-controls')).toHaveCount(0);
});

test('zoomed in, Shift with an arrow key moves the map from a focused country', async ({ map, page }) => {
  await map.open();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await map.viewBox();
  await map.country('KZ').focus();
  const revealed = await map.viewBox();
  await page.keyboard.press('Shift+ArrowDown');
  const moved = await map.viewBox();
  expect(moved).not.toBe(revealed);
  expect(Number(moved.split(' ')[1])).toBeGreaterThan(Number(revealed.split(' ')[1]));
  // The focus stays on the country; a plain arrow still moves between countries.
  await expect(map.country('KZ')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(map.country('KG')).toBeFocused();
  expect(zoomed).toBeTruthy();
});

test('zoomed in, a country opened from the list comes into view', async ({ map, page }) => {
  await map.open();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const pan = page.getByRole('group', { name: 'Move the map' });
  for (const name of ['Move the map up', 'Move the map right']) {
    const button = pan.getByRole('button', { name });
    while ((await button.getAttribute('aria-disabled')) === 'false') await button.click();
  }
  const inView = (code) => page.evaluate((c) => {
    const svg = document.querySelector('svg.map');
    const [x, y, w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
    const b = document.querySelector(`path[data-country="${c}"]`).getBBox();
    const [cx, cy] = [b.x + b.width / 2, b.y + b.height / 2];
    return cx >= x && cx <= x + w && cy >= y && cy <= y + h;
  }, code);
  expect(await inView('TM')).toBe(false);
  await map.countryButton('TM').click();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'TM');
  await expect.poll(() => inView('TM')).toBe(true);
});

test('the map buttons are named once: by their title, their sign hidden (as Chromium exposes them)', async ({ map, page }) => {
  await map.open('?country=KG');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  // Chromium's own accessibility tree: Playwright's description reads any title.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const buttons = Object.fromEntries(nodes.filter((n) => n.role?.value === 'button')
    .map((n) => [n.name?.value, n.description?.value ?? '']));
  for (const name of ['Zoom in', 'Zoom out', 'Reset zoom', 'Move the map up', 'Move the map left', 'Close']) {
    expect(buttons[name], name).toBe('');
  }
  await expect(map.panel().getByRole('button', { name: 'Close', exact: true })).toHaveAttribute('title', 'Close');
});
