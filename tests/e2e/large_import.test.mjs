// large_import.test.mjs — a large file opens a slice per frame: the page keeps drawing and answering, shows the progress,
// can be cancelled, and a large file with a defect is refused without touching the open scenario.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appState, openBrowser, openPage, screenshot, waitForFrames } from './browser.mjs';

let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

// A valid scenario of several MiB: a bundled one with many more customers (copies of its first, renamed).
function largeScenarioFile(customers, defectAt = -1) {
  const scenario = JSON.parse(readFileSync('web/scenarios/second-partner-joins.json', 'utf8'));
  const model = scenario.world.customers[0];
  for (let i = 0; i < customers; ++i)
    scenario.world.customers.push({ ...model, id: `bulk-${i}`, name: `Bulk customer ${i}`, domain: `bulk${i}.partner.onmschina.cn` });
  if (defectAt >= 0) scenario.world.customers[defectAt].region = 42;
  const file = join(mkdtempSync(join(tmpdir(), 'mpsim-large-')), defectAt >= 0 ? 'large-broken.json' : 'large.json');
  writeFileSync(file, JSON.stringify(scenario, null, 2));
  return file;
}

// Polls the app while it loads; every poll is answered by the page's own thread, so each answer shows it is responsive.
async function watchLoad(page, until) {
  const seen = [];
  const deadline = Date.now() + 120000;
  for (;;) {
    const state = await appState(page);
    if (state.loading) seen.push({ ...state.loading, frames: state.frames });
    if (until(state)) return { state, seen };
    if (Date.now() > deadline) throw new Error('timed out: ' + JSON.stringify(state).slice(0, 400));
    await page.waitForTimeout(50);
  }
}

test('a large file shows its progress while the page keeps drawing, then opens', async () => {
  const file = largeScenarioFile(60000);
  const { page } = await openPage(session);
  await waitForFrames(page, 3);
  await page.setInputFiles('#file-input', file);
  const { state, seen } = await watchLoad(page, (s) => s.scenario && s.scenario.source === 'large.json' && !s.loading);
  assert.ok(seen.length >= 3, `progress was seen ${seen.length} times`);
  const reading = seen.filter((p) => p.phase === 'reading');
  assert.ok(reading.some((p) => p.done > 0 && p.done < p.total), 'a partly read file was shown: ' + JSON.stringify(seen.slice(0, 5)));
  for (let i = 1; i < reading.length; ++i) assert.ok(reading[i].done >= reading[i - 1].done, 'progress never goes back');
  assert.ok(seen[seen.length - 1].frames > seen[0].frames, 'frames were drawn during the load');
  // app_state_json gives the English title; the bundled file holds it beside its Chinese one.
  assert.equal(state.scenario.title, JSON.parse(readFileSync('web/scenarios/second-partner-joins.json', 'utf8')).metadata.title.en);
  assert.equal(state.scenario.expectations_passed, state.scenario.expectations);
  assert.equal(state.problems.length, 0);
  await page.close();
});

test('a large load can be cancelled with Escape, and the open scenario stays', async () => {
  const file = largeScenarioFile(60000);
  const { page } = await openPage(session, { path: '?example=cn-suspension-60-days' });
  await waitForFrames(page, 3);
  await page.setInputFiles('#file-input', file);
  await watchLoad(page, (s) => s.loading && s.loading.done > 0);
  await screenshot(page, 'large-import-progress.png');
  await page.keyboard.press('Escape');
  const { state } = await watchLoad(page, (s) => !s.loading);
  assert.equal(state.scenario.source, 'cn-suspension-60-days.json');
  assert.equal(state.problems.length, 0);
  await page.close();
});

test('a large file with a defect is refused with its place, and the open scenario stays', async () => {
  const file = largeScenarioFile(40000, 35000);
  const { page } = await openPage(session, { path: '?example=cn-suspension-60-days' });
  await waitForFrames(page, 3);
  await page.setInputFiles('#file-input', file);
  const { state } = await watchLoad(page, (s) => !s.loading && s.problems.length > 0);
  assert.equal(state.scenario.source, 'cn-suspension-60-days.json');
  const problem = state.problems.find((p) => p.code === 'wrong-type');
  assert.ok(problem, JSON.stringify(state.problems));
  const index = JSON.parse(readFileSync(file, 'utf8')).world.customers.findIndex((c) => c.region === 42);
  assert.equal(problem.pointer, `/world/customers/${index}/region`);
  assert.ok(problem.line > 100000);
  await page.close();
});
