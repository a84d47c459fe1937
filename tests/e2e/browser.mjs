// browser.mjs — shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core against the
// built site served on 127.0.0.1, with every console message, page error and request recorded for assertions.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const siteDir = resolve(process.env.MPSIM_SITE_DIR || 'build/web/site');
export const screenshotDir = resolve(siteDir, '..', 'screenshots');
mkdirSync(screenshotDir, { recursive: true });

// Flags that work as root in this sandbox; SwiftShader runs WebGL 2 on the CPU.
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function openBrowser() {
  const { server, url } = await startServer(siteDir, 0);
  const browser = await chromium.launch({ executablePath: process.env.MPSIM_CHROMIUM || '/usr/bin/chromium', args: chromiumArgs });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

// A page with its console errors, page errors and off-origin requests collected. `timezoneId` ("Asia/Shanghai") sets
// the browser's time zone, as the user's system would; UTC unless given, so that what the English page shows (times
// are in the browser's zone there) is the same on every machine. `setup(page)` runs before the page is opened (routes
// that stand in for the server, for example).
export async function openPage(session, { path = '', deviceScaleFactor = 1, width = 1400, height = 850, timezoneId = 'UTC', setup = null } = {}) {
  const context = await session.browser.newContext({ viewport: { width, height }, deviceScaleFactor, timezoneId });
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => {}));  // the page's own context goes with it (the browser may be closing)
  const record = { consoleErrors: [], pageErrors: [], foreignRequests: [], requests: [], cspViolations: [] };
  await page.exposeFunction('mpsimReportCsp', (v) => record.cspViolations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.mpsimReportCsp(e.violatedDirective + ' ' + e.blockedURI)));
  const origin = new URL(session.url).origin;
  page.on('console', (m) => { if (m.type() === 'error') record.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => record.pageErrors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    record.requests.push(u);
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) record.foreignRequests.push(u);
  });
  if (setup) await setup(page);
  await page.goto(session.url + path);
  return { page, record };
}

// The app's own account of what it shows (exported C function app_state_json).
export async function appState(page) {
  return JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._app_state_json())));
}

// Polls the app's state until `predicate` holds. Software WebGL on a loaded machine draws only a few frames a second.
export async function until(page, predicate, what, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await appState(page);
    if (predicate(state)) return state;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(state).slice(0, 600)}`);
    await page.waitForTimeout(100);
  }
}

// Types into an ImGui text field as a user does: click it, select what it holds, type, press Enter, let a frame pass.
// Clicks a text field, replaces its text and presses Enter. Each key waits for the frame that takes it: the app must be
// editing the field before the keys go to it, and hold the text before Enter (on a loaded machine software WebGL
// draws a few frames a second, and a fixed pause was sometimes too short).
export async function typeInto(page, [x, y], text) {
  const field = () => page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._app_state_json())).text_field || {});
  const settle = async (done) => {
    for (let i = 0; i < 100 && !done(await field()); i++) await page.waitForTimeout(50);
  };
  await page.mouse.click(x, y);
  await settle((f) => f.editing);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await settle((f) => !f.editing || f.text === text);
  await page.keyboard.press('Enter');
  await waitForFrames(page, (await frameCount(page)) + 2);
}

async function frameCount(page) {
  return page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._app_state_json())).frames);
}

export async function waitForFrames(page, frames = 3) {
  await page.waitForFunction((n) => {
    // Module._app_state_json exists before the wasm is instantiated and throws if called then; the page says when.
    if (!window.mpsimPage || !window.mpsimPage.ready) return false;
    return JSON.parse(Module.UTF8ToString(Module._app_state_json())).frames >= n;
  }, frames, { timeout: 60000, polling: 100 });
}

export async function screenshot(page, name) {
  const path = join(screenshotDir, name);
  const png = await page.screenshot({ path });
  return { path, png };
}

// How much of the image is not the dominant colour, and how many colours it has: a blank canvas has ~0 and ~1.
// Decoded by the browser itself in a blank page, so the test needs no image library.
export async function imageStats(session, png) {
  const page = await session.browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const data = g.getImageData(0, 0, c.width, c.height).data;
      const counts = new Map();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
        counts.set(key, (counts.get(key) || 0) + 1);
      }
      const pixels = data.length / 4;
      const dominant = Math.max(...counts.values());
      return { width: c.width, height: c.height, colors: counts.size, nonDominantFraction: 1 - dominant / pixels };
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

// second-partner-joins (3 events), opened at 1400x850, gets a fourth at its end through the composer as a user adds
// it: End, the request typed into its fields, Apply. Resolves once the app counts 4 events.
export async function addSuspensionStep(page) {
  await page.mouse.click(700, 838);
  await page.keyboard.press('End');
  await typeInto(page, [640, 512], 'contoso/li.wei');
  await typeInto(page, [640, 542], 'suspend_subscription');
  await typeInto(page, [640, 594], 'fab-e3');
  await page.mouse.click(579, 627);  // Apply, below the request's one parameter
  return until(page, (s) => s.scenario.modified && s.scenario.events === 4, 'the added event');
}
