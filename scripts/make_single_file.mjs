// make_single_file.mjs — builds mpsim.html: index.html with the style, ime.js, page.js and the app (wasm embedded,
// built with -sSINGLE_FILE=1) inlined, so the page works opened from disk in a training room without network; and
// every file of fonts/ (the index and the fonts the served page would fetch, gzip-compressed and base64-encoded) in
// data blocks at the end of the body, which page.js decodes only when the app asks for one: Chinese and every other character work
// offline too (docs/app.md, "Fonts").
// The Content-Security-Policy stays strict: the inline scripts and style are allowed by their SHA-256 hashes only (data
// blocks are not scripts a browser runs).
// Usage: node make_single_file.mjs <repo> <app-single.js> <fonts folder> <out.html>
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [repo, appJs, fontsDir, out] = process.argv.slice(2);
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
// "</script" inside inline JavaScript would end the element early.
const safe = (js) => js.replace(/<\/script/gi, '<\\/script');

const css = readFileSync(join(repo, 'web/page.css'), 'utf8');
const flag = 'window.MPSIM_SINGLE_FILE = true;';
const ime = safe(readFileSync(join(repo, 'web/ime.js'), 'utf8'));
const saves = safe(readFileSync(join(repo, 'web/saves.js'), 'utf8'));
const page = safe(readFileSync(join(repo, 'web/page.js'), 'utf8'));
const app = safe(readFileSync(appJs, 'utf8'));
let html = readFileSync(join(repo, 'index.html'), 'utf8');

const csp = `default-src 'self'; script-src ${hash(flag)} ${hash(ime)} ${hash(saves)} ${hash(page)} ${hash(app)} 'wasm-unsafe-eval'; style-src ${hash(css)}; ` +
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
replace('<script src="saves.js"></script>', `<script>${saves}</script>`);
replace('<script src="page.js"></script>', `<script>${flag}</script>\n  <script>${page}</script>\n  <script>${app}</script>`);
const fontFiles = readdirSync(fontsDir).filter((name) => /^[a-z0-9._-]+\.(ttf|otf|bin)$/.test(name)).sort();
if (!fontFiles.includes('index.bin')) throw new Error(`make_single_file: no index.bin in ${fontsDir}`);
const blocks = fontFiles.map((name) => `<script type="application/octet-stream" id="mpsim-font:${name}">` +
  `${gzipSync(readFileSync(join(fontsDir, name)), { level: 9 }).toString('base64')}</script>`);
replace('</body>', `  ${blocks.join('\n  ')}\n</body>`);
writeFileSync(out, html);
const appBytes = Buffer.byteLength(html) - blocks.reduce((n, b) => n + Buffer.byteLength(b), 0);
console.log(`  mpsim.html ${(Buffer.byteLength(html) / 1024).toFixed(1).padStart(8)} KiB (single file, opens from disk; ` +
  `${(appBytes / 1024).toFixed(0)} KiB without its ${fontFiles.length - 1} font files)`);
