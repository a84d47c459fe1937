// page.js — boots the WebAssembly app and connects it to the browser: the file picker and drag-and-drop, paste,
// downloads, share links, autosave and restore, presenter mode. Tells the user what is happening at every stage.
// Never inserts scenario text into the page as HTML (textContent only).
(function () {
  'use strict';
  var status = document.getElementById('status');
  var statusText = document.getElementById('status-text');
  var canvas = document.getElementById('canvas');
  var params = new URLSearchParams(window.location.search);
  var presenter = params.get('presenter') === '1' || params.get('fresh') === '1';
  // The page's limit, below the loader's 256 MiB: the text, the scenario built from it (up to 3x) and its replay must
  // fit the 2 GB WebAssembly heap with room to spare. Bigger files are refused at once, before anything is read;
  // `mpsim validate` handles up to 256 MiB.
  var MAX_FILE_BYTES = 128 * 1024 * 1024;
  var LARGE_FILE_BYTES = 1024 * 1024;  // from this size the app opens a file a slice per frame, with a progress bar
  var SAVE_KEYS = ['mpsim.autosave.a', 'mpsim.autosave.b'];
  var SAVE_CURRENT = 'mpsim.autosave.current';
  var RECENT_KEY = 'mpsim.recent';  // earlier documents kept instead of being written over: newest first, at most 20
  var saves = window.mpsimSaves;  // web/saves.js: the decisions (what to save, which slot to restore)
  // Share links: format 2 (#s2=) carries the view on screen, one line of JSON (shell/share_link.hpp), a newline, then
  // the scenario's text; format 1 (#s1=), the scenario alone, still opens as before. Both deflate-raw, base64url.
  var SHARE_PREFIX = '#s2=';
  var SHARE_PREFIXES = ['#s2=', '#s1='];
  function sharePrefix() {
    var hash = window.location.hash;
    return SHARE_PREFIXES.filter(function (p) { return hash.indexOf(p) === 0; })[0] || null;
  }
  // A page opened by ?example=, a share link or presenter mode shows a document that is not the user's work.
  var guard = saves.newGuard(presenter || !!params.get('example') || !!sharePrefix());
  var lastSaved = null;  // the text this tab last saved (or restored): the user's work as this browser holds it
  // The page's words follow the app's language; at start-up the app switches only once its Chinese font is loaded, so
  // the language asked for (?lang=, else the one chosen last time, as main_web.cpp reads them) counts already.
  function language() {
    if (document.documentElement.lang === 'zh-Hans') return 'zh-Hans';
    var asked = params.get('lang');
    if (!asked) { try { asked = localStorage.getItem('mpsim.language'); } catch (e) { asked = null; } }
    return asked === 'zh-Hans' || asked === 'zh' ? 'zh-Hans' : 'en';
  }
  function say(id, values) { notice(saves.message(id, language(), values)); }
  function scenarioJson() { return Module.UTF8ToString(Module._app_scenario_json()); }
  var MAX_LINK_CHARS = 1500000;  // browsers accept URLs of about 2 MB; stay well below

  function showFatal(message) {
    status.classList.remove('hidden');
    status.classList.add('fatal');
    statusText.textContent = message;
  }
  function showBusy(message) {
    status.classList.remove('hidden', 'fatal');
    statusText.textContent = message;
  }
  function hideStatus() { status.classList.add('hidden'); }

  // ---- calling into the app (only once the first frame is drawn: the exports exist before they work)
  function withString(text, fn) {
    var size = lengthBytesUTF8(text) + 1;
    var ptr = Module._malloc(size);
    if (!ptr) return 0;
    try {
      Module.stringToUTF8(text, ptr, size);
      return fn(ptr, size - 1);
    } finally {
      Module._free(ptr);
    }
  }
  function lengthBytesUTF8(text) { return Module.lengthBytesUTF8(text); }
  function openText(text, source) {
    return withString(source, function (namePtr) {
      return withString(text, function (ptr, length) { return Module._app_load_json(ptr, length, namePtr); });
    });
  }

  // ---- files: the HTML button (browsers allow the picker from a real click), Ctrl+O, drag-and-drop
  var fileInput = document.getElementById('file-input');
  // Large files go to the app as bytes (their own UTF-8, so invalid bytes are reported, not replaced) and are opened a
  // slice per frame: the app draws the progress and stays usable. Small ones open at once.
  function openBytes(bytes, source) {
    var ptr = Module._malloc(bytes.length || 1);
    if (!ptr) return 0;
    try {
      Module.HEAPU8.set(bytes, ptr);
      return withString(source, function (namePtr) { return Module._app_begin_load(ptr, bytes.length, namePtr); });
    } finally {
      Module._free(ptr);
    }
  }
  function readFile(file) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      window.mpsimPage.notice(file.name + ' is ' + Math.round(file.size / 1048576) + ' MiB; the page opens files up to 128 MiB. Split the scenario, or check it with mpsim validate (up to 256 MiB).');
      return;
    }
    var large = file.size >= LARGE_FILE_BYTES;
    showBusy('Reading ' + file.name + ' (' + (file.size / 1048576).toFixed(1) + ' MiB)…');
    (large ? file.arrayBuffer() : file.text()).then(function (content) {
      hideStatus();
      if (!large) openText(content, file.name);
      else if (!openBytes(new Uint8Array(content), file.name)) window.mpsimPage.notice('Not enough memory to open ' + file.name + '.');
    }, function (err) {
      hideStatus();
      window.mpsimPage.notice('Could not read ' + file.name + ': ' + err);
    });
  }
  fileInput.addEventListener('change', function () {
    readFile(fileInput.files[0]);
    fileInput.value = '';  // choosing the same file again must fire change again
  });
  window.addEventListener('dragover', function (e) { e.preventDefault(); }, true);
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    if (window.mpsimPage.ready && e.dataTransfer && e.dataTransfer.files.length) readFile(e.dataTransfer.files[0]);
  }, true);
  window.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && (e.key === 'o' || e.key === 'O')) {
      e.preventDefault();
      fileInput.click();  // inside the key event, so the browser allows the picker
    }
    if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'S')) e.preventDefault();  // the app downloads instead
  }, true);
  window.addEventListener('paste', function (e) {
    if (!window.mpsimPage.ready) return;
    var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (text) withString(text, function (ptr, length) { return Module._app_paste(ptr, length); });
  });

  // ---- downloads, clipboard, share links
  function download(name, mime, bytes) {
    var url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }
  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) return navigator.clipboard.writeText(text);
    return Promise.reject(new Error('no clipboard'));
  }
  function toBase64Url(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function fromBase64Url(text) {
    var s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(s.length);
    for (var i = 0; i < s.length; ++i) bytes[i] = s.charCodeAt(i);
    return bytes;
  }
  function pipe(bytes, stream) {
    return new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer().then(function (b) { return new Uint8Array(b); });
  }
  // The single-file build runs from the user's disk: a link to it would open nothing elsewhere, so the scenario is
  // downloaded instead (and the page says so).
  function openedFromDisk() { return !!window.MPSIM_SINGLE_FILE || window.location.protocol === 'file:'; }
  function share(text, view) {
    if (openedFromDisk()) {
      var name = 'mpsim-shared-scenario.json';
      download(name, 'application/json', new TextEncoder().encode(text));
      say('share-file', { name: name });
      return;
    }
    pipe(new TextEncoder().encode((view || '{"step":0}') + '\n' + text), new CompressionStream('deflate-raw')).then(function (packed) {
      var link = window.location.origin + window.location.pathname + SHARE_PREFIX + toBase64Url(packed);
      if (link.length > MAX_LINK_CHARS) {
        notice('This scenario is too large for a link (' + Math.round(link.length / 1024) + ' KiB); share the file instead: File > Download scenario.');
        return;
      }
      showLink(link);
      copy(link).catch(function () {});
    });
  }
  function showLink(link) {
    var box = document.getElementById('share-box');
    var field = document.getElementById('share-link');
    field.value = link;
    box.classList.remove('hidden');
    field.focus();
    field.select();
  }
  document.getElementById('share-close').addEventListener('click', function () {
    document.getElementById('share-box').classList.add('hidden');
    canvas.focus();
  });
  function loadSharedLink() {
    var prefix = sharePrefix();
    if (!prefix) return false;
    var data = window.location.hash.slice(prefix.length);
    try {
      pipe(fromBase64Url(data), new DecompressionStream('deflate-raw')).then(function (bytes) {
        var text = new TextDecoder().decode(bytes), view = null;
        if (prefix === '#s2=') {
          var end = text.indexOf('\n');
          view = end < 0 ? '' : text.slice(0, end);  // no line: the app says the view could not be read
          text = end < 0 ? text : text.slice(end + 1);
        }
        if (openText(text, saves.message('link-source', language())) !== 1) return;
        if (view !== null) withString(view, function (ptr) { Module._app_show_shared_view(ptr); });
        saves.opened(guard, scenarioJson());
      }, function () { say('share-damaged'); });
    } catch (e) {
      say('share-damaged');
    }
    return true;
  }

  // ---- autosave: debounced; each save is written to the other slot (with its time), then the pointer switches, so a
  // crash or a full storage never corrupts the last good save. Only changes are saved (saves.decide): opening a
  // document is not a change, and the first change to a document that is not the user's work (an example, a share
  // link) keeps the saved work in Recent work before saving. A refused save is tried again every few seconds.
  var pendingSave = null, saveTimer = 0;
  var RETRY_MS = 3000;
  function storedChars(except) {
    var total = 0;
    for (var i = 0; i < localStorage.length; ++i) {
      var key = localStorage.key(i);
      if (key !== except) total += key.length + (localStorage.getItem(key) || '').length;
    }
    return total;
  }
  // Work about to be written over goes to the front of Recent work; when storage is full the oldest entries go first,
  // never this one nor `opening` (the text of an entry being reopened). The File menu follows.
  var openingRecent = null;
  function readRecent() {
    try { return saves.readRecent(localStorage.getItem(RECENT_KEY)); } catch (e) { return []; }
  }
  function keepInRecent(text) {
    var list = saves.addRecent(readRecent(), text, Date.now());
    var kept = false;
    for (; list; list = saves.dropOldest(list, openingRecent)) {
      try {
        localStorage.setItem(RECENT_KEY, JSON.stringify(list));
        kept = true;
        break;
      } catch (e) { /* full: drop the oldest that may go and try again */ }
    }
    publishRecent();
    return kept;
  }
  function publishRecent() {
    if (!window.mpsimPage.ready) return;
    withString(JSON.stringify(saves.recentSummary(readRecent())), function (ptr) { Module._app_set_recent(ptr); });
  }
  // File > Recent work: the entry's text is opened like a file (its problems, if any, in the Problems panel; the open
  // scenario stays). The work it replaces is kept in Recent work first, by the app (keepRecent).
  function openRecent(index) {
    var entry = readRecent()[index];
    if (!entry) {
      say('recent-gone');
      publishRecent();
      return;
    }
    var title = saves.documentTitle(entry.text, language());
    openingRecent = entry.text;
    try {
      openText(entry.text, saves.message('recent-source', language()) + (title ? ': ' + title : ''));
    } finally {
      openingRecent = null;
    }
  }
  function writeSave(slot, text) {
    localStorage.setItem(slot, text);
    localStorage.setItem(slot + '.time', String(Date.now()));
    localStorage.setItem(SAVE_CURRENT, slot);
    lastSaved = text;
    document.getElementById('storage-warning').classList.add('hidden');
  }
  // Storage is full: Recent work gives up its oldest entries, one at a time, until `write` (the work on screen) fits;
  // the newest entry always stays (saves.dropOldest). How many went; 0 when the work does not fit even so, and then
  // the list is put back as it was, so nothing is lost for a save that failed anyway.
  function saveByDroppingOldest(write) {
    var original = localStorage.getItem(RECENT_KEY);
    var list = readRecent(), dropped = 0;
    for (list = saves.dropOldest(list, null); list; list = saves.dropOldest(list, null)) {
      ++dropped;
      try {
        localStorage.setItem(RECENT_KEY, JSON.stringify(list));
        write();
        publishRecent();
        return dropped;
      } catch (e) { /* still full: one more goes */ }
    }
    if (dropped > 0) {
      try { localStorage.setItem(RECENT_KEY, original); } catch (e) { /* it fitted before, with less free space */ }
    }
    return 0;
  }
  function flushSave() {
    if (pendingSave === null) return;
    var text = pendingSave;
    pendingSave = null;
    clearTimeout(saveTimer);
    var decision = saves.decide(guard, text);
    if (decision === 'skip') return;
    var next = SAVE_KEYS[0];
    try {
      var current = localStorage.getItem(SAVE_CURRENT);
      if (decision === 'new') {
        var previous = SAVE_KEYS.indexOf(current) >= 0 ? localStorage.getItem(current) : null;
        if (previous) {
          keepInRecent(previous);
          say('previous-kept');
        }
      }
      next = current === SAVE_KEYS[0] ? SAVE_KEYS[1] : SAVE_KEYS[0];
      writeSave(next, text);
    } catch (e) {
      // Dropping Recent work cannot help a document larger than everything else stored: not tried then.
      var failure = saves.saveFailure(text.length, storedChars(next));
      var dropped = failure === 'full' ? saveByDroppingOldest(function () { writeSave(next, text); }) : 0;
      if (dropped > 0) {
        say('made-room', { count: dropped });
        return;
      }
      var warning = document.getElementById('storage-warning');
      document.getElementById('storage-warning-text').textContent = failure === 'too-large'
        ? saves.message('too-large', language(), { size: (text.length / 1e6).toFixed(1) })
        : saves.message('storage-full', language());
      document.getElementById('storage-download').textContent = saves.message('download', language());
      warning.classList.remove('hidden');
      document.getElementById('storage-download').onclick = function () {
        download('mpsim-unsaved-work.json', 'application/json', new TextEncoder().encode(text));
      };
      // Not lost: tried again (space may be freed, here or in another tab) unless a newer change replaced it.
      guard.baseline = null;
      if (pendingSave === null) {
        pendingSave = text;
        saveTimer = setTimeout(flushSave, RETRY_MS);
      }
    }
  }
  function autosave(text) {
    pendingSave = text;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(flushSave, 400);
  }
  document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') flushSave(); });
  window.addEventListener('pagehide', flushSave);
  // Another tab of this site changed the storage. Its save (a slot written) is noticed: this tab's next save keeps the
  // other tab's document in Recent work before writing (saves.decide answers 'new'), so whichever tab saves last,
  // both documents stay. A changed Recent work list reaches the File menu. A refused save is retried (space may be free).
  window.addEventListener('storage', function (e) {
    if (SAVE_KEYS.indexOf(e.key) >= 0 && e.newValue !== null && !presenter) {
      guard.foreign = true;
      lastSaved = null;
      say('other-tab-saved');
    }
    if (e.key === RECENT_KEY || e.key === null) publishRecent();
    if (pendingSave !== null) flushSave();
  });
  // The saved work: the slot the pointer names, else the other; a damaged slot or pointer is passed over (and kept),
  // and the page says which save it restored.
  function restoreSaved() {
    try {
      var pointer = localStorage.getItem(SAVE_CURRENT);
      var times = {};
      SAVE_KEYS.forEach(function (key) { times[key] = localStorage.getItem(key + '.time'); });
      var order = saves.restoreOrder(pointer, SAVE_KEYS, times);
      var found = false;
      for (var i = 0; i < order.length; ++i) {
        var text = localStorage.getItem(order[i]);
        if (!text) continue;
        found = true;
        if (openText(text, saves.message('last-session', language())) !== 1) continue;
        saves.opened(guard, scenarioJson(), false);
        lastSaved = scenarioJson();
        if (order[i] !== pointer) {
          // The next save goes to the other (damaged) slot, never over this one.
          localStorage.setItem(SAVE_CURRENT, order[i]);
          say(SAVE_KEYS.indexOf(pointer) >= 0 ? 'restored-other-slot' : 'restored-no-pointer');
        }
        return true;
      }
      if (found) {
        // Kept: the first change to what is shown next moves the unreadable save to Recent work, not over it.
        guard.foreign = true;
        say('saved-unreadable');
      }
      return false;
    } catch (e) {
      return false;
    }
  }

  // ---- font files for the app (mpsimPage.loadFontFile)
  var waitingForReady = [];
  function whenReady(fn) {
    if (window.mpsimPage.ready) fn();
    else waitingForReady.push(fn);
  }
  function deliverFontFile(name, bytes, error) {
    whenReady(function () {
      var ptr = bytes.length ? Module._malloc(bytes.length) : 0;
      if (bytes.length && !ptr) error = 'not enough memory';
      if (ptr) Module.HEAPU8.set(bytes, ptr);
      withString(name, function (namePtr) {
        withString(error, function (errorPtr) { Module._app_font_file(namePtr, ptr, ptr ? bytes.length : 0, errorPtr); });
      });
      if (ptr) Module._free(ptr);
    });
  }
  // The single-file build carries each font file gzip-compressed and base64-encoded in a data block (a script element
  // of a type browsers do not run; scripts/make_single_file.mjs), decoded only when the app asks for it.
  function embeddedFontFile(name) {
    var parsed = new Promise(function (done) {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done);
      else done();
    });
    return parsed.then(function () {
      var block = document.getElementById('mpsim-font:' + name);
      if (!block) throw new Error('not in this file');
      return pipe(fromBase64Url(block.textContent.trim()), new DecompressionStream('gzip'));
    });
  }

  function notice(message) {
    var n = document.getElementById('notice');
    n.textContent = message;
    n.classList.remove('hidden');
    setTimeout(function () { n.classList.add('hidden'); }, 6000);
  }

  window.mpsimPage = {
    ready: false,  // true once the first frame is drawn: the exported functions may be called from then on
    firstFrameMs: null,  // milliseconds from navigation to the first frame drawn (bench/browser.mjs reads it)
    onReady: function () {
      window.mpsimPage.firstFrameMs = performance.now();
      window.mpsimPage.ready = true;
      waitingForReady.splice(0).forEach(function (fn) { fn(); });
      hideStatus();
      if (presenter) Module._app_set_presenter(1);
      if (!presenter) publishRecent();
      // What is shown now (the default scenario, or the example the address names) is not a change to save.
      saves.opened(guard, scenarioJson());
      // What to show first: a shared link, an example named in the URL, the last session, or the gallery.
      if (loadSharedLink()) return;
      if (params.get('example') || params.get('generate')) return;
      if (!presenter && restoreSaved()) return;
      Module._app_show_gallery();
    },
    onFatalError: showFatal,
    openFilePicker: function () { fileInput.click(); },
    download: download,
    share: share,
    autosave: autosave,
    // The app is about to replace changed work (another scenario is being opened): it is kept in Recent work first.
    keepRecent: function (text, changed) {
      if (presenter || !saves.keepReplaced(changed, text, lastSaved)) return;
      if (keepInRecent(text)) say('kept-in-recent');
      else {
        // Not even this one document fits: it goes to the downloads rather than nowhere.
        download('mpsim-changed-work.json', 'application/json', new TextEncoder().encode(text));
        say('kept-as-download');
      }
    },
    openRecent: openRecent,
    copy: function (text) { copy(text).catch(function () {}); },
    notice: notice,
    withString: withString,  // withString(text, fn): fn(ptr, length) with text as UTF-8 in the app's memory (ime.js)
    // The page's own few words follow the app's language (textContent only).
    setLanguage: function (tag) {
      document.documentElement.lang = tag;
      var open = document.getElementById('open-file');
      if (open) open.textContent = tag === 'zh-Hans' ? '打开文件…' : 'Open file…';
    },
    // A file of fonts/ (its index, or a font), asked for by the app when it needs a character its fonts lack
    // (shell/fonts.hpp): fetched beside the page, or, in the single-file build, decoded from the copy it carries. The
    // bytes, or why there are none, go back to the app, which checks them and says in its status bar what failed.
    loadFontFile: function (name) {
      var got = window.MPSIM_SINGLE_FILE ? embeddedFontFile(name) : fetch('fonts/' + encodeURIComponent(name)).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.arrayBuffer();
      });
      got.then(function (b) { deliverFontFile(name, new Uint8Array(b), ''); },
        function (e) { deliverFontFile(name, new Uint8Array(0), (e && e.message) || String(e)); });
    },
    // Small settings (lesson scores, language). Presenter mode reads and keeps none: a training room's screen shows
    // no one's history.
    loadSetting: function (key) {
      if (presenter) return null;
      try { return localStorage.getItem('mpsim.' + key); } catch (e) { return null; }
    },
    saveSetting: function (key, value) {
      if (presenter) return;
      try { localStorage.setItem('mpsim.' + key, value); } catch (e) { /* full storage: a score is not worth a warning */ }
    },
  };

  if (typeof WebAssembly !== 'object') {
    showFatal('This browser cannot run WebAssembly, which mpsim needs. Use a current Chrome, Edge, Firefox or Safari.');
    return;
  }

  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    flushSave();
    showFatal('The graphics context was lost (the GPU was reset or the tab was in the background too long). Reload the page; your work was saved.');
  });

  window.Module = {
    canvas: canvas,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function (what) {
      flushSave();
      showFatal('The simulator stopped unexpectedly: ' + what + '. Reload the page; your work was saved.');
    },
  };

  if (window.MPSIM_SINGLE_FILE) return;  // the single-file build carries the app inline after this script
  var script = document.createElement('script');
  script.src = 'app.js';
  script.onerror = function () {
    showFatal('Could not load app.js. If you opened the file from disk, use the single-file build (mpsim.html) or serve the folder over http.');
  };
  document.body.appendChild(script);
})();
