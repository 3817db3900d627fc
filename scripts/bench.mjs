// Benchmark: the release build served with gzip on 127.0.0.1, measured in
// headless Chromium on a desktop profile and on a slow-4G phone profile
// (150 ms RTT, 1.6 Mbit/s down, CPU slowed 4x). Prints medians; asserts nothing
// (this machine is shared and noisy — budgets are checked on sizes, not times).
// The app loads on first use (scripts/app-loader.js), so each profile runs as
// three visitors: one who only reads (what the first view transfers); one who
// moves the mouse over the page as soon as the map shows (the app's figures:
// the earliest it can be ready); one who clicks a country at that moment.
//   node scripts/bench.mjs [runs]      (scripts/bench.sh builds and serves first)
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.mjs';

const URL_BASE = process.env.BENCH_URL ?? 'http://127.0.0.1:4180/';
const RUNS = Number(process.argv[2] ?? 5);
const PROFILES = {
  desktop: { viewport: { width: 1366, height: 768 }, network: null, cpu: 1 },
  'slow-4g phone': { viewport: { width: 360, height: 640 }, network: { latency: 150, down: 1.6e6 / 8, up: 750e3 / 8 }, cpu: 4 },
};

async function once(browser, profile, mode) {
  const context = await browser.newContext({ viewport: profile.viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) {
    const { latency, down, up } = profile.network;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: down, uploadThroughput: up });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.addInitScript((mode) => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
    // Frame by frame from the start: the first frame with the map in it (the
    // prerendered one), and the first with the app in charge of it.
    // On the first frame with Uzbekistan's link in the prerendered list (the
    // page may still be arriving), a visitor clicks it: time until its section
    // shows. The click also starts the app.
    const clickEarly = () => {
      const link = document.querySelector('#app[data-prerendered] a[data-country-button="UZ"]');
      if (!link) return;
      window.__clicked = true;
      const t0 = performance.now();
      link.click();
      const shown = () => {
        const section = document.getElementById('country-UZ');
        if (section && getComputedStyle(section).display !== 'none') window.__earlyClick = performance.now() - t0;
        else requestAnimationFrame(shown);
      };
      requestAnimationFrame(shown);
    };
    const frame = () => {
      const map = document.querySelector('path[data-country]');
      if (map && window.__mapSeen === undefined) {
        // Painted: the next frame starts once the frame with the map is done
        // (it tracks the browser's first-contentful-paint entry).
        window.__mapSeen = performance.now();
        requestAnimationFrame(() => { window.__mapPaint = performance.now(); });
        // The visitor's mouse arrives over the page: the app starts loading.
        if (mode === 'use') document.body.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
      }
      if (mode === 'early' && !window.__clicked) clickEarly();
      if (map && !document.querySelector('#app[data-prerendered]')) { window.__appReady = performance.now(); return; }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, mode);
  await page.goto(URL_BASE);
  if (mode === 'read') {
    // Everything a reader's visit transfers: the load, then two quiet seconds.
    await page.waitForLoadState('load');
    await page.waitForTimeout(2000);
    await context.close();
    return { bytes };
  }
  await page.waitForFunction(() => window.__appReady !== undefined, null, { timeout: 60_000 });
  if (mode === 'early') {
    // A separate run, so the early click does not change the other figures.
    const earlyClick = await page.evaluate(() => window.__earlyClick ?? NaN);
    await context.close();
    return { earlyClick };
  }
  const { mapPaint, appReady } = await page.evaluate(() => ({ mapPaint: window.__mapPaint, appReady: window.__appReady }));
  // Latencies measured in the page, from the event to the first frame that shows its result.
  const untilFrame = (what) => page.evaluate((what) => new Promise((resolve) => {
    const t0 = performance.now();
    let done;
    if (what === 'click') {
      document.querySelector('[data-country-button="KG"]').click();
      done = () => document.querySelector('[data-testid="country-panel"]') !== null;
    } else {
      const select = document.querySelector('[data-testid="category-select"]');
      select.value = 'press';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      done = () => document.querySelector('#legend-heading')?.textContent === 'Expression and media';
    }
    const check = () => (done() ? resolve(performance.now() - t0) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  }), what);
  const clickToPanel = await untilFrame('click');
  const switchMs = await untilFrame('switch');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const wasmMemory = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? 0);
  await context.close();
  return { bytes, mapPaint, appReady, clickToPanel, usableAt: appReady + clickToPanel, switchMs, heap, wasmMemory };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const rows = [];
for (const [name, profile] of Object.entries(PROFILES)) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(browser, profile, 'use'));
  const early = [];
  for (let i = 0; i < RUNS; i++) early.push((await once(browser, profile, 'early')).earlyClick);
  // Bytes do not vary from run to run.
  const read = await once(browser, profile, 'read');
  const answered = early.filter((ms) => !Number.isNaN(ms));
  const m = (k) => median(runs.map((r) => r[k]));
  rows.push({
    profile: name,
    'first view KB': (read.bytes / 1024).toFixed(1),
    'with the app KB': (m('bytes') / 1024).toFixed(1),
    'map painted ms': m('mapPaint').toFixed(0),
    // NaN when the app had taken over before the section could show.
    'click before app→section ms': answered.length ? median(answered).toFixed(0) : 'app first',
    'app ready (used at once) ms': m('appReady').toFixed(0),
    'first click answered ms': m('usableAt').toFixed(0),
    'click→panel ms': m('clickToPanel').toFixed(0),
    'issue switch ms': m('switchMs').toFixed(0),
    'JS heap MB': (m('heap') / 1048576).toFixed(1),
    'wasm memory MB': (m('wasmMemory') / 1048576).toFixed(1),
  });
}
await browser.close();
console.log(`median of ${RUNS} runs each, ${URL_BASE}`);
console.table(rows);
