// browser.mjs — the benchmark figures only a browser gives, in headless Chromium (SwiftShader: WebGL on the CPU):
// time to first frame of the app against the minimal ImGui page built with the same flags (each in a fresh context,
// so nothing is cached; median of several), the app's CPU time per frame with a large generated world open in the
// World table (the app measures each frame itself: app_state_json's frame_ms), and the fonts: the bytes a Chinese page
// fetches, and the font work when a scenario with 2,000 distinct hanzi opens in it (the app times its atlas rebuilds,
// rasterizing and texture uploads itself: app_state_json's font_stats).
import { mkdirSync, statSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../tests/e2e/browser.mjs';
import { startServer } from '../scripts/serve.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => [Math.min(...xs), Math.max(...xs)];
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

// A scenario whose customers are named with `count` distinct hanzi of GB 2312's level 1 (the common 3,755), none of
// them in the Chinese interface (so all are new to the atlas), chosen with a fixed seed: the same file every run.
function hanziScenario(count) {
  const interfaceText = new Set(readFileSync('shell/strings_zh_hans.cpp', 'utf8'));
  const gbk = new TextDecoder('gbk');
  const common = [];
  for (let high = 0xB0; high <= 0xD7; ++high)
    for (let low = 0xA1; low <= 0xFE; ++low) {
      const c = gbk.decode(Uint8Array.from([high, low]));
      if (/^[\u4E00-\u9FFF]$/.test(c) && !interfaceText.has(c)) common.push(c);  // (GBK has a few private-use ones here)
    }
  let seed = 20261130;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = common.length - 1; i > 0; --i) {
    const j = next() % (i + 1);
    [common[i], common[j]] = [common[j], common[i]];
  }
  const chosen = common.slice(0, count);
  const base = JSON.parse(readFileSync('web/scenarios/second-partner-joins.json', 'utf8'));
  const customer = base.world.customers[0];
  base.metadata.title = `${count} distinct hanzi`;
  base.world.customers = Array.from({ length: count / 10 }, (_, i) => ({
    ...customer, id: i === 0 ? customer.id : `c${i}`, domain: `c${i}.partner.onmschina.cn`, name: chosen.slice(i * 10, i * 10 + 10).join(''),
    users: customer.users.map((u) => ({ id: u.id, name: u.name, roles: u.roles })),
  }));
  return JSON.stringify(base, null, 1);
}

// The fonts in a Chinese page: what it fetches, and what opening 2,000 new hanzi costs (each run in a fresh context,
// with the interface's fonts already loaded, so only the scenario's characters are new).
async function measureFonts(browser, appUrl, runs) {
  mkdirSync('build/bench', { recursive: true });
  const file = 'build/bench/hanzi-2000.json';
  writeFileSync(file, hanziScenario(2000));
  const out = [];
  let fetched = null;
  for (let i = 0; i < runs; ++i) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
    const page = await context.newPage();
    const fonts = [];
    page.on('requestfinished', (r) => { if (r.url().includes('/fonts/')) fonts.push(r.url().replace(/.*\/fonts\//, '')); });
    await page.goto(`${new URL('?lang=zh-Hans&example=second-partner-joins', appUrl)}`);
    await page.waitForFunction(() => {
      if (!window.mpsimPage || !window.mpsimPage.ready) return false;
      const s = JSON.parse(Module.UTF8ToString(Module._app_state_json()));
      return s.language === 'zh-Hans' && !s.font_loading;
    }, null, { timeout: 120000, polling: 100 });
    if (!fetched) fetched = [...fonts];
    await page.setInputFiles('#file-input', file);
    await page.waitForFunction(() => {
      const s = JSON.parse(Module.UTF8ToString(Module._app_state_json()));
      return s.scenario && s.scenario.source === 'hanzi-2000.json' && s.font_stats.settle_wall_ms >= 0;
    }, null, { timeout: 120000, polling: 50 });
    const s = await state(page);
    if (s.missing_glyphs !== 0) throw new Error(`hanzi-2000.json: ${s.missing_glyphs} characters missing`);
    // The baseline, in the same page: one plain ImGui build of the same characters from the same fonts (rasterizing
    // everything at once, as the app did before), without the texture upload.
    out.push({ ...s.font_stats, plain_build_ms: await page.evaluate(() => Module._app_bench_plain_font_build()) });
    await context.close();
  }
  const site = 'build/web/site';
  const bytes = (names) => names.reduce((sum, n) => sum + statSync(`${site}/${n}`).size, 0);
  const gzip = (names) => names.reduce((sum, n) => sum + gzipSync(readFileSync(`${site}/${n}`), { level: 9 }).length, 0);
  const pageFiles = ['index.html', 'page.css', 'page.js', 'app.js', 'app.wasm'];
  const fontFiles = fetched.map((n) => `fonts/${n}`);
  return {
    fontRuns: runs,
    chineseFontFiles: fetched,
    chineseFontBytes: bytes(fontFiles),
    chineseFontGzip: gzip(fontFiles),
    chinesePageBytes: bytes(pageFiles) + bytes(fontFiles),
    chinesePageGzip: gzip(pageFiles) + gzip(fontFiles),
    hanziGlyphsRasterized: out.map((r) => r.settle_rasterized),
    hanziMaxRebuildMs: out.map((r) => r.max_rebuild_ms),
    hanziPlainBuildMs: out.map((r) => r.plain_build_ms),
    hanziMaxFrameMs: out.map((r) => r.max_frame_ms),
    hanziWorkMs: out.map((r) => r.settle_work_ms),
    hanziWallMs: out.map((r) => r.settle_wall_ms),
  };
}

export async function measureBrowser({ quick = false, screenshot = null, only = null } = {}) {
  const app = await startServer('build/web/site', 0);
  const minimal = await startServer('build/web/minimal', 0);
  const browser = await chromium.launch({ executablePath: process.env.MPSIM_CHROMIUM || '/usr/bin/chromium', args: chromiumArgs });
  try {
    const runs = quick ? 3 : 7;
    const appMs = [], minimalMs = [];
    for (let i = 0; i < runs && only !== 'fonts'; ++i) {  // alternated, so that a busy moment of the machine hits both
      appMs.push(await firstFrame(browser, app.url, () => window.mpsimPage && window.mpsimPage.firstFrameMs));
      minimalMs.push(await firstFrame(browser, minimal.url, () => window.firstFrameMs));
    }
    const start = {
      startRuns: runs,
      appFirstFrameMs: median(appMs),
      minimalFirstFrameMs: median(minimalMs),
      appFirstFrameRuns: appMs,
      minimalFirstFrameRuns: minimalMs,
    };
    const fonts = only === 'start' ? {} : await measureFonts(browser, app.url, runs);
    if (only) return { ...start, ...fonts };

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
      ...start,
      ...fonts,
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

// Run alone: node bench/browser.mjs [--quick] [--screenshot FILE] [--only start|fonts]
if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--screenshot'), only = process.argv.indexOf('--only');
  console.log(JSON.stringify(await measureBrowser({
    quick: process.argv.includes('--quick'), screenshot: at > 0 ? process.argv[at + 1] : null, only: only > 0 ? process.argv[only + 1] : null,
  }), null, 2));
}

export { median, spread };
