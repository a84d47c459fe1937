// workflows.test.mjs — what trainers and partner staff do in the page, driven with real clicks and keys: the gallery,
// stepping, composing a request, export and re-import, autosave across a reload, share links, presenter mode.
// Coordinates are those of the default layout at 1400x850 with the 16px font (the same on every machine).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addSuspensionStep, appState, openBrowser, openPage, screenshot, typeInto, waitForFrames } from './browser.mjs';

let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

const FILE_MENU = [25, 12];
const MENU_ITEM = { downloadScenario: 134, downloadLog: 156, downloadReport: 178, shareLink: 200 };
// The composer's rows; its buttons sit under the last parameter row (`params` of them).
const COMPOSER = { who: [640, 512], action: [640, 542], param1: [640, 594], param2: [640, 624] };
const composerButton = (which, params) => [which === 'ask' ? 438 : 579, 594 + 30 * (params - 1) + 33];

async function until(page, predicate, what) {
  const deadline = Date.now() + 20000;
  for (;;) {
    const state = await appState(page);
    if (predicate(state)) return state;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(state).slice(0, 600)}`);
    await page.waitForTimeout(100);
  }
}

// Opens the File menu. Software WebGL draws only a few frames a second here, so give ImGui time to see each click.
async function openFileMenu(page) {
  await page.waitForTimeout(400);
  await page.mouse.click(...FILE_MENU);
  await page.waitForTimeout(400);
}

test('a first visit opens the gallery, and choosing a scenario opens it at its start', async () => {
  const { page, record } = await openPage(session);
  await waitForFrames(page, 3);
  let state = await until(page, (s) => s.gallery_open, 'the gallery');
  await screenshot(page, 'gallery.png');
  await page.mouse.click(400, 200);  // the first row: scenarios are listed by file name
  state = await until(page, (s) => !s.gallery_open && s.scenario.source === 'cn-customer-removes-dap.json', 'the chosen scenario');
  assert.equal(state.scenario.position, 0);
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});

test('a file opened while the first visit\'s gallery shows is opened in front of it, and so are its problems', async () => {
  const { page, record } = await openPage(session);
  await waitForFrames(page, 3);
  await until(page, (s) => s.gallery_open, 'the gallery');
  await page.setInputFiles('#file-input', 'tests/fixtures/valid/rare-names.json');
  let state = await until(page, (s) => s.scenario.source === 'rare-names.json', 'the file');
  assert.equal(state.gallery_open, false, 'the gallery closed: the file is what the user asked to see');
  await page.evaluate(() => Module._app_show_gallery());
  await until(page, (s) => s.gallery_open, 'the gallery again');
  await page.setInputFiles('#file-input', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format_version": 1,') });
  state = await until(page, (s) => s.problems.length > 0, 'the problems');
  assert.equal(state.gallery_open, false, 'the Problems panel is not hidden behind the gallery');
  assert.equal(state.scenario.source, 'rare-names.json', 'the open scenario stays open');
  await screenshot(page, 'file-over-gallery.png');
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});

test('stepping with the keyboard shows each decision; Home and End jump', async () => {
  const { page } = await openPage(session, { path: '?example=second-partner-joins' });
  await waitForFrames(page, 3);
  await page.mouse.click(700, 838);  // focus the canvas (the status bar)
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  let state = await until(page, (s) => s.scenario.position === 3, 'step 3');
  assert.equal(state.scenario.decision.event, 'reduce-seats');
  assert.equal(state.scenario.decision.result, 'rejected');
  assert.ok(state.scenario.decision.rules.includes('R-MP-6'));
  await screenshot(page, 'stepped.png');
  await page.keyboard.press('ArrowLeft');
  state = await until(page, (s) => s.scenario.position === 2, 'step 2');
  assert.equal(state.scenario.decision.result, 'applied');
  await page.keyboard.press('Home');
  await until(page, (s) => s.scenario.position === 0 && s.scenario.decision === null, 'the start');
  await page.keyboard.press('End');
  await until(page, (s) => s.scenario.position === 3, 'the end');
  await page.close();
});

test('the composer asks the engine, then applies a request as a branch of the timeline', async () => {
  const { page } = await openPage(session, { path: '?example=second-partner-joins' });
  await waitForFrames(page, 3);
  await page.mouse.click(700, 838);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await until(page, (s) => s.scenario.position === 2, 'step 2');
  // Northwind asks to remove seats from Contoso's subscription: refused.
  await typeInto(page, COMPOSER.who, 'northwind/chen.jing');
  await typeInto(page, COMPOSER.action, 'change_quantity');
  await typeInto(page, COMPOSER.param1, 'fab-e3');
  await typeInto(page, COMPOSER.param2, '25');
  await page.mouse.click(...composerButton('ask', 2));
  let state = await until(page, (s) => s.answer, 'the answer');
  assert.equal(state.answer.result, 'rejected');
  assert.ok(state.answer.rules.includes('R-MP-6'));
  assert.equal(state.scenario.modified, false, 'asking changes nothing');
  await screenshot(page, 'composer-ask.png');
  // Contoso, which sold it, applies the same change: allowed, and the timeline branches here.
  await typeInto(page, COMPOSER.who, 'contoso/li.wei');
  await page.mouse.click(...composerButton('apply', 2));
  state = await until(page, (s) => s.scenario.modified, 'the applied request');
  assert.equal(state.scenario.position, 3);
  assert.equal(state.scenario.steps, 3, 'the old third step was replaced by the new one');
  assert.equal(state.scenario.decision.result, 'applied');
  assert.equal(state.scenario.decision.action, 'change_quantity');
  await screenshot(page, 'composer-applied.png');
  // Editing a step: its request comes back into the composer, at the moment before it.
  await page.mouse.click(392, 140);  // "Edit this step" in the Decision panel, under the step's two-line time and request
  state = await until(page, (s) => s.scenario.position === 2, 'the moment before the edited step');
  await typeInto(page, COMPOSER.param2, '20');
  await page.mouse.click(...composerButton('apply', 2));
  state = await until(page, (s) => s.scenario.position === 3 && s.scenario.steps === 3, 'the edited step');
  assert.equal(state.scenario.decision.result, 'applied');
  await page.close();
});

test('a request that would make the scenario invalid is refused with its problems, and nothing changes', async () => {
  const { page } = await openPage(session, { path: '?example=second-partner-joins' });
  await waitForFrames(page, 3);
  await typeInto(page, COMPOSER.who, 'nobody-here');
  await typeInto(page, COMPOSER.action, 'suspend_subscription');
  await typeInto(page, COMPOSER.param1, 'fab-e3');
  await page.mouse.click(...composerButton('apply', 1));
  const state = await until(page, (s) => s.problems.length > 0, 'the problems');
  assert.equal(state.scenario.modified, false);
  assert.equal(state.scenario.events, 3);
  assert.ok(state.problems.some((p) => p.code === 'invalid-actor' && p.pointer === '/events/0/actor'), JSON.stringify(state.problems));
  await page.close();
});

test('the scenario downloads in canonical form and opens again through the file picker', async () => {
  const { page } = await openPage(session, { path: '?example=cn-suspension-60-days' });
  await waitForFrames(page, 3);
  await openFileMenu(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.mouse.click(60, MENU_ITEM.downloadScenario)]);
  assert.equal(download.suggestedFilename(), 'cn-suspension-60-days.json');
  const dir = mkdtempSync(join(tmpdir(), 'mpsim-'));
  const file = join(dir, 'my-copy.json');
  await download.saveAs(file);
  const exported = readFileSync(file, 'utf8');
  const bundled = readFileSync('web/scenarios/cn-suspension-60-days.json', 'utf8');
  assert.equal(exported, bundled, 'the bundled file is canonical, so the export reproduces it byte for byte');
  // The report and the decision log download too.
  await openFileMenu(page);
  const [report] = await Promise.all([page.waitForEvent('download'), page.mouse.click(60, MENU_ITEM.downloadReport)]);
  assert.equal(report.suggestedFilename(), 'cn-suspension-60-days-report.md');
  const reportText = readFileSync(await report.path(), 'utf8');
  assert.match(reportText, /^# A suspended subscription's data is deleted after 60 days/);
  assert.match(reportText, /R-SUB-1/);
  await page.setInputFiles('#file-input', file);
  const state = await until(page, (s) => s.scenario.source === 'my-copy.json', 'the re-imported file');
  assert.equal(state.scenario.title, "A suspended subscription's data is deleted after 60 days");
  assert.equal(state.scenario.expectations_passed, state.scenario.expectations);
  await page.close();
});

test('work survives a reload: it is autosaved and restored', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1400, height: 850 } });
  const page = await context.newPage();
  await page.goto(session.url + '?example=second-partner-joins');
  await waitForFrames(page, 3);
  const added = await addSuspensionStep(page);
  assert.equal(added.scenario.summary_events, 4, 'the Scenario tab counts the added event');
  await page.waitForTimeout(800);  // the autosave is debounced
  await page.goto(session.url);     // a fresh visit of the page, same browser profile
  await waitForFrames(page, 3);
  const state = await until(page, (s) => s.scenario && s.scenario.source === 'your last session', 'the restored work');
  assert.equal(state.scenario.events, 4);
  assert.equal(state.gallery_open, false, 'restored work is shown instead of the gallery');
  // The Chinese page names the restored work in Chinese (the summary and the status bar show this name).
  await page.goto(session.url + '?lang=zh-Hans');
  await waitForFrames(page, 3);
  const zh = await until(page, (s) => s.scenario && s.scenario.events === 4 && s.scenario.source !== 'second-partner-joins.json', 'the restored work in Chinese');
  assert.equal(zh.scenario.source, '上次的工作');
  await context.close();
});

test('a share link carries the scenario in its fragment and opens it elsewhere', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1400, height: 850 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(session.url + '?example=cn-orders-and-upgrades');
  await waitForFrames(page, 3);
  await openFileMenu(page);
  await page.mouse.click(60, MENU_ITEM.shareLink);
  await page.waitForSelector('#share-box:not(.hidden)');
  const link = await page.inputValue('#share-link');
  assert.match(link, /#s2=[A-Za-z0-9_-]+$/);  // format 2: the view, then the scenario
  assert.ok(link.length < 6000, `a compact link (${link.length} characters)`);
  await screenshot(page, 'share-link.png');
  const other = await context.newPage();
  await other.goto(link);
  await waitForFrames(other, 3);
  const state = await until(other, (s) => s.scenario && s.scenario.source === 'shared link', 'the shared scenario');
  assert.equal(state.scenario.title, 'Orders and upgrades: no overlap, no Azure, DAP for upgrades');
  await context.close();
});

test('presenter mode uses large type and shows no saved work', async () => {
  const { page } = await openPage(session, { path: '?presenter=1&example=second-partner-joins' });
  await waitForFrames(page, 3);
  const state = await until(page, (s) => s.presenter && s.display.font_pixels === 24, 'presenter mode');
  assert.equal(state.gallery_open, false);
  await screenshot(page, 'presenter.png');
  await page.close();
});

test('pasting a scenario\'s JSON opens it', async () => {
  const { page } = await openPage(session, { path: '?example=second-partner-joins' });
  await waitForFrames(page, 3);
  const text = readFileSync('web/scenarios/cn-suspension-60-days.json', 'utf8');
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  }, text);
  const state = await until(page, (s) => s.scenario.source === 'pasted text', 'the pasted scenario');
  assert.equal(state.scenario.title, "A suspended subscription's data is deleted after 60 days");
  await page.close();
});

test('the Compare eras view replays the scenario under another rule pack and marks the differing decisions', async () => {
  const { page } = await openPage(session, { path: '?example=cn-vs-global-gdap' });
  await waitForFrames(page, 3);
  let state = await appState(page);
  assert.equal(state.comparison, null, 'nothing is compared until the view is opened');
  // The "Compare eras" tab, last of the Views tabs. Tabs select on press: hold the button for a few frames, since
  // software WebGL draws only a few frames a second here.
  await page.mouse.move(1290, 68);
  await page.waitForTimeout(200);
  await page.mouse.down();
  await page.waitForTimeout(200);
  await page.mouse.up();
  state = await until(page, (s) => s.comparison !== null, 'the comparison');
  assert.equal(state.comparison.a, '21vianet');
  assert.equal(state.comparison.b, 'global_gdap');
  assert.equal(state.comparison.events, 6);
  // mpsim compare on the same file gives 4 differing decisions (invitation without DAP, AOBO, GDAP request, DAP removal).
  assert.equal(state.comparison.differences, 4);
  await screenshot(page, 'compare-eras.png');
  await page.close();
});
