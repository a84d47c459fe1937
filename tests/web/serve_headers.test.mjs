// serve_headers.test.mjs — scripts/serve.mjs sends the page's security headers on every response: a policy that no
// other site may frame the page (frame-ancestors 'none', X-Frame-Options: DENY), and otherwise the very policy
// index.html declares, so the header never blocks what the page itself allows (wasm, its fonts, blob downloads).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

const repo = new URL('../../', import.meta.url).pathname;
const metaPolicy = readFileSync(join(repo, 'index.html'), 'utf8').match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)[1];

test('every response carries frame-ancestors, X-Frame-Options and the page\'s own policy', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mpsim-serve-'));
  writeFileSync(join(dir, 'index.html'), readFileSync(join(repo, 'index.html')));
  writeFileSync(join(dir, 'app.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  const { server, url } = await startServer(dir);
  try {
    const responses = {
      page: await fetch(url),
      wasm: await fetch(url + 'app.wasm'),
      missing: await fetch(url + 'no-such-file'),
      post: await fetch(url, { method: 'POST' }),
      outside: await fetch(url + '%2e%2e/%2e%2e/etc/passwd'),
    };
    assert.equal(responses.page.status, 200);
    assert.equal(responses.wasm.headers.get('content-type'), 'application/wasm');
    for (const [name, response] of Object.entries(responses)) {
      const policy = response.headers.get('content-security-policy');
      assert.ok(policy, `${name}: no Content-Security-Policy`);
      const directives = policy.split(';').map((d) => d.trim());
      assert.ok(directives.includes("frame-ancestors 'none'"), `${name}: ${policy}`);
      assert.deepEqual(directives.filter((d) => !d.startsWith('frame-ancestors')), metaPolicy.split(';').map((d) => d.trim()),
                       `${name}: the header's policy differs from index.html's`);
      assert.equal(response.headers.get('x-frame-options'), 'DENY', name);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', name);
    }
    // What the page needs, written out here by hand: streaming wasm compilation needs 'wasm-unsafe-eval'.
    assert.match(responses.page.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/);
  } finally {
    server.close();
    rmSync(dir, { recursive: true });
  }
});
