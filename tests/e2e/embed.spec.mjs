// Campaign embeds: a page on another origin pastes the code the map gives it.
import { test, expect, holdWasm } from './support/fixtures.mjs';
import { APP_ORIGIN } from './support/origins.mjs';
import { embedCodes, hostPage } from './support/embed-host.mjs';

/** The panel shown in the frame: before the app takes over, the rendered
 * page holds every country's, all hidden but the one chosen. */
const shownPanel = (frame) => frame.getByTestId('country-panel').filter({ visible: true });

test('the Embed action gives one line for the current view, and copies it', async ({ map, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { iframe, snippet } = await embedCodes(map, page, '?country=KZ&category=press');
  // The country's rendered embed page (it paints before the app), asked for the issue.
  expect(iframe).toMatch(new RegExp(`^<iframe src="${APP_ORIGIN.replace(/[./]/g, '\\$&')}/embed/country/kz/\\?country=KZ&amp;category=press&amp;embed=1" title="Central Asia Rights Map"[^\\n]*></iframe>$`));
  expect(new TextEncoder().encode(snippet).length).toBeLessThan(1024);
  await page.getByTestId('embed-dialog').getByRole('button', { name: 'Copy: Embed code' }).click();
  await expect(page.getByTestId('embed-dialog').getByRole('status').first()).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);
  // The snippet's field: its name, then what it does, read with it.
  const snippetField = page.getByRole('textbox', { name: 'Optional: automatic height' });
  await expect(snippetField).toHaveAccessibleDescription(/^Add this once to the same page/);
  const [label, note] = await Promise.all(['label[for="embed-snippet-code"]', '#embed-snippet-code-note']
    .map((s) => page.locator(s).evaluate((e) => e.getBoundingClientRect().top)));
  expect(note).toBeGreaterThan(label);
});

test('the embedded map opens preset to the country and issue, and a click opens a panel', async ({ map, page }) => {
  const { iframe } = await embedCodes(map, page, '?country=KZ&category=press');
  const frame = await hostPage(page, iframe, null);
  await expect(frame.getByTestId('embed')).toBeVisible();
  await expect(shownPanel(frame)).toHaveAttribute('data-panel-country', 'KZ');
  await expect(frame.getByTestId('category-select')).toHaveValue('press');
  // The textures are defined inside the embed too: colour is never alone.
  await expect(frame.locator('pattern#pattern-hatch-dark')).toHaveCount(1);
  // Click the map itself, at a point the browser's hit test says is Uzbekistan.
  const inner = page.frames().find((f) => f.url().startsWith(`${APP_ORIGIN}/`));
  const at = await inner.evaluate(() => {
    const el = document.querySelector('path[data-country="UZ"]');
    const r = el.getBoundingClientRect();
    const around = [[0, 0], [3, 0], [-3, 0], [0, 3], [0, -3]];
    for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) {
      const x = r.left + (r.width * i) / 20, y = r.top + (r.height * j) / 20;
      if (around.every(([dx, dy]) => document.elementFromPoint(x + dx, y + dy) === el)) return { x, y };
    }
    return null;
  });
  // Relative to the box Playwright clicks in (on the page; it takes in the stroke).
  const uz = frame.locator('path[data-country="UZ"]');
  const pw = await uz.boundingBox();
  const frameBox = await page.locator('iframe').boundingBox();
  await uz.click({ position: { x: at.x + frameBox.x - pw.x, y: at.y + frameBox.y - pw.y } });
  await expect(shownPanel(frame)).toHaveAttribute('data-panel-country', 'UZ');
  const full = frame.getByTestId('open-full-map');
  expect(await full.evaluate((a) => a.href)).toBe(`${APP_ORIGIN}/?country=UZ&category=press`);
  await expect(full).toHaveAttribute('target', '_blank');
  await expect(full).toHaveAttribute('rel', /noopener/);
  // Without the snippet the frame keeps its pasted height (the one suggested for a country).
  expect(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(760);
  await page.screenshot({ path: 'test-results/screenshots/embed-host.png' });
});

test('with the snippet the iframe takes the height of the view the host chose, and nothing tells the host what the reader opens', async ({ map, page }) => {
  const { iframe, snippet } = await embedCodes(map, page, '?category=lgbt');
  const frame = await hostPage(page, iframe, snippet);
  await expect(frame.getByTestId('embed')).toBeVisible();
  const height = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  await expect.poll(height).not.toBe(640);
  // The frame shows all of the chosen view: nothing to scroll inside it.
  const inner = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  expect(Math.abs((await height()) - inner)).toBeLessThanOrEqual(2);
  const chosen = await height();
  // Any script of the host page (analytics included) may listen.
  await page.evaluate(() => { window.heard = []; addEventListener('message', (e) => window.heard.push(e.data)); });
  await frame.locator('[data-country-button="TM"]').click();
  await expect(shownPanel(frame)).toBeVisible();
  await page.waitForTimeout(500);
  expect(await height(), 'the frame keeps its height; the panel scrolls inside it').toBe(chosen);
  expect(await page.evaluate(() => window.heard)).toEqual([]);
});

for (const sandbox of [false, true]) {
  test(`a document that replaces the map in the frame cannot resize it (${sandbox ? 'sandboxed' : 'plain'} iframe)`, async ({ map, page }) => {
    const { iframe, snippet } = await embedCodes(map, page, '');
    const code = sandbox ? iframe.replace('<iframe ', '<iframe sandbox="allow-scripts" ') : iframe;
    const frame = await hostPage(page, code, snippet);
    await expect(frame.getByTestId('embed')).toBeVisible();
    const height = () => page.locator('iframe').evaluate((f) => f.style.height);
    await expect.poll(height).not.toBe('');
    const settled = await height();
    // Another document in the same frame (a data: URL has an opaque origin,
    // as a sandboxed map has): it can guess the message, not the token.
    await page.locator('iframe').evaluate((f) => {
      f.src = 'data:text/html,<script>for (const token of [undefined, "", "0"]) parent.postMessage({ type: "central-asia-rights-map:height", height: 77, token }, "*")</script>';
    });
    await page.waitForTimeout(500);
    expect(await height()).toBe(settled);
  });
}

test('the snippet ignores height messages from any other origin', async ({ map, page }) => {
  const { iframe, snippet } = await embedCodes(map, page, '');
  const frame = await hostPage(page, iframe, snippet);
  await expect(frame.getByTestId('embed')).toBeVisible();
  const height = () => page.locator('iframe').evaluate((f) => f.style.height);
  await expect.poll(height).not.toBe('');
  const settled = await height();
  await page.evaluate(() => window.postMessage({ type: 'central-asia-rights-map:height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  expect(await height()).toBe(settled);
});

test('works inside <iframe sandbox="allow-scripts">', { tag: '@smoke' }, async ({ map, page }) => {
  const { iframe, snippet } = await embedCodes(map, page, '?category=torture');
  const sandboxed = iframe.replace('<iframe ', '<iframe sandbox="allow-scripts" ');
  const frame = await hostPage(page, sandboxed, snippet);
  await expect(frame.getByTestId('embed')).toBeVisible();
  await frame.locator('[data-country-button="KG"]').click();
  await expect(shownPanel(frame)).toHaveAttribute('data-panel-country', 'KG');
  await expect.poll(() => page.locator('iframe').evaluate((f) => f.style.height)).not.toBe('');
});

test('controls=0 hides the issue selector', async ({ page }) => {
  const frame = await hostPage(page, `<iframe data-rights-map src="${APP_ORIGIN}/?embed=1&controls=0&category=press" width="100%" height="640"></iframe>`, null);
  await expect(frame.getByTestId('embed')).toBeVisible();
  await expect(frame.getByTestId('category-select')).toHaveCount(0);
  await expect(frame.getByTestId('legend').locator('h2')).toHaveText('Expression and media');
});

test('a case card shows one case with its source and a link to it on the full map', async ({ page }) => {
  const frame = await hostPage(page, `<iframe data-rights-map src="${APP_ORIGIN}/?embed=1&card=kz-marat-zhylanbaev" width="400" height="420"></iframe>`, null);
  const card = frame.getByTestId('case-card');
  await expect(card).toContainText('Kazakhstan');
  await expect(card).toContainText('Marat Zhylanbaev');
  await expect(card.locator('blockquote')).toContainText('sentenced to seven years in prison');
  await expect(card.getByRole('link', { name: 'Read the full source' })).toHaveAttribute('href', /hrw\.org/);
  // The source is named once, under the quotation; a card draws no map, so
  // it credits none.
  await expect(card.getByText('Human Rights Watch, “Central Asia: Renewed Engagement')).toHaveCount(1);
  await expect(card).not.toContainText('Natural Earth');
  await expect(card.getByTestId('open-full-map')).toBeVisible();
  expect(await frame.getByTestId('open-full-map').evaluate((a) => a.href)).toBe(`${APP_ORIGIN}/?country=KZ&case=kz-marat-zhylanbaev`);
  await page.screenshot({ path: 'test-results/screenshots/embed-card.png' });
});

test('a call to action is shown as a button, with its text as text', async ({ page }) => {
  const src = `${APP_ORIGIN}/?embed=1&cta_text=` + encodeURIComponent('<b>Sign</b> the petition') + '&cta_url=' + encodeURIComponent('https://example.org/petition?id=1');
  const frame = await hostPage(page, `<iframe data-rights-map src="${src}" width="100%" height="640"></iframe>`, null);
  const cta = frame.getByTestId('cta');
  await expect(cta).toContainText('<b>Sign</b> the petition');
  // The destination's name is shown with the button's words.
  await expect(cta.getByTestId('cta-host')).toHaveText('example.org');
  await expect(cta).toHaveAttribute('href', 'https://example.org/petition?id=1');
  await expect(cta).toHaveAttribute('rel', /noopener/);
  await expect(frame.locator('.cta b')).toHaveCount(0);
});

// A campaigner who has opened a case on the full map embeds that case: its
// card, which the snippet sizes. (It was the country's embed, which opened
// with the case some 1,700 px down and kept the height pasted.)
test('a case opened on the full map is embedded as its card, which the snippet sizes', async ({ map, page }) => {
  const { iframe, snippet } = await embedCodes(map, page, '?case=kz-marat-zhylanbaev&category=press');
  expect(iframe).toContain(`src="${APP_ORIGIN}/embed/card/kz-marat-zhylanbaev/"`);
  const frame = await hostPage(page, iframe, snippet);
  const card = frame.getByTestId('case-card');
  await expect(card).toContainText('Marat Zhylanbaev');
  // The frame takes the card's height (560 px as pasted): nothing to scroll inside it.
  const gap = async () => {
    const outer = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    const inner = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    return Math.abs(outer - inner);
  };
  await expect.poll(gap).toBeLessThanOrEqual(2);
  expect(await page.locator('iframe').evaluate((f) => f.style.height)).not.toBe('');
});

// The Embed dialog gives an embed's own page (`embed/country/kz/`) where the
// view is that page's: a campaigner adds a call to action to it by hand.
for (const [path, shown] of [['embed/country/kz/', 'country-panel'], ['embed/card/kz-marat-zhylanbaev/', 'case-card']]) {
  test(`a call to action added to ${path} keeps that embed, and the host's history`, async ({ page }) => {
    const src = `${APP_ORIGIN}/${path}?cta_text=Sign&cta_url=` + encodeURIComponent('https://example.org/petition');
    const frame = await hostPage(page, `<iframe data-rights-map src="${src}" width="600" height="760"></iframe>`, null);
    await expect(frame.getByTestId('cta')).toContainText('Sign');
    await expect(frame.locator('.masthead')).toHaveCount(0);
    // The embed's own layout (the card has none of the map's).
    if (shown === 'country-panel') await expect(frame.getByTestId('embed')).toBeVisible();
    await expect(frame.getByTestId(shown).first()).toContainText('Kazakhstan');
    const inner = page.frames().find((f) => f.url().startsWith(`${APP_ORIGIN}/`));
    expect(new URL(inner.url()).pathname).toBe(`/${path}`);
    if (shown === 'country-panel') {
      const entries = await page.evaluate(() => history.length);
      await frame.locator('path[data-country="UZ"]').dispatchEvent('click');
      await expect(shownPanel(frame)).toHaveAttribute('data-panel-country', 'UZ');
      await expect(frame.getByTestId('cta')).toBeVisible();
      expect(await page.evaluate(() => history.length)).toBe(entries);
    }
  });
}

test('opened on its own, not in a frame, the map shows no call to action', async ({ page }) => {
  const link = '/?embed=1&cta_text=' + encodeURIComponent('Verify your identity to read the full report')
    + '&cta_url=' + encodeURIComponent('https://phish.example/login');
  await page.goto(link);
  // The embed layout is the app's (the page at / is the full map): it has run.
  await expect(page.getByTestId('embed')).toBeVisible();
  await expect(page.getByTestId('open-full-map')).toBeVisible();
  await expect(page.getByTestId('cta')).toHaveCount(0);
  await expect(page.getByText('Verify your identity')).toHaveCount(0);
});

// Read by the browser's own URL parser, as the browser would open them:
// addresses in every form, local names, single labels, port 0, and an
// encoded @ are refused as well as other schemes and credentials.
for (const hostile of [
  'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://example.org/', 'https://user:pw@example.org/',
  'https://0x7f.1/', 'https://2130706433/', 'https://localhost/', 'https://[::1]/', 'https://a/', 'https://evil.example:0/',
  'https://good.org%40evil.example/',
]) {
  test(`a hostile call-to-action URL (${hostile.slice(0, 16)}…) is refused`, async ({ page }) => {
    const src = `${APP_ORIGIN}/?embed=1&cta_text=Act&cta_url=` + encodeURIComponent(hostile);
    const frame = await hostPage(page, `<iframe data-rights-map src="${src}" width="100%" height="640"></iframe>`, null);
    await expect(frame.getByTestId('embed')).toBeVisible();
    await expect(frame.getByTestId('cta')).toHaveCount(0);
    await expect(frame.getByTestId('notices')).toContainText('is not a secure web address');
  });
}

// In an embed the notices stay in its flow, under its title: over the
// frame's top (as on the full page, over its masthead) they covered the issue
// menu and the map's zoom buttons. Dismissed, the focus goes to the embed.
test("an embed's notice covers none of its controls", async ({ page }) => {
  const src = `${APP_ORIGIN}/?embed=1&category=nope`;
  const frame = await hostPage(page, `<iframe data-rights-map src="${src}" width="400" height="500"></iframe>`, null);
  const notice = frame.locator('.notice');
  await expect(notice).toContainText('There is no issue “nope”');
  const covered = await notice.evaluate((n) => {
    const r = n.getBoundingClientRect();
    return [...document.querySelectorAll('select, button, .map-canvas')]
      .filter((el) => !n.contains(el))
      .filter((el) => { const b = el.getBoundingClientRect(); return b.width > 0 && b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom; })
      .map((el) => el.className || el.tagName);
  });
  expect(covered).toEqual([]);
  await frame.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(frame.locator('.embed-layout')).toBeFocused();
});

// Issue #18: an embed preset to a country shows the map first, and the
// country's short card (name, status, finding, "Source, cases and more")
// beside it from about 560 px, or right under it, at the iframe height the
// Embed dialog suggests for that view.
for (const width of [320, 400, 600, 800]) {
  test(`an embed of a country shows the map and its finding without scrolling, at the suggested height, ${width} px wide`, async ({ map, page }) => {
    const { iframe } = await embedCodes(map, page, '?country=KG&category=lgbt');
    const height = Number(iframe.match(/ height="(\d+)"/)[1]);
    await page.setViewportSize({ width, height });
    await page.goto('/?embed=1&country=KG&category=lgbt');
    const mapFrame = page.getByTestId('map');
    const panel = page.getByTestId('country-panel');
    await expect(panel).toHaveAttribute('data-panel-country', 'KG');
    await expect(mapFrame).toBeInViewport({ ratio: 1 });
    await expect(panel.getByRole('heading', { level: 2, name: 'Kyrgyzstan' })).toBeInViewport({ ratio: 1 });
    const finding = panel.getByTestId('finding');
    await expect(finding.getByText('Restrictive law adopted')).toBeInViewport({ ratio: 1 });
    await expect(finding.getByText(/A law was adopted that bans what it calls/)).toBeInViewport({ ratio: 1 });
    await expect(panel.getByTestId('panel-more')).toBeInViewport({ ratio: 1 });
    const [m, p] = [await mapFrame.boundingBox(), await panel.boundingBox()];
    if (width >= 560) expect(p.x, 'beside the map').toBeGreaterThanOrEqual(m.x + m.width);
    else expect(p.y, 'under the map').toBeGreaterThanOrEqual(m.y + m.height);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.screenshot({ path: `test-results/screenshots/embed-country-${width}.png` });
  });
}

test("an embed's country card opens its source, cases and the rest on request", async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 760 });
  await page.goto('/?embed=1&country=KG&category=lgbt');
  const panel = page.getByTestId('country-panel');
  const quote = panel.locator('details.panel-more > figure.quote blockquote');
  await expect(quote).toBeHidden();
  await expect(panel.getByTestId('cases')).toBeHidden();
  await panel.getByTestId('panel-more').click();
  await expect(quote).toBeVisible();
  await expect(quote).toHaveAttribute('lang', 'en');
  await expect(panel.getByTestId('cases')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Next country' })).toBeVisible();
});

test("a link to a case in an embed opens the card's details at that case", async ({ page }) => {
  await page.goto('/?embed=1&country=KZ&category=political-prisoners&case=kz-marat-zhylanbaev');
  const panel = page.getByTestId('country-panel');
  await expect(panel.locator('details.panel-more')).toHaveAttribute('open', '');
  await expect(panel.locator('[data-case="kz-marat-zhylanbaev"] blockquote')).toBeVisible();
});

test("'Source, cases and more' opened before the app stays open when the app takes over", async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 760 });
  await page.goto('/embed/country/kg/', { prerendered: true });
  // The wasm is held back until the tap has been seen on the rendered page.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  // A tap opens it at once (a plain <details>), and starts the app.
  await page.locator('#country-KG [data-testid="panel-more"]').click();
  await expect(page.locator('#country-KG details.panel-more')).toHaveAttribute('open', '');
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
  release();
  await page.waitForFunction(() => !document.querySelector('#app[data-prerendered]'));
  const after = page.getByTestId('country-panel');
  await expect(after).toHaveAttribute('data-panel-country', 'KG');
  await expect(after.locator('details.panel-more')).toHaveAttribute('open', '');
  await expect(after.getByTestId('cases')).toBeVisible();
});

test("with the snippet, opening a card's 'Source, cases and more' tells the host nothing", async ({ map, page }) => {
  const { iframe, snippet } = await embedCodes(map, page, '?country=KG&category=lgbt');
  const frame = await hostPage(page, iframe, snippet);
  const height = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  await expect.poll(height).not.toBe(760);
  const chosen = await height();
  await page.evaluate(() => { window.heard = []; addEventListener('message', (e) => window.heard.push(e.data)); });
  await shownPanel(frame).getByTestId('panel-more').click();
  await expect(shownPanel(frame).getByTestId('cases')).toBeVisible();
  await page.waitForTimeout(500);
  expect(await height(), 'the frame keeps its height; the card scrolls inside it').toBe(chosen);
  expect(await page.evaluate(() => window.heard)).toEqual([]);
});

test.describe('with the wasm held back', () => {
  // The service worker would answer the wasm from its cache, out of the
  // route's reach (the full map, opened first, registers it).
  test.use({ serviceWorkers: 'block' });
  test("the Embed dialog's code paints the map and the country's card before the app arrives", async ({ map, page }) => {
    const { iframe } = await embedCodes(map, page, '?country=KG&category=lgbt');
    // The wasm never arrives: what shows is the rendered embed page.
    await page.route(/_bg\.wasm$/, () => {});
    const frame = await hostPage(page, iframe, null);
    await expect(frame.getByTestId('map')).toBeVisible();
    await expect(frame.locator('#country-KG').getByRole('heading', { level: 2, name: 'Kyrgyzstan' })).toBeVisible();
    await expect(frame.locator('#app[data-prerendered]')).toHaveCount(1);
  });
  test('a country tapped before the app keeps the call to action added to the embed\'s address', async ({ page }) => {
    const release = await holdWasm(page);
    const src = `${APP_ORIGIN}/embed/country/kz/?cta_text=Sign&cta_url=` + encodeURIComponent('https://example.org/petition');
    const frame = await hostPage(page, `<iframe data-rights-map src="${src}" width="600" height="760"></iframe>`, null);
    await expect(frame.locator('#app[data-prerendered]')).toHaveCount(1);
    await frame.locator('a[data-country-link="UZ"]').dispatchEvent('click');
    await expect(frame.locator('#country-UZ [data-testid="country-panel"]')).toBeVisible();
    const inner = page.frames().find((f) => f.url().startsWith(`${APP_ORIGIN}/`));
    // Written in the task after the panel's frame (index.html).
    await expect.poll(() => {
      const url = new URL(inner.url());
      return [url.searchParams.get('country'), url.searchParams.get('embed'), url.searchParams.get('cta_text'), url.hash];
    }).toEqual(['UZ', '1', 'Sign', '#country-UZ']);
    release();
    await expect(frame.getByTestId('cta')).toContainText('Sign');
    await expect(shownPanel(frame)).toHaveAttribute('data-panel-country', 'UZ');
    await expect(frame.locator('#app[data-prerendered]')).toHaveCount(0);
  });
  test('an embed\'s finding, pressed while the app fails to load, adds nothing to the host\'s history', async ({ page, guards }) => {
    await page.route(/_bg\.wasm$/, (route) => setTimeout(() => route.abort().catch(() => {}), 1000));
    const frame = await hostPage(page, `<iframe data-rights-map src="${APP_ORIGIN}/embed/country/kz/" width="600" height="760"></iframe>`, null);
    await expect(frame.locator('#app[data-prerendered]')).toHaveCount(1);
    const entries = await page.evaluate(() => history.length);
    await frame.locator('#country-KZ [data-testid="panel-more"]').click();
    await frame.locator('#country-KZ a.finding-link').nth(1).click();
    await expect.poll(() => page.frames().find((f) => f.url().startsWith(`${APP_ORIGIN}/`))?.url()).toMatch(/\/embed\/issue\/[a-z-]+\/#country-KZ$/);
    await expect(frame.getByTestId('country-panel').filter({ visible: true })).toHaveAttribute('data-panel-country', 'KZ');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // The refused app, said in the console: the only errors.
    expect(guards.errors.filter((e) => !/ERR_FAILED|Failed to fetch|could not be loaded/.test(e))).toEqual([]);
    guards.errors.length = 0;
  });
  test('a country tapped in an embed before the app adds nothing to the host\'s history', async ({ page }) => {
    await page.route(/_bg\.wasm$/, () => {});
    const frame = await hostPage(page, `<iframe data-rights-map src="${APP_ORIGIN}/embed/" width="600" height="640"></iframe>`, null);
    await expect(frame.locator('#app[data-prerendered]')).toHaveCount(1);
    const entries = await page.evaluate(() => history.length);
    await frame.locator('a[data-country-link="TJ"]').dispatchEvent('click');
    await expect(frame.locator('#country-TJ [data-testid="country-panel"]')).toBeVisible();
    const inner = page.frames().find((f) => f.url().startsWith(`${APP_ORIGIN}/`));
    // Written after the panel's frame; replaced, so no entry was added by then.
    await expect.poll(() => inner.url()).toMatch(/#country-TJ$/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });
});
