// Hover and keyboard focus show the country's name and its current status.
import { test, expect } from './support/fixtures.mjs';

// These check that something never happens, not even once (a frame, a
// move, a fetch too early): a failure that comes and goes is the map's own,
// so no retry (playwright.config.mjs).
test.describe.configure({ retries: 0 });

test('hovering a country shows its name and status', async ({ map }) => {
  await map.open('?category=press');
  await map.country('TM').hover({ position: await map.insidePoint('TM') });
  // Hidden, it keeps its last words: seen, not only there.
  await expect(map.tooltip()).toBeVisible();
  await expect(map.tooltip()).toContainText('Turkmenistan');
  await expect(map.tooltip()).toContainText('Media under tight state control');
});

test('keyboard focus shows the same', async ({ map }) => {
  await map.open('?category=lgbt');
  await map.country('UZ').focus();
  await expect(map.tooltip()).toBeVisible();
  await expect(map.tooltip()).toContainText('Uzbekistan');
  await expect(map.tooltip()).toContainText('Consensual same-sex relations between men criminalised');
});

// Over a narrow map (an embed 360 px wide, a 728 × 300 banner) the tooltip
// stays inside the map, its words wrapping: centred on Uzbekistan's point,
// half of it was cut off at the left edge, the country's name with it.
for (const [width, height] of [[360, 640], [728, 300]]) {
  test(`the tooltip stays inside a ${width}×${height} embed's map, over every country`, async ({ map, page }) => {
    await page.setViewportSize({ width, height });
    await map.open('ru/embed/issue/press/');
    for (const code of ['UZ', 'TM', 'KZ', 'KG', 'TJ']) {
      await map.country(code).hover({ position: await map.insidePoint(code) });
      await expect(map.tooltip()).toBeVisible();
      const [tip, frame] = await Promise.all(['.map-tooltip', '.map-canvas'].map((s) => page.locator(s).boundingBox()));
      expect(tip.x, code).toBeGreaterThanOrEqual(frame.x);
      expect(tip.x + tip.width, code).toBeLessThanOrEqual(frame.x + frame.width);
      expect(tip.y, code).toBeGreaterThanOrEqual(frame.y);
    }
  });
}

// Where there is room, it is centred over the country's point, as its name
// is (the name's box without its place's shift: offsetLeft).
test('the tooltip is centred over the country where the map has room', async ({ map, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await map.open();
  for (const code of ['KZ', 'TM']) {
    await map.country(code).hover({ position: await map.insidePoint(code) });
    await expect(map.tooltip()).toBeVisible();
    const [centre, point] = await page.evaluate((code) => {
      const tip = document.querySelector('.map-tooltip').getBoundingClientRect();
      const label = document.querySelector(`.country-label[data-label="${code}"]`);
      return [tip.left + tip.width / 2, label.offsetParent.getBoundingClientRect().left + label.offsetLeft];
    }, code);
    expect(Math.abs(centre - point), code).toBeLessThan(1.5);
  }
});

test('Esc hides the tooltip without moving the pointer', async ({ map, page }) => {
  await map.open('?category=press');
  await map.country('TM').hover({ position: await map.insidePoint('TM') });
  await expect(map.tooltip()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(map.tooltip()).toBeHidden();
});

// A pointer on its way across the map draws nothing: the outline and the
// tooltip wait until it rests, so a sweep does not flicker and a click as it
// arrives opens the panel without first drawing a hover.
test('a pointer passing over countries shows nothing until it rests on one', async ({ map, page }) => {
  await map.open();
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(0);
  const shapes = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-country]')].map((el) => [el.getAttribute('d'), el.dataset.country])));
  await page.evaluate(() => {
    // Every outline and every tooltip text drawn from here on.
    const seen = (window.__seen = { outlines: [], tooltips: [] });
    // The app keeps one outline per country and shows one (data-shown).
    const outlined = () => document.querySelector('.highlight[data-shown]')?.getAttribute('d') ?? 'M0 0';
    const tooltip = document.querySelector('.map-tooltip');
    new MutationObserver(() => seen.outlines.push(outlined()))
      .observe(document.querySelector('[data-testid="map"]'), { attributes: true, attributeFilter: ['d', 'data-shown'], subtree: true });
    new MutationObserver(() => tooltip.hasAttribute('data-shown') && seen.tooltips.push(tooltip.textContent))
      .observe(tooltip, { attributes: true, characterData: true, subtree: true, childList: true });
    // The mouse moving over each shape in turn, with no time to rest (the
    // map follows the pointer's moves; at the window's corner, no name is
    // under it).
    const move = (code) => document.querySelector(`[data-country="${code}"]`)
      .dispatchEvent(new PointerEvent('pointermove', { pointerType: 'mouse', bubbles: true }));
    for (const code of ['UZ', 'TM', 'TJ']) move(code);
  });
  // Resting on the last one shows it, and nothing of those it passed.
  await expect(map.tooltip()).toBeVisible();
  await expect(map.tooltip()).toContainText('Tajikistan');
  const seen = await page.evaluate(() => window.__seen);
  expect(seen.outlines.map((d) => shapes[d] ?? d)).toEqual(['TJ']);
  expect(seen.tooltips.length).toBeGreaterThan(0);
  for (const text of seen.tooltips) expect(text).toContain('Tajikistan');
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  // The panel the tap opens names the country: a tooltip would only flash over the map.
  test('a tap opens the panel and shows no tooltip', async ({ map, page }) => {
    await map.open();
    await expect(page.locator('#app[data-prerendered]')).toHaveCount(0);
    // Not even for a moment: every change of the tooltip is noted.
    await page.evaluate(() => {
      // It starts hidden: any change of data-shown is a showing.
      window.__tooltipShown = false;
      new MutationObserver((records) => { window.__tooltipShown ||= records.length > 0; })
        .observe(document.querySelector('.map-tooltip'), { attributes: true, attributeFilter: ['data-shown'] });
    });
    await map.country('UZ').tap({ position: await map.insidePoint('UZ') });
    await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
    await page.waitForTimeout(300);
    await expect(map.tooltip()).toBeHidden();
    expect(await page.evaluate(() => window.__tooltipShown)).toBe(false);
  });
});

test('Esc before the pointer has rested dismisses the hover that was coming', async ({ map, page }) => {
  await map.open();
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(0);
  await page.evaluate(() => {
    document.querySelector('[data-country="TM"]').dispatchEvent(new PointerEvent('pointermove', { pointerType: 'mouse', bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });
  // Well past the rest: nothing came back.
  await page.waitForTimeout(400);
  await expect(map.tooltip()).toBeHidden();
  await expect(page.locator('.highlight[data-shown]')).toHaveCount(0);
});

test('a click before the pointer has rested opens the panel, and no tooltip follows', async ({ map, page }) => {
  await map.open();
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(0);
  await page.evaluate(() => {
    const uz = document.querySelector('[data-country="UZ"]');
    uz.dispatchEvent(new PointerEvent('pointermove', { pointerType: 'mouse', bubbles: true }));
    uz.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
  await page.waitForTimeout(400);
  await expect(map.tooltip()).toBeHidden();
});

// In an embed as narrow as a phone's column, a country's tooltip opens at
// the map's top, where the zoom buttons are: it is drawn over them (it is
// there only while the pointer rests on a country), not under them, which
// cut Kazakhstan's name to "zakhstan".
test('in a narrow embed, the tooltip is drawn over the map\'s buttons', async ({ map, page }) => {
  await page.setViewportSize({ width: 360, height: 500 });
  await map.open('?embed=1&category=press');
  await map.country('KZ').hover({ position: await map.insidePoint('KZ') });
  await expect(map.tooltip()).toBeVisible();
  const { overlapped, covered } = await page.evaluate(() => {
    const tip = document.querySelector('[data-testid="tooltip"]');
    const r = tip.getBoundingClientRect();
    const overlapped = [...document.querySelectorAll('.map-controls button')].some((b) => {
      const o = b.getBoundingClientRect();
      return o.left < r.right && o.right > r.left && o.top < r.bottom && o.bottom > r.top;
    });
    // It takes no pointer; for this look only, it does (CSSOM, which the
    // page's policy allows), so the point finds whatever is drawn on top.
    tip.style.pointerEvents = 'auto';
    const covered = [];
    for (let x = r.left + 2; x < r.right - 2; x += 4) {
      for (let y = r.top + 2; y < r.bottom - 2; y += 4) {
        const at = document.elementFromPoint(x, y);
        if (!tip.contains(at)) covered.push(`${at?.tagName} at ${Math.round(x)},${Math.round(y)}`);
      }
    }
    tip.style.pointerEvents = '';
    return { overlapped, covered };
  });
  // The case this is about: the tooltip where a button is.
  expect(overlapped).toBe(true);
  expect(covered).toEqual([]);
});

// In a 600 × 450 embed Tajikistan's name lies over Kyrgyzstan: the mouse on
// a name hovers the country a click there opens, the name's, not the shape
// under it.
test('the mouse on a country\'s name over a neighbour\'s shape names the country a click opens', async ({ map, page }) => {
  await page.setViewportSize({ width: 600, height: 450 });
  await map.open('embed/');
  const over = await page.evaluate(() => [...document.querySelectorAll('.map-labels > .country-label')].map((n) => {
    const b = n.querySelector('.country-label-name').getBoundingClientRect();
    const [x, y] = [b.left + b.width / 2, b.top + b.height / 2];
    return { name: n.dataset.label, shape: document.elementFromPoint(x, y)?.getAttribute('data-country'), x, y };
  }).filter((l) => l.shape && l.shape !== l.name));
  expect(over.length).toBeGreaterThan(0);
  for (const { name, x, y } of over) {
    await page.mouse.move(x, y);
    await expect(page.locator('.highlight[data-shown]')).toHaveAttribute('d', await page.locator(`path[data-country="${name}"]`).getAttribute('d'));
    await expect(map.tooltip()).toBeVisible();
    await expect(map.tooltip()).toContainText(await page.locator(`.country-label[data-label="${name}"] .country-label-name`).innerText());
    await page.mouse.click(x, y);
    await expect(map.panel()).toHaveAttribute('data-panel-country', name);
    // The panel names it: no tooltip stays over the map.
    await expect(map.tooltip()).toBeHidden();
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
  }
});

// Where a name lies on the sea or a grey neighbour, a click there opens its
// country: the mouse shows the hand, as over the country's shape, and the
// arrow again on the sea away from the names.
test('the mouse shows the hand on a country\'s name over the sea or a neighbour', async ({ map, page }) => {
  await page.setViewportSize({ width: 600, height: 450 });
  await map.open('embed/');
  await page.mouse.move(1, 1);
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(0);
  const cursorAt = ({ x, y }) => page.evaluate(({ x, y }) => getComputedStyle(document.elementFromPoint(x, y)).cursor, { x, y });
  const off = await page.evaluate(() => [...document.querySelectorAll('.map-labels > .country-label')].flatMap((n) => {
    const b = n.querySelector('.country-label-name').getBoundingClientRect();
    const y = b.top + b.height / 2;
    for (let x = b.left + 2; x < b.right - 2; x += 3) {
      if (!document.elementFromPoint(x, y)?.closest('.focus-country')) return [{ x, y }];
    }
    return [];
  }));
  expect(off.length).toBeGreaterThan(0);
  for (const at of off) {
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => cursorAt(at)).toBe('pointer');
  }
  const sea = await page.evaluate(() => {
    const names = [...document.querySelectorAll('.map-labels > *')].map((n) => n.getBoundingClientRect());
    const water = document.querySelector('.map .water').getBoundingClientRect();
    for (let y = water.top + 4; y < water.bottom; y += 4) for (let x = water.left + 4; x < water.right; x += 4) {
      const free = !names.some((b) => x >= b.left - 4 && x <= b.right + 4 && y >= b.top - 4 && y <= b.bottom + 4);
      if (free && document.elementFromPoint(x, y)?.classList.contains('water')) return { x, y };
    }
    return null;
  });
  expect(sea).not.toBeNull();
  await page.mouse.move(sea.x, sea.y);
  await expect.poll(() => cursorAt(sea)).toBe('auto');
});

// The page scrolled by the wheel under a still mouse: what comes under the
// pointer is hovered (or nothing), not the country it was on before.
test('the hover follows what the page\'s scroll brings under a still mouse', async ({ map, page }) => {
  await map.open();
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(0);
  // A point of Kazakhstan, clear of names, with another country's shape 120 px below.
  const at = await page.evaluate(() => {
    const names = [...document.querySelectorAll('.map-labels > .country-label')].map((n) => n.getBoundingClientRect());
    const free = (x, y) => !names.some((b) => x >= b.left - 4 && x <= b.right + 4 && y >= b.top - 4 && y <= b.bottom + 4);
    const code = (x, y) => document.elementFromPoint(x, y)?.closest('[data-country]')?.getAttribute('data-country');
    const box = document.querySelector('[data-country="KZ"]').getBoundingClientRect();
    for (let y = box.top + 10; y < Math.min(box.bottom, innerHeight - 130); y += 5) for (let x = box.left + 10; x < box.right - 10; x += 5) {
      const below = code(x, y + 120);
      if (code(x, y) === 'KZ' && below && below !== 'KZ' && free(x, y) && free(x, y + 120)) return { x, y, below };
    }
    return null;
  });
  expect(at).not.toBeNull();
  await page.mouse.move(at.x, at.y);
  await expect(map.tooltip()).toContainText('Kazakhstan');
  await page.evaluate(() => scrollBy(0, 120));
  const name = await page.locator(`.country-label[data-label="${at.below}"] .country-label-name`).innerText();
  await expect(map.tooltip()).toContainText(name);
  await expect(page.locator('.highlight[data-shown]')).toHaveAttribute('d', await page.locator(`path[data-country="${at.below}"]`).getAttribute('d'));
});
