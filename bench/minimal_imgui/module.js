// module.js — the Emscripten Module for the minimal page: only its canvas.
var Module = { canvas: document.getElementById('canvas') };
