// page.js — boots the WebAssembly app and tells the user what is happening: loading, ready, or why it failed.
// Loaded by index.html; never inserts scenario text into the page as HTML (textContent only).
(function () {
  'use strict';
  var status = document.getElementById('status');
  var statusText = document.getElementById('status-text');
  var canvas = document.getElementById('canvas');

  function showFatal(message) {
    status.classList.remove('hidden');
    status.classList.add('fatal');
    statusText.textContent = message;
  }

  window.mpsimPage = {
    ready: false,  // true once the first frame is drawn: the exported functions may be called from then on
    onReady: function () {
      window.mpsimPage.ready = true;
      status.classList.add('hidden');
    },
    onFatalError: showFatal,
  };

  if (typeof WebAssembly !== 'object') {
    showFatal('This browser cannot run WebAssembly, which mpsim needs. Use a current Chrome, Edge, Firefox or Safari.');
    return;
  }

  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    showFatal('The graphics context was lost (the GPU was reset or the tab was in the background too long). Reload the page.');
  });

  window.Module = {
    canvas: canvas,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function (what) {
      showFatal('The simulator stopped unexpectedly: ' + what + '. Reload the page; your file is not lost.');
    },
  };

  var script = document.createElement('script');
  script.src = 'app.js';
  script.onerror = function () {
    showFatal('Could not load app.js. If you opened the file from disk, use the single-file build or serve the folder over http.');
  };
  document.body.appendChild(script);
})();
