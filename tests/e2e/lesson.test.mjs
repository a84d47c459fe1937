// lesson.test.mjs — a learner plays a lesson in predict mode to the end with the keyboard (A = allowed, R = refused,
// Space = next): the score counts the right answers, the summary lists the rules missed, and the best score is kept
// in the browser for the next visit. The right answers come from the scenario file's own expectations.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appState, openBrowser, openPage, screenshot, waitForFrames } from './browser.mjs';

let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

const FILE = 'cn-customer-removes-dap';

async function press(page, key) {
  await page.keyboard.press(key);
  await page.waitForTimeout(250);  // software WebGL: let ImGui see the key in a frame
}

async function until(page, predicate, what) {
  const deadline = Date.now() + 20000;
  for (;;) {
    const state = await appState(page);
    if (predicate(state)) return state;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(state.lesson)}`);
    await page.waitForTimeout(100);
  }
}

test('a lesson played in predict mode ends with the score of the right answers and the rules missed', async () => {
  const scenario = JSON.parse(readFileSync(`web/scenarios/${FILE}.json`, 'utf8'));
  const truth = scenario.events.map((e) => scenario.expectations.find((x) => x.after === e.id && x.decision));
  assert.ok(truth.every(Boolean), 'every event of this scenario has an expected decision');
  const { page } = await openPage(session, { path: `?example=${FILE}&lesson=predict` });
  await waitForFrames(page, 3);
  let state = await until(page, (s) => s.lesson && s.lesson.awaiting_prediction, 'the first question');
  assert.equal(state.scenario.position, 0, 'nothing is revealed before the first answer');
  // Right on even steps, wrong on odd ones.
  const wrongRules = [];
  for (let i = 0; i < truth.length; ++i) {
    const applied = truth[i].decision === 'applied';
    const answerRight = i % 2 === 0;
    if (!answerRight) wrongRules.push(...truth[i].rules);
    await press(page, applied === answerRight ? 'a' : 'r');
    state = await until(page, (s) => s.lesson.answered === i + 1, `answer ${i + 1}`);
    assert.equal(state.scenario.position, i + 1, 'the answered step is revealed, and no more');
    if (i === 1) await screenshot(page, 'lesson-predict-wrong-answer.png');
    await press(page, 'Space');
  }
  state = await until(page, (s) => s.lesson.finished, 'the summary');
  assert.equal(state.lesson.answered, truth.length);
  assert.equal(state.lesson.correct, Math.ceil(truth.length / 2));
  assert.ok(state.lesson.missed_rules.length > 0);
  for (const rule of state.lesson.missed_rules) assert.ok(wrongRules.includes(rule), `${rule} is a rule of a step answered wrongly`);
  await screenshot(page, 'lesson-summary.png');
  // The best score is kept: the next visit shows it.
  await page.reload();
  await waitForFrames(page, 3);
  state = await until(page, (s) => s.lesson && s.lesson.awaiting_prediction, 'the lesson again');
  assert.equal(state.lesson.best_correct, Math.ceil(truth.length / 2));
  await page.close();
});

test('in a lesson the timeline cannot be used to peek ahead', async () => {
  const { page } = await openPage(session, { path: `?example=${FILE}&lesson=predict` });
  await waitForFrames(page, 3);
  await until(page, (s) => s.lesson && s.lesson.awaiting_prediction, 'the first question');
  await press(page, 'End');
  await press(page, 'ArrowLeft');
  const state = await appState(page);
  assert.equal(state.scenario.position, 0);
  assert.equal(state.lesson.answered, 0);
  await page.close();
});

test("the gallery's Predict button opens a scenario as a predict lesson", async () => {
  const { page } = await openPage(session);
  await waitForFrames(page, 3);
  await until(page, (s) => s.gallery_open, 'the gallery');
  await page.waitForTimeout(300);
  await page.mouse.click(1055, 198);  // the first row's Predict button (rows are sorted by file name)
  const state = await until(page, (s) => !s.gallery_open && s.lesson, 'the lesson');
  assert.equal(state.scenario.source, `${FILE}.json`);
  assert.equal(state.lesson.predict, true);
  assert.equal(state.lesson.awaiting_prediction, true);
  await page.close();
});
