// Work proportional to change: the DOM is not rebuilt at start, a category
// switch only changes fills and texts, a click only adds the panel.
import { test, expect } from './support/fixtures.mjs';

// These check that something never happens, not even once (a frame, a
// move, a fetch too early): a failure that comes and goes is the map's own,
// so no retry (playwright.config.mjs).
test.describe.configure({ retries: 0 });

/** Starts recording DOM changes; the returned function stops and summarises them. */
async function record(page) {
  await page.evaluate(() => {
    window.__changes = [];
    window.__observer = new MutationObserver((records) => {
      for (const r of records) {
        window.__changes.push({
          type: r.type,
          attribute: r.attributeName,
          added: [...r.addedNodes].filter((n) => n.nodeType === 1).map((n) => n.tagName.toLowerCase()),
          removed: [...r.removedNodes].filter((n) => n.nodeType === 1).map((n) => n.tagName.toLowerCase()),
          inMap: !!r.target.closest?.('svg.map') || r.target.nodeName === 'svg',
          inPanel: !!(r.target.closest?.('[data-testid="country-panel"]') || r.target.closest?.('main')),
        });
      }
    });
    window.__observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  return async () => {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    return page.evaluate(() => { window.__observer.disconnect(); return window.__changes; });
  };
}

test('the app builds the page once: after the swap nothing is removed', async ({ page }) => {
  await page.addInitScript(() => {
    window.__removed = [];
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.removedNodes) {
          // The swap itself replaces the prerendered root: that is expected.
          if (n.nodeType === 1 && !(n.id === 'app' && n.hasAttribute('data-prerendered'))) window.__removed.push(n.tagName);
        }
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto('/');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.__removed)).toEqual([]);
});

test('an issue switch changes fills and labels, and adds or removes no map shape', async ({ page, map }) => {
  await map.open();
  const shapes = await page.locator('svg.map path').count();
  const stop = await record(page);
  await map.selectCategory('press');
  await expect(page.locator('#legend-heading')).toHaveText('Expression and media');
  const changes = await stop();
  const mapElements = changes.filter((c) => c.inMap && c.type === 'childList').flatMap((c) => [...c.added, ...c.removed]);
  expect(mapElements.filter((t) => t === 'path' || t === 'g'), 'shapes added or removed').toEqual([]);
  expect(changes.some((c) => c.inMap && c.attribute === 'fill')).toBe(true);
  expect(await page.locator('svg.map path').count()).toBe(shapes);
});

test('a click shows a kept panel and a kept outline: no element is added or removed, and no path changes', async ({ page, map }) => {
  await map.open();
  // Every country's panel is built once the page has been drawn, and kept.
  await expect(page.locator('.app-panel > .country-panel')).toHaveCount(5);
  const stop = await record(page);
  await map.countryButton('KG').click();
  await expect(map.panel()).toBeVisible();
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KG');
  const changes = await stop();
  expect(changes.flatMap((c) => [...c.added, ...c.removed]), 'elements added or removed').toEqual([]);
  // No path's data changes (the browser would parse it again): the map
  // shows the selected country's outline, kept with the others.
  expect(changes.filter((c) => c.inMap && c.attribute === 'd')).toEqual([]);
  expect(changes.some((c) => c.inMap && c.attribute === 'data-shown')).toBe(true);
  await expect(page.locator('.highlight[data-shown]')).toHaveAttribute('d', await map.country('KG').getAttribute('d'));
  // A click on the map too: the bench's click, press and release at once.
  const again = await record(page);
  await map.clickCountry('UZ');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
  const clicked = await again();
  expect(clicked.flatMap((c) => [...c.added, ...c.removed]), 'elements added or removed').toEqual([]);
  expect(clicked.filter((c) => c.inMap && c.attribute === 'd')).toEqual([]);
  await expect(page.locator('.highlight[data-shown]')).toHaveAttribute('d', await map.country('UZ').getAttribute('d'));
});

test('the frame that answers a click changes the panel and the outline; the list’s and the shapes’ marks follow it, and a close clears them at once', async ({ page, map }) => {
  await map.open('?country=KZ');
  await expect(page.locator('.app-panel > .country-panel')).toHaveCount(5);
  // What the frame after an input will draw: read in a frame callback asked
  // for as the input arrives, the first of that frame.
  const inFrameAfter = (type) => page.evaluate((type) => {
    const code = (selector, attr) => [...document.querySelectorAll(selector)].map((el) => el.getAttribute(attr));
    window.__inFrame = undefined;
    addEventListener(type, () => requestAnimationFrame(() => {
      window.__inFrame = {
        panel: code('[data-testid="country-panel"]', 'data-panel-country'),
        outline: code('.highlight[data-shown]', 'data-outline'),
        list: code('[data-country-button][aria-current="true"]', 'data-country-button'),
        shapes: code('path[data-country][aria-current="true"]', 'data-country'),
      };
    }), { capture: true, once: true });
  }, type);
  const drawn = async () => (await page.waitForFunction(() => window.__inFrame)).jsonValue();
  await inFrameAfter('click');
  await map.clickCountry('UZ');
  expect(await drawn()).toEqual({ panel: ['UZ'], outline: ['UZ'], list: ['KZ'], shapes: ['KZ'] });
  await expect(map.countryButton('UZ')).toHaveAttribute('aria-current', 'true');
  await expect(map.countryButton('KZ')).not.toHaveAttribute('aria-current', /.*/);
  await expect(map.country('UZ')).toHaveAttribute('aria-current', 'true');
  await expect(map.country('KZ')).not.toHaveAttribute('aria-current', /.*/);
  // Closed, the focus goes back to the country (outlined, as the focused
  // one), which is no longer current.
  await inFrameAfter('keydown');
  await page.keyboard.press('Escape');
  expect(await drawn()).toEqual({ panel: [], outline: ['UZ'], list: [], shapes: [] });
  await expect(map.country('UZ')).toBeFocused();
});

test('only the shown panel is the page’s panel: the kept ones are out of sight, the tab order and the accessibility tree', async ({ page, map }) => {
  await map.open('?country=TJ');
  await expect(page.locator('.app-panel > .country-panel')).toHaveCount(5);
  await expect(page.getByTestId('country-panel')).toHaveCount(1);
  await expect(page.getByRole('complementary')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: 'Tajikistan' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Kazakhstan' })).toHaveCount(0);
  // From the last control of the panel, Tab leaves it for what follows, not a kept panel.
  await map.panel().getByTestId('print-button').focus();
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement.closest('.app-panel')?.querySelector('.country-panel')?.dataset.panelCountry ?? null);
  expect(next).toBeNull();
});

/** The browser's own record (a Chromium trace) of the rendering work `action` causes, to the frame after it. */
async function renderingWork(page, action) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await action();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await cdp.send('Tracing.end');
  await done;
  // Where each layout pass started: the element (tag and class) it laid out from.
  const rootIds = events.filter((e) => e.name === 'Layout').flatMap((e) => (e.args?.endData?.layoutRoots ?? []).map((r) => r.nodeId));
  const roots = [];
  for (const backendNodeId of rootIds) {
    const { node } = await cdp.send('DOM.describeNode', { backendNodeId });
    const attrs = node.attributes ?? [];
    const cls = attrs[attrs.indexOf('class') + 1] ?? '';
    roots.push(`${node.nodeName.toLowerCase()}${attrs.includes('class') ? `.${cls.split(' ').join('.')}` : ''}`);
  }
  await cdp.detach();
  return {
    roots,
    // Elements whose style was computed, per style pass.
    restyled: events.filter((e) => e.name === 'UpdateLayoutTree').map((e) => e.args?.elementCount ?? e.args?.beginData?.elementCount ?? 0),
    // Layout objects under the roots of each layout pass.
    laidOut: events.filter((e) => e.name === 'Layout').map((e) => e.args?.beginData?.totalObjects ?? 0),
  };
}

// Counts, not times: stable on a shared machine. A kept panel is laid out once
// unseen ("warm"); if the warm state differed from the shown one in an
// inherited property, its first showing would restyle every element in it.
test('a kept panel shown for the first time restyles its frame, not all that is in it', async ({ page, map }) => {
  await map.open();
  await expect(page.locator('.app-panel > .country-panel')).toHaveCount(5);
  await expect(page.locator('.app-panel[data-warm]')).toHaveCount(0);
  const inPanel = await page.locator('.app-panel:has([data-panel-country="UZ"]) *').count();
  await map.clickCountry('KG');
  await expect(map.panel()).toHaveAttribute('data-panel-country', 'KG');
  const work = await renderingWork(page, async () => {
    await map.clickCountry('UZ');
    await expect(map.panel()).toHaveAttribute('data-panel-country', 'UZ');
  });
  expect(work.restyled.length, 'style passes').toBeGreaterThan(0);
  expect(Math.max(...work.restyled), 'elements restyled').toBeGreaterThan(0);
  expect(Math.max(...work.restyled), `elements restyled (the panel holds ${inPanel})`).toBeLessThan(inPanel / 5);
});

// The tooltip's text changes on hover; the map says its size does not depend
// on what it holds (containment), so the page around it is not laid out again.
test('hovering a country lays out the map, not the page', async ({ page, map }) => {
  await map.open();
  // Once the kept panels are built and laid out, which is work of its own.
  await expect(page.locator('.app-panel > .country-panel')).toHaveCount(5);
  await expect(page.locator('.app-panel[data-warm]')).toHaveCount(0);
  // From a neighbour, so that only the hovered country changes.
  await map.contextCountries().first().hover({ force: true });
  await expect(map.tooltip()).toBeHidden();
  const position = await map.insidePoint('KZ');
  const work = await renderingWork(page, async () => {
    await map.country('KZ').hover({ position });
    // Waiting by reading an attribute: Playwright's own visibility checks
    // lay out the page (they open closed details and skipped sections).
    await page.waitForFunction(() => document.querySelector('.map-tooltip').hasAttribute('data-shown'), null, { polling: 'raf' });
  });
  await expect(map.tooltip()).toBeVisible();
  // The trace saw the hover's restyle. It may lay nothing out at all (the
  // outline and the tooltip are kept and only shown); whatever it lays out
  // is the map's box or something in it, such as the SVG; never the document.
  expect(work.restyled.length, 'style passes').toBeGreaterThan(0);
  expect(work.roots.filter((r) => !/^(div\.map-canvas|svg\.map)\b/.test(r)), `layout roots: ${work.roots}`).toEqual([]);
});
