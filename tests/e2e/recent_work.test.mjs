// recent_work.test.mjs — nothing replaced is lost, and a link shows what its sender saw (issue #18, items 3-6), through
// clicks, keys and file inputs: File > Recent work reopens work the gallery replaced, Ctrl+Z undoes the reopening (and
// an unreadable entry opens with its problems, the others kept); a share link opens at the sender's step, view and tab
// with their question answered; a link naming what does not exist opens the rest and says what it could not; the
// single-file build downloads the scenario instead of a link to the sender's disk; two tabs saving in turn lose
// nothing; presenter mode saves nothing over saved work; a document too large for storage says so.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { addSuspensionStep, appState, openBrowser, siteDir, typeInto, until, waitForFrames } from './browser.mjs';

let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

const scenario = (file, title) => readFileSync('web/scenarios/' + file, 'utf8').replace(
  "A suspended subscription's data is deleted after 60 days", title);
const ownWork = scenario('cn-suspension-60-days.json', 'My own work');
const otherWork = scenario('cn-suspension-60-days.json', 'Work from the other tab');
const laterWork = scenario('cn-suspension-60-days.json', 'Later work in the first tab');
const SECOND_PARTNER = 'A second partner joins a 21Vianet customer';

function newContext() { return session.browser.newContext({ viewport: { width: 1400, height: 850 } }); }
async function visit(context, path) {
  const page = await context.newPage();
  await page.goto(session.url + path);
  await waitForFrames(page, 3);
  return page;
}
async function openFile(page, name, text, title) {
  await page.setInputFiles('#file-input', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await until(page, (s) => s.scenario && s.scenario.title === title, title);
}
// The title in the slot the pointer names, once it is `title` (autosave is debounced by 0.4 s).
async function savedTitleBecomes(page, title) {
  await page.waitForFunction((t) => (localStorage.getItem(localStorage.getItem('mpsim.autosave.current')) || '').includes(t),
    title, { timeout: 15000, polling: 100 });
}
const recentTitles = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('mpsim.recent') || '[]').map((e) => e.title));

// The menus at 1400x850: File at the left of the menu bar, its items 22 pixels apart; Recent work's entries open to its
// right, the newest at the height of Recent work itself.
const FILE = [25, 12], GALLERY = [60, 62], RECENT = [60, 106], COPY_LINK = [60, 200];
const recentEntry = (i) => [420, 106 + 22 * i];
async function clickMenu(page, ...points) {
  for (const [x, y] of points) {
    await page.waitForTimeout(300);
    await page.mouse.move(x, y);
    await page.waitForTimeout(300);
    await page.mouse.click(x, y);
  }
}

test('changed work replaced by a gallery choice reopens from File > Recent work', async () => {
  const context = await newContext();
  const page = await visit(context, '?example=second-partner-joins');
  await addSuspensionStep(page);  // 3 events become 4
  await clickMenu(page, FILE, GALLERY);
  await until(page, (s) => s.gallery_open, 'the gallery');
  await clickMenu(page, [400, 200]);  // its first row
  let state = await until(page, (s) => !s.gallery_open && s.scenario.source === 'cn-customer-removes-dap.json', 'the chosen scenario');
  assert.match(await page.locator('#notice').textContent(), /changed work is kept in this browser: File > Recent work/);
  assert.deepEqual(state.recent, [SECOND_PARTNER], 'the File menu lists the kept work');
  await savedTitleBecomes(page, 'removes a partner');  // the gallery choice is now the work saved in this browser
  await clickMenu(page, FILE, RECENT, recentEntry(0));
  state = await until(page, (s) => s.scenario.title === SECOND_PARTNER, 'the kept work, reopened');
  assert.equal(state.scenario.events, 4, 'with the step that was added');
  assert.deepEqual(state.problems, []);
  // The gallery choice it replaced was the saved work: it is kept too, in front; the reopened entry stays listed.
  state = await until(page, (s) => s.recent.length === 2, 'the replaced document kept as well');
  assert.equal(state.recent[1], SECOND_PARTNER);
  assert.match(state.recent[0], /removes a partner's admin rights/);
  // Reopening is a change like any open: Ctrl+Z gives back the scenario it replaced, Ctrl+Shift+Z the reopened work.
  assert.match(state.undo, /^open /, 'Edit > Undo names the open');
  await page.keyboard.press('Control+z');
  state = await until(page, (s) => s.scenario.source === 'cn-customer-removes-dap.json', 'the replaced scenario, back');
  assert.match(state.redo, /^open /);
  await page.keyboard.press('Control+Shift+z');
  state = await until(page, (s) => s.scenario.title === SECOND_PARTNER, 'the reopened work, again');
  assert.equal(state.scenario.events, 4);
  await context.close();
});

test('a Recent work entry that cannot be read opens with its problems, and the other entries stay', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(session.url + 'page.css');  // the site's storage, without the app
  await page.evaluate((good) => localStorage.setItem('mpsim.recent', JSON.stringify([
    { title: 'Cut off', time: Date.UTC(2026, 0, 2, 3, 4), size: 17, text: '{"format": "mpsim/1", "metadata": {"tit' },
    { title: 'My own work', time: Date.UTC(2026, 0, 1), size: good.length, text: good },
  ])), ownWork);
  await page.goto(session.url + '?example=second-partner-joins');
  await waitForFrames(page, 3);
  let state = await until(page, (s) => s.recent.length === 2, 'the list in the File menu');
  assert.deepEqual(state.recent, ['Untitled document', 'My own work'], 'a document with no readable title is listed untitled');
  await clickMenu(page, FILE, RECENT, recentEntry(0));
  state = await until(page, (s) => s.problems.length > 0, 'the problems of the damaged entry');
  assert.equal(state.scenario.title, SECOND_PARTNER, 'the open scenario stays');
  assert.equal(state.problems[0].severity, 'error');
  assert.equal(state.problems[0].line, 1);
  assert.equal((await recentTitles(page)).length, 2, 'nothing was deleted');
  await clickMenu(page, FILE, RECENT, recentEntry(1));
  state = await until(page, (s) => s.scenario.title === 'My own work', 'the intact entry');
  await context.close();
});

test('a share link opens at the sender\'s step, view and tab, with their question answered', async () => {
  const context = await newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sender = await visit(context, '?example=second-partner-joins');
  await sender.mouse.click(700, 838);
  await sender.keyboard.press('ArrowRight');
  await sender.keyboard.press('ArrowRight');
  await clickMenu(sender, [892, 68]);  // Views: World
  await clickMenu(sender, [937, 98]);  // its Customers tab
  // A question in the composer, asked, not applied.
  await typeInto(sender, [640, 512], 'contoso/li.wei');
  await typeInto(sender, [640, 542], 'suspend_subscription');
  await typeInto(sender, [640, 594], 'fab-e3');
  await sender.mouse.click(436, 627);  // Ask: would this be allowed?
  const asked = await until(sender, (s) => s.answer && s.view === 'World' && s.world_tab === 'Customers', 'the answer, in the World view');
  assert.equal(asked.scenario.position, 2);
  await clickMenu(sender, FILE, COPY_LINK);
  await sender.locator('#share-box').waitFor({ state: 'visible' });
  const link = await sender.locator('#share-link').inputValue();
  assert.ok(link.startsWith(session.url + '#s2='), link.slice(0, 80));
  const [view] = inflateRawSync(Buffer.from(link.split('#s2=')[1], 'base64url')).toString().split('\n');
  assert.deepEqual(JSON.parse(view), { step: 2, view: 'World', tab: 'Customers', question: JSON.parse(view).question });
  const receiver = await (await newContext()).newPage();
  await receiver.goto(link);
  await waitForFrames(receiver, 3);
  const shown = await until(receiver, (s) => s.scenario.title === SECOND_PARTNER && s.answer && s.view === 'World', 'the shared view');
  assert.equal(shown.scenario.position, 2);
  assert.equal(shown.world_tab, 'Customers');
  assert.deepEqual(shown.answer, asked.answer, 'the same question, the same answer');
  assert.deepEqual(shown.problems, []);
  await receiver.context().close();
  await context.close();
});

test('a link naming a step, view and question that do not exist opens the rest and says what it could not', async () => {
  const text = readFileSync('web/scenarios/second-partner-joins.json', 'utf8');
  const view = JSON.stringify({ step: 40, view: 'Charts', lesson: 'read', question: { id: 'q', actor: 'contoso/li.wei' } });
  const page = await visit(await newContext(), '#s2=' + deflateRawSync(Buffer.from(view + '\n' + text)).toString('base64url'));
  const state = await until(page, (s) => s.scenario.title === SECOND_PARTNER && s.problems.length === 3, 'the link\'s problems');
  assert.deepEqual(state.problems.map((p) => p.message), [
    "The link's question could not be read.",
    'The link names step 40, but this scenario has 3 steps; it opens at its last step.',
    'The link names a view this version does not have (Charts).']);
  assert.equal(state.scenario.position, 3);
  assert.equal(state.lesson.predict, false, 'the lesson mode it could read');
  await page.context().close();
});

test('the single-file build offers the scenario as a download instead of a link to the sender\'s disk', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1400, height: 850 } });
  await page.goto(pathToFileURL(join(siteDir, 'mpsim.html')).href + '?example=second-partner-joins');
  await waitForFrames(page, 3);
  await until(page, (s) => s.scenario && s.scenario.title === SECOND_PARTNER, 'the example');
  const downloaded = page.waitForEvent('download');
  await clickMenu(page, FILE, COPY_LINK);
  const file = await downloaded;
  assert.equal(file.suggestedFilename(), 'mpsim-shared-scenario.json');
  assert.match(JSON.parse(readFileSync(await file.path(), 'utf8')).metadata.title.en, /second partner joins/);
  assert.match(await page.locator('#notice').textContent(), /a link would point at your disk/);
  assert.equal(await page.locator('#share-box').isVisible(), false);
  await page.close();
});

test('two tabs saving in turn lose nothing, and each says so', async () => {
  const context = await newContext();
  const first = await visit(context, '');
  await openFile(first, 'mine.json', ownWork, 'My own work');
  await savedTitleBecomes(first, 'My own work');
  const second = await visit(context, '');  // restores the same work
  await until(second, (s) => s.scenario && s.scenario.title === 'My own work', 'the restored work');
  await openFile(second, 'other.json', otherWork, 'Work from the other tab');
  await savedTitleBecomes(second, 'Work from the other tab');
  await first.locator('#notice').filter({ hasText: /Another tab saved its work/ }).waitFor({ timeout: 10000 });
  // The first tab, which never saw the other tab's document, saves last.
  await openFile(first, 'later.json', laterWork, 'Later work in the first tab');
  await savedTitleBecomes(first, 'Later work in the first tab');
  const kept = await recentTitles(first);
  assert.ok(kept.includes('Work from the other tab'), kept.join(' | '));
  assert.ok(kept.includes('My own work'), kept.join(' | '));
  await context.close();
});

test('presenter mode saves nothing over saved work', async () => {
  const context = await newContext();
  const own = await visit(context, '');
  await openFile(own, 'mine.json', ownWork, 'My own work');
  await savedTitleBecomes(own, 'My own work');
  await own.close();
  const presenter = await visit(context, '?presenter=1');
  await openFile(presenter, 'other.json', otherWork, 'Work from the other tab');
  await presenter.waitForTimeout(1500);
  const stored = await presenter.evaluate(() => ({ saved: localStorage.getItem(localStorage.getItem('mpsim.autosave.current')), recent: localStorage.getItem('mpsim.recent') }));
  assert.match(stored.saved, /My own work/);
  assert.equal(stored.recent, null, 'nothing moved to Recent work either');
  await context.close();
});

test('a document too large for the browser\'s storage says that, not "storage is full"', async () => {
  // About 11 M characters: 200 steps, each with a lesson of 55,000 characters.
  const base = JSON.parse(readFileSync('web/scenarios/second-partner-joins.json', 'utf8'));
  const step = base.events[0];
  base.events = Array.from({ length: 200 }, (_, i) => ({ ...step, id: 'step-' + i, lesson: { text: { en: 'x'.repeat(55000) }, rule: 'R-DAP-3' } }));
  base.expectations = [];
  const page = await visit(await newContext(), '');
  await page.setInputFiles('#file-input', { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(base)) });
  await until(page, (s) => s.scenario && s.scenario.events === 200, 'the large file', 120000);
  await page.locator('#storage-warning').waitFor({ state: 'visible', timeout: 20000 });
  assert.match(await page.locator('#storage-warning-text').textContent(), /too large for this browser's storage/);
  await page.context().close();
});
