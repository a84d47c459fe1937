// chinese_content.test.mjs — with ?lang=zh-Hans the engine's content is Chinese too, not only the interface: stepping a
// scenario shows the deciding rules' statements and explanations in Chinese (read from the app's own state export, as
// the Decision panel draws them), and File > Download report gives a Chinese report. Screenshots at 1600x900,
// 1280x720 and 390x844 for a person to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appState, openBrowser, openPage, screenshot, until, waitForFrames } from './browser.mjs';

let session;
before(async () => { session = await openBrowser(); });
after(async () => { await session?.close(); });

const HAN = /[\u3400-\u9fff]/;
// The File menu in the Chinese interface ("文件") and its "Download report" item (the same rows as in English).
const FILE_MENU = [20, 12];
const DOWNLOAD_REPORT = [60, 178];

test('stepping second-partner-joins in Chinese shows Chinese rule statements and explanations', async () => {
  const { page } = await openPage(session, { path: '?example=second-partner-joins&lang=zh-Hans', width: 1280, height: 720 });
  await waitForFrames(page, 3);
  await until(page, (s) => s.language === 'zh-Hans' && s.scenario, 'the Chinese interface with the scenario');
  await page.waitForTimeout(400);
  await page.keyboard.press('ArrowRight');
  let state = await until(page, (s) => s.scenario.decision && s.scenario.decision.event === 'send-link', 'the first step');
  let shown = state.scenario.decision.shown;
  // The step summary names the action by its Chinese label and the decision by its Chinese word (action_texts_zh.cpp,
  // enum_names.cpp).
  assert.match(shown.summary, /复制经销商关系链接 — 已执行$/);
  assert.deepEqual(shown.rules.map((r) => r.id), ['R-ROLE-2', 'R-REL-2', 'R-INF-3']);
  for (const r of shown.rules) {
    assert.match(r.statement, HAN, `${r.id}'s statement is Chinese: ${r.statement}`);
    assert.doesNotMatch(r.statement, /\b(the|partner|customer)\b/i, `${r.id}'s statement has no English words left: ${r.statement}`);
  }
  for (const r of shown.rules) assert.match(r.explanation, HAN, `${r.id}'s explanation is Chinese: ${r.explanation}`);
  // R-REL-2's explanation as its template words it, with the scenario's names (message_templates.cpp).
  assert.match(shown.rules[1].explanation, /Northwind Support Partners/);
  // The lesson narrative is the scenario's own Chinese text (web/scenarios/second-partner-joins.json).
  assert.equal(shown.lesson, 'Northwind 从合作伙伴中心复制其经销商关系链接。该链接属于 Northwind，不包含任何客户数据，可以发送给任意数量的客户。');
  // R-REL-2 as rule_statements_zh.cpp words it (the link belongs to the partner and holds no customer data).
  assert.equal(shown.rules[1].statement, '经销商关系邀请链接属于合作伙伴本身，不包含任何客户信息，可重复用于任意数量的客户。');
  await screenshot(page, 'chinese-content-step1-1280x720.png');

  await page.keyboard.press('ArrowRight');
  state = await until(page, (s) => s.scenario.decision.event === 'accept', 'the second step');
  shown = state.scenario.decision.shown;
  assert.match(shown.summary, /接受合作伙伴的经销商关系邀请 — 已执行$/);
  assert.ok(shown.rules.every((r) => HAN.test(r.explanation)), JSON.stringify(shown.rules));
  assert.match(shown.lesson, /^Fabrikam 的全局管理员在由世纪互联运营的 Office 365 管理中心接受了邀请。/);
  const multipartner = shown.rules.find((r) => r.id === 'R-MP-4');
  assert.equal(multipartner.statement, '添加合作伙伴绝不会更改现有订阅的记录合作伙伴。');
  await screenshot(page, 'chinese-content-step2-1280x720.png');

  // The report downloads in Chinese: headings, the era, the decisions and the rules' statements.
  await page.waitForTimeout(400);
  await page.mouse.click(...FILE_MENU);
  await page.waitForTimeout(400);
  const [report] = await Promise.all([page.waitForEvent('download'), page.mouse.click(...DOWNLOAD_REPORT)]);
  assert.equal(report.suggestedFilename(), 'second-partner-joins-report.md');
  const text = readFileSync(await report.path(), 'utf8');
  assert.match(text, /^\*由世纪互联运营的合作伙伴中心（2016–2018 年文档）\* — 由 mpsim 重放。/m);
  assert.match(text, /^# 为世纪互联的客户添加第二个合作伙伴$/m);
  assert.match(text, /^## 决策$/m);
  assert.match(text, /^- 事件 `send-link`，于 2018-10-29T09:30:00Z：\*\*已执行\*\*$/m);
  assert.match(text, /\*规则：\*添加合作伙伴绝不会更改现有订阅的记录合作伙伴。/);
  assert.match(text, /^## 预期$/m);
  assert.doesNotMatch(text, /\b(Decisions|Expectations|Rule:|applied|rejected)\b/);
  await page.close();
});

test('screenshots of a Chinese decision at 1600x900 and 390x844', async () => {
  for (const [width, height] of [[1600, 900], [390, 844]]) {
    const { page } = await openPage(session, { path: '?example=second-partner-joins&lang=zh-Hans', width, height });
    await waitForFrames(page, 3);
    await until(page, (s) => s.language === 'zh-Hans' && s.scenario, 'the Chinese interface');
    await page.waitForTimeout(400);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(200);
    await page.keyboard.press('ArrowRight');
    const state = await until(page, (s) => s.scenario.decision && s.scenario.decision.event === 'accept', 'the second step');
    assert.ok(state.scenario.decision.shown.rules.every((r) => HAN.test(r.statement)));
    await page.waitForTimeout(500);
    await screenshot(page, `chinese-content-${width}x${height}.png`);
    await page.close();
  }
});
