// schema.test.mjs — docs/scenario.schema.json (draft 2020-12) checked with ajv: it accepts every bundled, fixture and
// generated scenario, and it agrees with the loader on the invalid corpus wherever JSON Schema can express the defect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url).pathname;
const schema = JSON.parse(readFileSync(join(root, 'docs/scenario.schema.json'), 'utf8'));
// strictRequired off: conditions like {"if": {"required": ["channel"]}} name members defined beside them, not inside.
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

const describe = (errors) => (errors || []).map((e) => `${e.instancePath} ${e.message}`).join('; ');
const jsonFiles = (dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).map((f) => join(root, dir, f));

test('the schema compiles in strict mode', () => {
  assert.equal(typeof validate, 'function');
});

test('every bundled scenario and valid fixture conforms', () => {
  const files = [...jsonFiles('web/scenarios'), ...jsonFiles('tests/fixtures/valid')];
  assert.ok(files.length >= 2);
  for (const file of files) {
    const ok = validate(JSON.parse(readFileSync(file, 'utf8')));
    assert.ok(ok, `${file}: ${describe(validate.errors)}`);
  }
});

test('generated scenarios of every era conform', { skip: !process.env.MPSIM_BIN && 'MPSIM_BIN not set' }, () => {
  for (const era of ['21vianet', 'global_dap', 'global_gdap']) {
    const text = execFileSync(process.env.MPSIM_BIN, ['gen', '--era', era, '--seed', '5', '--partners', '15', '--customers', '60',
      '--subscriptions', '150', '--events', '40'], { encoding: 'utf8' });
    const ok = validate(JSON.parse(text));
    assert.ok(ok, `${era}: ${describe(validate.errors)}`);
  }
});

test('schema and loader agree on the invalid corpus', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'tests/fixtures/invalid/manifest.json'), 'utf8'));
  let schemaChecked = 0;
  for (const { file, code, schema_rejects: rejects } of manifest) {
    const text = readFileSync(join(root, 'tests/fixtures/invalid', file));
    let doc;
    let parsed = true;
    try {
      doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(text));
    } catch {
      parsed = false;
    }
    if (rejects === null) {
      // Not JSON at all (syntax, encoding): every JSON reader refuses it, as the loader does.
      assert.equal(parsed, false, `${file} should not be valid JSON (${code})`);
      continue;
    }
    assert.equal(parsed, true, `${file} should be well-formed JSON`);
    if (rejects) {
      assert.equal(validate(doc), false, `the schema should reject ${file} (${code})`);
      schemaChecked++;
    }
    // rejects === false: a defect only the loader can see (unique ids, references, time order, calendar dates).
  }
  assert.ok(schemaChecked >= 30, `at least 30 defects are schema-expressible, found ${schemaChecked}`);
});
