// run.mjs — runs every benchmark (native programs, the same programs compiled to wasm under Node, Cedar, and the app in
// headless Chromium) and prints one table: each figure, its baseline measured in the same run, the ratio and the
// target from issue #8. Writes the whole table as JSON to build/bench/results.json. Called by scripts/bench.sh after the
// native and web builds; figures are measurements, never pass/fail.
//   node bench/run.mjs [--quick]     (--quick: smaller worlds, for trying the script out)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { measureBrowser, median, spread } from './browser.mjs';

const quick = process.argv.includes('--quick');
const out = 'build/bench';
mkdirSync(out, { recursive: true });
const native = (name) => `build/native/${name}`;
const wasm = (name) => `build/web/bench/${name}.js`;
const rows = [];
const results = { date: new Date().toISOString(), quick, figures: {} };

function run(program, args, { viaNode = false } = {}) {
  const [file, argv] = viaNode ? [process.execPath, ['--no-experimental-fetch', '--max-old-space-size=4096', program, ...args]] : [program, args];
  return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
}
function lastJson(text) {
  return JSON.parse(text.trim().split('\n').filter((l) => l.startsWith('{')).pop());
}
function best(times, f) {
  let bestSeconds = Infinity;
  for (let i = 0; i < times; ++i) {
    const start = performance.now();
    f();
    bestSeconds = Math.min(bestSeconds, (performance.now() - start) / 1000);
  }
  return bestSeconds;
}
// One table row. `met` is true, false, or null when the figure has no target.
function row(area, figure, value, target, met) {
  rows.push({ area, figure, value, target: target ?? '', met: met === null || met === undefined ? '' : met ? 'yes' : 'NO' });
  results.figures[`${area}: ${figure}`] = { value, target: target ?? null, met: met ?? null };
}
const fmt = (x, digits = 2) => Number(x).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const int = (x) => Number(x).toLocaleString('en-US', { maximumFractionDigits: 0 });
const started = performance.now();
const step = (text) => console.error(`==> [${((performance.now() - started) / 1000).toFixed(0)} s] ${text}`);

// ---- 1. Load
const loadSize = quick ? ['--partners', '300', '--customers', '5000', '--subscriptions', '16000', '--events', '3000']
  : ['--partners', '1500', '--customers', '27000', '--subscriptions', '82000', '--events', '13000'];
const loadFile = `${out}/load.json`;
step(`load: generating ${loadFile} (mpsim gen --seed 1 ${loadSize.join(' ')})`);
run(native('shell/mpsim'), ['gen', '--seed', '1', ...loadSize, '-o', loadFile]);
step('load: native (ours against nlohmann::json::parse)');
run(native('bench/load_bench'), [loadFile, '--json', `${out}/load-native.json`]);
const loadNative = JSON.parse(readFileSync(`${out}/load-native.json`, 'utf8'));
step('load: wasm under Node (ours against JSON.parse of the same text)');
run(wasm('load_bench'), [loadFile, '--json', `${out}/load-wasm.json`], { viaNode: true });
const loadWasm = JSON.parse(readFileSync(`${out}/load-wasm.json`, 'utf8'));
const text = readFileSync(loadFile, 'utf8');
const jsonParse = best(3, () => JSON.parse(text));
const fileMib = loadNative.file_mib;
row('load', `file (${fmt(fileMib, 1)} MiB, ${int(loadNative.subscriptions)} subscriptions): ours, native`, `${fmt(loadNative.load_seconds, 3)} s`);
row('load', 'nlohmann::json::parse, native (baseline)', `${fmt(loadNative.nlohmann_parse_seconds, 3)} s`);
row('load', 'native: ours / nlohmann', `${fmt(loadNative.time_ratio)}x`, '<= 1.2x', loadNative.time_ratio <= 1.2);
row('load', 'peak memory while loading, native', `${fmt(loadNative.memory_ratio)}x the file`, '<= 3x', loadNative.memory_ratio <= 3);
row('load', 'ours, wasm (Node)', `${fmt(loadWasm.load_seconds, 3)} s`);
row('load', 'JSON.parse, Node (baseline)', `${fmt(jsonParse, 3)} s`);
row('load', 'wasm: ours / JSON.parse', `${fmt(loadWasm.load_seconds / jsonParse)}x`, '<= 2x', loadWasm.load_seconds / jsonParse <= 2);
row('load', 'peak memory while loading, wasm (heap growth: an upper bound)', `${fmt(loadWasm.memory_ratio)}x the file`, '<= 3x', loadWasm.memory_ratio <= 3);

// ---- 2. Engine, and 4. time travel (same runs)
const engineSize = quick ? ['--partners', '500', '--customers', '10000', '--subscriptions', '50000', '--events', '50000', '--queries', '50000', '--seeks', '50']
  : ['--partners', '10000', '--customers', '200000', '--subscriptions', '1000000', '--events', '200000', '--queries', '200000', '--seeks', '0'];
step(`engine: the largest world, native then wasm (engine_bench ${engineSize.join(' ')})`);
const engineNative = lastJson(run(native('bench/engine_bench'), engineSize));
const engineWasm = lastJson(run(wasm('engine_bench'), engineSize, { viaNode: true }));
const world = `${int(engineNative.partners)} partners, ${int(engineNative.customers)} customers, ${int(engineNative.subscriptions)} subscriptions`;
row('engine', `world: ${world}; ${int(engineNative.events)} events = ${int(engineNative.steps)} steps with timers`, `${engineNative.violations} violations`);
row('engine', 'events applied per second, native', int(engineNative.events_per_s));
row('engine', 'events applied per second, wasm (Node)', int(engineWasm.events_per_s));
row('engine', 'events: native / wasm', `${fmt(engineNative.events_per_s / engineWasm.events_per_s)}x`, '<= 1.3x', engineNative.events_per_s / engineWasm.events_per_s <= 1.3);
row('engine', 'questions answered per second, native', int(engineNative.queries_per_s));
row('engine', 'questions answered per second, wasm (Node)', int(engineWasm.queries_per_s));
row('engine', 'questions: native / wasm', `${fmt(engineNative.queries_per_s / engineWasm.queries_per_s)}x`, '<= 1.3x', engineNative.queries_per_s / engineWasm.queries_per_s <= 1.3);
if (engineNative.steps !== engineWasm.steps || engineNative.allowed !== engineWasm.allowed) {
  console.error('native and wasm runs differ: a bug');
  process.exitCode = 1;
}

const travelSize = quick ? ['--partners', '200', '--customers', '2000', '--subscriptions', '10000', '--events', '100000', '--queries', '1000', '--seeks', '100']
  : ['--partners', '1000', '--customers', '20000', '--subscriptions', '100000', '--events', '1000000', '--queries', '1000', '--seeks', '100'];
step(`time travel: a ${quick ? '100,000' : '1,000,000'}-event timeline, native then wasm (engine_bench ${travelSize.join(' ')})`);
for (const [platform, result] of [['native', lastJson(run(native('bench/engine_bench'), travelSize))], ['wasm', lastJson(run(wasm('engine_bench'), travelSize, { viaNode: true }))]]) {
  row('time travel', `${platform}: ${int(result.events)} events (${int(result.steps)} steps), mean jump ${int(result.seek_mean_distance)} steps`,
    `mean ${fmt(result.seek_mean_ms)} ms, worst ${fmt(result.seek_max_ms)} ms`, 'worst < 16 ms', result.seek_max_ms < 16);
  row('time travel', `${platform}: history (2 worlds ${fmt(2 * result.world_mb, 0)} MB + index ${fmt(result.index_mb, 0)} MB + steps ${fmt(result.steps_mb, 0)} MB)`,
    `${fmt(result.history_vs_2_worlds_plus_steps)}x (2 worlds + steps)`, '<= 1x', result.history_vs_2_worlds_plus_steps <= 1);
  results[`time_travel_${platform}`] = result;
}
results.engine = { native: engineNative, wasm: engineWasm };

// ---- 3. Peer: Cedar
step('peer: the same 100,000 authorization questions to the engine (native and wasm) and to Cedar');
const cedarArgs = quick ? ['--worlds', '5', '--queries', '2000', '--seed', '11'] : ['--worlds', '25', '--queries', '4000', '--seed', '11'];
run(native('bench/cedar_queries'), [...cedarArgs, '-o', `${out}/cedar-queries.json`]);
run(wasm('cedar_queries'), [...cedarArgs, '-o', `${out}/cedar-queries-wasm.json`], { viaNode: true });
run(process.execPath, ['tests/cedar/differential.mjs', `${out}/cedar-queries.json`, '--json', `${out}/cedar.json`]);
const cedar = JSON.parse(readFileSync(`${out}/cedar.json`, 'utf8'));
const cedarWasmQueries = JSON.parse(readFileSync(`${out}/cedar-queries-wasm.json`, 'utf8'));
const nativeAnswers = JSON.stringify(JSON.parse(readFileSync(`${out}/cedar-queries.json`, 'utf8')).worlds.map((w) => w.queries));
const sameAnswers = nativeAnswers === JSON.stringify(cedarWasmQueries.worlds.map((w) => w.queries));
row('peer', `Cedar ${cedar.cedar_version} (wasm, Node): ${int(cedar.queries)} questions`, `${int(cedar.cedar_queries_per_s)} /s`);
row('peer', 'engine, native', `${int(cedar.engine_queries_per_s)} /s`);
row('peer', 'engine, wasm (Node, the same process type as Cedar)', `${int(cedarWasmQueries.engine_queries_per_second)} /s`);
row('peer', 'engine (wasm) / Cedar', `${fmt(cedarWasmQueries.engine_queries_per_second / cedar.cedar_queries_per_s, 0)}x`, '>= 20x', cedarWasmQueries.engine_queries_per_second / cedar.cedar_queries_per_s >= 20);
row('peer', 'disagreements (engine vs Cedar; native vs wasm answers)', `${cedar.disagreements}; ${sameAnswers ? 'same' : 'DIFFERENT'}`, '0; same', cedar.disagreements === 0 && sameAnswers);

// ---- 6. Size (default language: the Chinese font is fetched only when chosen)
const site = 'build/web/site';
let raw = 0, gzip = 0;
for (const f of ['app.wasm', 'app.js']) {
  raw += statSync(`${site}/${f}`).size;
  gzip += gzipSync(readFileSync(`${site}/${f}`), { level: 9 }).length;
}
row('size', 'app.wasm + app.js, raw', `${fmt(raw / 1e6)} MB`, '<= 1.5 MB', raw <= 1.5e6);
row('size', 'app.wasm + app.js, gzip -9', `${fmt(gzip / 1e3, 0)} KB`, '<= 500 KB', gzip <= 500e3);
results.size = { raw_bytes: raw, gzip_bytes: gzip };

// ---- 5. UI frame time and 6. time to first frame, in headless Chromium
step('browser: time to first frame against a minimal ImGui page; fonts of a Chinese page; frame time with the largest world');
const browser = await measureBrowser({ quick });
row('start', `time to first frame: app (median of ${browser.startRuns})`, `${fmt(browser.appFirstFrameMs, 0)} ms`);
row('start', 'time to first frame: minimal ImGui page, same flags (baseline)', `${fmt(browser.minimalFirstFrameMs, 0)} ms`);
row('start', 'app / minimal', `${fmt(browser.appFirstFrameMs / browser.minimalFirstFrameMs)}x`, '<= 1.5x', browser.appFirstFrameMs / browser.minimalFirstFrameMs <= 1.5);
const range = (xs, digits = 0) => `${fmt(median(xs), digits)} ms (${fmt(spread(xs)[0], digits)}-${fmt(spread(xs)[1], digits)})`;
row('fonts', `Chinese page (?lang=zh-Hans): font files fetched (${browser.chineseFontFiles.join(', ')})`,
  `${fmt(browser.chineseFontBytes / 1024, 0)} KiB raw, ${fmt(browser.chineseFontGzip / 1024, 0)} KiB gzip`);
row('fonts', 'Chinese page: everything fetched (page, app, fonts)', `${fmt(browser.chinesePageBytes / 1024, 0)} KiB raw, ${fmt(browser.chinesePageGzip / 1024, 0)} KiB gzip`);
row('fonts', `2,000 new hanzi opened in the Chinese page (${browser.fontRuns} runs): longest atlas rebuild incl. texture upload, median (range)`,
  range(browser.hanziMaxRebuildMs, 1), '< 50 ms', median(browser.hanziMaxRebuildMs) < 50);
row('fonts', '2,000 new hanzi: one plain ImGui build of the same atlas, same page (baseline; without the upload)', range(browser.hanziPlainBuildMs, 1));
row('fonts', '2,000 new hanzi: longest frame of font work (rasterizing + rebuilding)', range(browser.hanziMaxFrameMs, 1));
row('fonts', `2,000 new hanzi: all font work until drawn (${median(browser.hanziGlyphsRasterized)} glyphs rasterized, spread over frames)`,
  range(browser.hanziWorkMs));
row('fonts', '2,000 new hanzi: from opening the file to all of them drawn', range(browser.hanziWallMs));
row('UI', `${browser.uiWorld}: CPU per frame (World table open, timeline at the end)`, `${fmt(browser.frameCpuMs)} ms (median), ${fmt(browser.frameCpuP95Ms)} ms (95th)`, '< 4 ms', browser.frameCpuMs < 4);
results.browser = browser;

// ---- the table
const widths = ['area', 'figure', 'value', 'target', 'met'].map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log('\n' + line(['area', 'figure', 'value', 'target', 'met']));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line([r.area, r.figure, r.value, r.target, r.met]));
results.rows = rows;
writeFileSync(`${out}/results.json`, JSON.stringify(results, null, 2) + '\n');
console.log(`\nAll figures as JSON: ${out}/results.json (the benchmarks took ${((performance.now() - started) / 60000).toFixed(1)} minutes)`);
