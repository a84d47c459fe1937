// no_lost_work.test.mjs — the page is killed mid-session (its renderer crashes, no unload handlers run) and the work
// is back on the next visit: autosave writes each change shortly after it happens, not only when the page closes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { addSuspensionStep, appState, openBrowser, until, waitForFrames } from './browser.mjs';


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

// ---- save faults (issue #18): whatever the page is opened with, the user's own work stays restorable.
const ownWork = readFileSync('web/scenarios/cn-suspension-60-days.json', 'utf8').replace(
  "A suspended subscription's data is deleted after 60 days", 'My own work');
const sharedWork = readFileSync('web/scenarios/cn-suspension-60-days.json', 'utf8').replace(
  "A suspended subscription's data is deleted after 60 days", 'A scenario someone shared');

// Saved work as an earlier visit leaves it, written from a page of the same site that does not run the app.
async function withStorage(context, fill, arg) {
  const page = await context.newPage();
  await page.goto(session.url + 'page.css');
  await page.evaluate(fill, arg);
  await page.close();
}
async function saveOwnWork(context) {
  const page = await context.newPage();
  await page.goto(session.url);
  await waitForFrames(page, 3);
  await page.setInputFiles('#file-input', { name: 'my-work.json', mimeType: 'application/json', buffer: Buffer.from(ownWork) });
  await until(page, (s) => s.scenario && s.scenario.title === 'My own work', 'the file to open');
  await page.waitForFunction(() => {
    const key = localStorage.getItem('mpsim.autosave.current');
    return key && (localStorage.getItem(key) || '').includes('My own work');
  }, null, { timeout: 15000, polling: 100 });
  await page.close();
}
// A new visit with no example or link named: the title it restores (after its first autosave could have run).
async function restoredTitle(context) {
  const page = await context.newPage();
  await page.goto(session.url);
  await waitForFrames(page, 3);  // the page restores before its first frame ends
  const state = await appState(page);
  await page.waitForTimeout(1000);
  await page.close();
  return state.gallery_open ? 'gallery: ' + state.scenario.title : state.scenario.title;
}
async function visit(context, path, title) {
  const page = await context.newPage();
  await page.goto(session.url + path);
  await waitForFrames(page, 3);
  if (title) await until(page, (s) => s.scenario && s.scenario.title === title, title);
  await page.waitForTimeout(1500);  // autosave is debounced by 0.4 s
  return page;
}
function shareLink(text) { return '#s1=' + deflateRawSync(Buffer.from(text)).toString('base64url'); }
function newContext() { return session.browser.newContext({ viewport: { width: 1280, height: 720 } }); }

test('reloading a page opened with ?example= keeps the saved work', async () => {
  const context = await newContext();
  await saveOwnWork(context);
  const page = await visit(context, '?example=second-partner-joins');
  await page.reload();
  await waitForFrames(page, 3);
  await page.waitForTimeout(1500);
  await page.close();
  assert.equal(await restoredTitle(context), 'My own work');
  await context.close();
});

test('opening and reloading a share link keeps the saved work', async () => {
  const context = await newContext();
  await saveOwnWork(context);
  const page = await visit(context, shareLink(sharedWork), 'A scenario someone shared');
  await page.reload();
  await until(page, (s) => s.scenario && s.scenario.title === 'A scenario someone shared', 'the shared scenario again');
  await page.waitForTimeout(1500);
  await page.close();
  assert.equal(await restoredTitle(context), 'My own work');
  await context.close();
});

test('a damaged share link over saved work keeps the saved work', async () => {
  const context = await newContext();
  await saveOwnWork(context);
  const page = await visit(context, '#s1=this-link-was-cut-off-in-a-chat!');
  assert.match(await page.locator('#notice').textContent(), /damaged/);
  await page.close();
  assert.equal(await restoredTitle(context), 'My own work');
  await context.close();
});

// Saved work as `fill` leaves it: the intact work is shown at the next visit with `notice`, and still at the one after.
async function restoresDespite(fill, notice) {
  const context = await newContext();
  await withStorage(context, fill, ownWork);
  const page = await visit(context, '', 'My own work');
  assert.equal((await appState(page)).gallery_open, false);
  assert.match(await page.locator('#notice').textContent(), notice);
  await page.close();
  assert.equal(await restoredTitle(context), 'My own work');
  await context.close();
}

test('a damaged current slot: the other slot is restored, the page says so, and the work is not written over', async () => {
  await restoresDespite((text) => {
    localStorage.setItem('mpsim.autosave.a', text);
    localStorage.setItem('mpsim.autosave.b', '{"format": "mpsim/1", "scenario": {"title": "half of a sa');
    localStorage.setItem('mpsim.autosave.current', 'mpsim.autosave.b');
  }, /last save was damaged/);
});

test('a pointer naming a missing slot: the intact slot is restored and kept', async () => {
  await restoresDespite((text) => {
    localStorage.setItem('mpsim.autosave.a', text);
    localStorage.setItem('mpsim.autosave.current', 'mpsim.autosave.gone');
  }, /record of the last save was damaged/);
});

// Run in the page: other data of this site fills the storage to the last kilobyte.
function fillStorage() {
  let n = 0;
  for (let size = 1 << 20; size >= 1024; size >>= 1) {
    for (;;) {
      try { localStorage.setItem('filler.' + n++, 'x'.repeat(size)); } catch (e) { break; }
    }
  }
}

test('a save refused by full storage says so and is saved once space is freed', async () => {
  const context = await newContext();
  const page = await visit(context, '');
  await page.evaluate(fillStorage);
  await page.setInputFiles('#file-input', { name: 'my-work.json', mimeType: 'application/json', buffer: Buffer.from(ownWork) });
  await until(page, (s) => s.scenario && s.scenario.title === 'My own work', 'the file to open');
  await page.locator('#storage-warning').waitFor({ state: 'visible', timeout: 10000 });
  assert.match(await page.locator('#storage-warning-text').textContent(), /storage is full/);
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
  await page.locator('#storage-warning').waitFor({ state: 'hidden', timeout: 15000 });  // retried without a new change
  await page.close();
  assert.equal(await restoredTitle(context), 'My own work');
  await context.close();
});

test('a save refused by full storage makes room by dropping the oldest Recent work, never the newest', async () => {
  const context = await newContext();
  const page = await visit(context, '');
  // Three documents kept in Recent work (newest first), then other data of this site fills the storage to the last
  // kilobyte. Each old entry (30,000 characters) outweighs the work to save (about 9,000).
  await page.evaluate(() => {
    const entry = (n) => ({ title: 'Old work ' + n, time: n * 1000, text: JSON.stringify({ metadata: { title: 'Old work ' + n }, pad: 'x'.repeat(30000) }) });
    localStorage.setItem('mpsim.recent', JSON.stringify([entry(3), entry(2), entry(1)]));
  });
  await page.evaluate(fillStorage);
  await page.setInputFiles('#file-input', { name: 'my-work.json', mimeType: 'application/json', buffer: Buffer.from(ownWork) });
  await until(page, (s) => s.scenario && s.scenario.title === 'My own work', 'the file to open');
  await page.waitForFunction(() => /oldest Recent work entries were removed/.test(document.getElementById('notice').textContent),
    null, { timeout: 15000, polling: 100 });
  assert.equal(await page.locator('#storage-warning').isVisible(), false, 'no "storage is full" warning: the work was saved');
  const titles = await page.evaluate(() => JSON.parse(localStorage.getItem('mpsim.recent')).map((e) => e.title));
  assert.ok(titles.includes('Old work 3'), 'the newest kept document stays: ' + titles);
  assert.ok(!titles.includes('Old work 1'), 'the oldest went first: ' + titles);
  await page.close();
  assert.equal(await restoredTitle(context), 'My own work');
  await context.close();
});

test('the first change over an example saves it as new work and keeps the previous work', async () => {
  const context = await newContext();
  await saveOwnWork(context);
  const page = await visit(context, '?example=second-partner-joins');
  await page.setInputFiles('#file-input', { name: 'shared.json', mimeType: 'application/json', buffer: Buffer.from(sharedWork) });
  await until(page, (s) => s.scenario && s.scenario.title === 'A scenario someone shared', 'the file to open');
  await page.waitForFunction(() => (localStorage.getItem(localStorage.getItem('mpsim.autosave.current')) || '').includes('A scenario someone shared'),
    null, { timeout: 15000, polling: 100 });
  assert.match(await page.locator('#notice').textContent(), /previous work is kept/);
  const recent = await page.evaluate(() => JSON.parse(localStorage.getItem('mpsim.recent')));
  assert.equal(recent.length, 1);
  assert.equal(recent[0].title, 'My own work');
  assert.match(recent[0].text, /My own work/);
  await context.close();
});

test('changed work replaced by a gallery choice is kept in Recent work, with a notice', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1400, height: 850 } });
  const page = await context.newPage();
  await page.goto(session.url + '?example=second-partner-joins');
  await waitForFrames(page, 3);
  await addSuspensionStep(page);  // 3 events become 4, through the composer
  // File > Gallery of examples..., then its first row (scenarios are listed by file name).
  await page.waitForTimeout(400);
  await page.mouse.click(25, 12);
  await page.waitForTimeout(400);
  await page.mouse.click(60, 56);
  await until(page, (s) => s.gallery_open, 'the gallery');
  await page.waitForTimeout(400);
  await page.mouse.click(400, 200);
  await until(page, (s) => !s.gallery_open && s.scenario.source === 'cn-customer-removes-dap.json', 'the chosen scenario');
  assert.match(await page.locator('#notice').textContent(), /changed work is kept in this browser: File > Recent work/);
  const recent = await page.evaluate(() => JSON.parse(localStorage.getItem('mpsim.recent') || '[]'));
  assert.equal(recent.length, 1, 'the changed work, once');
  assert.equal(recent[0].title, 'A second partner joins a 21Vianet customer');
  assert.equal(JSON.parse(recent[0].text).events.length, 4, 'the kept work has the added step');
  await context.close();
});
