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
