// browser.mjs — the benchmark figures only a browser gives, in headless Chromium (SwiftShader: WebGL on the CPU):
// time to first frame of the app against the minimal ImGui page built with the same flags (each in a fresh context,
// so nothing is cached; median of several), and the app's CPU time per frame with a large generated world open in the
// World table (the app measures each frame itself: app_state_json's frame_ms).
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../tests/e2e/browser.mjs';
import { startServer } from '../scripts/serve.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const state = (page) => page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._app_state_json())));

// `firstFrameAt` is a function run in the page (a string would be evaluated, which the pages' CSP forbids).
async function firstFrame(browser, url, firstFrameAt) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(firstFrameAt, null, { timeout: 60000, polling: 20 });
  const ms = await page.evaluate(firstFrameAt);
  await context.close();
  return ms;
}

// Presses an ImGui tab: a press held long enough for a frame to see it (ImGui reads input once per frame).
async function pressAt(page, x, y) {
  await page.mouse.move(x, y);
  await page.waitForTimeout(200);
  await page.mouse.down();
  await page.waitForTimeout(200);
  await page.mouse.up();
  await page.waitForTimeout(300);
}

export async function measureBrowser({ quick = false, screenshot = null } = {}) {
  const app = await startServer('build/web/site', 0);
  const minimal = await startServer('build/web/minimal', 0);
  const browser = await chromium.launch({ executablePath: process.env.MPSIM_CHROMIUM || '/usr/bin/chromium', args: chromiumArgs });
  try {
    const runs = quick ? 3 : 7;
    const appMs = [], minimalMs = [];
    for (let i = 0; i < runs; ++i) {  // alternated, so that a busy moment of the machine hits both
      appMs.push(await firstFrame(browser, app.url, () => window.mpsimPage && window.mpsimPage.firstFrameMs));
      minimalMs.push(await firstFrame(browser, minimal.url, () => window.firstFrameMs));
    }

    // A generated world: the largest of the issue in customers and subscriptions; events as many as a page holds.
    const [partners, customers, subscriptions, events] = quick ? [500, 20000, 100000, 20000] : [10000, 200000, 1000000, 100000];
    const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
    const page = await context.newPage();
    await page.goto(`${new URL('?generate=', app.url)}${partners},${customers},${subscriptions},${events},global_gdap`);
    await page.waitForFunction(() => window.mpsimPage && window.mpsimPage.ready, null, { timeout: 120000 });
    const loadStart = Date.now();
    await page.waitForFunction(() => {
      const s = JSON.parse(Module.UTF8ToString(Module._app_state_json()));
      return s.scenario && s.scenario.source.startsWith('generated') && !s.loading;
    }, null, { timeout: 900000, polling: 1000 });
    const openSeconds = (Date.now() - loadStart) / 1000;
    // The World tab, then the end of the timeline (End); then the app's record of its last 240 frames is taken once
    // 260 more have been drawn, so that it holds only the steady state, not the frames that did the work of the jump.
    await pressAt(page, 892, 68);
    await page.keyboard.press('End');
    await page.waitForTimeout(1000);
    const before = (await state(page)).frames;
    await page.waitForFunction((n) => JSON.parse(Module.UTF8ToString(Module._app_state_json())).frames >= n, before + 260, { timeout: 120000, polling: 500 });
    const s = await state(page);
    if (screenshot) await page.screenshot({ path: screenshot });
    await context.close();
    return {
      startRuns: runs,
      appFirstFrameMs: median(appMs),
      minimalFirstFrameMs: median(minimalMs),
      appFirstFrameRuns: appMs,
      minimalFirstFrameRuns: minimalMs,
      uiWorld: `${partners.toLocaleString('en-US')} partners, ${customers.toLocaleString('en-US')} customers, ${subscriptions.toLocaleString('en-US')} subscriptions, ${events.toLocaleString('en-US')} events`,
      uiOpenSeconds: openSeconds,
      uiSteps: s.scenario.steps,
      uiPosition: s.scenario.position,
      frameCpuMs: s.frame_ms.median,
      frameCpuP95Ms: s.frame_ms.p95,
      frameSamples: s.frame_ms.samples,
    };
  } finally {
    await browser.close();
    await new Promise((done) => app.server.close(done));
    await new Promise((done) => minimal.server.close(done));
  }
}

// Run alone: node bench/browser.mjs [--quick] [--screenshot FILE]
if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--screenshot');
  console.log(JSON.stringify(await measureBrowser({ quick: process.argv.includes('--quick'), screenshot: at > 0 ? process.argv[at + 1] : null }), null, 2));
}
