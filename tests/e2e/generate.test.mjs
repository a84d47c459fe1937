// generate.test.mjs — ?generate= opens a generated world (benchmarks, stress demos): it replays a slice per frame like a
// large file, reports its frame times, and is never autosaved (the address makes it again); a malformed ?generate=
// leaves the default scenario open.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appState, openBrowser, openPage, waitForFrames } from './browser.mjs';

let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

test('?generate= opens a generated world that is not autosaved, and the app reports its frame times', async () => {
  const { page, record } = await openPage(session, { path: '?generate=30,300,900,2000,global_gdap,7' });
  await waitForFrames(page, 3);
  await page.waitForFunction(() => {
    const s = JSON.parse(Module.UTF8ToString(Module._app_state_json()));
    return s.scenario && s.scenario.source.startsWith('generated') && !s.loading;
  }, null, { timeout: 60000 });
  const state = await appState(page);
  assert.equal(state.scenario.era, 'global_gdap');
  assert.equal(state.scenario.partners, 30);
  assert.equal(state.scenario.customers, 300);
  assert.equal(state.scenario.events, 2000);
  assert.ok(state.scenario.steps >= 2000, `every event replayed (${state.scenario.steps} steps)`);
  assert.equal(state.scenario.position, 0, 'a trainer steps through from the beginning');
  await page.waitForTimeout(1000);
  // What is saved (if anything) is the default scenario the page opened first, never the generated world.
  const saved = await page.evaluate(() => {
    const current = localStorage.getItem('mpsim.autosave.current');
    return current ? localStorage.getItem(current) : '';
  });
  assert.ok(!saved.includes('Generated'), 'a generated world is not autosaved');
  const frames = (await appState(page)).frame_ms;
  assert.ok(frames.samples > 0 && frames.median > 0 && frames.p95 >= frames.median, JSON.stringify(frames));
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.cspViolations, []);
  await page.close();
});

test('a malformed ?generate= keeps the default scenario open', async () => {
  for (const bad of ['10,abc,5,5', '1,2,3', '1,2,3,4,mars', '999999999,1,1,1']) {
    const { page, record } = await openPage(session, { path: `?generate=${encodeURIComponent(bad)}` });
    await waitForFrames(page, 3);
    const state = await appState(page);
    assert.ok(state.scenario && !state.scenario.source.startsWith('generated'), `${bad}: ${state.scenario && state.scenario.source}`);
    assert.equal(state.loading, null);
    assert.deepEqual(record.pageErrors, []);
    await page.close();
  }
});
