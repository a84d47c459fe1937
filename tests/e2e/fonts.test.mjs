// fonts.test.mjs — every character the page shows is drawn from a font (shell/fonts.hpp): a scenario of rare names
// opened through the file input in English and in Chinese, pasted Chinese text, every bundled scenario, a large file
// read a slice at a time; the fonts are fetched only when a character needs them, and a font that fails to load leaves
// the page working, says so in the status bar, and leaves the characters counted as missing.
// `missing_glyphs` is the app's count of needed characters its atlas cannot draw; `fallback_glyphs_drawn` counts the
// U+FFFD glyphs in the last frame's draw data, that is what the screen shows, independently of that count.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appState, imageStats, openBrowser, openPage, screenshot, until, waitForFrames } from './browser.mjs';

const RARE_NAMES = 'tests/fixtures/valid/rare-names.json';
let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

// Waits until the fonts have caught up with what the page needs, and a few frames have been drawn with them.
async function settled(page, what) {
  await until(page, (s) => !s.font_loading, what);
  const frames = (await appState(page)).frames;
  await until(page, (s) => s.frames >= frames + 3 && !s.font_loading, `${what} (drawn)`);
  return appState(page);
}

const fontRequests = (record) => record.requests.filter((u) => u.includes('/fonts/')).map((u) => u.replace(/.*\/fonts\//, ''));

async function openRareNames(page) {
  await page.setInputFiles('#file-input', RARE_NAMES);
  await until(page, (s) => s.scenario && s.scenario.source === 'rare-names.json', 'the rare names scenario');
}

// Steps to the end with the keyboard, so that the decisions (which name the actors) are drawn too.
async function stepToEnd(page) {
  const { display } = await appState(page);
  await page.mouse.click(display.width / 2, display.height - 8);  // the status bar: gives the canvas the keys
  await page.keyboard.press('End');
  await until(page, (s) => s.scenario.position === s.scenario.steps, 'the end of the timeline');
}

for (const lang of ['en', 'zh-Hans']) {
  test(`rare names opened through the file input draw every character (${lang})`, async () => {
    const { page, record } = await openPage(session, { path: `?example=second-partner-joins&lang=${lang}`, width: 1600, height: 900 });
    await waitForFrames(page, 3);
    await until(page, (s) => s.language === lang, `the ${lang} interface`);
    await openRareNames(page);
    await stepToEnd(page);
    let state = await settled(page, 'the rare names\' fonts');
    assert.equal(state.missing_glyphs, 0, JSON.stringify(state.font_stats));
    assert.equal(state.fallback_glyphs_drawn, 0, 'no character on screen is drawn as U+FFFD');
    assert.deepEqual(state.fonts_failed, []);
    // 圳 is in the GB 2312 file, Cyrillic in the rest of Roboto, 玥 and 喆 in a WenQuanYi file, 䶮 㐀 𠮷 in Noto files.
    assert.ok(state.fonts.includes('cjk-gb2312'), state.fonts.join());
    assert.ok(state.fonts.includes('ui-extra'), state.fonts.join());
    assert.ok(state.fonts.some((f) => /^cjk-\d+$/.test(f)), state.fonts.join());
    assert.ok(state.fonts.filter((f) => /^cjk-rare-\d+$/.test(f)).length >= 2, state.fonts.join());
    // Each file is fetched once, and only files the page needs: never the whole font.
    const requests = fontRequests(record);
    assert.equal(new Set(requests).size, requests.length, requests.join());
    assert.ok(requests.length <= 10, requests.join());
    const suffix = lang === 'en' ? '' : `-${lang}`;
    for (const [width, height] of [[1600, 900], [1280, 720]]) {
      await page.setViewportSize({ width, height });
      state = await settled(page, `the ${width}x${height} layout`);
      assert.equal(state.missing_glyphs, 0);
      assert.equal(state.fallback_glyphs_drawn, 0);
      const { png } = await screenshot(page, `rare-names-${width}x${height}${suffix}.png`);
      assert.ok((await imageStats(session, png)).colors > 50);
    }
    // Presenter mode: the same characters at 1.5 times the size, rasterized again from the files already here.
    await page.evaluate(() => Module._app_set_presenter(1));
    await until(page, (s) => s.display.font_pixels === 24, 'the presenter\'s type size');
    state = await settled(page, 'presenter mode');
    assert.equal(state.missing_glyphs, 0);
    assert.equal(state.fallback_glyphs_drawn, 0);
    assert.deepEqual(fontRequests(record), requests, 'nothing is fetched again');
    await screenshot(page, `rare-names-presenter${suffix}.png`);
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, []);
    await page.close();
  });
}

test('on a phone (390x844, three device pixels per CSS pixel) the glyphs are rasterized at that density', async () => {
  for (const lang of ['en', 'zh-Hans']) {
    const { page } = await openPage(session, { path: `?example=second-partner-joins&lang=${lang}`, width: 390, height: 844, deviceScaleFactor: 3 });
    await waitForFrames(page, 3);
    await until(page, (s) => s.language === lang, `the ${lang} interface`);
    await openRareNames(page);
    const state = await settled(page, 'the rare names at 3x');
    assert.equal(state.display.font_pixels, 48);
    assert.equal(state.missing_glyphs, 0);
    assert.equal(state.fallback_glyphs_drawn, 0);
    await screenshot(page, `rare-names-390x844${lang === 'en' ? '' : '-' + lang}.png`);
    await page.close();
  }
});

test('Chinese pasted into a text field is drawn: the characters on screen fetch their font', async () => {
  const { page, record } = await openPage(session, { path: '?example=second-partner-joins', width: 1400, height: 850 });
  await waitForFrames(page, 3);
  await page.mouse.click(640, 512);  // the composer's "Who" field
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '深圳鑫淼 玥');
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  });
  await page.keyboard.press('Control+V');
  const state = await until(page, (s) => s.fonts.includes('cjk-gb2312') && !s.font_loading, 'the pasted text\'s fonts');
  await page.waitForTimeout(300);
  const after = await appState(page);
  assert.equal(after.missing_glyphs, 0);
  assert.equal(after.fallback_glyphs_drawn, 0);
  assert.ok(state.fonts.some((f) => /^cjk-\d+$/.test(f)), `玥 is outside GB 2312: ${state.fonts.join()}`);
  assert.ok(fontRequests(record).includes('cjk-gb2312.ttf'));
  await screenshot(page, 'pasted-chinese.png');
  await page.close();
});

test('every bundled scenario, stepped to its end, is drawn whole; the English page fetches no font for them', async () => {
  const names = readdirSync('web/scenarios').filter((f) => f.endsWith('.json'));
  for (const lang of ['en', 'zh-Hans']) {
    const { page, record } = await openPage(session, { path: `?example=second-partner-joins&lang=${lang}` });
    await waitForFrames(page, 3);
    await until(page, (s) => s.language === lang, `the ${lang} interface`);
    for (const name of names) {
      assert.equal(await page.evaluate((n) => {
        const size = Module.lengthBytesUTF8(n) + 1;
        const ptr = Module._malloc(size);
        Module.stringToUTF8(n, ptr, size);
        const opened = Module._app_load_bundled(ptr);
        Module._free(ptr);
        return opened;
      }, name), 1, name);
      await stepToEnd(page);
      const state = await settled(page, name);
      assert.equal(state.missing_glyphs, 0, `${lang} ${name}`);
      assert.equal(state.fallback_glyphs_drawn, 0, `${lang} ${name}`);
    }
    if (lang === 'en') assert.deepEqual(fontRequests(record), [], 'the English page fetched no font');
    else assert.deepEqual(fontRequests(record).sort(), ['cjk-gb2312.ttf', 'index.bin'], 'the Chinese page fetched its first file only');
    await page.close();
  }
});

test('a large file, read a slice per frame, brings its characters too', async () => {
  const base = JSON.parse(readFileSync('web/scenarios/second-partner-joins.json', 'utf8'));
  const hanzi = '深圳杭州鑫淼昊琪坎宁云服务科技有限公司北京上海广州天津重庆成都武汉南京西安';
  const customer = base.world.customers[0];
  base.world.customers = Array.from({ length: 4000 }, (_, i) => ({
    ...customer, id: i === 0 ? customer.id : `c${i}`, domain: `c${i}.partner.onmschina.cn`,  // the first keeps its subscriptions
    name: `${hanzi[i % hanzi.length]}${hanzi[(i * 7) % hanzi.length]}${hanzi[(i * 13) % hanzi.length]} Trading ${i}`,
    users: customer.users.map((u) => ({ id: u.id, name: u.name, roles: u.roles })),
  }));
  // The last customer carries a character outside GB 2312: its file must be fetched although it comes last.
  base.world.customers[3999].name = '赵玥 Trading';
  const file = join(mkdtempSync(join(tmpdir(), 'mpsim-large-cjk-')), 'large-cjk.json');
  writeFileSync(file, JSON.stringify(base, null, 2));
  assert.ok(readFileSync(file).length > 1024 * 1024, 'over the size the page opens a slice per frame');
  const { page } = await openPage(session, { path: '?example=second-partner-joins' });
  await waitForFrames(page, 3);
  await page.setInputFiles('#file-input', file);
  await until(page, (s) => (s.scenario && s.scenario.source === 'large-cjk.json') || s.problems.length > 0, 'the large file', 120000);
  assert.deepEqual((await appState(page)).problems, []);
  const state = await settled(page, 'the large file\'s fonts');
  assert.equal(state.missing_glyphs, 0);
  assert.ok(state.fonts.includes('cjk-gb2312'), state.fonts.join());
  assert.ok(state.fonts.some((f) => /^cjk-\d+$/.test(f)), `玥: ${state.fonts.join()}`);
  await page.close();
});

test('a font that fails (404, cut short, not a font) leaves the page working and says so', async () => {
  const real = readFileSync(join(process.env.MPSIM_SITE_DIR || 'build/web/site', 'fonts', 'cjk-gb2312.ttf'));
  const cases = [
    { what: '404', fulfil: { status: 404, body: 'Not found' }, reason: /HTTP 404/ },
    { what: 'cut short', fulfil: { status: 200, body: real.subarray(0, 4096) }, reason: /4096 bytes, not the \d+ this app was built with/ },
    { what: 'not a font', fulfil: { status: 200, body: '<html>a proxy\'s error page</html>' }, reason: /bytes, not the/ },
  ];
  for (const c of cases) {
    const { page } = await openPage(session, {
      path: '?example=second-partner-joins', setup: (p) => p.route('**/fonts/cjk-gb2312.ttf', (route) => route.fulfill(c.fulfil)) });
    await waitForFrames(page, 3);
    await openRareNames(page);
    let state = await until(page, (s) => s.fonts_failed.includes('cjk-gb2312') && !s.font_loading, `the failure (${c.what})`);
    assert.match(state.notice, /^Could not load the font cjk-gb2312\.ttf \(/, c.what);
    assert.match(state.notice, c.reason, c.what);
    assert.ok(state.missing_glyphs > 0, `${c.what}: the characters of that file stay missing`);
    assert.ok(!state.fonts.includes('cjk-gb2312'));
    assert.ok(state.fonts.some((f) => f.startsWith('cjk-rare-')), `the other files still load: ${state.fonts.join()}`);
    await stepToEnd(page);  // still working
    state = await appState(page);
    assert.equal(state.scenario.position, state.scenario.steps);
    if (c.what === '404') await screenshot(page, 'font-failed.png');
    await page.close();
  }
});

test('in the Chinese interface a failure is told in Chinese; a failed Chinese switch keeps English and says so', async () => {
  let { page } = await openPage(session, {
    path: '?example=second-partner-joins&lang=zh-Hans', setup: (p) => p.route('**/fonts/cjk-rare-*.otf', (route) => route.fulfill({ status: 404, body: '' })) });
  await waitForFrames(page, 3);
  await until(page, (s) => s.language === 'zh-Hans', 'the Chinese interface');
  await openRareNames(page);
  let state = await until(page, (s) => s.fonts_failed.length > 0 && !s.font_loading, 'the failure');
  assert.match(state.notice, /^无法加载字体 cjk-rare-\d+\.otf（HTTP 404）：部分字符无法显示。$/);
  assert.ok(state.missing_glyphs >= 3, '䶮 㐀 𠮷 stay missing');
  await page.close();

  ({ page } = await openPage(session, {
    path: '?example=second-partner-joins&lang=zh-Hans', setup: (p) => p.route('**/fonts/index.bin', (route) => route.fulfill({ status: 503, body: '' })) }));
  await waitForFrames(page, 3);
  state = await until(page, (s) => !s.chinese_font_loading && !s.font_loading && s.fonts_failed.length > 0, 'the failed switch');
  assert.equal(state.language, 'en');
  assert.equal(state.notice, 'The Chinese font could not be loaded; the interface stays in English.');
  assert.equal(state.missing_glyphs, 0, 'nothing on screen is missing: the interface stayed English');
  await page.close();
});
