// library.js — JavaScript the C++ side calls (linked with --js-library). Page-level behaviour lives in page.js;
// these functions only hand values across and call the hooks page.js installs on window.mpsimPage.
mergeInto(LibraryManager.library, {
  // Returns a malloc'd UTF-8 copy of ?name=..., or 0. The caller frees it.
  web_query_parameter__deps: ['malloc'],
  web_query_parameter: function (namePtr) {
    var value = new URLSearchParams(window.location.search).get(UTF8ToString(namePtr));
    if (value === null) return 0;
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    if (ptr) stringToUTF8(value, ptr, size);
    return ptr;
  },
  // Sizes the canvas's backing store and tells GLFW. Not glfwSetWindowSize: in this Emscripten it treats a size equal
  // to screen.width x screen.height as a fullscreen request and leaves the window size stale (F11 presentations).
  web_set_canvas_size__deps: ['$GLFW'],
  web_set_canvas_size: function (width, height) {
    var canvas = Module['canvas'];
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    if (GLFW.active && (GLFW.active.width !== width || GLFW.active.height !== height)) {
      GLFW.active.width = width;
      GLFW.active.height = height;
      GLFW.onWindowSizeChanged();
      GLFW.onFramebufferSizeChanged();
    }
  },
  web_request_open_file: function () {
    if (window.mpsimPage && window.mpsimPage.openFilePicker) window.mpsimPage.openFilePicker();
  },
  web_download_text: function (namePtr, mimePtr, textPtr, length) {
    // Copy the bytes out before any call that could grow memory (views of HEAPU8 detach when it grows).
    var bytes = HEAPU8.slice(textPtr, textPtr + length);
    if (window.mpsimPage && window.mpsimPage.download) window.mpsimPage.download(UTF8ToString(namePtr), UTF8ToString(mimePtr), bytes);
  },
  web_share_scenario: function (textPtr, length, viewPtr) {
    var text = UTF8ToString(textPtr, length);
    if (window.mpsimPage && window.mpsimPage.share) window.mpsimPage.share(text, UTF8ToString(viewPtr));
  },
  web_autosave: function (textPtr, length) {
    var text = UTF8ToString(textPtr, length);
    if (window.mpsimPage && window.mpsimPage.autosave) window.mpsimPage.autosave(text);
  },
  web_keep_recent: function (textPtr, length, changed) {
    var text = UTF8ToString(textPtr, length);
    if (window.mpsimPage && window.mpsimPage.keepRecent) window.mpsimPage.keepRecent(text, !!changed);
  },
  web_open_recent: function (index) {
    if (window.mpsimPage && window.mpsimPage.openRecent) window.mpsimPage.openRecent(index);
  },
  web_copy_text: function (textPtr) {
    if (window.mpsimPage && window.mpsimPage.copy) window.mpsimPage.copy(UTF8ToString(textPtr));
  },
  // Settings in localStorage under "mpsim.<key>" (presenter mode keeps nothing: page.js decides, see mpsimPage.settings).
  web_load_setting__deps: ['malloc'],
  web_load_setting: function (keyPtr) {
    var value = window.mpsimPage && window.mpsimPage.loadSetting ? window.mpsimPage.loadSetting(UTF8ToString(keyPtr)) : null;
    if (value === null || value === undefined) return 0;
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    if (ptr) stringToUTF8(value, ptr, size);
    return ptr;
  },
  web_save_setting: function (keyPtr, valuePtr) {
    if (window.mpsimPage && window.mpsimPage.saveSetting) window.mpsimPage.saveSetting(UTF8ToString(keyPtr), UTF8ToString(valuePtr));
  },
  web_set_page_language: function (tagPtr) {
    if (window.mpsimPage && window.mpsimPage.setLanguage) window.mpsimPage.setLanguage(UTF8ToString(tagPtr));
  },
  // Minutes east of UTC at that instant in the browser's zone (getTimezoneOffset counts west); 0 for a date JS cannot hold.
  web_utc_offset_minutes: function (seconds) {
    var offset = -new Date(seconds * 1000).getTimezoneOffset();
    return isFinite(offset) ? Math.round(offset) : 0;
  },
  // A malloc'd UTF-8 copy of the browser's zone name (IANA, e.g. "Asia/Shanghai"), or 0. The caller frees it.
  web_time_zone_name__deps: ['$stringToNewUTF8'],
  web_time_zone_name: function () {
    var name = '';
    try { name = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { /* no Intl: the offset alone says enough */ }
    return name ? stringToNewUTF8(name) : 0;
  },
  web_request_font_file: function (namePtr) {
    if (window.mpsimPage && window.mpsimPage.loadFontFile) window.mpsimPage.loadFontFile(UTF8ToString(namePtr));
  },
  // The text field being edited and its caret (web/ime_bridge.cpp): the page's input-method element follows it.
  web_follow_text_field: function (editing, field, x, y, lineHeight, right, empty, namePtr, numeric, textColor, background) {
    if (!window.mpsimIme) return;
    window.mpsimIme.follow({ editing: !!editing, field: field >>> 0, x: x, y: y, lineHeight: lineHeight, right: right, empty: !!empty,
                             name: UTF8ToString(namePtr), numeric: !!numeric, textColor: textColor >>> 0, background: background >>> 0 });
  },
  // Where the text fields are (x0, y0, x1, y1 each, canvas pixels): a tap there focuses the input-method element.
  web_set_text_field_areas: function (ptr, count) {
    if (!window.mpsimIme) return;
    var areas = [];
    for (var i = 0, at = ptr >> 2; i < count; ++i, at += 4)
      areas.push({ x0: HEAPF32[at], y0: HEAPF32[at + 1], x1: HEAPF32[at + 2], y1: HEAPF32[at + 3] });
    window.mpsimIme.setFieldAreas(areas);
  },
  web_notify_ready: function () {
    if (window.mpsimPage && window.mpsimPage.onReady) window.mpsimPage.onReady();
  },
  web_notify_fatal_error: function (messagePtr) {
    var message = UTF8ToString(messagePtr);
    if (window.mpsimPage && window.mpsimPage.onFatalError) window.mpsimPage.onFatalError(message);
  },
});
