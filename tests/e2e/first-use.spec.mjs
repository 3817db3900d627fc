// The app loads on first use (scripts/app-loader.js): the prerendered page is
// the first view, and the JS glue and wasm come when the visitor starts using
// it, or at once when the link asks for a view the page does not show. What
// the visitor did meanwhile is carried over to the app. (On a fast connection
// without data saver, the service worker may fetch them ahead for offline
// use, without running them: first-visit-offline.spec.mjs.)
import { test, expect, holdWasm } from './support/fixtures.mjs';

// These check that something never happens, not even once (a frame, a
// move, a fetch too early): a failure that comes and goes is the map's own,
// so no retry (playwright.config.mjs).
test.describe.configure({ retries: 0 });

// Requests are intercepted here (page.route), which Playwright cannot do for
// those a service worker answers: the worker (registered by the page's loader
// once the page has loaded) is kept out. Offline use has its own tests.
test.use({ serviceWorkers: 'block' });

const APP = /central-asia-rights-map-[0-9a-f]+(_bg\.wasm|\.js)$/;
const mounted = (page) => page.waitForFunction(() => !document.querySelector('#app[data-prerendered]'));

/** Records requests for the app's files. */
function watchApp(page) {
  const seen = [];
  page.on('request', (r) => { if (APP.test(r.url())) seen.push(r.url()); });
  return seen;
}

/** Holds the wasm back, as a slow connection does, so the page can be used before the app. */
async function slowWasm(page, ms = 1500) {
  await page.route(/_bg\.wasm$/, async (route) => {
    await new Promise((done) => setTimeout(done, ms));
    await route.continue();
  });
}

/** Holds the page's load event back with an image that `answer` serves (or never does). */
async function holdLoadEvent(page, answer) {
  await page.route('**/held-back.png', answer);
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
    const img = document.createElement('img');
    img.src = '/held-back.png';
    img.alt = '';
    document.body.append(img);
  }));
}

test('the page loads no app until the visitor moves the mouse over it', async ({ page }) => {
  const app = watchApp(page);
  await page.goto('/', { prerendered: true, waitUntil: 'load' });
  await page.waitForTimeout(1000);
  expect(app).toEqual([]);
  await page.mouse.move(400, 300);
  await mounted(page);
  expect(app).toHaveLength(2);
});

// The glue's script element holds the page's load event back until it has
// run, and Chromium runs a page's posted messages only after that event: a
// mouse over the map as it first shows must not delay them. Here an image
// holds the load event for a second and a half.
test('a mouse over the page before it has loaded starts the app once it has', async ({ page }) => {
  await holdLoadEvent(page, async (route) => {
    await new Promise((done) => setTimeout(done, 1500));
    await route.fulfill({ path: 'assets/favicon.png', contentType: 'image/png' });
  });
  await page.addInitScript(() => {
    window.__glueAdded = null;
    new MutationObserver((changes) => {
      for (const change of changes) for (const node of change.addedNodes) {
        if (node.localName === 'script' && node.type === 'module') window.__glueAdded ??= document.readyState;
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/', { prerendered: true, waitUntil: 'domcontentloaded' });
  await page.mouse.move(400, 300);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => [document.readyState, window.__glueAdded])).toEqual(['interactive', null]);
  await mounted(page);
  expect(await page.evaluate(() => window.__glueAdded)).toBe('complete');
});

// A visitor on a slow connection who stops the page's loading (Stop, Esc in
// some browsers) after a first move: the page is complete then, but no load
// event comes, and the app must start all the same.
test("stopping the page's loading after a first move still starts the app", async ({ page }) => {
  await holdLoadEvent(page, () => {}); // never answered
  await page.addInitScript(() => {
    window.__loaded = false;
    addEventListener('load', () => (window.__loaded = true));
  });
  await page.goto('/', { prerendered: true, waitUntil: 'domcontentloaded' });
  await page.mouse.move(400, 300);
  await page.waitForTimeout(300);
  await page.evaluate(() => window.stop());
  await mounted(page);
  expect(await page.evaluate(() => [document.readyState, window.__loaded])).toEqual(['complete', false]);
});

test('a key press starts the app', async ({ page }) => {
  const app = watchApp(page);
  await page.goto('/', { prerendered: true, waitUntil: 'load' });
  await page.waitForTimeout(500);
  expect(app).toEqual([]);
  await page.keyboard.press('Tab');
  await mounted(page);
});

for (const query of ['?category=press', '?country=KZ', '?embed=1']) {
  test(`a link to another view (${query}) loads the app without waiting for the visitor`, async ({ page }) => {
    await page.goto(`/${query}`, { prerendered: true });
    await mounted(page);
  });
}

// On a slow connection the page alone, without the view the link asked for
// (or the notice that it is unknown), looked as if the link had not worked;
// a link to an embed hides the page until the app shows the embed. A
// language the map has not, and a panel's fragment naming no panel of the
// page, are unknown values too (the page alone showed its own view, silently).
for (const [link, notice] of [
  ['?country=KZ&category=press'],
  ['?country=XX', 'There is no country “XX”'],
  ['?embed=1&country=KZ'],
  ['?lang=xx', 'The language “xx” is not available'],
  ['#country-XX', 'There is no country “XX”'],
  ['#country-kz'],
]) {
  test(`a link to another view (${link}) says the map is loading until the app shows it`, async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto(`/${link}`, { prerendered: true, waitUntil: 'domcontentloaded' });
    const status = page.locator('.app-loading');
    await expect(status).toHaveText('Loading the interactive map…');
    await expect(status).toBeVisible();
    await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
    release();
    await mounted(page);
    // The app's own line, empty (an embed has none).
    await expect(page.locator('.app-loading:not(:empty)')).toHaveCount(0);
    if (notice) await expect(page.getByTestId('notices')).toContainText(notice);
    else await expect(page.locator('[data-testid="country-panel"][data-panel-country="KZ"]')).toBeVisible();
  });
}

// The page's own language stays: the notice says the other is not there.
test('a link to the Russian page in a language the map has not stays Russian, with the notice', async ({ page }) => {
  await page.goto('/ru/?lang=xx', { prerendered: true });
  await mounted(page);
  await expect(page.getByTestId('notices')).toContainText('Язык «xx» недоступен, поэтому карта показана на русском языке.');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Карта прав человека в Центральной Азии');
});

test('a panel\'s own fragment or a language the map has waits for the visitor', async ({ page }) => {
  const app = watchApp(page);
  for (const link of ['/#country-KZ', '/?lang=en', '/?lang=', '/#country-']) {
    await page.goto(link, { prerendered: true, waitUntil: 'load' });
    await page.waitForTimeout(300);
    expect(app, link).toEqual([]);
    await expect(page.locator('.app-loading'), link).toBeEmpty();
  }
});

test('a link that only names the language waits for the visitor, on the Russian page', async ({ page }) => {
  const app = watchApp(page);
  await page.goto('/?lang=ru', { prerendered: true, waitUntil: 'load' });
  await expect(page).toHaveURL(/\/ru\/\?lang=ru$/);
  await page.waitForTimeout(500);
  expect(app).toEqual([]);
});

test('a button pressed before the app is ready is carried out by the app, which says it is loading', async ({ page }) => {
  await slowWasm(page);
  await page.goto('/', { prerendered: true, waitUntil: 'load' });
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const status = page.locator('.app-loading');
  await expect(status).toHaveText('Loading the interactive map…');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
  await mounted(page);
  await expect(page.getByTestId('table-view')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Table', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(status).toBeEmpty();
  await expect(status).toBeHidden();
});

test('an issue chosen before the app is ready is the one the app shows', async ({ page }) => {
  await slowWasm(page);
  await page.goto('/', { prerendered: true, waitUntil: 'load' });
  await page.getByTestId('category-select').selectOption('press');
  await mounted(page);
  await expect(page.getByTestId('category-select')).toHaveValue('press');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/issue\/press\/$/);
  await expect(page.getByTestId('legend').getByRole('heading').first()).toHaveText('Expression and media');
});

test('keyboard focus on a control stays on that control when the app takes over', async ({ page }) => {
  await slowWasm(page);
  await page.goto('/', { prerendered: true, waitUntil: 'load' });
  // The skip link, the issue list, then the Map button.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(page.locator('#app[data-prerendered]').getByRole('button', { name: 'Map', exact: true })).toBeFocused();
  await mounted(page);
  const focused = page.locator(':focus');
  await expect(focused).toHaveText('Map');
  await expect(focused).not.toHaveClass(/needs-script/); // the app's own button, not the page's
});

test('what the reader unfolded before the app stays unfolded: the language menu, a citation in a panel', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/country/kz/', { prerendered: true, waitUntil: 'load' });
  const menu = page.getByTestId('lang-menu');
  await menu.locator('summary').click();
  const cite = page.locator('#app [data-testid="country-panel"][data-panel-country="KZ"] [data-testid="cite"][data-cited="country"]');
  await cite.locator('summary').click();
  await expect(cite).toHaveAttribute('open', '');
  release();
  await mounted(page);
  await expect(menu).toHaveAttribute('open', '');
  await expect(page.locator('[data-lang-link="ru"]')).toBeVisible();
  await expect(cite).toHaveAttribute('open', '');
  await expect(cite.locator('.citation')).toBeVisible();
});

test('if the app cannot load, the page becomes its plain self and says so', async ({ page, guards }) => {
  await page.route(/_bg\.wasm$/, async (route) => {
    await new Promise((done) => setTimeout(done, 1000));
    await route.abort('internetdisconnected');
  });
  await page.goto('/', { prerendered: true, waitUntil: 'load' });
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const status = page.locator('.app-loading');
  await expect(status).toHaveText('Loading the interactive map…');
  await expect(status).toHaveText('The interactive map could not be loaded. The links to each country still work.');
  await expect(page.locator('html')).not.toHaveClass(/app-pending/);
  // The controls that need the app are gone; the links and sections work,
  // and so do the language menu and the issue list (to the issues' pages).
  await expect(page.getByRole('button', { name: 'Table', exact: true })).toBeHidden();
  await expect(page.getByTestId('category-select')).toBeVisible();
  await expect(page.getByTestId('lang-menu')).toBeVisible();
  await page.locator('[data-country-button="KZ"]').click();
  await expect(page.locator('#country-KZ')).toBeVisible();
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
  expect(guards.errors.some((e) => /could not be loaded/.test(e)), guards.errors.join('\n')).toBe(true);
  guards.errors.length = 0;
});

test('an issue chosen and then a button pressed before the app are both carried out', async ({ page }) => {
  await slowWasm(page);
  await page.goto('/', { prerendered: true, waitUntil: 'load' });
  await page.getByTestId('category-select').selectOption('press');
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await mounted(page);
  await expect(page.getByTestId('table-view')).toBeVisible();
  await expect(page).toHaveURL(/[?&]category=press\b/);
  await expect(page).toHaveURL(/[?&]view=table\b/);
});

test('a press held while the app arrives is not lost', async ({ page }) => {
  await slowWasm(page, 300);
  await page.goto('/', { prerendered: true, waitUntil: 'load' });
  const table = page.getByRole('button', { name: 'Table', exact: true });
  const box = await table.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(1500); // the app has arrived, and waits for the release
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
  await page.mouse.up();
  await mounted(page);
  await expect(page.getByTestId('table-view')).toBeVisible();
});

// The page's script writes a panel's address after its frame; the loader
// says when the app takes over (rights-map-takeover), which writes it at once.
test('a country pressed while the app arrives opens in the app, with its address', async ({ page }) => {
  await page.addInitScript(() => {
    window.__takeovers = 0;
    addEventListener('rights-map-takeover', () => window.__takeovers++);
  });
  await slowWasm(page, 300);
  await page.goto('/', { prerendered: true, waitUntil: 'load' });
  const box = await page.locator('path[data-country="KG"]').boundingBox();
  const wasm = page.waitForResponse(/_bg\.wasm$/);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await wasm;
  await page.waitForTimeout(1000); // the app has arrived, and waits for the release
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
  expect(await page.evaluate(() => window.__takeovers)).toBe(0);
  await page.mouse.up();
  await mounted(page);
  expect(await page.evaluate(() => window.__takeovers)).toBe(1);
  await expect(page.getByTestId('country-panel')).toHaveAttribute('data-panel-country', 'KG');
  // The app's own address for the view: the country's page.
  await expect(page).toHaveURL(/\/country\/kg\/$/);
});

test('a link with parameters the app does not read waits for the visitor', async ({ page }) => {
  const app = watchApp(page);
  await page.goto('/?utm_source=newsletter&fbclid=abc', { prerendered: true, waitUntil: 'load' });
  await page.waitForTimeout(500);
  expect(app).toEqual([]);
});

test('the loading status line is in the accessibility tree while empty, so its message is announced', async ({ page }) => {
  await page.goto('/', { prerendered: true, waitUntil: 'load' });
  const status = page.locator('#app[data-prerendered] .app-loading');
  await expect(status).toBeEmpty();
  await expect(status).toHaveAttribute('role', 'status');
  expect(await status.evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('a tap on a control starts the app and is carried out', async ({ page }) => {
    await slowWasm(page, 800);
    await page.goto('/', { prerendered: true, waitUntil: 'load' });
    await page.getByRole('button', { name: 'Table', exact: true }).tap();
    await mounted(page);
    await expect(page.getByTestId('table-view')).toBeVisible();
  });

  test('a first tap on the language menu opens it, and it stays open when the app takes over', async ({ page }) => {
    await page.goto('/ru/country/tj/', { prerendered: true, waitUntil: 'load' });
    await page.getByTestId('lang-menu').locator('summary').tap();
    await mounted(page);
    await expect(page.getByTestId('lang-menu')).toHaveAttribute('open', '');
    await expect(page.locator('[data-lang-link="kk"]')).toBeVisible();
  });

  test('the loading notice leaves the map\'s buttons uncovered, and a tap on one is carried out', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/', { prerendered: true, waitUntil: 'load' });
    // The map at the screen's top, as a tap on a country leaves it.
    await page.locator('.map-canvas').evaluate((el) => scrollBy(0, el.getBoundingClientRect().top));
    const zoomIn = page.locator('.map-controls button').first();
    await zoomIn.tap();
    const status = page.locator('.app-loading');
    await expect(status).toHaveText('Loading the interactive map…');
    const notice = await status.boundingBox();
    for (const box of await page.locator('.map-controls button').evaluateAll((bs) => bs.filter((b) => b.checkVisibility()).map((b) => b.getBoundingClientRect().toJSON()))) {
      const apart = box.right <= notice.x || box.left >= notice.x + notice.width || box.bottom <= notice.y || box.top >= notice.y + notice.height;
      expect(apart, `a map button at ${box.left},${box.top} under the notice`).toBe(true);
    }
    expect(notice.y + notice.height).toBeLessThanOrEqual(640);
    // A tap where it is reaches what is under it.
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.app-loading') ?? null, { x: notice.x + notice.width / 2, y: notice.y + notice.height / 2 });
    expect(hit).toBeNull();
    release();
    await mounted(page);
    await expect(page.locator('.map-controls button').nth(1)).toHaveAttribute('aria-disabled', 'false'); // zoomed in: "out" works
  });

  test('while the app loads, a sheet\'s last line scrolls clear of the loading notice', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/country/kz/', { prerendered: true, waitUntil: 'load' });
    const sheet = page.getByTestId('country-panel').filter({ visible: true });
    await sheet.locator('.case-toggle').first().tap();
    const status = page.locator('.app-loading');
    await expect(status).toHaveText('Loading the interactive map…');
    const notice = await status.boundingBox();
    // The sheet scrolled to its end: the foot of what it shows (its last
    // line, the print button) above the notice.
    const foot = await sheet.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
      const shown = [...el.querySelectorAll('*')].filter((e) => e.checkVisibility({ visibilityProperty: true }));
      return Math.max(...shown.map((e) => e.getBoundingClientRect().bottom));
    });
    expect(foot).toBeLessThanOrEqual(notice.y);
    release();
    await mounted(page);
  });

  // The tap that starts the app is answered first: fetching and compiling the
  // app in the same moment slowed the frame that shows the panel.
  test('a first tap on a country opens its panel, and the app is fetched only after the next frame', async ({ page }) => {
    await page.addInitScript(() => {
      addEventListener('click', () => {
        if (window.__answer) return;
        window.__answer = {};
        requestAnimationFrame(() => {
          const panel = document.querySelector('#country-KZ [data-testid="country-panel"]');
          window.__answer = { frameAt: performance.now(), shown: !!panel && panel.checkVisibility() };
        });
      }, true);
    });
    await page.goto('/', { prerendered: true, waitUntil: 'load' });
    await page.locator('[data-country-button="KZ"]').tap();
    await mounted(page);
    const { answer, wasmAt } = await page.evaluate(() => ({
      answer: window.__answer,
      wasmAt: performance.getEntriesByType('resource').find((e) => /_bg\.wasm$/.test(e.name))?.startTime,
    }));
    expect(answer.shown).toBe(true);
    expect(wasmAt).toBeGreaterThan(answer.frameAt);
  });

  test('the Russian page says it is loading in Russian', async ({ page }) => {
    await slowWasm(page);
    await page.goto('/ru/?lang=ru', { prerendered: true, waitUntil: 'load' });
    await page.getByRole('button', { name: 'Таблица', exact: true }).tap();
    await expect(page.locator('.app-loading')).toHaveText('Загружается интерактивная карта…');
    await mounted(page);
  });
});

// On the censored and flaky networks the map is made for: a link that asks
// for another layout (embed, card, presentation) hides the page until the app
// builds it, and must not stay blank when the app cannot load.
for (const link of ['/?embed=1&country=KZ', '/?present=1', '/?embed=1&card=kz-marat-zhylanbaev']) {
  test(`if the app cannot load, ${link} falls back to the readable page with the note`, async ({ page, guards }) => {
    await page.route(/_bg\.wasm$/, (route) => route.abort('internetdisconnected'));
    await page.goto(link, { prerendered: true, waitUntil: 'load' });
    await expect(page.locator('.app-loading')).toHaveText('The interactive map could not be loaded. The links to each country still work.');
    await expect(page.locator('#app[data-prerendered]')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-country-button="KZ"]')).toBeVisible();
    guards.errors.length = 0;
  });
}

// A page in another language: the loader fetches its pack with the app, so
// the app takes the page over as it starts, with what the visitor did.
test('on a page in another language, an issue chosen before the app is carried out, its pack fetched once', async ({ page }) => {
  const packs = [];
  page.on('request', (r) => { if (r.url().includes('/lang/')) packs.push(r.url().split('/lang/')[1]); });
  await page.route(/\/lang\/kk\.pack$/, async (route) => {
    await new Promise((done) => setTimeout(done, 1500));
    await route.continue();
  });
  await page.goto('/kk/', { prerendered: true, waitUntil: 'load' });
  await page.getByTestId('category-select').selectOption('press');
  await mounted(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByTestId('category-select')).toHaveValue('press');
  await expect(page).toHaveURL(/\/kk\/issue\/press\/(\?lang=kk)?$/);
  expect(packs).toEqual(['kk.pack']);
});

// A first click or tap on the sea or a neighbour focuses only the page's
// <main>, taller than the screen: the app keeps it there without scrolling
// its top into view.
for (const [name, options] of [
  ['a laptop', { viewport: { width: 1366, height: 768 } }],
  ['a phone', { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true }],
  ['a 600 × 450 embed', { viewport: { width: 600, height: 450 } }],
]) {
  test.describe(`on ${name}`, () => {
    test.use(options);
    test('a first click on the sea or a neighbour moves nothing when the app takes over', async ({ page }) => {
      const release = await holdWasm(page);
      await page.goto(name.includes('embed') ? '/embed/' : '/', { prerendered: true });
      // A point in the map's lower half where the sea or a grey neighbour is on top.
      const point = await page.evaluate(() => {
        const box = document.querySelector('.map-canvas').getBoundingClientRect();
        for (let y = box.bottom - 12; y > box.top + box.height / 2; y -= 7) for (let x = box.left + 12; x < box.right - 12; x += 7) {
          const el = document.elementFromPoint(x, y);
          if (y < innerHeight - 4 && el && el.matches('.water, .context-country')) return { x, y };
        }
        return null;
      });
      expect(point).not.toBeNull();
      if (options.hasTouch) await page.touchscreen.tap(point.x, point.y);
      else await page.mouse.click(point.x, point.y);
      const before = await page.evaluate(() => scrollY);
      release();
      await page.waitForFunction(() => !document.querySelector('#app[data-prerendered]'));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => scrollY)).toBe(before);
    });
  });
}
