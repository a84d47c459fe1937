// saves.test.mjs — the autosave decisions of web/saves.js, without a browser: what is saved after an open, which slot
// is restored first, why a save failed, and that every message has its Chinese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const saves = createRequire(import.meta.url)('../../web/saves.js');

test('opening a document is not a change; editing it is', () => {
  const guard = saves.newGuard(false);
  saves.opened(guard, '{"title":"mine"}');
  assert.equal(saves.decide(guard, '{"title":"mine"}'), 'skip');
  assert.equal(saves.decide(guard, '{"title":"mine, edited"}'), 'save');
  assert.equal(saves.decide(guard, '{"title":"mine"}'), 'save', 'an edit undone by hand is a change again');
});

test('an example or a share link is saved only once changed, and then as a new document', () => {
  const guard = saves.newGuard(true);
  saves.opened(guard, 'default');           // the page starts with the default scenario
  assert.equal(saves.decide(guard, 'default'), 'skip');
  saves.opened(guard, 'shared');            // then the share link opens
  assert.equal(saves.decide(guard, 'shared'), 'skip');
  assert.equal(saves.decide(guard, 'shared + a step'), 'new');
  assert.equal(saves.decide(guard, 'shared + two steps'), 'save', 'only the first change starts a new document');
});

test('restoring the user\'s own work makes the shown document theirs', () => {
  const guard = saves.newGuard(true);
  saves.opened(guard, 'restored', false);
  assert.equal(saves.decide(guard, 'restored, edited'), 'save');
});

test('the slot the pointer names comes first; a damaged pointer picks the latest save', () => {
  const slots = ['mpsim.autosave.a', 'mpsim.autosave.b'];
  assert.deepEqual(saves.restoreOrder('mpsim.autosave.b', slots, {}), ['mpsim.autosave.b', 'mpsim.autosave.a']);
  assert.deepEqual(saves.restoreOrder('mpsim.autosave.a', slots, {}), ['mpsim.autosave.a', 'mpsim.autosave.b']);
  const times = { 'mpsim.autosave.a': '1000', 'mpsim.autosave.b': '2000' };
  assert.deepEqual(saves.restoreOrder('garbage', slots, times), ['mpsim.autosave.b', 'mpsim.autosave.a']);
  assert.deepEqual(saves.restoreOrder(null, slots, { 'mpsim.autosave.a': '5' }), ['mpsim.autosave.a', 'mpsim.autosave.b']);
});

test('a document larger than everything else stored is "too large", not "storage is full"', () => {
  assert.equal(saves.saveFailure(10_900_000, 7_000), 'too-large');   // the case: 10.9 M characters, 7 KB stored
  assert.equal(saves.saveFailure(20_000, 5_000_000), 'full');
});

test('every message reads in English and Chinese, with its values filled in', () => {
  for (const id of ['storage-full', 'too-large', 'download', 'restored-other-slot', 'restored-no-pointer', 'saved-unreadable', 'previous-kept',
                    'kept-in-recent', 'kept-as-download', 'other-tab-saved', 'recent-gone', 'recent-source', 'link-source', 'share-file', 'share-damaged']) {
    const en = saves.message(id, 'en', { size: '10.9' });
    const zh = saves.message(id, 'zh-Hans', { size: '10.9' });
    assert.match(en, /^[\x20-\x7e]+$/, id);
    assert.match(zh, /[\u4e00-\u9fff]/, id);
    assert.doesNotMatch(en + zh, /\{/, id);
  }
  assert.match(saves.message('too-large', 'en', { size: '10.9' }), /10\.9 M characters/);
});

test('a document\'s title for Recent work, whatever the text holds', () => {
  const both = JSON.stringify({ metadata: { title: { en: 'Transfers', 'zh-Hans': '转移' } } });
  assert.equal(saves.documentTitle(both, 'en'), 'Transfers');
  assert.equal(saves.documentTitle(both, 'zh-Hans'), '转移');
  assert.equal(saves.documentTitle(JSON.stringify({ metadata: { title: { 'zh-Hans': '转移' } } }), 'en'), '转移');
  assert.equal(saves.documentTitle(JSON.stringify({ metadata: { title: 'Plain' } }), 'zh-Hans'), 'Plain');
  assert.equal(saves.documentTitle('{"metadata": {"title": "cut of', 'en'), '');
  assert.equal(saves.documentTitle('[]', 'en'), '');
});

// ---- Recent work
const doc = (title) => JSON.stringify({ metadata: { title } });

test('Recent work keeps the newest first and at most 20; the 21st push drops the oldest', () => {
  let list = [];
  for (let i = 1; i <= 21; ++i) list = saves.addRecent(list, doc('doc ' + i), 1000 * i);
  assert.equal(list.length, 20);
  assert.equal(list[0].title, 'doc 21');
  assert.equal(list[0].time, 21000);
  assert.equal(list[19].title, 'doc 2', 'doc 1, the oldest, went');
  assert.equal(saves.addRecent([], '{"metadata":{"title":"中"}}', 5)[0].size, 28, 'UTF-8 bytes: 25 ASCII + 3 for 中');
});

test('a Recent work list from an older version or damaged is read, never thrown away', () => {
  assert.deepEqual(saves.readRecent(null), []);
  // 499966e wrote {title, time, size (characters), text}; size is read again as UTF-8 bytes.
  const old = saves.readRecent(JSON.stringify([{ title: 'Old', time: 7, size: 1, text: '{"metadata":{"title":"转移"}}' }, 42, 'loose text']));
  assert.equal(old.length, 3);
  assert.deepEqual([old[0].title, old[0].time, old[0].size], ['Old', 7, 31]);  // 25 ASCII + 2 x 3
  assert.equal(old[1].text, '42');
  assert.equal(old[2].text, 'loose text');
  // A cut-off list: one entry holding its whole text, which opening shows the problems of.
  const cut = '[{"title": "A", "text": "{\\"metadata';
  assert.deepEqual(saves.readRecent(cut), [{ title: '', time: 0, size: cut.length, text: cut }]);
  // An entry missing its text keeps its JSON as text.
  assert.equal(saves.readRecent('[{"title": "no text"}]')[0].text, '{"title":"no text"}');
});

test('when storage is full the oldest entry goes, never the newest (just kept) nor the one being opened', () => {
  const list = ['new', 'b', 'c', 'opening'].map((t, i) => ({ title: t, time: i, size: 1, text: t }));
  const once = saves.dropOldest(list, 'opening');
  assert.deepEqual(once.map((e) => e.text), ['new', 'b', 'opening']);
  const twice = saves.dropOldest(once, 'opening');
  assert.deepEqual(twice.map((e) => e.text), ['new', 'opening']);
  assert.equal(saves.dropOldest(twice, 'opening'), null, 'nothing else may go');
  assert.equal(saves.dropOldest([list[0]], null), null, 'the newest alone is never dropped');
});

test('the File menu gets each title in both languages, the time and the size', () => {
  const list = saves.addRecent([], JSON.stringify({ metadata: { title: { en: 'Transfers', 'zh-Hans': '转移' } } }), 1700000000123);
  assert.deepEqual(saves.recentSummary(list), [{ en: 'Transfers', zh: '转移', time: 1700000000123, size: 60 }]);  // 54 ASCII + 2 x 3
});

test('replaced work is kept when it was changed, or when it is the work saved in this browser', () => {
  assert.equal(saves.keepReplaced(true, 'x', null), true);
  assert.equal(saves.keepReplaced(false, 'saved', 'saved'), true, 'restored and not changed since: the next save would write over it');
  assert.equal(saves.keepReplaced(false, 'an example', 'saved'), false, 'an example looked at is not kept');
  assert.equal(saves.keepReplaced(false, 'x', null), false);
});
