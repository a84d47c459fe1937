// ime.test.mjs — typing through an input method, with Chromium's own input-method emulation (the DevTools protocol's
// Input.imeSetComposition and Input.insertText, which raise the composition events a pinyin IME raises): 北京 is
// composed into the composer and the World filter through the page's input-method element (web/ime.js) and lands in
// the field exactly once; plain typing and the editing keys arrive once; keys that belong to a composition reach no
// shortcut; Escape, clicking elsewhere and switching fields leave no stray text; a tap focuses the element inside the
// gesture (what a phone needs to show its keyboard); the single-file build has it too; and screenshots while composing.
// Coordinates are those of the default layout at 1400x850.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appState, openBrowser, openPage, screenshot, siteDir, until, waitForFrames } from './browser.mjs';

let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

const COMPOSER = { who: [640, 512], action: [640, 542], param1: [640, 594], param2: [640, 624] };
const APPLY_ONE_PARAM = [579, 627];  // "Apply here" under a one-parameter action
const WORLD_TAB = [892, 68];
const FILTER = [920, 128];  // the World view's filter box (Partners tab)
const STATUS_BAR = [700, 838];
const FILTER_NAME = 'Filter (e.g. contoso, -suspended)';
const WHO_NAME = 'tenant/user, e.g. contoso/li.wei';

// Waits until the app has drawn `n` more frames: it has seen whatever was sent before.
async function afterFrames(page, n = 2) {
  const start = (await appState(page)).frames;
  await until(page, (s) => s.frames >= start + n, `${n} more frames`);
}
// Moves the pointer first, so the widget is hovered when the click arrives (slow software-rendered frames).
async function click(page, [x, y]) {
  await page.mouse.move(x, y);
  await afterFrames(page, 1);
  await page.mouse.click(x, y);
}
// Waits until the edited field holds `text`; a failure says what it holds.
async function untilText(page, text, what) {
  try {
    return await until(page, (s) => s.text_field.text === text, what);
  } catch (e) {
    throw new Error(`${what}: the field holds ${JSON.stringify((await appState(page)).text_field)}, not ${JSON.stringify(text)}`);
  }
}
async function imeState(page) { return page.evaluate(() => window.mpsimIme.state()); }
async function untilIme(page, predicate, what) {
  const deadline = Date.now() + 20000;
  for (;;) {
    const ime = await imeState(page);
    if (predicate(ime)) return ime;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(ime)}`);
    await page.waitForTimeout(50);
  }
}
// Clicks a text field and waits until the app edits it and the input-method element holds the focus.
async function editField(page, at, name) {
  await click(page, at);
  await until(page, (s) => s.text_field.editing && s.text_field.name === name, `editing "${name}"`);
  return untilIme(page, (i) => i.focused, 'the input-method element focused');
}
async function openWorldFilter(page) {
  await click(page, WORLD_TAB);
  await afterFrames(page, 2);
  return editField(page, FILTER, FILTER_NAME);
}
// What an input method does as the user types: the composition so far, caret at its end.
async function compose(page, cdp, text) {
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await untilIme(page, (i) => i.composing && i.value === text, `the composition "${text}"`);
}
// Presses a key (with Ctrl) in one burst of events, so that no frame is drawn between its down and up: on a loaded
// machine a slow frame in between would count as holding the key (ImGui's key repeat) and act twice.
async function press(cdp, key, code, keyCode, { ctrl = false, upKeyCode = keyCode } = {}) {
  const modifiers = ctrl ? 2 : 0;
  const control = { key: 'Control', code: 'ControlLeft', windowsVirtualKeyCode: 17 };
  const events = [{ type: 'rawKeyDown', key, code, windowsVirtualKeyCode: keyCode, modifiers },
    { type: 'keyUp', key, code, windowsVirtualKeyCode: upKeyCode, modifiers }];
  if (ctrl) {
    events.unshift({ type: 'rawKeyDown', ...control, modifiers });
    events.push({ type: 'keyUp', ...control });
  }
  await Promise.all(events.map((e) => cdp.send('Input.dispatchKeyEvent', e)));
}
// A key pressed while composing, as browsers report it: keyCode 229 when the input method took it, else its own.
async function keyWhileComposing(cdp, key, code, keyCode) {
  await press(cdp, key, code, keyCode, { upKeyCode: keyCode === 229 ? 0 : keyCode });
}

test('an input method composes 北京 into the World filter: the field holds exactly 北京, shown in place while composed', async () => {
  const { page, record } = await openPage(session, { path: '?example=second-partner-joins' });
  await waitForFrames(page, 3);
  const cdp = await page.context().newCDPSession(page);
  await openWorldFilter(page);
  for (const text of ['b', 'bei', 'bei jing']) await compose(page, cdp, text);
  await afterFrames(page, 2);
  assert.equal((await appState(page)).text_field.text, '', 'a composition is not in the field until it is committed');
  const ime = await imeState(page);
  assert.ok(ime.shown, 'the composition is shown');
  // At the field's caret: the start of the empty filter box, on its line.
  assert.ok(ime.left >= FILTER[0] - 130 && ime.left <= FILTER[0] - 110, `composition at x ${ime.left}`);
  assert.ok(ime.top <= FILTER[1] && ime.top + ime.height >= FILTER[1], `composition at y ${ime.top}..${ime.top + ime.height}`);
  await cdp.send('Input.insertText', { text: '北京' });
  let state = await until(page, (s) => s.text_field.text !== '', 'the committed text');
  assert.equal(state.text_field.text, '北京');
  const ended = await untilIme(page, (i) => !i.composing, 'the composition ended');
  assert.equal(ended.value, '', 'the element is emptied');
  assert.equal(ended.shown, false);
  await afterFrames(page, 3);
  state = await appState(page);
  assert.equal(state.text_field.text, '北京', 'committed once, nothing added later');
  assert.equal(state.text_field.editing, true);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.consoleErrors, []);
  await page.close();
});

test('北京 composed into the composer reaches the request: the engine is asked about the actor "北京"', async () => {
  const { page } = await openPage(session, { path: '?example=second-partner-joins' });
  await waitForFrames(page, 3);
  const cdp = await page.context().newCDPSession(page);
  await editField(page, COMPOSER.who, WHO_NAME);
  for (const text of ['bei', 'beijing']) await compose(page, cdp, text);
  await cdp.send('Input.insertText', { text: '北京' });
  await untilText(page, '北京', '北京 in the Who field');
  await page.keyboard.press('Enter');
  await until(page, (s) => !s.text_field.editing, 'the field left');
  assert.equal((await imeState(page)).focused, false, 'keys go back to the page');
  // Plain typing through the same element, then a one-parameter action, applied.
  await editField(page, COMPOSER.action, 'action, e.g. change_quantity');
  await page.keyboard.type('suspend_subscription');
  await untilText(page, 'suspend_subscription', 'the action typed');
  await page.keyboard.press('Enter');
  await editField(page, COMPOSER.param1, 'subscription');
  await page.keyboard.type('fab-e3');
  await page.keyboard.press('Enter');
  await until(page, (s) => !s.text_field.editing, 'the parameter entered');
  await click(page, APPLY_ONE_PARAM);
  const state = await until(page, (s) => s.problems.length > 0, 'the problems');
  const actor = state.problems.find((p) => p.code === 'invalid-actor');
  assert.ok(actor, JSON.stringify(state.problems));
  assert.equal(actor.pointer, '/events/0/actor');
  assert.ok(actor.message.includes('"北京"'), actor.message);
  assert.equal(state.scenario.modified, false);
  await page.close();
});

test('the single-file build, opened from disk, has the input method too', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1400, height: 850 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(join(siteDir, 'mpsim.html')).href + '?example=second-partner-joins');
  await waitForFrames(page, 3);
  const cdp = await page.context().newCDPSession(page);
  await editField(page, COMPOSER.who, WHO_NAME);
  await compose(page, cdp, 'bei jing');
  await cdp.send('Input.insertText', { text: '北京' });
  await untilText(page, '北京', '北京 in the Who field');
  assert.deepEqual(errors, []);
  await page.close();
});

test('plain typing arrives once and the editing keys work: Backspace, arrows, Ctrl+A, Ctrl+C, Ctrl+V, Escape', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1400, height: 850 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(session.url + '?example=second-partner-joins');
  await waitForFrames(page, 3);
  await openWorldFilter(page);
  await page.keyboard.type('contoso');
  await untilText(page, 'contoso', 'contoso typed');
  const cdp = await context.newCDPSession(page);
  await press(cdp, 'Backspace', 'Backspace', 8);
  await untilText(page, 'contos', 'Backspace');
  await press(cdp, 'Backspace', 'Backspace', 8);
  await untilText(page, 'conto', 'Backspace again');
  await press(cdp, 'ArrowLeft', 'ArrowLeft', 37);
  await afterFrames(page, 2);
  await press(cdp, 'ArrowLeft', 'ArrowLeft', 37);
  await afterFrames(page, 2);
  await page.keyboard.type('X');
  await untilText(page, 'conXto', 'X inserted two characters back');
  await press(cdp, 'a', 'KeyA', 65, { ctrl: true });
  await afterFrames(page, 2);
  await page.keyboard.type('north');
  await untilText(page, 'north', 'the selection replaced');
  await press(cdp, 'a', 'KeyA', 65, { ctrl: true });
  await afterFrames(page, 2);
  await press(cdp, 'c', 'KeyC', 67, { ctrl: true });
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) === 'north', null, { timeout: 20000, polling: 100 });
  await press(cdp, 'End', 'End', 35);  // no selection, the caret at the end
  await afterFrames(page, 2);
  await press(cdp, 'v', 'KeyV', 86, { ctrl: true });
  await until(page, (s) => s.text_field.text !== 'north', 'the paste');
  await afterFrames(page, 3);
  assert.equal((await appState(page)).text_field.text, 'northnorth', 'pasted once');
  // Escape leaves the field as ImGui does (its edit undone) and gives the keys back: Right steps again.
  await press(cdp, 'Escape', 'Escape', 27);
  await until(page, (s) => !s.text_field.editing, 'the field left');
  assert.equal((await imeState(page)).focused, false);
  await press(cdp, 'ArrowRight', 'ArrowRight', 39);
  await until(page, (s) => s.scenario.position === 1, 'a step forward');
  await afterFrames(page, 3);
  assert.equal((await appState(page)).scenario.position, 1, 'one step');
  await context.close();
});

test('keys that belong to a composition reach no shortcut and do not leave the field', async () => {
  // A lesson in predict mode: R answers "refused", Enter and Space move on, when no text field is edited.
  const { page } = await openPage(session, { path: '?example=second-partner-joins&lesson=predict' });
  await waitForFrames(page, 3);
  await until(page, (s) => s.lesson && s.lesson.awaiting_prediction, 'the lesson waiting for a prediction');
  const cdp = await page.context().newCDPSession(page);
  await openWorldFilter(page);
  await keyWhileComposing(cdp, 'r', 'KeyR', 229);
  await compose(page, cdp, 'r');
  // Some browsers report the real key codes of keys pressed during a composition (isComposing is set).
  for (const [key, code, keyCode] of [['Enter', 'Enter', 13], [' ', 'Space', 32], ['r', 'KeyR', 82], ['ArrowRight', 'ArrowRight', 39]]) {
    await keyWhileComposing(cdp, key, code, keyCode);
    await afterFrames(page, 2);
  }
  let state = await appState(page);
  assert.equal(state.lesson.answered, 0, 'no prediction was made');
  assert.equal(state.lesson.awaiting_prediction, true);
  assert.equal(state.text_field.editing, true, 'Enter during the composition did not leave the field');
  assert.equal((await imeState(page)).composing, true);
  await cdp.send('Input.insertText', { text: '人' });
  state = await until(page, (s) => s.text_field.text !== '', 'the committed text');
  assert.equal(state.text_field.text, '人');
  await page.close();
});

test('Escape, switching fields and clicking elsewhere drop an unfinished composition, and leave no stray text', async () => {
  const { page } = await openPage(session, { path: '?example=second-partner-joins' });
  await waitForFrames(page, 3);
  const cdp = await page.context().newCDPSession(page);
  await openWorldFilter(page);
  await page.keyboard.type('ab');
  await untilText(page, 'ab', 'ab typed');
  // Escape during a composition cancels the composition only (the emulation, unlike a real IME, lets it through).
  await compose(page, cdp, 'bei');
  await keyWhileComposing(cdp, 'Escape', 'Escape', 27);
  await untilIme(page, (i) => !i.composing && i.value === '' && !i.shown, 'the composition cancelled');
  await afterFrames(page, 2);
  let state = await appState(page);
  assert.equal(state.text_field.editing, true, 'still in the field');
  assert.equal(state.text_field.text, 'ab');
  await page.keyboard.type('c');
  await untilText(page, 'abc', 'c typed after the cancelled composition');
  // Another field: the composition is not carried over.
  await compose(page, cdp, 'shang');
  await editField(page, COMPOSER.who, WHO_NAME);
  assert.equal((await imeState(page)).composing, false, 'no composition carried to the other field');
  await afterFrames(page, 2);
  assert.equal((await appState(page)).text_field.text, '');
  // Clicking outside any field: the keys are the app's shortcuts again, then the filter still holds "abc".
  await compose(page, cdp, 'jing');
  await click(page, STATUS_BAR);
  await until(page, (s) => !s.text_field.editing, 'the field left');
  const ime = await untilIme(page, (i) => !i.focused, 'the input-method element released');
  assert.equal(ime.value, '');
  assert.equal(ime.composing, false);
  await press(cdp, 'ArrowRight', 'ArrowRight', 39);
  state = await until(page, (s) => s.scenario.position === 1, 'Right steps');
  await click(page, FILTER);
  state = await until(page, (s) => s.text_field.editing && s.text_field.name === FILTER_NAME, 'the filter again');
  assert.equal(state.text_field.text, 'abc');
  await page.close();
});

test('a tap focuses the input-method element inside the gesture, set up for a phone keyboard, whose edits arrive', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1400, height: 850 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto(session.url + '?example=second-partner-joins');
  await waitForFrames(page, 3);
  // The app starts editing a tapped field only on the mouse events the browser makes of the tap, after it: the
  // element must have been focused inside the tap itself (touchend), from the app's list of where its fields are.
  const tap = async (at, name) => {
    await page.touchscreen.tap(...at);
    await until(page, (s) => s.text_field.editing && s.text_field.name === name, `editing "${name}"`);
    return untilIme(page, (i) => i.focused && i.focusedByGesture, 'focused inside the tap');
  };
  const cdp = await context.newCDPSession(page);
  let ime = await tap(COMPOSER.action, 'action, e.g. change_quantity');
  assert.equal(ime.label, 'action, e.g. change_quantity');
  assert.equal(ime.inputmode, 'text');
  const attributes = await page.evaluate(() => Object.fromEntries(['enterkeyhint', 'autocapitalize', 'autocorrect', 'spellcheck', 'aria-hidden']
    .map((a) => [a, document.getElementById('ime').getAttribute(a)])));
  assert.deepEqual(attributes, { enterkeyhint: 'done', autocapitalize: 'off', autocorrect: 'off', spellcheck: 'false', 'aria-hidden': null });
  await page.keyboard.type('change_quantity');
  await page.keyboard.press('Enter');
  await until(page, (s) => !s.text_field.editing, 'the action entered');
  ime = await tap(COMPOSER.param2, 'quantity');
  assert.equal(ime.inputmode, 'numeric', 'a number field asks for the number pad');
  // A phone keyboard sends words as text and its Backspace and Enter as edits with no key code the app could read
  // (keyCode 229): the edits become the app's keys. (Chromium has no way to send such an edit from outside, so they
  // are raised as the keyboard's events on the element; the text comes through the DevTools protocol.)
  await untilText(page, '0', 'the number field');
  await cdp.send('Input.insertText', { text: '25' });  // the field selects its text when it starts: replaced
  await untilText(page, '25', 'the number typed');
  const edit = (inputType) => page.evaluate(async (type) => {
    const box = document.getElementById('ime');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Unidentified', keyCode: 229, bubbles: true, cancelable: true }));
    box.dispatchEvent(new InputEvent('beforeinput', { inputType: type, bubbles: true, cancelable: true }));
  }, inputType);
  await edit('deleteContentBackward');
  await untilText(page, '2', 'the keyboard\'s Backspace');
  await edit('insertLineBreak');
  await until(page, (s) => !s.text_field.editing, 'the keyboard\'s Enter: the field left');
  await context.close();
});

// The composition as users see it, on a desktop, a projector and a phone, in both languages (looked at by hand).
// The composer's Who field where it is at each size; at phone width it is off screen (see below).
const WHO_AT = { 1600: [660, 539], 1280: [580, 440] };
for (const [width, height] of [[1600, 900], [1280, 720], [390, 844]]) {
  for (const lang of ['en', 'zh-Hans']) {
    test(`screenshot while composing at ${width}x${height} (${lang})`, async () => {
      const { page } = await openPage(session, { path: `?example=second-partner-joins&lang=${lang}`, width, height });
      await waitForFrames(page, 3);
      await until(page, (s) => s.language === lang && !s.chinese_font_loading, 'the interface language');
      const cdp = await page.context().newCDPSession(page);
      const who = WHO_AT[width];
      if (who) {
        await click(page, who);
      } else {
        // No text field is on screen at phone width yet (the three columns run off it): the composer's Who field is
        // reached with Tab from the visible part of its panel, and the composition is kept inside the window.
        await click(page, [300, 620]);
        for (let tabs = 0; tabs < 4 && !(await appState(page)).text_field.editing; ++tabs) {
          await afterFrames(page, 2);
          await press(cdp, 'Tab', 'Tab', 9);  // the Who field is the second stop, after its drop-down
          await afterFrames(page, 2);
        }
      }
      await until(page, (s) => s.text_field.editing, 'a text field edited');
      await untilIme(page, (i) => i.focused, 'the input-method element focused');
      await compose(page, cdp, 'bei jing');
      await compose(page, cdp, '北京');  // the candidate being chosen, not yet committed
      await afterFrames(page, 2);
      const ime = await imeState(page);
      assert.ok(ime.shown);
      assert.ok(ime.left >= 0 && ime.left + ime.width <= width && ime.top >= 0 && ime.top + ime.height <= height,
        `the composition is inside the window: ${JSON.stringify(ime)}`);
      if (who) assert.ok(Math.abs(ime.top + ime.height / 2 - who[1]) <= 8, `on the field's line: ${ime.top}`);
      await screenshot(page, `ime-composing-${width}x${height}-${lang}.png`);
      await cdp.send('Input.insertText', { text: '北京' });
      const state = await until(page, (s) => s.text_field.text !== '', 'the committed text');
      assert.equal(state.text_field.text, '北京');
      await page.close();
    });
  }
}
