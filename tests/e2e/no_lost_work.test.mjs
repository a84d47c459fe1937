// no_lost_work.test.mjs — the page is killed mid-session (its renderer crashes, no unload handlers run) and the work
// is back on the next visit: autosave writes each change shortly after it happens, not only when the page closes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appState, openBrowser, waitForFrames } from './browser.mjs';


let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

test('work survives the page being killed', async () => {
  // One browser profile (its storage) with two tabs: the first is killed, the second comes back to the page.
  const context = await session.browser.newContext({ viewport: { width: 1400, height: 850 } });
  const page = await context.newPage();
  await page.goto(session.url + '?example=second-partner-joins');
  await waitForFrames(page, 3);
  const text = readFileSync('web/scenarios/cn-suspension-60-days.json', 'utf8').replace(
    "A suspended subscription's data is deleted after 60 days", 'Work in progress before the crash');
  const opened = await page.evaluate((t) => {
    const size = Module.lengthBytesUTF8(t) + 1;
    const ptr = Module._malloc(size);
    Module.stringToUTF8(t, ptr, size);
    const name = Module._malloc(32);
    Module.stringToUTF8('my-work.json', name, 32);
    const result = Module._app_load_json(ptr, size - 1, name);
    Module._free(ptr);
    Module._free(name);
    return result;
  }, text);
  assert.equal(opened, 1);
  await page.waitForTimeout(1500);  // autosave is debounced by 0.4 s
  // The tab's renderer is killed: no pagehide, no visibilitychange, nothing runs. (Page.crash never answers.)
  const crashed = new Promise((resolve) => page.once('crash', resolve));
  const cdp = await context.newCDPSession(page);
  cdp.send('Page.crash').catch(() => {});
  await crashed;
  const again = await context.newPage();
  await again.goto(session.url);  // no example named: the page restores the last session
  await waitForFrames(again, 3);
  const deadline = Date.now() + 15000;
  let state = await appState(again);
  while ((!state.scenario || state.scenario.title !== 'Work in progress before the crash') && Date.now() < deadline) {
    await again.waitForTimeout(200);
    state = await appState(again);
  }
  assert.equal(state.scenario.title, 'Work in progress before the crash');
  assert.equal(state.gallery_open, false, 'restored work is shown instead of the gallery');
  await context.close();
});
