// Benchmark: the release build served with gzip on 127.0.0.1, measured in
// headless Chromium on a desktop profile and on a slow-4G phone profile
// (150 ms RTT, 1.6 Mbit/s down, CPU slowed 4x). Prints medians; asserts nothing
// (this machine is shared and noisy — budgets are checked on sizes, not times).
//   node scripts/bench.mjs [runs]      (scripts/bench.sh builds and serves first)
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.mjs';

const URL_BASE = process.env.BENCH_URL ?? 'http://127.0.0.1:4180/';
const RUNS = Number(process.argv[2] ?? 5);
const PROFILES = {
  desktop: { viewport: { width: 1366, height: 768 }, network: null, cpu: 1 },
  'slow-4g phone': { viewport: { width: 360, height: 640 }, network: { latency: 150, down: 1.6e6 / 8, up: 750e3 / 8 }, cpu: 4 },
};

async function once(browser, profile) {
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
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
  await page.goto(URL_BASE);
  await page.locator('path[data-country="KZ"]').waitFor();
  // Time from navigation start to the first frame with the map in it.
  const mapPaint = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
  const t0 = Date.now();
  await page.locator('[data-country-button="KG"]').click();
  await page.getByTestId('country-panel').waitFor();
  const clickToPanel = Date.now() - t0;
  const usableAt = mapPaint + clickToPanel;
  const s0 = Date.now();
  await page.getByTestId('category-select').selectOption('press');
  await page.waitForFunction(() => document.querySelector('path[data-country="TM"]').getAttribute('data-status') !== null
    && document.querySelector('#legend-heading')?.textContent === 'Expression and media');
  const switchMs = Date.now() - s0;
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const wasmMemory = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? 0);
  await context.close();
  return { bytes, mapPaint, clickToPanel, usableAt, switchMs, heap, wasmMemory };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const rows = [];
for (const [name, profile] of Object.entries(PROFILES)) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(browser, profile));
  const m = (k) => median(runs.map((r) => r[k]));
  rows.push({
    profile: name,
    'transferred KB': (m('bytes') / 1024).toFixed(1),
    'map painted ms': m('mapPaint').toFixed(0),
    'click→panel ms': m('clickToPanel').toFixed(0),
    'first click done ms': m('usableAt').toFixed(0),
    'issue switch ms': m('switchMs').toFixed(0),
    'JS heap MB': (m('heap') / 1048576).toFixed(1),
    'wasm memory MB': (m('wasmMemory') / 1048576).toFixed(1),
  });
}
await browser.close();
console.log(`median of ${RUNS} runs each, ${URL_BASE}`);
console.table(rows);
