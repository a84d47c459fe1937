// report_size.mjs — prints the size of what the browser downloads (raw and gzip), after every web build.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const site = process.argv[2];
let rawTotal = 0, gzipTotal = 0;
for (const name of ['app.wasm', 'app.js', 'index.html', 'page.js', 'ime.js', 'page.css']) {  // mpsim.html is reported by its builder
  const path = join(site, name);
  if (!existsSync(path)) continue;
  const bytes = readFileSync(path);
  const gz = gzipSync(bytes, { level: 9 }).length;
  rawTotal += bytes.length;
  gzipTotal += gz;
  console.log(`  ${name.padEnd(11)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KiB raw ${(gz / 1024).toFixed(1).padStart(8)} KiB gzip`);
}
console.log(`  ${'total'.padEnd(11)} ${(rawTotal / 1024).toFixed(1).padStart(8)} KiB raw ${(gzipTotal / 1024).toFixed(1).padStart(8)} KiB gzip`);
// Not part of the default download: fetched only when the interface is switched to Chinese.
const font = join(site, 'fonts', 'zh-hans.ttf');
if (existsSync(font)) {
  const bytes = readFileSync(font);
  console.log(`  ${'fonts/zh-hans.ttf'} ${(bytes.length / 1024).toFixed(1)} KiB raw ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KiB gzip (only for the Chinese interface)`);
}
