// startup.test.mjs — the page starts, draws the default scenario's tables, stays on its origin and logs no errors.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appState, imageStats, openBrowser, openPage, screenshot, waitForFrames } from './browser.mjs';

let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

test('first frame shows the default scenario with no errors and no foreign requests', async () => {
  const { page, record } = await openPage(session);
  await waitForFrames(page, 3);
  const state = await appState(page);
  assert.equal(state.scenario.title, 'A second partner joins a 21Vianet customer');
  assert.equal(state.scenario.source, 'second-partner-joins.json');
  assert.deepEqual([state.scenario.partners, state.scenario.customers, state.scenario.subscriptions], [2, 1, 2]);
  assert.deepEqual(state.problems, []);
  assert.deepEqual(state.display, { width: 1400, height: 850, font_pixels: 16 });
  assert.equal(await page.locator('#status').evaluate((e) => e.classList.contains('hidden')), true, 'loading message hidden');

  const { png } = await screenshot(page, 'startup.png');
  const stats = await imageStats(session, png);
  assert.equal(stats.width, 1400);
  assert.ok(stats.colors > 50, `a drawn UI has many colours (anti-aliased text), got ${stats.colors}`);
  assert.ok(stats.nonDominantFraction > 0.05, `more than the background is drawn, got ${stats.nonDominantFraction}`);

  assert.deepEqual(record.consoleErrors, []);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.foreignRequests, []);
  assert.deepEqual(record.cspViolations, [], 'the Content-Security-Policy is strict and nothing breaks it');
  assert.ok(record.requests.some((u) => u.endsWith('/app.wasm')), 'the wasm came from the same origin');
  await page.close();
});

test('high-DPI screens get a canvas at device resolution and a scaled font', async () => {
  const { page, record } = await openPage(session, { deviceScaleFactor: 2, width: 1000, height: 700 });
  await waitForFrames(page, 3);
  const state = await appState(page);
  assert.deepEqual(state.display, { width: 2000, height: 1400, font_pixels: 32 });
  const canvasSize = await page.locator('#canvas').evaluate((c) => [c.width, c.height, c.clientWidth, c.clientHeight]);
  assert.deepEqual(canvasSize, [2000, 1400, 1000, 700]);
  await screenshot(page, 'startup-hidpi.png');
  assert.deepEqual(record.consoleErrors, []);
  await page.close();
});

test('the canvas follows the window when it is resized', async () => {
  const { page } = await openPage(session);
  await waitForFrames(page, 2);
  await page.setViewportSize({ width: 900, height: 600 });
  // The browser may deliver the new size over a few frames; it must settle exactly on the window's size.
  await page.waitForFunction(() => {
    const d = JSON.parse(Module.UTF8ToString(Module._app_state_json())).display;
    return d.width === 900 && d.height === 600;
  }, null, { timeout: 20000 });
  const canvasSize = await page.locator('#canvas').evaluate((c) => [c.width, c.height]);
  assert.deepEqual(canvasSize, [900, 600]);
  await page.close();
});

test('mouse input reaches the UI: View > Light theme switches the theme', async () => {
  const { page } = await openPage(session, { path: '?example=second-partner-joins' });
  await waitForFrames(page, 2);
  assert.equal((await appState(page)).theme, 'dark');
  await page.mouse.click(106, 12);  // "View" in the menu bar (File, Edit, View, …)
  await page.waitForTimeout(300);
  await screenshot(page, 'view-menu.png');
  // The menu's second item, one line under "Dark theme".
  const font = (await appState(page)).display.font_pixels;
  await page.mouse.click(100, 24 + Math.round(font * 1.5) + 12);
  await page.waitForFunction(() => JSON.parse(Module.UTF8ToString(Module._app_state_json())).theme === 'light', null,
    { timeout: 10000 });
  await screenshot(page, 'light-theme.png');
  await page.close();
});

test('?example= with an unknown name keeps the default open and lists the problem', async () => {
  const { page, record } = await openPage(session, { path: '?example=no-such-example' });
  await waitForFrames(page, 2);
  const state = await appState(page);
  assert.equal(state.scenario.source, 'second-partner-joins.json');
  assert.equal(state.problems.length, 1);
  assert.equal(state.problems[0].code, 'unknown-example');
  assert.match(state.problems[0].message, /no-such-example\.json/);
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});

test('a scenario with problems is refused through the C ABI and the open one is kept', async () => {
  const { page } = await openPage(session);
  await waitForFrames(page, 2);
  const result = await page.evaluate(() => {
    const text = '{"format_version": 1, "metadata": {"title": "x", "era": "21vianet"},\n "world": {"clock": "tomorrow"}}';
    const size = Module.lengthBytesUTF8(text) + 1;
    const ptr = Module._malloc(size);
    Module.stringToUTF8(text, ptr, size);
    const name = Module._malloc(16);
    Module.stringToUTF8('broken.json', name, 16);
    const ok = Module._app_load_json(ptr, size - 1, name);
    Module._free(ptr);
    Module._free(name);
    return ok;
  });
  assert.equal(result, 0);
  const state = await appState(page);
  assert.equal(state.scenario.source, 'second-partner-joins.json');
  assert.deepEqual(state.problems.map((p) => [p.code, p.pointer, p.line, p.column]), [['invalid-time', '/world/clock', 2, 21]]);
  await waitForFrames(page, state.frames + 2);
  await screenshot(page, 'problems.png');
  await page.close();
});
