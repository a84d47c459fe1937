// serve.mjs — serves a built site folder on 127.0.0.1 (no dependencies, GET/HEAD only, no directory listing).
// Usage: node scripts/serve.mjs [--dir build/web/site] [--port 8080]
// Also imported by the end-to-end tests: startServer(dir, port) resolves to {server, url}.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
};

// Headers of every response. The policy is the one index.html carries in its <meta> (tests/web/serve_headers.test.mjs
// keeps the two in step) plus what only a header can say: frame-ancestors 'none', so no other site can frame the page
// and trick clicks on it (with X-Frame-Options: DENY for browsers that predate frame-ancestors). docs/build.md gives
// the same headers for other servers.
export const pagePolicy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
export const securityHeaders = {
  'Content-Security-Policy': pagePolicy + "; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export function startServer(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...securityHeaders, Allow: 'GET, HEAD' }).end();
      return;
    }
    // The path alone: "//x" would parse as a host, and a malformed escape must not take the server down.
    let path;
    try {
      path = decodeURIComponent(new URL('http://localhost' + (req.url.startsWith('/') ? '' : '/') + req.url).pathname);
    } catch {
      res.writeHead(400, securityHeaders).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403, securityHeaders).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': types[extname(file)] || 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
        ...securityHeaders,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolvePromise({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const dir = option('--dir', 'build/web/site');
  const port = Number(option('--port', process.env.PORT || 8080));
  try {
    await stat(join(dir, 'app.wasm'));
  } catch {
    console.error(`serve: ${dir}/app.wasm not found; build the web preset first (scripts/run.sh does).`);
    process.exit(2);
  }
  startServer(dir, port).then(({ url }) => console.log(`mpsim is running at ${url}  (Ctrl+C to stop)`), (err) => {
    console.error(`serve: cannot listen on 127.0.0.1:${port}: ${err.message}. Choose another port: PORT=8081 scripts/run.sh`);
    process.exit(2);
  });
}
