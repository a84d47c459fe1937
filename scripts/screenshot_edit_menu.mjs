// screenshot_edit_menu.mjs — Edit > Undo as users see it, naming the change: at 1600x900, 1280x720 and 390x844, in English
// and Simplified Chinese. The change is made as people make it (Apply here in the composer, at the e2e tests' window
// size), then the window takes each size and the Edit menu is opened with a click.
// Usage: node scripts/screenshot_edit_menu.mjs [--out build/web/screenshots/look]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { appState, openBrowser, openPage, screenshotDir, typeInto, until, waitForFrames } from '../tests/e2e/browser.mjs';

const i = process.argv.indexOf('--out');
const out = i > 0 ? process.argv[i + 1] : join(screenshotDir, 'look');
mkdirSync(out, { recursive: true });
// The composer at 1400x850 (tests/e2e/undo.test.mjs).
const COMPOSER = { who: [640, 512], action: [640, 542], param1: [640, 594], param2: [640, 624] };
// Apply here follows the Ask button, which is narrower in Chinese.
const APPLY_X_EN = 579, APPLY_X_ZH = 541, APPLY_Y = 657;

const session = await openBrowser();
try {
  for (const lang of ['en', 'zh-Hans']) {
    for (const [width, height, scale] of [[1600, 900, 1], [1280, 720, 1], [390, 844, 3]]) {
      const { page } = await openPage(session, { path: `?example=second-partner-joins&lang=${lang}`, deviceScaleFactor: scale });
      await waitForFrames(page, 3);
      await page.mouse.click(700, 838);  // the status bar: focus without pressing anything
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await until(page, (s) => s.scenario.position === 2 && !s.font_loading, 'step 2');
      await typeInto(page, COMPOSER.who, 'contoso/li.wei');
      await typeInto(page, COMPOSER.action, 'change_quantity');
      await typeInto(page, COMPOSER.param1, 'fab-e3');
      await typeInto(page, COMPOSER.param2, '25');
      await page.waitForTimeout(300);  // the last field's text is taken in the next frame
      await page.mouse.click(lang === 'en' ? APPLY_X_EN : APPLY_X_ZH, APPLY_Y);
      await until(page, (s) => s.undo === (lang === 'en' ? 'apply change_quantity at step 3' : '应用 change_quantity（第 3 步）'), 'the change');
      await page.setViewportSize({ width, height });
      await waitForFrames(page, 3);
      // The Edit menu is the second of the menu bar: find it by its label's place (File's width differs by language).
      const editX = lang === 'en' ? 62 : 58;
      await page.mouse.move(editX, 10);
      await page.mouse.down();
      await page.waitForTimeout(300);
      await page.mouse.up();
      await page.waitForTimeout(800);
      const state = await appState(page);
      const file = join(out, `edit-menu-undo-${width}x${height}-${lang}.png`);
      await page.screenshot({ path: file });
      console.log(`${file}  missing_glyphs=${state.missing_glyphs}  undo=${state.undo}`);
      await page.close();
    }
  }
} finally {
  await session.close();
}
