// saves.js — the decisions behind autosave, kept apart from the browser so that node:test checks them
// (tests/web/saves.test.mjs): when the open document is saved, which slot is restored first, why a save failed, and
// the page's words for it in both interface languages. page.js does the storing; nothing here touches storage.
(function (root, factory) {
  var api = factory();
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.mpsimSaves = api;
})(this, function () {
  'use strict';

  // What the page shows was opened from somewhere (the saved work, an example, a share link, the default). `baseline`
  // is the app's text of it just after opening: a save whose text equals it is not a change (the app hands over the
  // scenario whenever one is opened), so it is skipped. `foreign` is true when the document is not the user's saved
  // work (?example=, a share link, presenter mode): its first change starts a new document, and the work saved until
  // then goes to Recent work instead of being written over.
  function newGuard(foreign) { return { baseline: null, foreign: !!foreign }; }
  function opened(guard, text, foreign) {
    guard.baseline = text;
    if (foreign !== undefined) guard.foreign = !!foreign;
  }
  // 'skip' (nothing changed), 'new' (the first change to a foreign document: keep the previous work, then save) or
  // 'save'. After 'new' the document is the user's own.
  function decide(guard, text) {
    if (text === guard.baseline) return 'skip';
    guard.baseline = null;
    if (guard.foreign) {
      guard.foreign = false;
      return 'new';
    }
    return 'save';
  }

  // The slots to try, best first: the one the pointer names, then the other; with a pointer that names no slot
  // (damaged), the most recently saved first (times: slot -> milliseconds, 0 when unknown).
  function restoreOrder(pointer, slots, times) {
    var at = slots.indexOf(pointer);
    if (at >= 0) return [pointer].concat(slots.filter(function (s) { return s !== pointer; }));
    return slots.slice().sort(function (a, b) { return (Number(times[b]) || 0) - (Number(times[a]) || 0); });
  }

  // Why a save was refused: 'too-large' when the document alone outweighs everything else kept for this site (freeing
  // space would not help), else 'full'. Sizes in characters, as localStorage counts them.
  function saveFailure(textChars, otherChars) { return textChars > otherChars ? 'too-large' : 'full'; }

  // A saved document's title for Recent work: metadata.title, a string or one per language (English first); '' when the
  // text is not a readable scenario (it is kept all the same).
  function documentTitle(text, language) {
    var title;
    try { title = (JSON.parse(text).metadata || {}).title; } catch (e) { return ''; }
    if (typeof title === 'string') return title;
    if (!title || typeof title !== 'object') return '';
    return String(title[language === 'zh-Hans' ? 'zh-Hans' : 'en'] || title.en || title['zh-Hans'] || '');
  }

  var MESSAGES = {
    'storage-full': {
      en: "The browser's storage is full: your latest changes are not saved in this browser. The page tries again every few seconds.",
      zh: '浏览器存储空间已满：最近的更改未保存在此浏览器中。页面每隔几秒会重试。',
    },
    'too-large': {
      en: 'This scenario ({size} M characters) is too large for this browser\'s storage: it is not saved in this browser. Download it to keep it.',
      zh: '此场景（{size} M 字符）超出浏览器存储的容量，未保存在此浏览器中。请下载以保留。',
    },
    'download': { en: 'Download', zh: '下载' },
    // What the summary and the status bar name as the source of restored work.
    'last-session': { en: 'your last session', zh: '上次的工作' },
    'restored-other-slot': {
      en: 'The last save was damaged and could not be opened; the save before it was restored.',
      zh: '最近一次保存已损坏，无法打开；已恢复前一次保存。',
    },
    'restored-no-pointer': {
      en: 'The record of the last save was damaged; the most recent readable save was restored.',
      zh: '最近一次保存的记录已损坏；已恢复可读取的最新保存。',
    },
    'saved-unreadable': {
      en: 'Your saved work could not be opened; it is kept in this browser untouched.',
      zh: '无法打开已保存的工作；它仍原样保留在此浏览器中。',
    },
    'kept-in-recent': {
      en: 'Your changed work is kept in this browser: File > Recent work.',
      zh: '更改过的工作已保留在此浏览器中：文件 > 最近的工作。',
    },
    'kept-as-download': {
      en: "The browser's storage is full: your changed work was downloaded as mpsim-changed-work.json.",
      zh: '浏览器存储空间已满：更改过的工作已下载为 mpsim-changed-work.json。',
    },
    'previous-kept': {
      en: 'Your previous work is kept in this browser; this document is now saved as new work.',
      zh: '之前的工作仍保留在此浏览器中；此文档现已另存为新的工作。',
    },
  };
  function message(id, language, values) {
    var entry = MESSAGES[id];
    var text = language === 'zh-Hans' ? entry.zh : entry.en;
    return text.replace(/\{(\w+)\}/g, function (_, name) { return String(values && values[name]); });
  }

  return { documentTitle: documentTitle, newGuard: newGuard, opened: opened, decide: decide, restoreOrder: restoreOrder, saveFailure: saveFailure, message: message };
});
