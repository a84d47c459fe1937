// rules_by_date.test.mjs — a dated scenario (global today) in the Rules and Compare views, driven with clicks and keys:
// the Rules view lists each rule's versions with their days, the version in force on the step's day marked; the
// Compare view compares the scenario with the same rules on another day, and a wrong day is refused in words.
// Coordinates are those of the default layout at 1400x850 with the 16px font. Expected counts are worked out by hand
// from facts.md §8 (see tests/CMakeLists.txt, cli_compare_against_day): on global-today-mfa-api-2026, the rules of
// 2023-06-01 allow the three requests refused for want of MFA (R-MFA-1 from 2025-08-30, R-MFA-2 from 2026-04-01).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appState, openBrowser, openPage, screenshot, typeInto, until, waitForFrames } from './browser.mjs';

let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

const FILE = 'global-today-mfa-api-2026';
const TABS = { rules: [1107, 68], compare: [1290, 68] };
// The era combo, its list (all five eras, one line each under it) and the day field below it.
const RULES_FILTER = [920, 98];
const COMPARE = { era: [995, 98], day: [922, 128] };
const eraItem = (index) => [930, 128 + 22 * index];

// Tabs and combos act on press and release: hold the button for a few frames (software WebGL is slow here).
async function press(page, [x, y]) {
  await page.mouse.move(x, y);
  await page.waitForTimeout(300);
  await page.mouse.down();
  await page.waitForTimeout(300);
  await page.mouse.up();
  await page.waitForTimeout(300);
}

test('the Rules view of a global-today scenario shows each rule\'s versions, the one in force on the step\'s day marked', async () => {
  const { page } = await openPage(session, { path: `?example=${FILE}` });
  await waitForFrames(page, 3);
  await page.mouse.click(700, 843);  // the status bar: focus without pressing anything
  await page.keyboard.press('End');
  let state = await until(page, (s) => s.scenario && s.scenario.position === s.scenario.steps, 'the last step');
  assert.equal(state.scenario.era, 'global_today');
  await press(page, TABS.rules);
  state = await until(page, (s) => s.view === 'Rules', 'the Rules view');
  // The MFA rules: R-MFA-1 (its first day a scenario option, the sources disagree), R-MFA-2 from 2026-04-01, R-MFA-3
  // from 2026-04-01 to 2026-06-08 [unconfirmed], so not in force on this step's day, 2026-06-09.
  await typeInto(page, RULES_FILTER, 'R-MFA');
  state = await until(page, (s) => s.text_field && s.text_field.text === 'R-MFA' || !s.text_field?.editing, 'the filter');
  assert.equal(state.view, 'Rules');
  assert.equal(state.scenario.position, 10);
  await screenshot(page, 'rules-by-date.png');
  await page.close();
});

test('the Compare view compares a global-today scenario with its rules on another day', async () => {
  const { page } = await openPage(session, { path: `?example=${FILE}` });
  await waitForFrames(page, 3);
  await press(page, TABS.compare);
  // By default B is the other cloud's dated era, following each event's date.
  let state = await until(page, (s) => s.comparison !== null, 'the comparison');
  assert.deepEqual([state.comparison.a, state.comparison.a_as_of, state.comparison.b, state.comparison.b_as_of], ['global_today', '', '21vianet_today', '']);
  // B: the same era ("Global, by date"), on each event's date: the same rules as A, no difference.
  await press(page, COMPARE.era);
  await press(page, eraItem(3));
  state = await until(page, (s) => s.comparison && s.comparison.b === 'global_today', 'B in global today');
  assert.equal(state.comparison.b_as_of, '');
  assert.equal(state.comparison.differences, 0);
  // The same rules as of 2023-06-01: 3 of 10 decisions differ.
  await typeInto(page, COMPARE.day, '2023-06-01');
  state = await until(page, (s) => s.comparison && s.comparison.b_as_of === '2023-06-01', 'B as of 2023-06-01');
  assert.equal(state.comparison.events, 10);
  assert.equal(state.comparison.differences, 3);
  await screenshot(page, 'compare-as-of.png');
  // A day outside the documents is refused in words; the comparison stays as it was.
  await typeInto(page, COMPARE.day, '2031-01-01');
  await waitForFrames(page, (await appState(page)).frames + 3);
  state = await appState(page);
  assert.equal(state.comparison.b_as_of, '2023-06-01');
  assert.equal(state.comparison.differences, 3);
  await screenshot(page, 'compare-bad-day.png');
  await page.close();
});
