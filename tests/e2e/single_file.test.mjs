// single_file.test.mjs — mpsim.html, the single-file build, opened from disk (file://) with no server at all.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appState, imageStats, openBrowser, screenshot, siteDir, until, waitForFrames } from './browser.mjs';

let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

// mpsim.html from disk, with its errors, requests and Content-Security-Policy violations recorded.
async function openSingleFile(query, width, height) {
  const page = await session.browser.newPage({ viewport: { width, height } });
  const errors = [], requests = [], cspViolations = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.exposeFunction('reportCsp', (v) => cspViolations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportCsp(e.violatedDirective)));
  await page.goto(pathToFileURL(join(siteDir, 'mpsim.html')).href + query);
  await waitForFrames(page, 3);
  return { page, errors, requests, cspViolations };
}

test('mpsim.html works opened from disk: the app starts, steps, and makes no request', async () => {
  assert.ok(existsSync(join(siteDir, 'mpsim.html')), 'the web build writes mpsim.html');
  const { page, errors, requests, cspViolations } = await openSingleFile('?example=cn-orders-and-upgrades', 1400, 850);
  let state = await appState(page);
  assert.equal(state.scenario.source, 'cn-orders-and-upgrades.json');
  await page.mouse.click(700, 838);
  await page.keyboard.press('End');
  await page.waitForFunction(() => JSON.parse(Module.UTF8ToString(Module._app_state_json())).scenario.position > 0, null, { timeout: 20000 });
  state = await appState(page);
  assert.equal(state.scenario.position, state.scenario.steps);
  const { png } = await screenshot(page, 'single-file.png');
  assert.ok((await imageStats(session, png)).colors > 50);
  assert.deepEqual(errors, []);
  assert.deepEqual(cspViolations, [], 'the inline scripts are allowed by hash; nothing else runs');
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  await page.close();
});

// Offline in Chinese: mpsim.html carries the Chinese interface and every font file; a scenario of rare names opened
// through its file input is drawn whole, in both languages, with no request leaving the file.
for (const lang of ['en', 'zh-Hans']) {
  test(`mpsim.html draws rare names and its Chinese interface from the fonts it carries (${lang})`, async () => {
    const { page, errors, requests, cspViolations } = await openSingleFile(`?example=second-partner-joins&lang=${lang}`, 1600, 900);
    await until(page, (s) => s.language === lang, `the ${lang} interface`);
    await page.setInputFiles('#file-input', 'tests/fixtures/valid/rare-names.json');
    await until(page, (s) => s.scenario.source === 'rare-names.json', 'the rare names');
    let state = await until(page, (s) => !s.font_loading, 'the fonts');
    const frames = state.frames;
    state = await until(page, (s) => s.frames >= frames + 3 && !s.font_loading, 'a few frames with them');
    assert.equal(state.missing_glyphs, 0, JSON.stringify(state.font_stats));
    assert.equal(state.fallback_glyphs_drawn, 0);
    assert.deepEqual(state.fonts_failed, []);
    assert.ok(state.fonts.includes('cjk-gb2312') && state.fonts.some((f) => f.startsWith('cjk-rare-')), state.fonts.join());
    await screenshot(page, `single-file-rare-names${lang === 'en' ? '' : '-' + lang}.png`);
    assert.deepEqual(errors, []);
    assert.deepEqual(cspViolations, [], 'the font data blocks are not scripts; nothing else runs');
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
    await page.close();
  });
}
