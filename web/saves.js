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

  // ---- Recent work: documents kept instead of being written over (localStorage `mpsim.recent`), newest first.
  // An entry is {title, time (ms), size (UTF-8 bytes), text}; entries written by earlier versions (size in characters,
  // fields missing) are read all the same. Nothing here drops an entry except fitRecent, and only when storage is full.
  var RECENT_LIMIT = 20;
  function utf8Bytes(text) {
    var n = 0;
    for (var i = 0; i < text.length; ++i) {
      var c = text.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) { n += 4; ++i; }  // a surrogate pair: one character
      else n += 3;
    }
    return n;
  }
  function entryOf(item) {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      var text = typeof item.text === 'string' ? item.text : JSON.stringify(item);
      return { title: typeof item.title === 'string' ? item.title : documentTitle(text, 'en'), time: Number(item.time) || 0,
               size: utf8Bytes(text), text: text };
    }
    // Not an entry of any version: its JSON is kept as the entry's text (opening it shows what is wrong with it).
    var raw = typeof item === 'string' ? item : JSON.stringify(item);
    return { title: '', time: 0, size: utf8Bytes(raw), text: raw };
  }
  // The list as stored (`raw`, null when there is none). A damaged list becomes one entry holding its text: kept, and
  // reopenable, rather than replaced by an empty list at the next write.
  function readRecent(raw) {
    if (raw === null || raw === undefined) return [];
    var list;
    try { list = JSON.parse(raw); } catch (e) { return [entryOf(raw)]; }
    return Array.isArray(list) ? list.map(entryOf) : [entryOf(list)];
  }
  // `text`, kept at `now`, at the front; at most RECENT_LIMIT entries (the oldest go).
  function addRecent(list, text, now) {
    return [{ title: documentTitle(text, 'en'), time: now, size: utf8Bytes(text), text: text }].concat(list).slice(0, RECENT_LIMIT);
  }
  // Storage is full: the oldest entry that may go goes (never the newest, just kept, nor the one being opened, whose text
  // is `keep`). Null when nothing more may go.
  function dropOldest(list, keep) {
    for (var i = list.length - 1; i > 0; --i)
      if (list[i].text !== keep) return list.slice(0, i).concat(list.slice(i + 1));
    return null;
  }
  // What the File menu lists (shell/recent_work.hpp): each entry's title in both languages, time and size.
  function recentSummary(list) {
    return list.map(function (e) {
      return { en: documentTitle(e.text, 'en'), zh: documentTitle(e.text, 'zh-Hans'), time: e.time, size: e.size };
    });
  }
  // A document the app is about to replace goes to Recent work when it was changed in the page, or when it is the work
  // saved in this browser (the next save would write over it).
  function keepReplaced(changed, text, lastSaved) { return changed || (lastSaved !== null && text === lastSaved); }

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
    'made-room': {
      en: "The browser's storage was full: the {count} oldest Recent work entries were removed so that the work on screen is saved.",
      zh: '浏览器存储空间已满：已从“最近的工作”中移除最早的 {count} 项，以便保存当前的工作。',
    },
    'kept-in-recent': {
      en: 'Your changed work is kept in this browser: File > Recent work.',
      zh: '更改过的工作已保留在此浏览器中：“文件 > 最近的工作”。',
    },
    'kept-as-download': {
      en: "The browser's storage is full: your changed work was downloaded as mpsim-changed-work.json.",
      zh: '浏览器存储空间已满：更改过的工作已下载为 mpsim-changed-work.json。',
    },
    'other-tab-saved': {
      en: 'Another tab saved its work in this browser. Both are kept: your next change here is saved as new work, and the other tab\'s goes to File > Recent work.',
      zh: '另一个标签页在此浏览器中保存了它的工作。两份都会保留：此处的下一次更改将另存为新的工作，另一个标签页的工作转入“文件 > 最近的工作”。',
    },
    'recent-gone': {
      en: 'That Recent work entry is no longer in this browser (another tab may have changed the list).',
      zh: '这条最近的工作已不在此浏览器中（可能是另一个标签页更改了列表）。',
    },
    'recent-source': { en: 'Recent work', zh: '最近的工作' },
    'link-source': { en: 'shared link', zh: '分享链接' },
    'share-file': {
      en: 'This page is a file on your computer, so a link would point at your disk. The scenario was downloaded as {name} instead: send that file; it opens with File > Open file.',
      zh: '此页面是你电脑上的文件，链接会指向你的磁盘。因此已改为下载场景文件 {name}：请发送该文件，对方用“文件 > 打开文件”即可打开。',
    },
    'share-damaged': {
      en: 'This share link is damaged: it could not be decompressed.',
      zh: '此分享链接已损坏：无法解压。',
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

  return { readRecent: readRecent, addRecent: addRecent, dropOldest: dropOldest, recentSummary: recentSummary, keepReplaced: keepReplaced,
           utf8Bytes: utf8Bytes, RECENT_LIMIT: RECENT_LIMIT, documentTitle: documentTitle, newGuard: newGuard, opened: opened, decide: decide, restoreOrder: restoreOrder, saveFailure: saveFailure, message: message };
});
