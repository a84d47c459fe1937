// hostile.test.mjs — adversarial input in the real page: each is refused with a located problem, the open scenario
// stays, the page keeps drawing, a file over the page's limit is refused before it is read, and characters no font has
// are counted, not a crash.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, openSync, closeSync, ftruncateSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appState, openBrowser, openPage, waitForFrames } from './browser.mjs';

let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

// Hands raw bytes to the app's loader through the C ABI, as the page does for a pasted or opened file.
async function loadBytes(page, bytes, name) {
  return page.evaluate(([data, source]) => {
    const text = Uint8Array.from(data);
    const ptr = Module._malloc(text.length + 1);
    Module.HEAPU8.set(text, ptr);
    const namePtr = Module._malloc(source.length * 4 + 1);
    Module.stringToUTF8(source, namePtr, source.length * 4 + 1);
    const opened = Module._app_load_json(ptr, text.length, namePtr);
    Module._free(ptr);
    Module._free(namePtr);
    return opened;
  }, [Array.from(bytes), name]);
}

test('hostile scenarios are refused with their place, and the open scenario stays', async () => {
  const { page, record } = await openPage(session, { path: '?example=cn-suspension-60-days' });
  await waitForFrames(page, 3);
  const enc = new TextEncoder();
  const cases = [
    { name: 'deep.json', bytes: enc.encode('{"events": ' + '['.repeat(1000000)), code: 'json-too-deep' },
    { name: 'utf8.json', bytes: Uint8Array.from([...enc.encode('{"format_version": 1, "metadata": {"title": "'), 0xff, ...enc.encode('"}}')]), code: 'json-invalid-utf8' },
    { name: 'number.json', bytes: enc.encode('{"format_version": ' + '9'.repeat(5000) + '}'), code: 'number-out-of-range' },
    { name: 'nul.json', bytes: Uint8Array.from([...enc.encode('{"format_'), 0, ...enc.encode('version": 1}')]), code: 'json-syntax' },
  ];
  for (const c of cases) {
    const opened = await loadBytes(page, c.bytes, c.name);
    assert.equal(opened, 0, c.name);
    const state = await appState(page);
    assert.equal(state.scenario.source, 'cn-suspension-60-days.json', `${c.name}: the open scenario stays`);
    const problem = state.problems.find((p) => p.code === c.code);
    assert.ok(problem, `${c.name}: ${JSON.stringify(state.problems).slice(0, 300)}`);
    assert.ok(problem.line > 0 && problem.column > 0, c.name);
  }
  const before = (await appState(page)).frames;
  await page.waitForTimeout(500);
  assert.ok((await appState(page)).frames > before, 'the page still draws');
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});

test('a 200 MB file is refused at once with the limit, not read', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'mpsim-huge-')), 'huge.json');
  const fd = openSync(file, 'w');
  writeSync(fd, '{"format_version": 1, "metadata": {"title": "');
  ftruncateSync(fd, 200 * 1024 * 1024);  // sparse: 200 MB on paper, nothing to write
  closeSync(fd);
  const { page } = await openPage(session, { path: '?example=cn-suspension-60-days' });
  await waitForFrames(page, 3);
  const started = Date.now();
  await page.setInputFiles('#file-input', file);
  await page.waitForFunction(() => !document.getElementById('notice').classList.contains('hidden'), null, { timeout: 10000 });
  const notice = await page.evaluate(() => document.getElementById('notice').textContent);
  assert.match(notice, /huge\.json is 200 MiB; the page opens files up to 128 MiB/);
  assert.ok(Date.now() - started < 10000);
  const state = await appState(page);
  assert.equal(state.loading, null);
  assert.equal(state.scenario.source, 'cn-suspension-60-days.json');
  await page.close();
});

test('characters no font has are counted and drawn as U+FFFD; nothing is fetched for them but the index', async () => {
  // 😀 U+1F600, U+E000 and U+F0000 (private use), 𡒄 U+21484 (Extension B, in neither WenQuanYi nor Noto): 4 characters
  // no font of the page has (checked against the fonts' cmaps with fontTools), once written raw and once as escapes.
  const scenario = JSON.parse(readFileSync('web/scenarios/second-partner-joins.json', 'utf8'));
  scenario.metadata.title = 'No font: \u{1F600} \uE000 \u{F0000} \u{21484}';
  const text = JSON.stringify(scenario, null, 2).replace('"Fabrikam Trading (Shanghai)"', '"\\ud83d\\ude00 \\ue000 \\udb80\\udc00 \\ud845\\udc84"');
  const file = join(mkdtempSync(join(tmpdir(), 'mpsim-no-font-')), 'no-font.json');
  writeFileSync(file, text);
  const { page, record } = await openPage(session, { path: '?example=second-partner-joins' });
  await waitForFrames(page, 3);
  await page.setInputFiles('#file-input', file);
  await page.waitForFunction(() => {
    const s = JSON.parse(Module.UTF8ToString(Module._app_state_json()));
    return s.scenario.source === 'no-font.json' && !s.font_loading;
  }, null, { timeout: 30000, polling: 100 });
  await page.waitForTimeout(500);
  const state = await appState(page);
  assert.equal(state.missing_glyphs, 4);
  assert.ok(state.fallback_glyphs_drawn >= 4, 'the title shows them as U+FFFD');
  assert.deepEqual(state.fonts_failed, []);
  assert.deepEqual(record.requests.filter((u) => u.includes('/fonts/')).map((u) => u.replace(/.*\/fonts\//, '')), ['index.bin']);
  const before = state.frames;
  await page.waitForTimeout(500);
  assert.ok((await appState(page)).frames > before, 'the page still draws');
  assert.deepEqual(record.pageErrors, []);
  await page.close();
});
