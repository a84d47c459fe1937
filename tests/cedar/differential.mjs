// differential.mjs — asks Cedar (@cedar-policy/cedar-wasm, with tests/cedar/mpsim.cedar) every question the engine
// answered in a file from bench/cedar_queries, and compares. Any disagreement is a bug in one of the two models;
// it prints the first ones and exits 1. Also prints Cedar's throughput beside the engine's (same machine, same run).
//   node tests/cedar/differential.mjs QUERIES.json [--json OUT]   (OUT: the figures, for bench/run.mjs)
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cedar = require('@cedar-policy/cedar-wasm/nodejs');
const policies = readFileSync(new URL('./mpsim.cedar', import.meta.url), 'utf8');
const data = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const parsed = cedar.checkParsePolicySet({ staticPolicies: policies });
if (parsed.type !== 'success') {
  console.error('the Cedar policies do not parse:', JSON.stringify(parsed.errors));
  process.exit(2);
}
const preparsed = cedar.preparsePolicySet('mpsim', { staticPolicies: policies });
if (preparsed.type !== 'success') throw new Error(JSON.stringify(preparsed));
let total = 0, disagreements = 0, allowed = 0, seconds = 0;
const shown = [];
const key = (uid) => uid.type + '::' + uid.id;
for (const world of data.worlds) {
  const byUid = new Map(world.entities.map((e) => [key(e.uid), e]));
  // Entity slicing, as Cedar recommends: each request carries the entities its policies read (the user, the user's
  // tenant, the resource); the others are only compared by identity.
  const requests = world.queries.map(([principal, action, resourceType, resource]) => {
    const user = byUid.get('User::' + principal);
    const tenant = byUid.get(key(user.attrs.tenant.__entity));
    return {
      principal: { type: 'User', id: principal },
      action: { type: 'Action', id: action },
      resource: { type: resourceType, id: resource },
      context: {},
      preparsedPolicySetId: 'mpsim',
      entities: [user, tenant, byUid.get(resourceType + '::' + resource)],
    };
  });
  const start = performance.now();
  const answers = requests.map((r) => cedar.statefulIsAuthorized(r));
  seconds += (performance.now() - start) / 1000;
  world.queries.forEach((q, i) => {
    const a = answers[i];
    if (a.type !== 'success') throw new Error(`Cedar failed on ${JSON.stringify(q)}: ${JSON.stringify(a.errors)}`);
    if (a.response.diagnostics.errors.length) throw new Error(`policy error on ${JSON.stringify(q)}: ${JSON.stringify(a.response.diagnostics.errors)}`);
    const cedarAllows = a.response.decision === 'allow';
    ++total;
    allowed += cedarAllows;
    if (cedarAllows !== q[4]) {
      ++disagreements;
      if (shown.length < 10) shown.push(`${q[0]} ${q[1]} ${q[2]}::${q[3]}: engine ${q[4] ? 'allows' : 'denies'}, Cedar ${cedarAllows ? 'allows' : 'denies'}`);
    }
  });
}
const cedarRate = total / seconds;
console.log(`Cedar ${cedar.getCedarVersion()}: ${total} queries (${allowed} allowed) in ${seconds.toFixed(2)} s: ${cedarRate.toFixed(0)} queries/s`);
console.log(`engine (native, same questions): ${data.engine_queries_per_second.toFixed(0)} queries/s: ${(data.engine_queries_per_second / cedarRate).toFixed(1)}x Cedar`);
console.log(`disagreements: ${disagreements}`);
const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0)
  writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ cedar_version: cedar.getCedarVersion(), queries: total, allowed, cedar_queries_per_s: cedarRate,
    engine_queries_per_s: data.engine_queries_per_second, disagreements }) + '\n');
for (const line of shown) console.log('  ' + line);
process.exit(disagreements === 0 ? 0 : 1);
