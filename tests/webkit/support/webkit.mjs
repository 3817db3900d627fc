// WebKitGTK through WebKitWebDriver (Debian's webkit2gtk-driver), driven by
// selenium-webdriver: for each journey a driver of its own, in a process
// group of its own with a temporary folder, which launches a new browser
// (../browser.py, whose console the tests read from its stderr) and is ended
// with everything it started, whatever state the journey left it in.
// Needs a display: scripts/test-webkit.sh runs the tests under xvfb-run.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder } from 'selenium-webdriver';
import { findFreePort } from 'selenium-webdriver/net/portprober.js';

export const APP_ORIGIN = `http://127.0.0.1:${process.env.WEBKIT_APP_PORT ?? 4473}`;
/** A second origin, for the campaigner's page that embeds the map. */
export const HOST_ORIGIN = `http://127.0.0.1:${process.env.WEBKIT_HOST_PORT ?? 4474}`;
const DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const BROWSER = fileURLToPath(new URL('../browser.py', import.meta.url));

/** `promise`, or an error once `ms` have passed: a WebDriver command has no
 * deadline of its own, and one to a browser whose page died never answers. */
export async function within(ms, promise, what) {
  let timer;
  const late = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${what} did not finish within ${ms} ms`)), ms); });
  try { return await Promise.race([promise, late]); } finally { clearTimeout(timer); }
}

/** Polls `probe` until it returns something truthy; its last value is the error's detail. */
export async function until(probe, message, timeout = 10_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try { last = await probe(); if (last) return last; } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms: ${message} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export class WebKit {
  /** Starts WebKitWebDriver on a free port of 127.0.0.1. */
  static async start() {
    const port = await findFreePort('127.0.0.1');
    // The browsers keep their sessions here (browser.py); removed in stop().
    const tmp = mkdtempSync(join(tmpdir(), 'webkit-driver-'));
    // detached: a process group of its own (the driver, the browser, its
    // WebKit processes), so stop() ends them all at once.
    const child = spawn(DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TMPDIR: tmp },
      detached: true,
    });
    const webkit = new WebKit(child, `http://127.0.0.1:${port}`, tmp);
    await until(async () => (await fetch(`${webkit.url}/status`)).ok, 'WebKitWebDriver answers /status');
    return webkit;
  }

  constructor(child, url, tmp) {
    this.child = child;
    this.url = url;
    this.tmp = tmp;
    /** Everything the driver and the browsers wrote to stdout and stderr. */
    this.output = '';
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (d) => { this.output += d; });
    this.exited = new Promise((done) => child.on('exit', done));
  }

  /** A new browser with a session of its own. `language`: the system's, as
   * navigator.language and Accept-Language give it (en-US by default). */
  async session({ language = 'en-US', width = 1366, height = 768 } = {}) {
    const driver = await within(30_000, new Builder().usingServer(this.url).withCapabilities({
      browserName: 'WebKitGTK journeys',
      // Nothing leaves this machine: every address but 127.0.0.1 goes to a
      // port where nothing listens (the discard port). The app makes no
      // third-party request; this holds the browser's own traffic too.
      proxy: { proxyType: 'manual', httpProxy: '127.0.0.1:9', sslProxy: '127.0.0.1:9', noProxy: ['127.0.0.1', 'localhost'] },
      'webkitgtk:browserOptions': { binary: BROWSER, args: ['--automation', `--language=${language}`] },
    }).build(), 'starting a browser');
    // A page that never finishes loading, or a script that never answers,
    // fails its journey in seconds rather than after WebDriver's 300 s.
    await driver.manage().setTimeouts({ pageLoad: 20_000, script: 10_000 });
    await driver.manage().window().setRect({ width, height });
    return new Session(this, driver);
  }

  /** The processes of the driver's group, as ps lists them (for a report). */
  processes() {
    try { return execFileSync('ps', ['-o', 'pid,stat,etimes,args', '-g', String(this.child.pid)]).toString(); } catch { return '(ps failed)'; }
  }

  /** Ends the driver's process group: the driver, and the browser and WebKit
   * processes it started, which outlive it otherwise. */
  async stop() {
    try { process.kill(-this.child.pid, 'SIGKILL'); } catch { /* already gone */ }
    await this.exited;
    this.child.stdout.destroy();
    this.child.stderr.destroy();
    rmSync(this.tmp, { recursive: true, force: true });
  }
}

let marks = 0;

export class Session {
  constructor(webkit, driver) {
    this.webkit = webkit;
    this.driver = driver;
    this.from = webkit.output.length;
  }

  /** The console messages the browser printed since this session began, up
   * to a mark logged now in the top document (so that nothing the page wrote
   * before it is still on its way through the pipe). WebKit prints each as
   * `[url:line:column: ]CONSOLE [SOURCE ]LEVEL text`. */
  async console() {
    const mark = `webkit-journeys-mark-${++marks}`;
    await this.driver.switchTo().defaultContent();
    await this.driver.executeScript('console.log(arguments[0])', mark);
    await until(() => this.webkit.output.includes(mark, this.from), 'the console mark reaches stderr', 5_000);
    const text = this.webkit.output.slice(this.from, this.webkit.output.indexOf(mark, this.from));
    const messages = [];
    for (const line of text.split('\n')) {
      const at = line.match(/(?:^|: )CONSOLE (?:([A-Z]+) )?(LOG|INFO|WARN|WARNING|ERROR|DEBUG) (.*)$/);
      if (at) messages.push({ source: at[1] ?? 'CONSOLE-API', level: at[2], text: at[3], line });
      else if (messages.length && line.trim()) messages.at(-1).text += `\n${line}`; // a message of several lines
    }
    return messages;
  }

  /** The console errors (script errors, console.error, CSP refusals...). */
  async consoleErrors() {
    return (await this.console()).filter((m) => m.level === 'ERROR' && !KNOWN.some((k) => k.test(m.line))).map((m) => m.line);
  }

  /** The addresses of the resources the top document fetched that are from
   * neither origin of the tests (Resource Timing; the frames keep their own). */
  async foreignResources() {
    await this.driver.switchTo().defaultContent();
    const names = await this.driver.executeScript("return performance.getEntriesByType('resource').map((e) => e.name)");
    return names.filter((n) => !/^(data|blob):/.test(n) && ![APP_ORIGIN, HOST_ORIGIN].includes(new URL(n).origin));
  }

  /** What the driver and the browser printed during this session. */
  output() { return this.webkit.output.slice(this.from); }

  async screenshot(path) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await within(10_000, this.driver.takeScreenshot(), 'a screenshot'), 'base64');
  }

  async quit() { await within(10_000, this.driver.quit(), 'closing the browser'); }
}

// What WebKit prints on every page that is no fault of a journey. Empty now:
// it listed WebKit's error for the CSP directive manifest-src, which it does
// not know; default-src 'self' covers the manifest, so the policy dropped it.
const KNOWN = [];
