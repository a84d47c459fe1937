// ime.js — the input-method bridge. ImGui draws its text fields on the canvas, where no input method (pinyin, dead
// keys, a phone's on-screen keyboard) can reach them. A real <textarea>, invisible until something is being composed,
// holds the focus while a field is edited and sits on that field's caret (the app reports where it is: follow()).
// The input method works on it: the composition shows in it, in place over the field, with the input method's
// candidate window beside it; what is committed goes to the field (app_commit_text) and the textarea is emptied.
//
// Every key and character reaches the app once. Emscripten's GLFW listens on the window and turns keydown into keys
// and keypress into characters. From the textarea, keys still go that way (Backspace, Enter, arrows, Tab, Ctrl+A/C/V
// work as on the canvas), but characters come only from the textarea's text (keypress is stopped before GLFW), and
// while a composition is under way every keydown belongs to the input method and is stopped too.
// Loaded before page.js and app.js: these window listeners must run before GLFW's, which are added at start-up.
(function () {
  'use strict';
  var canvas = document.getElementById('canvas');
  var box = document.createElement('textarea');
  box.id = 'ime';
  box.rows = 1;
  box.tabIndex = -1;  // reached by editing an ImGui field, never by tabbing through the page
  box.setAttribute('wrap', 'off');
  box.setAttribute('autocomplete', 'off');
  box.setAttribute('autocorrect', 'off');
  box.setAttribute('autocapitalize', 'off');
  box.setAttribute('spellcheck', 'false');
  box.setAttribute('enterkeyhint', 'done');
  box.setAttribute('aria-hidden', 'true');
  document.body.appendChild(box);
  var measure = document.createElement('canvas').getContext('2d');

  var spot = null;         // the field being edited, as the app last reported it (canvas pixels); null: none
  var composing = false;   // a composition is under way in the textarea
  var lastKey = 0;         // keyCode of the last keydown that went to the app: its own text edit is already done
  var focusedByGesture = false;  // phones show their keyboard only for a focus inside a touch or click

  function ready() { return window.mpsimPage && window.mpsimPage.ready; }
  function commit(text) {
    if (!text || !spot || !ready()) return;
    window.mpsimPage.withString(text, function (ptr, length) { Module._app_commit_text(ptr, length); });
  }
  // Keys a phone's keyboard sends as edits with no key event the app could read (keyCode 229 or none at all).
  var APP_KEY = { Backspace: 1, Delete: 2, Enter: 3 };
  function appKey(name) {
    if (spot && ready()) Module._app_text_key(APP_KEY[name]);
  }

  function cssColor(abgr) {
    return 'rgba(' + (abgr & 255) + ',' + ((abgr >>> 8) & 255) + ',' + ((abgr >>> 16) & 255) + ',' + ((abgr >>> 24) / 255) + ')';
  }
  // Puts the textarea on the caret's line: the canvas is sized in device pixels, the page is laid out in CSS pixels.
  var caretLeft = 0, caretTop = 0, lineHeight = 16, fieldRight = 0;
  function place() {
    var r = canvas.getBoundingClientRect();
    var sx = r.width / (canvas.width || 1), sy = r.height / (canvas.height || 1);
    caretLeft = r.left + spot.x * sx;
    fieldRight = r.left + spot.right * sx;
    caretTop = r.top + spot.y * sy;
    lineHeight = spot.lineHeight * sy;
    box.style.height = box.style.lineHeight = lineHeight + 'px';
    box.style.fontSize = Math.max(16, lineHeight) + 'px';  // below 16px iOS zooms the page in on focus
    showComposition();
  }
  // While composing, the textarea is as wide as its text (in an empty field, as the field: its hint would read as if
  // it went on from the composition) and drawn over the field in the field's colours, kept inside the window even
  // when the field is partly outside it; otherwise it is a transparent sliver on the caret.
  function showComposition() {
    var s = box.style, shown = composing && spot !== null;
    box.classList.toggle('composing', shown);
    s.color = shown ? cssColor(spot.textColor) : '';
    s.backgroundColor = shown ? cssColor(spot.background) : '';
    var width = 1;
    if (shown) {
      var style = getComputedStyle(box);
      measure.font = style.fontSize + ' ' + style.fontFamily;
      width = Math.ceil(measure.measureText(box.value).width + 4);
      if (spot.empty) width = Math.max(width, Math.floor(Math.min(fieldRight, window.innerWidth) - caretLeft - 2));
    }
    s.width = width + 'px';
    s.left = Math.max(0, Math.min(caretLeft, window.innerWidth - width - 2)) + 'px';
    s.top = Math.max(0, Math.min(caretTop, window.innerHeight - lineHeight)) + 'px';
  }
  // Drops the composition: setting the value ends it without committing (no compositionend in Chromium; where one
  // comes anyway, `composing` is already false and it is ignored).
  function cancelComposition() {
    composing = false;
    box.value = '';
    showComposition();
  }
  function take(byGesture) {
    box.removeAttribute('aria-hidden');
    if (document.activeElement !== box) {
      box.focus({ preventScroll: true });
      focusedByGesture = byGesture;
    } else if (byGesture) {
      focusedByGesture = true;
    }
  }
  function release() {
    cancelComposition();
    box.setAttribute('aria-hidden', 'true');
    if (document.activeElement === box) canvas.focus({ preventScroll: true });  // keys go back to the shortcuts
  }

  // ---- the app's side: called by web/library.js each time the edited field, its caret or its look changes
  function follow(next) {
    var previous = spot;
    spot = next.editing ? next : null;
    if (!spot) {
      if (previous) release();
      return;
    }
    var zh = document.documentElement.lang === 'zh-Hans';
    box.setAttribute('aria-label', spot.name || (zh ? '文本框' : 'Text field'));
    box.setAttribute('inputmode', spot.numeric ? 'numeric' : 'text');
    // Another field: a composition begun in the previous one is not carried over.
    if (!previous || previous.field !== spot.field) {
      cancelComposition();
      take(false);
    }
    place();
  }

  // ---- keys (window, capture phase: before GLFW's listeners)
  window.addEventListener('keydown', function (e) {
    if (e.target !== box) return;
    lastKey = 0;
    // keyCode 229: the input method took the key. isComposing: the key belongs to the composition under way.
    if (composing || e.isComposing || e.keyCode === 229) {
      e.stopImmediatePropagation();
      // An input method cancels on Escape itself (and reports 229); an Escape it let through cancels here, and
      // does not reach the app (where it would undo the field's edit).
      if (e.keyCode === 27 && composing) {
        e.preventDefault();
        cancelComposition();
      }
      return;
    }
    // Ctrl+V pastes in the app; Cmd+V does not (ImGui in the page expects Ctrl), so the paste comes as text.
    lastKey = e.keyCode === 86 && !e.ctrlKey ? 0 : e.keyCode;
  }, true);
  // Characters come from the textarea's text (beforeinput below), never from keypress: typed once.
  window.addEventListener('keypress', function (e) {
    if (e.target === box) e.stopImmediatePropagation();
  }, true);
  // keyup always goes on to GLFW: releasing a key it never saw pressed does nothing, and it must see every release
  // of a key it saw pressed (a key pressed on the canvas may be released here).

  // ---- text
  box.addEventListener('compositionstart', function () {
    composing = true;
    showComposition();
  });
  box.addEventListener('compositionend', function (e) {
    if (!composing) return;  // cancelled here already
    composing = false;
    box.value = '';
    showComposition();
    commit(e.data);
  });
  box.addEventListener('beforeinput', function (e) {
    var type = e.inputType;
    if (composing || e.isComposing || type === 'insertCompositionText' || type === 'deleteCompositionText' ||
        type === 'insertFromComposition') return;  // the input method editing its composition
    e.preventDefault();  // the textarea stays empty: the field holds the text
    var key = lastKey;
    lastKey = 0;
    // A textarea's input events carry their text in `data`; dataTransfer is for rich editing hosts.
    var text = e.data !== null ? e.data : e.dataTransfer && e.dataTransfer.getData('text/plain');
    if (type === 'insertText' || type === 'insertReplacementText') {
      commit(text);
    } else if (type === 'insertFromPaste') {
      // Ctrl+V pastes in the app (page.js hands it the clipboard); a paste from a menu or Cmd+V has no key that does.
      if (key !== 86) commit(text);
    } else if (type === 'insertLineBreak' || type === 'insertParagraph') {
      if (key === 0) appKey('Enter');
    } else if (type === 'deleteContentBackward') {
      if (key === 0) appKey('Backspace');
    } else if (type === 'deleteContentForward') {
      if (key === 0) appKey('Delete');
    }
    // Anything else (undo, formatting, drop) has no meaning for an ImGui field.
  });
  box.addEventListener('input', function () {
    if (composing) showComposition();
    else box.value = '';  // text a browser put in despite beforeinput (not cancelable there) is not kept
  });

  // ---- pointer: a click on the canvas does not take the focus from the textarea (the app decides, next frame,
  // whether the click left the field); while a field is edited, a click on the canvas brings the focus back from
  // wherever it went.
  canvas.addEventListener('mousedown', function (e) {
    if (!spot && document.activeElement !== box) return;
    e.preventDefault();
    if (spot && !composing) take(true);
  });
  // A phone shows its keyboard only for a focus given inside a tap, and the app starts editing a tapped field only
  // after the tap (on the mouse events the browser makes of it, a frame later). So a tap on a text field (the app
  // lists where they are) focuses the textarea at once; if no field is edited a few frames later, it lets go.
  var areas = [];  // the text fields on screen, in canvas pixels
  function onField(x, y) {
    var r = canvas.getBoundingClientRect();
    x = (x - r.left) * canvas.width / (r.width || 1);
    y = (y - r.top) * canvas.height / (r.height || 1);
    return areas.some(function (a) { return x >= a.x0 && x < a.x1 && y >= a.y0 && y < a.y1; });
  }
  function expectEditing(frames) {
    requestAnimationFrame(function () {
      if (spot || document.activeElement !== box) return;
      if (frames > 0) expectEditing(frames - 1);
      else release();
    });
  }
  canvas.addEventListener('touchend', function (e) {
    var touch = e.changedTouches[0];
    if (composing || !touch || !(spot || onField(touch.clientX, touch.clientY))) return;
    // Focused by follow(), outside a gesture: the phone showed no keyboard; focusing again inside this tap shows it.
    if (document.activeElement === box && !focusedByGesture) box.blur();
    take(true);
    if (!spot) expectEditing(10);
  });
  box.addEventListener('blur', function () { focusedByGesture = false; });

  window.mpsimIme = {
    follow: follow,
    setFieldAreas: function (list) { areas = list; },
    // For the tests and diagnostics: what the textarea holds and shows, and where (CSS pixels).
    state: function () {
      var r = box.getBoundingClientRect();
      return {
        focused: document.activeElement === box, composing: composing, value: box.value,
        shown: box.classList.contains('composing'), left: r.left, top: r.top, width: r.width, height: r.height, focusedByGesture: focusedByGesture,
        label: box.getAttribute('aria-label'), inputmode: box.getAttribute('inputmode'),
      };
    },
  };
})();
