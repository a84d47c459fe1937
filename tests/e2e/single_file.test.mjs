// single_file.test.mjs — mpsim.html, the single-file build, opened from disk (file://) with no server at all.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appState, imageStats, openBrowser, screenshot, siteDir, waitForFrames } from './browser.mjs';

let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

test('mpsim.html works opened from disk: the app starts, steps, and makes no request', async () => {
  const file = join(siteDir, 'mpsim.html');
  assert.ok(existsSync(file), 'the web build writes mpsim.html');
  const page = await session.browser.newPage({ viewport: { width: 1400, height: 850 } });
  const errors = [], requests = [], cspViolations = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.exposeFunction('reportCsp', (v) => cspViolations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportCsp(e.violatedDirective)));
  const url = pathToFileURL(file).href + '?example=cn-orders-and-upgrades';
  await page.goto(url);
  await waitForFrames(page, 3);
  let state = await appState(page);
  assert.equal(state.scenario.source, 'cn-orders-and-upgrades.json');
  await page.mouse.click(700, 838);
  await page.keyboard.press('End');
  await page.waitForFunction(() => JSON.parse(Module.UTF8ToString(Module._app_state_json())).scenario.position > 0, null, { timeout: 20000 });
  state = await appState(page);
  assert.equal(state.scenario.position, state.scenario.steps);
  const { png } = await screenshot(page, 'single-file.png');
  assert.ok((await imageStats(session, png)).colors > 50);
  assert.deepEqual(errors, []);
  assert.deepEqual(cspViolations, [], 'the inline scripts are allowed by hash; nothing else runs');
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  await page.close();
});
