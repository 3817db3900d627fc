// Before the app: a country's panel opened by the page's own script. It marks
// the panel chosen rather than navigating to its fragment (a fragment
// navigation lays the whole page out inside the click), and back and forward
// still open the panel their address names.
import { createServer } from 'node:http';
import { test, expect, holdWasm } from './support/fixtures.mjs';
import { pressShape } from './support/map-page.mjs';

test.use({ serviceWorkers: 'block' });

const shown = (page) => page.locator('.static-panel [data-testid="country-panel"]:visible');

/** The country the map outlines and the list marks current (null for none). */
function marked(page) {
  return page.evaluate(() => {
    const d = document.querySelector('path.highlight').getAttribute('d');
    const outlined = [...document.querySelectorAll('path[data-country]')].find((p) => d && p.getAttribute('d') === d);
    const current = [...document.querySelectorAll('[data-country-button][aria-current="true"]')];
    return { outlined: outlined?.dataset.country ?? null, current: current.map((b) => b.dataset.countryButton) };
  });
}

test('a click opens the panel without a fragment navigation, and the address still names it', async ({ page }) => {
  await holdWasm(page);
  await page.goto('/', { prerendered: true });
  await page.evaluate(() => {
    window.__hashchanges = 0;
    addEventListener('hashchange', () => window.__hashchanges++);
  });
  await pressShape(page, 'KZ');
  await expect(shown(page)).toHaveCount(1);
  await expect(page.locator('#country-KZ [data-testid="country-panel"]')).toBeVisible();
  await expect(page).toHaveURL(/\/\?country=KZ#country-KZ$/);
  await expect(page.locator('#country-KZ h2')).toBeFocused();
  expect(await page.evaluate(() => [window.__hashchanges, document.querySelector(':target')])).toEqual([0, null]);
});

// The panel is the answer: the address, whose history entry took 4-8 ms
// inside the click (traced), is written in the task after the panel's frame.
test('the address is written after the frame that shows the panel, not inside the click', async ({ page }) => {
  await holdWasm(page);
  await page.goto('/', { prerendered: true });
  const seen = await page.evaluate(() => new Promise((resolve) => {
    const panel = () => getComputedStyle(document.getElementById('country-KZ')).display !== 'none';
    document.querySelector('a[data-country-button="KZ"]').click();
    const inClick = { panel: panel(), address: location.search + location.hash };
    requestAnimationFrame(() => setTimeout(() => setTimeout(() => resolve({ inClick, after: location.search + location.hash }))));
  }));
  expect(seen).toEqual({ inClick: { panel: true, address: '' }, after: '?country=KZ#country-KZ' });
});

// ... unless the app takes over before then: the loader says so first
// (scripts/app-loader.js), and the app starts from the address.
test('a panel opened just before the app takes over, or after, has its address written at once', async ({ page }) => {
  await holdWasm(page);
  await page.goto('/', { prerendered: true });
  const address = await page.evaluate(() => {
    document.querySelector('a[data-country-button="TJ"]').click();
    dispatchEvent(new Event('rights-map-takeover'));
    const then = location.search + location.hash;
    // And from then on, until the app has mounted.
    document.querySelector('a[data-country-button="UZ"]').click();
    return [then, location.search + location.hash];
  });
  expect(address).toEqual(['?country=TJ#country-TJ', '?country=UZ#country-UZ']);
});

test('before the app, the map and the list follow the panel, and back and forward open the panel each address names', async ({ page }) => {
  await holdWasm(page);
  await page.goto('/country/kg/', { prerendered: true });
  await expect(page.locator('#country-KG [data-testid="country-panel"]')).toBeVisible();
  expect(await marked(page)).toEqual({ outlined: 'KG', current: ['KG'] });
  await pressShape(page, 'TM');
  await expect(page.locator('#country-TM [data-testid="country-panel"]')).toBeVisible();
  // The map and the list follow the panel, not the page's own country.
  expect(await marked(page)).toEqual({ outlined: 'TM', current: ['TM'] });
  await page.keyboard.press('Escape');
  await expect(shown(page)).toHaveCount(0);
  expect(await marked(page)).toEqual({ outlined: null, current: [] });
  // The address follows the panel's frame: back goes from there.
  await expect(page).not.toHaveURL(/#country-TM$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/country\/kg\/\?country=TM#country-TM$/);
  await expect(page.locator('#country-TM [data-testid="country-panel"]')).toBeVisible();
  await expect(shown(page)).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL(/\/country\/kg\/$/);
  await expect(page.locator('#country-KG [data-testid="country-panel"]')).toBeVisible();
  await expect(shown(page)).toHaveCount(1);
  expect(await marked(page)).toEqual({ outlined: 'KG', current: ['KG'] });
  await page.goForward();
  await expect(page.locator('#country-TM [data-testid="country-panel"]')).toBeVisible();
  await page.goForward();
  await expect(shown(page)).toHaveCount(0);
});

test('an address with a panel fragment opens it, and a click then opens another', async ({ page }) => {
  await holdWasm(page);
  await page.goto('/#country-TJ', { prerendered: true });
  await expect(page.locator('#country-TJ [data-testid="country-panel"]')).toBeVisible();
  await pressShape(page, 'UZ');
  await expect(page.locator('#country-UZ [data-testid="country-panel"]')).toBeVisible();
  await expect(shown(page)).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(shown(page)).toHaveCount(0);
  await expect(page.locator('a[data-country-link="UZ"]')).toBeFocused();
});

test('an address naming another panel outlines and marks that country once the page is read', async ({ page }) => {
  await holdWasm(page);
  await page.goto('/country/kg/#country-TM', { prerendered: true });
  await expect(page.locator('#country-TM [data-testid="country-panel"]')).toBeVisible();
  await expect(shown(page)).toHaveCount(1);
  expect(await marked(page)).toEqual({ outlined: 'TM', current: ['TM'] });
  await page.goto('/country/kg/#no-panel', { prerendered: true });
  await expect(shown(page)).toHaveCount(0);
  expect(await marked(page)).toEqual({ outlined: null, current: [] });
});

test('after back, × gives the focus to the link of the country shown, not of the one left', async ({ page }) => {
  await holdWasm(page);
  await page.goto('/country/kg/', { prerendered: true });
  await pressShape(page, 'TM');
  await expect(page.locator('#country-TM [data-testid="country-panel"]')).toBeVisible();
  await expect(page).toHaveURL(/#country-TM$/);
  await page.goBack();
  await expect(page.locator('#country-KG [data-testid="country-panel"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shown(page)).toHaveCount(0);
  await expect(page.locator('a[data-country-link="KG"]')).toBeFocused();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

  test('a tapped country opens its sheet over the page, the legend and the list staying in it', async ({ page }) => {
    await holdWasm(page);
    await page.goto('/', { prerendered: true });
    // Where the list entry is in the page (the tap scrolls the map above the sheet).
    const inPage = () => page.locator('a[data-country-button="KZ"]')
      .evaluate((a) => { const r = a.getBoundingClientRect(); return [r.x, r.y + scrollY, r.width, r.height]; });
    const list = await inPage();
    await pressShape(page, 'TJ', { tap: true });
    await expect(page.locator('#country-TJ [data-testid="country-panel"]')).toBeVisible();
    // Under the sheet, where the app keeps them too: nothing in the page moves.
    await expect(page.getByTestId('legend')).toBeVisible();
    expect(await inPage()).toEqual(list);
  });
});

/** Where the panels start in a page: a cut there holds all of them back. */
const beforePanels = (body) => body.lastIndexOf('<', body.indexOf('class="static-panels"'));
/** Where the panel of `code` ends: where the next one starts (a panel has
 * sections of its own). The panels after it are still to come. */
const afterPanelOf = (code) => (body) => {
  const start = body.indexOf(`<section id="country-${code}"`);
  if (start < 0) throw new Error(`no panel of ${code} in the page`);
  return body.indexOf('<section id="country-', start + 1);
};
/** After the first panel (Kazakhstan's): the others are still to come. */
const afterFirstPanel = afterPanelOf('KZ');

/** The built site through a server that sends the page at `path` up to
 * `cut(body)` (a place, or places one after the other), then up to the next
 * place, and last the rest, each time `release()` is called, as a slow
 * connection brings a page in: the map is drawn and can be tapped before
 * the panels arrive. */
async function slowPanels(baseURL, path, cut) {
  const gates = [];
  const gate = (i) => {
    if (!gates[i]) {
      let resolve;
      gates[i] = { promise: new Promise((done) => { resolve = done; }) };
      gates[i].resolve = resolve;
    }
    return gates[i];
  };
  let released = 0;
  const server = createServer(async (req, res) => {
    try {
      const upstream = await fetch(new URL(req.url, baseURL));
      const body = Buffer.from(await upstream.arrayBuffer());
      // fetch has decoded the body: its encoding and length are not this one's.
      const skip = ['content-encoding', 'content-length', 'transfer-encoding', 'connection'];
      res.writeHead(upstream.status, Object.fromEntries([...upstream.headers].filter(([k]) => !skip.includes(k))));
      if (new URL(req.url, baseURL).pathname !== path) return res.end(body);
      const places = [cut(body)].flat();
      if (!places.every((at, i) => at > (places[i - 1] ?? 0) && at < body.length)) throw new Error(`no places to hold ${path} at`);
      res.write(body.subarray(0, places[0]));
      for (const [i, at] of places.entries()) {
        await gate(i).promise;
        res.write(body.subarray(at, places[i + 1]));
      }
      res.end();
    } catch (error) {
      if (!res.headersSent) res.writeHead(502);
      res.end(String(error));
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    release: () => gate(released++).resolve(),
    // Every place a test may hold the page at (a few at most).
    releaseAll: () => { while (released < 8) gate(released++).resolve(); },
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
  };
}

/** A phone on that server, its requests kept to it, given to `body`. */
async function onSlowPanels({ browser, baseURL }, path, cut, body) {
  const site = await slowPanels(baseURL, path, cut);
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const foreign = [];
  page.on('request', (r) => { if (new URL(r.url()).origin !== site.origin) foreign.push(r.url()); });
  try {
    await holdWasm(page);
    await page.goto(`${site.origin}${path}`, { waitUntil: 'commit' });
    await expect(page.locator('path[data-country="KZ"]')).toBeVisible();
    await body(page, site);
    expect(foreign).toEqual([]);
  } finally {
    site.releaseAll();
    await context.close();
    await site.close();
  }
}

test('a tap before the panels have arrived outlines the country at once, and its panel shows once they have', async ({ browser, baseURL }) => {
  await onSlowPanels({ browser, baseURL }, '/', beforePanels, async (page, site) => {
    await expect(page.locator('.static-panels')).toHaveCount(0);
    await pressShape(page, 'KZ', { tap: true });
    // Answered before the rest of the page: the map and the list mark it.
    await expect.poll(() => marked(page)).toEqual({ outlined: 'KZ', current: ['KZ'] });
    site.release();
    await expect(page.locator('#country-KZ [data-testid="country-panel"]')).toBeVisible();
    expect(await marked(page)).toEqual({ outlined: 'KZ', current: ['KZ'] });
  });
});

/** Just past the start of the panel after the first one: the parser has
 * gone past the first, and the others are still to come. */
const pastFirstPanel = (body) => body.indexOf('>', afterFirstPanel(body)) + 1;

// On a slow connection the panels after the tapped one and the rest of the
// page take a while: its panel shows once it has arrived, not once the page
// has been read.
test('a tap before its panel has arrived shows the panel as soon as it has, before the rest of the page', async ({ browser, baseURL }) => {
  await onSlowPanels({ browser, baseURL }, '/', (body) => [beforePanels(body), pastFirstPanel(body)], async (page, site) => {
    await page.locator('a[data-country-link="KZ"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => marked(page)).toEqual({ outlined: 'KZ', current: ['KZ'] });
    await expect(shown(page)).toHaveCount(0);
    site.release();
    await expect(page.locator('#country-KZ [data-testid="country-panel"]')).toBeVisible();
    await expect(page.locator('#country-KZ h2')).toBeFocused();
    // The rest is still held back.
    expect(await page.evaluate(() => [document.readyState, document.querySelectorAll('.static-panel').length])).toEqual(['loading', 2]);
    expect(await marked(page)).toEqual({ outlined: 'KZ', current: ['KZ'] });
    site.release();
    await page.waitForFunction(() => document.readyState === 'complete');
    await expect(page.locator('#country-KZ h2')).toBeFocused();
    await expect(shown(page)).toHaveCount(1);
  });
});

// Back to an earlier tap while the later one's panel arrives: the address
// names a panel still to come, which the page's end shows.
test('a panel tapped while the page loads, then left by back before it arrives, gives way to the address\'s', async ({ browser, baseURL }) => {
  const pastPanelOf = (code) => (body) => body.indexOf('>', afterPanelOf(code)(body)) + 1;
  await onSlowPanels({ browser, baseURL }, '/', (body) => [beforePanels(body), pastPanelOf('KG')(body)], async (page, site) => {
    await pressShape(page, 'UZ', { tap: true });
    await expect(page).toHaveURL(/\/\?country=UZ$/);
    await pressShape(page, 'KG', { tap: true });
    await expect(page).toHaveURL(/\/\?country=KG$/);
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => marked(page)).toEqual({ outlined: 'UZ', current: ['UZ'] });
    site.release();
    await expect(page.locator('#country-TJ')).toHaveCount(1);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expect(shown(page)).toHaveCount(0);
    expect(await marked(page)).toEqual({ outlined: 'UZ', current: ['UZ'] });
    site.release();
    await expect(page.locator('#country-UZ [data-testid="country-panel"]')).toBeVisible();
    await expect(shown(page)).toHaveCount(1);
    expect(await marked(page)).toEqual({ outlined: 'UZ', current: ['UZ'] });
  });
});

// The panels come in one after the other: the address the tap wrote names
// one not yet there, which must not unmark the country until it has
// arrived.
test('a tap on a country whose panel is still to come, after others have arrived, stays marked until it shows', async ({ browser, baseURL }) => {
  await onSlowPanels({ browser, baseURL }, '/', afterFirstPanel, async (page, site) => {
    await expect(page.locator('.static-panel')).toHaveCount(1);
    await pressShape(page, 'UZ', { tap: true });
    await expect.poll(() => marked(page)).toEqual({ outlined: 'UZ', current: ['UZ'] });
    // Still, a few frames later.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
    expect(await marked(page)).toEqual({ outlined: 'UZ', current: ['UZ'] });
    site.release();
    await expect(page.locator('#country-UZ [data-testid="country-panel"]')).toBeVisible();
    expect(await marked(page)).toEqual({ outlined: 'UZ', current: ['UZ'] });
  });
});

// Once a page has arrived the browser goes to its address's fragment (it
// takes the focus from what has it, and scrolls): a panel opened while the
// page loads writes none.
test('a panel opened while the page loads keeps the focus on its heading and the page where it was once the page has arrived', async ({ browser, baseURL }) => {
  await onSlowPanels({ browser, baseURL }, '/', afterFirstPanel, async (page, site) => {
    await expect(page.locator('#country-KZ')).toHaveCount(1);
    await page.locator('a[data-country-link="KZ"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#country-KZ h2')).toBeFocused();
    await expect(page).toHaveURL(/\/\?country=KZ$/);
    const scrolled = await page.evaluate(() => scrollY);
    site.release();
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
    await expect(page.locator('#country-KZ h2')).toBeFocused();
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    await expect(shown(page)).toHaveCount(1);
  });
});

test('a panel asked for by the keyboard before it has arrived takes the focus when it shows', async ({ browser, baseURL }) => {
  await onSlowPanels({ browser, baseURL }, '/', afterFirstPanel, async (page, site) => {
    await expect(page.locator('#country-UZ')).toHaveCount(0);
    await page.locator('a[data-country-link="UZ"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => marked(page)).toEqual({ outlined: 'UZ', current: ['UZ'] });
    await expect(page).toHaveURL(/\/\?country=UZ$/);
    site.release();
    await expect(page.locator('#country-UZ [data-testid="country-panel"]')).toBeVisible();
    await expect(page.locator('#country-UZ h2')).toBeFocused();
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
    await expect(page.locator('#country-UZ h2')).toBeFocused();
    // Back leaves it, forward opens it again, by the address's query.
    await page.goBack();
    await expect(shown(page)).toHaveCount(0);
    await page.goForward();
    await expect(page.locator('#country-UZ [data-testid="country-panel"]')).toBeVisible();
  });
});


test('a panel closed while the page loads stays closed for back and forward once it has arrived', async ({ browser, baseURL }) => {
  await onSlowPanels({ browser, baseURL }, '/country/kg/', afterPanelOf('KG'), async (page, site) => {
    await expect(page.locator('#country-KG [data-testid="country-panel"]')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(shown(page)).toHaveCount(0);
    await expect(page).toHaveURL(/\/country\/kg\/\?view=map$/);
    site.release();
    await page.waitForFunction(() => document.readyState === 'complete');
    await expect(shown(page)).toHaveCount(0);
    await pressShape(page, 'TJ', { tap: true });
    await expect(page.locator('#country-TJ [data-testid="country-panel"]')).toBeVisible();
    await expect(page).toHaveURL(/#country-TJ$/);
    await page.goBack();
    await expect(shown(page)).toHaveCount(0);
    await expect.poll(() => marked(page)).toEqual({ outlined: null, current: [] });
  });
});

test('on a country\'s page, its own country tapped before the panels have arrived writes no fragment either', async ({ browser, baseURL }) => {
  await onSlowPanels({ browser, baseURL }, '/country/kz/', beforePanels, async (page, site) => {
    await pressShape(page, 'KZ', { tap: true });
    await expect.poll(() => marked(page)).toEqual({ outlined: 'KZ', current: ['KZ'] });
    site.release();
    await expect(page.locator('#country-KZ [data-testid="country-panel"]')).toBeVisible();
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(new URL(page.url()).hash).toBe('');
  });
});

test('Esc on a panel asked for from the list before it arrived gives the focus back to that entry of the list', async ({ browser, baseURL }) => {
  await onSlowPanels({ browser, baseURL }, '/', afterFirstPanel, async (page, site) => {
    await page.locator('a[data-country-button="UZ"]').focus();
    await page.keyboard.press('Enter');
    site.release();
    await expect(page.locator('#country-UZ h2')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(shown(page)).toHaveCount(0);
    await expect(page.locator('a[data-country-button="UZ"]')).toBeFocused();
  });
});

test('back after such a tap, once the page has arrived, marks the country its address names', async ({ browser, baseURL }) => {
  await onSlowPanels({ browser, baseURL }, '/country/kg/', beforePanels, async (page, site) => {
    await pressShape(page, 'TM', { tap: true });
    await expect.poll(() => marked(page)).toEqual({ outlined: 'TM', current: ['TM'] });
    await page.goBack({ waitUntil: 'commit' });
    site.release();
    await expect(page.locator('#country-KG [data-testid="country-panel"]')).toBeVisible();
    await expect.poll(() => marked(page)).toEqual({ outlined: 'KG', current: ['KG'] });
  });
});

// A connection that lets the page through but not the app (blocked, or cut):
// the findings and the cases' sources that the app's buttons show are there.
test('with no app at all, a panel shows every finding and each case\'s source', async ({ page, guards }) => {
  // Refused after a while, as a connection that gives up would: a finding
  // pressed before that is kept for the app first.
  await page.route(/_bg\.wasm$/, (route) => setTimeout(() => route.abort().catch(() => {}), 1500));
  await page.goto('/country/kz/', { prerendered: true });
  const panel = page.locator('#country-KZ [data-testid="country-panel"]');
  const findings = panel.locator('.finding-link');
  // A finding pressed asks for the app, which does not come: then it is
  // followed as the link it is in the page, to the issue's map with the panel.
  const issue = (await findings.nth(2).locator('.finding-category').textContent()).trim();
  await findings.nth(2).click();
  await expect(page.locator('html')).toHaveClass(/app-pending/);
  // Kept, not followed, while the app may still come.
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/\/country\/kz\/$/);
  await expect(page).toHaveURL(/\/issue\/[a-z-]+\/#country-KZ$/);
  await expect(page.locator('#legend-heading')).toHaveText(issue);
  await expect(page.locator('#finding-heading-KZ')).toContainText(issue);
  await expect(page.locator('#finding-heading-KZ')).toBeVisible();
  // Back at the country's page, once the app is refused there too: every
  // finding, and each case's excerpt and source, which the app's buttons show.
  await page.goto('/country/kz/', { prerendered: true });
  await panel.hover();
  await expect(page.locator('html')).toHaveClass(/app-failed/);
  expect(await findings.count()).toBeGreaterThan(5);
  for (const finding of await findings.all()) await expect(finding).toBeVisible();
  const sources = panel.locator('.case-source');
  expect(await sources.count()).toBeGreaterThan(1);
  for (const source of await sources.all()) await expect(source.locator('blockquote')).toBeVisible();
  await expect(panel.locator('.case-toggle')).toHaveCount(await sources.count());
  await expect(panel.locator('.case-toggle:visible')).toHaveCount(0);
  // The refused app, said in the console: the only errors.
  expect(guards.errors.filter((e) => !/ERR_FAILED|could not be loaded/.test(e))).toEqual([]);
  guards.errors.length = 0;
});

// A connection that refuses the app (a censor's, say) leaves the page as it
// is without JavaScript, but the reader can still change the language and
// the issue: the menu's links, and the list leading to the issue's page.
test('if the app cannot load, the language menu and the issue list still lead to their pages', async ({ page, guards }) => {
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto('/ru/country/kz/', { prerendered: true });
  await page.locator('#main .map-canvas').hover();
  await expect(page.locator('html')).toHaveClass(/app-failed/);
  await expect(page.locator('.embed-button')).toBeHidden();
  await expect(page.locator('.view-switch')).toBeHidden();
  const select = page.getByTestId('category-select');
  await expect(select).toBeVisible();
  // With the panel the page shows then (not the page's own Kazakhstan: the
  // next one, Kyrgyzstan, opened from its panel).
  await page.locator('#country-KZ a.panel-next').click();
  await expect(page.locator('#country-KG h2')).toBeVisible();
  await select.selectOption('press');
  await expect(page).toHaveURL(/\/ru\/issue\/press\/#country-KG$/);
  const press = (await select.locator('option[value="press"]').textContent()).trim();
  await expect(page.locator('#legend-heading')).toHaveText(press);
  await expect(page.locator('#country-KG h2')).toBeVisible();
  // The issue's page, in Kazakh, from the menu, there too once refused; Esc
  // closes the menu as the app's does.
  await page.locator('#main .map-canvas').hover();
  await expect(page.locator('html')).toHaveClass(/app-failed/);
  const summary = page.getByTestId('lang-menu').locator('summary');
  await summary.click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('lang-menu')).not.toHaveAttribute('open', '');
  await expect(summary).toBeFocused();
  await expect(page.locator('#country-KG h2')).toBeVisible();
  await summary.click();
  await page.getByTestId('lang-menu').getByRole('link', { name: 'Қазақша' }).click();
  await expect(page).toHaveURL(/\/kk\/issue\/press\/(\?lang=kk)?(#.*)?$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  expect(guards.errors.filter((e) => !/ERR_FAILED|could not be loaded/.test(e))).toEqual([]);
  guards.errors.length = 0;
});

// A closed list's choice changes with each arrow key: without the app each
// would leave the page (WCAG's "on input"); Enter goes.
test('if the app cannot load, the arrow keys step through the issue list and Enter goes to the issue\'s page', async ({ page, guards }) => {
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto('/', { prerendered: true });
  await page.locator('#main .map-canvas').hover();
  await expect(page.locator('html')).toHaveClass(/app-failed/);
  const select = page.getByTestId('category-select');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const chosen = await select.inputValue();
  expect(chosen).not.toBe('overview');
  await page.waitForTimeout(300);
  expect(new URL(page.url()).pathname).toBe('/');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/issue/${chosen}/$`));
  expect(guards.errors.filter((e) => !/ERR_FAILED|could not be loaded/.test(e))).toEqual([]);
  guards.errors.length = 0;
});

test('without the app, Back from an issue\'s page shows the list at the page\'s own issue again', async ({ page, guards }) => {
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto('/', { prerendered: true });
  await page.locator('#main .map-canvas').hover();
  await expect(page.locator('html')).toHaveClass(/app-failed/);
  await page.getByTestId('category-select').selectOption('press');
  await expect(page).toHaveURL(/\/issue\/press\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('category-select')).toHaveValue('overview');
  expect(guards.errors.filter((e) => !/ERR_FAILED|could not be loaded/.test(e))).toEqual([]);
  guards.errors.length = 0;
});

test('an issue chosen before the app, which then cannot load, leads to the issue\'s page', async ({ page, guards }) => {
  await page.route(/_bg\.wasm$/, (route) => setTimeout(() => route.abort().catch(() => {}), 1500));
  await page.goto('/', { prerendered: true });
  await page.getByTestId('category-select').selectOption('lgbt');
  await expect(page.locator('html')).toHaveClass(/app-pending/);
  // Kept for the app while it may still come.
  await page.waitForTimeout(500);
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(page).toHaveURL(/\/issue\/lgbt\/$/);
  expect(guards.errors.filter((e) => !/ERR_FAILED|could not be loaded/.test(e))).toEqual([]);
  guards.errors.length = 0;
});

test('an issue chosen before the app, then a country opened, stays on the page when the app cannot load', async ({ page, guards }) => {
  await page.route(/_bg\.wasm$/, (route) => setTimeout(() => route.abort().catch(() => {}), 1500));
  await page.goto('/', { prerendered: true });
  await page.getByTestId('category-select').selectOption('lgbt');
  await page.locator('a[data-country-button="KG"]').click();
  await expect(page.locator('#country-KG h2')).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/app-failed/, { timeout: 10_000 });
  await page.waitForTimeout(300);
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(page.locator('#country-KG h2')).toBeVisible();
  expect(guards.errors.filter((e) => !/ERR_FAILED|could not be loaded/.test(e))).toEqual([]);
  guards.errors.length = 0;
});

// A panel's Previous and Next are links to the neighbours' panels, which the
// page holds: they work before the app, and if it never comes.
test('with no app at all, Next and Previous open the neighbours\' panels, and Esc closes the one shown', async ({ page, guards }) => {
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto('/country/kz/', { prerendered: true });
  const order = await page.locator('a[data-country-button]').evaluateAll((as) => as.map((a) => a.dataset.countryButton));
  const after = (code, step) => order[(order.indexOf(code) + step + order.length) % order.length];
  const panel = (code) => page.locator(`#country-${code} [data-testid="country-panel"]`);
  await panel('KZ').getByRole('link', { name: /next/i }).click();
  const next = after('KZ', 1);
  await expect(panel(next)).toBeVisible();
  await expect(shown(page)).toHaveCount(1);
  await expect(page.locator(`#country-${next} h2`)).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`#country-${next}$`));
  expect(await marked(page)).toEqual({ outlined: next, current: [next] });
  await panel(next).getByRole('link', { name: /previous/i }).click();
  await expect(panel('KZ')).toBeVisible();
  // From the keyboard: Enter follows the link, the focus on the new heading.
  await panel('KZ').getByRole('link', { name: /previous/i }).press('Enter');
  const before = after('KZ', -1);
  await expect(panel(before)).toBeVisible();
  await expect(shown(page)).toHaveCount(1);
  await expect(page.locator(`#country-${before} h2`)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(shown(page)).toHaveCount(0);
  await expect(page.locator(`a[data-country-link="${before}"]`)).toBeFocused();
  await expect(page.locator('html')).toHaveClass(/app-failed/);
  // The refused app, said in the console as a visitor's would: the only errors.
  expect(guards.errors.filter((e) => !/ERR_FAILED|could not be loaded/.test(e))).toEqual([]);
  guards.errors.length = 0;
});

test('a panel\'s button pressed before the app is carried out once it is: a case\'s source', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/country/kz/', { prerendered: true });
  const toggle = page.locator('#country-KZ .case-toggle').first();
  const caseId = await toggle.evaluate((b) => b.closest('[data-case]').dataset.case);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveClass(/app-pending/);
  release();
  await page.waitForFunction(() => !document.querySelector('#app[data-prerendered]'));
  const appToggle = page.locator(`[data-testid="country-panel"] [data-case="${caseId}"] .case-toggle`);
  await expect(appToggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page).toHaveURL(new RegExp(`/case/${caseId}/$`));
});

test('a panel\'s button pressed before the app is carried out once it is: an issue of the overview', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/country/tm/', { prerendered: true });
  const link = page.locator('#country-TM .finding-link').nth(1);
  const issue = (await link.locator('.finding-category').textContent()).trim();
  await link.click();
  release();
  await page.waitForFunction(() => !document.querySelector('#app[data-prerendered]'));
  await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'TM');
  await expect(page.locator('#finding-heading-TM')).toContainText(issue);
  await expect(page.locator('#finding-heading-TM')).toBeFocused();
});

// On an embed's page, a query adds to the embed (a call to action) unless it
// names `embed` (data-view-needs, which the site renderer writes): before the
// app, the page shows its own country's panel, or the one the whole view
// asks for. Seen where the page's script chooses the panel itself: in a
// browser without :has().
test('before the app, an embed\'s page keeps its country for a call to action, and shows the country of a link that names the embed', async ({ page }) => {
  await holdWasm(page);
  await page.addInitScript(() => {
    const supports = CSS.supports.bind(CSS);
    CSS.supports = (...args) => (/:has\(/.test(args.join('')) ? false : supports(...args));
  });
  await page.goto('/embed/country/kz/?cta_text=Sign&cta_url=' + encodeURIComponent('https://example.org/petition'), { prerendered: true });
  await expect(shown(page)).toHaveAttribute('data-panel-country', 'KZ');
  await page.goto('/embed/country/kz/?embed=1&country=TJ', { prerendered: true });
  await expect(shown(page)).toHaveAttribute('data-panel-country', 'TJ');
});
