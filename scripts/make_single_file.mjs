// make_single_file.mjs — builds mpsim.html: index.html with the style, ime.js, page.js and the app (wasm embedded,
// built with -sSINGLE_FILE=1) inlined, so the page works opened from disk in a training room without network.
// The Content-Security-Policy stays strict: the inline scripts and style are allowed by their SHA-256 hashes only.
// Usage: node make_single_file.mjs <repo> <app-single.js> <out.html>
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [repo, appJs, out] = process.argv.slice(2);
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
// "</script" inside inline JavaScript would end the element early.
const safe = (js) => js.replace(/<\/script/gi, '<\\/script');

const css = readFileSync(join(repo, 'web/page.css'), 'utf8');
const flag = 'window.MPSIM_SINGLE_FILE = true;';
const ime = safe(readFileSync(join(repo, 'web/ime.js'), 'utf8'));
const page = safe(readFileSync(join(repo, 'web/page.js'), 'utf8'));
const app = safe(readFileSync(appJs, 'utf8'));
let html = readFileSync(join(repo, 'index.html'), 'utf8');

const csp = `default-src 'self'; script-src ${hash(flag)} ${hash(ime)} ${hash(page)} ${hash(app)} 'wasm-unsafe-eval'; style-src ${hash(css)}; ` +
  `img-src 'self' data: blob:; connect-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'`;
const replace = (from, to) => {
  if (!html.includes(from)) throw new Error(`make_single_file: index.html no longer contains ${from}`);
  html = html.replace(from, () => to);
};
html = html.replace(/content="default-src[^"]*"/, () => `content="${csp}"`);
replace('<link rel="stylesheet" href="page.css">', `<style>${css}</style>`);
// The single file carries the app inline: nothing to preload (and no app.js or app.wasm beside it).
html = html.replace(/\s*<!--[^>]*-->\s*<link rel="preload"[^>]*>\s*<link rel="preload"[^>]*>/, () => '');
if (html.includes('rel="preload"')) throw new Error('make_single_file: a preload link of index.html was left in');
replace('<script src="ime.js"></script>', `<script>${ime}</script>`);
replace('<script src="page.js"></script>', `<script>${flag}</script>\n  <script>${page}</script>\n  <script>${app}</script>`);
writeFileSync(out, html);
console.log(`  mpsim.html ${(Buffer.byteLength(html) / 1024).toFixed(1).padStart(8)} KiB (single file, opens from disk)`);
