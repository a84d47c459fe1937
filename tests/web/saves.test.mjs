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
  for (const id of ['storage-full', 'too-large', 'download', 'restored-other-slot', 'restored-no-pointer', 'saved-unreadable', 'previous-kept']) {
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
