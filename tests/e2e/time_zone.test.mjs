// time_zone.test.mjs — times in the page are shown in a time zone: China Standard Time by default in the Chinese
// interface (whatever the computer's zone), the browser's own zone in English (daylight saving time included), or the
// one chosen in View > Time zone with the mouse or the keyboard, remembered for the next visit. A time typed into the
// composer is read in that zone and kept in UTC in the scenario. The browser's zone is Playwright's `timezoneId`, as a
// user's system would set it. Expected times are worked out by hand from the scenario's UTC times:
// cn-suspension-60-days starts at 2018-10-29T09:00:00Z; its steps 1-3 are at 10:00Z, 10:05Z and 2018-11-05T09:00:00Z,
// after New York left daylight saving time (2018-11-04 06:00Z).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appState, imageStats, openBrowser, openPage, screenshot, typeInto, until, waitForFrames } from './browser.mjs';

let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

const SCENARIO = 'cn-suspension-60-days';

// Waits until the app has drawn `frames` more frames, so that ImGui has seen the last mouse move, click or key
// (software WebGL on a loaded machine draws only a few frames a second, and a menu opens a frame after its click).
async function settle(page, frames = 3) {
  const start = (await appState(page)).frames;
  await page.waitForFunction((n) => JSON.parse(Module.UTF8ToString(Module._app_state_json())).frames >= n, start + frames,
    { timeout: 20000, polling: 50 });
}

async function press(page, key, times = 1) {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    await settle(page);
  }
}

test('the Chinese interface shows China Standard Time, even on a New York computer; the mouse switches to UTC, remembered', async () => {
  const { page, record } = await openPage(session, { path: `?lang=zh-Hans&example=${SCENARIO}`, timezoneId: 'America/New_York' });
  await waitForFrames(page, 3);
  let state = await until(page, (s) => s.language === 'zh-Hans', 'the Chinese interface');
  assert.deepEqual(state.time_zone, { name: 'china', chosen: false, label: '中国标准时间 (UTC+8)', offset_minutes: 480, browser_zone: 'America/New_York' });
  assert.equal(state.scenario.clock_shown, '2018-10-29 17:00 (UTC+8)');
  await page.mouse.click(700, 838);  // focus the canvas (the status bar), then step twice
  await press(page, 'ArrowRight', 2);
  state = await until(page, (s) => s.scenario.position === 2, 'step 2');
  assert.equal(state.scenario.decision.time_shown, '2018-10-29 18:05 (UTC+8)');
  assert.equal(state.scenario.clock, '2018-10-29T10:05:00Z', 'the scenario itself stays in UTC');
  const { png } = await screenshot(page, 'time-zone-zh-hans.png');
  assert.ok((await imageStats(session, png)).colors > 20, 'the page drew text, not a blank canvas');
  // View (视图) > Time zone (时区) > Coordinated Universal Time, with the mouse: along the item, then down the submenu.
  await page.mouse.click(115, 12);
  await settle(page);
  await page.mouse.move(117, 140);
  await settle(page);
  await page.mouse.move(240, 140);
  await settle(page);
  await screenshot(page, 'time-zone-menu-zh-hans.png');
  await page.mouse.click(255, 184);
  state = await until(page, (s) => s.time_zone.name === 'utc', 'UTC chosen');
  assert.equal(state.time_zone.chosen, true);
  assert.equal(state.time_zone.label, '协调世界时 (UTC)');
  assert.equal(state.scenario.clock_shown, '2018-10-29 10:05 (UTC)');
  assert.equal(state.scenario.decision.time_shown, '2018-10-29 10:05 (UTC)');
  // The next visit, without ?lang=, keeps both choices.
  await page.goto(page.url().replace(/\?.*$/, `?example=${SCENARIO}`));
  await waitForFrames(page, 3);
  state = await until(page, (s) => s.language === 'zh-Hans' && s.time_zone.name === 'utc', 'Chinese and UTC again');
  assert.equal(state.scenario.clock_shown, '2018-10-29 09:00 (UTC)');
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});

test('in English the browser\'s zone is the default, daylight saving time included', async () => {
  const { page } = await openPage(session, { path: `?example=${SCENARIO}`, timezoneId: 'America/New_York' });
  await waitForFrames(page, 3);
  let state = await appState(page);
  assert.equal(state.language, 'en');
  assert.deepEqual(state.time_zone, { name: 'browser', chosen: false, label: "Browser's time zone (America/New_York, UTC-4)", offset_minutes: -240,
    browser_zone: 'America/New_York' });
  assert.equal(state.scenario.clock_shown, '2018-10-29 05:00 (UTC-4)');
  await page.mouse.click(700, 838);
  await press(page, 'ArrowRight', 3);
  state = await until(page, (s) => s.scenario.position === 3, 'step 3, after the end of daylight saving time');
  assert.equal(state.scenario.decision.time_shown, '2018-11-05 04:00 (UTC-5)');
  assert.equal(state.time_zone.offset_minutes, -300);
  await screenshot(page, 'time-zone-new-york.png');
  await page.close();

  const shanghai = await openPage(session, { path: `?example=${SCENARIO}`, timezoneId: 'Asia/Shanghai' });
  await waitForFrames(shanghai.page, 3);
  state = await appState(shanghai.page);
  assert.equal(state.time_zone.name, 'browser');
  assert.equal(state.time_zone.browser_zone, 'Asia/Shanghai');
  assert.equal(state.scenario.clock_shown, '2018-10-29 17:00 (UTC+8)');
  await shanghai.page.close();
});

test('the keyboard chooses China Standard Time; a time typed in the composer is read there and kept in UTC', async () => {
  const { page } = await openPage(session, { path: `?example=${SCENARIO}`, timezoneId: 'America/New_York' });
  await waitForFrames(page, 3);
  // View opens with a click; then Down moves through Dark theme, Light theme, English, Chinese to Time zone, Right
  // opens it on the browser's zone, Down goes to China Standard Time and Enter chooses it.
  await settle(page);
  await page.mouse.click(106, 12);
  await settle(page);
  await press(page, 'ArrowDown', 4);
  await press(page, 'ArrowRight');
  await press(page, 'ArrowDown');
  await press(page, 'Enter');
  let state = await until(page, (s) => s.time_zone.name === 'china', 'China Standard Time chosen');
  assert.equal(state.scenario.clock_shown, '2018-10-29 17:00 (UTC+8)');
  // The system lets time pass until 16:00 on 10 November, China Standard Time: 08:00 UTC.
  await typeInto(page, [640, 512], 'system');
  await typeInto(page, [640, 542], 'advance_clock');
  await typeInto(page, [600, 624], '2018-11-10 16:00');  // until (the row under days), UTC+8 beside it
  await screenshot(page, 'time-zone-composer.png');
  await page.mouse.click(579, 679);  // Apply here, under the field's "kept as" line
  state = await until(page, (s) => s.scenario.modified, 'the applied request');
  assert.equal(state.scenario.decision.action, 'advance_clock');
  assert.equal(state.scenario.clock, '2018-11-10T08:00:00Z');
  assert.equal(state.scenario.clock_shown, '2018-11-10 16:00 (UTC+8)');
  const scenario = JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._app_scenario_json())));
  const added = scenario.events[scenario.events.length - 1];
  assert.equal(added.action, 'advance_clock');
  assert.equal(added.params.until, '2018-11-10T08:00:00Z');
  await page.close();
});
