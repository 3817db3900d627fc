// The smoke journeys (tests tagged @smoke: map and panel, issue switch, an
// embed in a sandboxed iframe on another origin, offline reload) against the
// map served by Debian's nginx with deploy/nginx.conf, as people host it:
// scripts/test-deploy.sh --smoke starts nginx and runs these with NGINX_URL.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.mjs';

const url = process.env.NGINX_URL;
if (!url) throw new Error('playwright.nginx.config.mjs: set NGINX_URL (scripts/test-deploy.sh --smoke does)');

export default defineConfig({
  ...base,
  grep: /@smoke/,
  outputDir: 'test-results/nginx',
  use: { ...base.use, baseURL: url },
  // The map is nginx's; the campaigner's page that embeds it is still ours.
  webServer: base.webServer.slice(1),
});
