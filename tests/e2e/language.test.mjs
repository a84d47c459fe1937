// language.test.mjs — the Simplified Chinese interface: its font is fetched only when Chinese is chosen (the English
// page never asks for any font file), the choice is remembered, and a lesson plays in Chinese.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appState, imageStats, openBrowser, openPage, screenshot, waitForFrames } from './browser.mjs';

let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

async function until(page, predicate, what) {
  const deadline = Date.now() + 20000;
  for (;;) {
    const state = await appState(page);
    if (predicate(state)) return state;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(100);
  }
}

test('the English page does not download the Chinese font', async () => {
  const { page, record } = await openPage(session, { path: '?example=second-partner-joins' });
  await waitForFrames(page, 5);
  const state = await appState(page);
  assert.equal(state.language, 'en');
  assert.deepEqual(record.requests.filter((u) => u.includes('/fonts/')), []);
  await page.close();
});

test('choosing Chinese loads its font once, translates the interface and is remembered', async () => {
  const { page, record } = await openPage(session, { path: '?lang=zh-Hans&example=cn-customer-removes-dap&lesson=predict' });
  await waitForFrames(page, 3);
  let state = await until(page, (s) => s.language === 'zh-Hans', 'the Chinese interface');
  assert.equal(state.chinese_font_loading, false);
  // Its characters come from the first CJK file (GB 2312 and every translated string), fetched once.
  assert.equal(record.requests.filter((u) => u.endsWith('/fonts/cjk-gb2312.ttf')).length, 1);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
  assert.equal(await page.evaluate(() => document.getElementById('open-file').textContent), '打开文件…');
  await page.waitForTimeout(500);
  await page.keyboard.press('r');
  await until(page, (s) => s.lesson && s.lesson.answered === 1, 'the first answer');
  await page.waitForTimeout(500);
  const { png } = await screenshot(page, 'lesson-zh-hans.png');
  const stats = await imageStats(session, png);
  assert.ok(stats.colors > 20, 'the page drew text, not a blank canvas');
  // Remembered: the next visit without ?lang= is in Chinese too.
  await page.goto(page.url().replace(/\?.*$/, '?example=second-partner-joins'));
  await waitForFrames(page, 3);
  state = await until(page, (s) => s.language === 'zh-Hans', 'Chinese again');
  await screenshot(page, 'main-zh-hans.png');
  await page.close();
});
