// End-to-end tests against the release build (dist/) served on 127.0.0.1.
// Debian's Chromium is driven through executablePath: Playwright never
// downloads a browser here. The flags keep the browser from reaching any host
// outside this machine, so a test that listens to requests still sees an
// attempt, but nothing leaves.
import { defineConfig } from '@playwright/test';

// E2E_PORT and E2E_HOST_PORT let a second suite (a worktree) run beside this one.
export const PORT = Number(process.env.E2E_PORT ?? 4173);
/** A second origin, for the campaigner's page that embeds the map. */
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4174);
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  '--proxy-server=127.0.0.1:9',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // One retry, and at most two tests that needed it (support/flaky-limit.mjs);
  // the specs that check something never happens have none.
  retries: 1,
  reporter: [['list'], ['./tests/e2e/support/flaky-limit.mjs', { most: 2 }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    viewport: { width: 1366, height: 768 },
    trace: 'off',
  },
  webServer: [
    {
      command: `node scripts/static-server.mjs dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      command: `node scripts/static-server.mjs tests/e2e/host ${HOST_PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
