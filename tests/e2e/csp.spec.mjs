// The built page carries a strict Content-Security-Policy and the app works
// under it (every other spec runs under it too, and any violation is a
// console error that fails them). Here: the policy's shape, and that it bites.
import { test, expect } from './support/fixtures.mjs';

test('the policy allows no inline code, no eval and no other origin', async ({ map, page }) => {
  await map.open();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'/);
  expect(policy).toContain("style-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/'unsafe-eval'/);
  expect(policy).not.toMatch(/https?:|\*/);
  // The stylesheet is in the page (one request less before the map shows),
  // allowed by its hash like the page's positions.
  expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
  expect(await page.locator('style#styles').count()).toBe(1);
  expect(policy.match(/style-src 'self'((?: 'sha256-[A-Za-z0-9+/]+=*')+)/)?.[1].trim().split(' ')).toHaveLength(2);
  // The JS glue the app's loader adds is pinned by Subresource Integrity;
  // the loader fetches the wasm with its hash too (scripts/app-loader.js;
  // sri.spec.mjs shows both refused when changed).
  const pinned = await page.locator('script[src], link[rel="modulepreload"], link[rel="preload"]')
    .evaluateAll((els) => els.map((e) => [e.tagName, e.getAttribute('src') ?? e.getAttribute('href'), e.getAttribute('integrity')]));
  expect(pinned.map(([tag]) => tag).sort()).toEqual(['SCRIPT']);
  for (const [, url, integrity] of pinned) expect(integrity, url).toMatch(/^sha384-/);
  const loader = await page.locator('#app-loader').evaluate((s) => ({ ...s.dataset }));
  expect(loader.wasm).toMatch(/_bg\.wasm$/);
  expect(loader.wasmIntegrity).toMatch(/^sha384-/);
});

test('an injected inline script or style is refused', async ({ map, page, guards }) => {
  await map.open();
  const outcome = await page.evaluate(() => new Promise((resolve) => {
    const seen = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.appendChild(script);
    const div = document.createElement('div');
    div.setAttribute('style', 'color: red');
    document.body.appendChild(div);
    setTimeout(() => resolve({ seen, ran: window.__injected === true, colour: getComputedStyle(div).color }), 300);
  }));
  expect(outcome.ran).toBe(false);
  expect(outcome.colour).not.toBe('rgb(255, 0, 0)');
  expect(outcome.seen.some((d) => d.startsWith('script-src'))).toBe(true);
  expect(outcome.seen.some((d) => d.startsWith('style-src'))).toBe(true);
  // Those refusals are logged as console errors, as they should be.
  expect(guards.errors.every((e) => /Content Security Policy/.test(e)), guards.errors.join('\n')).toBe(true);
  guards.errors.length = 0;
});
