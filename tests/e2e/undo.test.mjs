// undo.test.mjs — Apply here, then Ctrl+Z gives back the original timeline (the replaced step and its expectation
// reappear), Ctrl+Shift+Z and Ctrl+Y apply it again, and Edit > Undo names the change; through real keys and clicks.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appState, openBrowser, openPage, screenshot, typeInto, until, waitForFrames } from './browser.mjs';

let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

const COMPOSER = { who: [640, 512], action: [640, 542], param1: [640, 594], param2: [640, 624] };
const applyButton = [579, 594 + 30 + 33];
const EDIT_MENU = [62, 12];

test('Apply here, Ctrl+Z restores the original timeline, Ctrl+Shift+Z and Ctrl+Y reapply, Edit > Undo names the change', async () => {
  const { page } = await openPage(session, { path: '?example=second-partner-joins' });
  await waitForFrames(page, 3);
  await page.mouse.click(700, 838);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  let state = await until(page, (s) => s.scenario.position === 2, 'step 2');
  assert.equal(state.scenario.expectations, 2);
  assert.equal(state.undo, '', 'nothing to undo yet: stepping is not a change');
  await typeInto(page, COMPOSER.who, 'contoso/li.wei');
  await typeInto(page, COMPOSER.action, 'change_quantity');
  await typeInto(page, COMPOSER.param1, 'fab-e3');
  await typeInto(page, COMPOSER.param2, '25');
  await page.mouse.click(...applyButton);
  state = await until(page, (s) => s.scenario.modified, 'the applied request');
  assert.equal(state.scenario.expectations, 1, "reduce-seats' expectation went with the replaced step");
  assert.equal(state.undo, 'apply change_quantity at step 3');
  // The Edit menu names it.
  await page.mouse.click(700, 838);  // out of the text field: Ctrl+Z there would be the field's own undo
  await page.waitForTimeout(300);
  await page.mouse.move(...EDIT_MENU);
  await page.mouse.down();
  await page.waitForTimeout(300);
  await page.mouse.up();
  await page.waitForTimeout(600);
  await screenshot(page, 'edit-menu-undo.png');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  await page.mouse.click(700, 838);
  await page.waitForTimeout(300);

  await page.keyboard.press('Control+z');
  state = await until(page, (s) => !s.scenario.modified, 'the undo');
  assert.equal(state.scenario.steps, 3);
  assert.equal(state.scenario.expectations, 2, 'the removed expectation is back');
  assert.equal(state.scenario.position, 2);
  await page.keyboard.press('ArrowRight');
  state = await until(page, (s) => s.scenario.position === 3, 'the original third step');
  assert.equal(state.scenario.decision.event, 'reduce-seats');
  assert.equal(state.scenario.decision.result, 'rejected');
  assert.equal(state.redo, 'apply change_quantity at step 3');

  await page.keyboard.press('Control+Shift+z');
  state = await until(page, (s) => s.scenario.modified, 'the redo');
  assert.equal(state.scenario.expectations, 1);
  assert.equal(state.scenario.decision.event, 'step-3');
  assert.equal(state.scenario.decision.result, 'applied');
  await page.keyboard.press('Control+z');
  await until(page, (s) => !s.scenario.modified, 'the second undo');
  await page.keyboard.press('Control+y');
  state = await until(page, (s) => s.scenario.modified, 'Ctrl+Y');
  assert.equal(state.scenario.decision.event, 'step-3');
  await page.close();
});
