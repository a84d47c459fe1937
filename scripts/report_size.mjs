// report_size.mjs — prints the size of what the browser downloads (raw and gzip), after every web build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
// Not part of the default download: fetched only when a page needs a character the UI font lacks (shell/fonts.hpp).
const fonts = join(site, 'fonts');
if (existsSync(fonts)) {
  let fontsRaw = 0, fontsGzip = 0, count = 0;
  for (const name of readdirSync(fonts)) {
    const bytes = readFileSync(join(fonts, name));
    const gz = gzipSync(bytes, { level: 9 }).length;
    if (name === 'index.bin' || name === 'cjk-gb2312.ttf') {
      console.log(`  fonts/${name.padEnd(14)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KiB raw ${(gz / 1024).toFixed(1).padStart(8)} KiB gzip (for any page that needs a CJK character)`);
    }
    fontsRaw += bytes.length;
    fontsGzip += gz;
    ++count;
  }
  console.log(`  fonts/ (${count} files)   ${(fontsRaw / 1024).toFixed(1).padStart(8)} KiB raw ${(fontsGzip / 1024).toFixed(1).padStart(8)} KiB gzip (each fetched only when needed)`);
}
