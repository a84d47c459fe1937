// screenshots.mjs — what users see: the built site at the three sizes the project checks (1600x900, 1280x720 on a
// projector, 390x844 on a phone), in English and in Simplified Chinese, after stepping a scenario.
// Usage: node scripts/screenshots.mjs [--example second-partner-joins] [--steps 2] [--view Rules] [--out build/web/screenshots/look]
// --view: a Views tab by its English name (as share links name it), e.g. Rules or "Compare eras".
// Writes <out>/<example>[-<view>]-<width>x<height>-<lang>.png and prints each file with the app's missing_glyphs count.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { appState, openBrowser, openPage, screenshotDir, waitForFrames } from '../tests/e2e/browser.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const example = arg('example', 'second-partner-joins');
const steps = Number(arg('steps', '2'));
const view = arg('view', '');
const out = arg('out', join(screenshotDir, 'look'));
mkdirSync(out, { recursive: true });

const session = await openBrowser();
try {
  for (const [width, height, scale] of [[1600, 900, 1], [1280, 720, 1], [390, 844, 3]]) {
    for (const lang of ['en', 'zh-Hans']) {
      const { page } = await openPage(session, { path: `?example=${example}&lang=${lang}`, width, height, deviceScaleFactor: scale,
                                                  timezoneId: 'Asia/Shanghai' });
      await waitForFrames(page, 3);
      await page.mouse.click(Math.round(width / 2), height - 6);  // the status bar: focus without pressing anything
      for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
      // The view opens as a share link opens it (the app's own entry point for a link's view).
      if (view) {
        await page.evaluate((json) => {
          const size = lengthBytesUTF8(json) + 1, ptr = Module._malloc(size);
          Module.stringToUTF8(json, ptr, size);
          Module._app_show_shared_view(ptr);
          Module._free(ptr);
        }, JSON.stringify({ step: steps, view }));
      }
      // Fonts arrive over a few frames; wait until nothing is missing or busy (or give up after 20 s and say so).
      let state;
      for (let tries = 0; tries < 100; tries++) {
        state = await appState(page);
        if (state.scenario && state.scenario.position === steps && state.missing_glyphs === 0 && !state.font_loading) break;
        await page.waitForTimeout(200);
      }
      const file = join(out, `${example}${view ? '-' + view.replace(/ /g, '-') : ''}-${width}x${height}-${lang}.png`);
      await page.screenshot({ path: file });
      console.log(`${file}  missing_glyphs=${state.missing_glyphs}  position=${state.scenario?.position}`);
      await page.close();
    }
  }
} finally {
  await session.close();
}
