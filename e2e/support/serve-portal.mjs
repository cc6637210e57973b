// Serves a portal's production build for the browser tests: static files with the SPA
// fallback to index.html, and /api proxied to the API (like the dev server's proxy.conf.json
// and the production reverse proxy). A production build served statically starts in
// milliseconds and behaves like production, unlike `ng serve`.
//
//   node e2e/support/serve-portal.mjs <partner-portal|network-portal> <port>
//   PONTE_API_URL (default http://127.0.0.1:3000)
//
// Builds the portal first when dist/ has no build of it.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [portal, portArg] = process.argv.slice(2);
if (!['partner-portal', 'network-portal'].includes(portal) || !portArg) {
  console.error(
    'usage: serve-portal.mjs <partner-portal|network-portal> <port>',
  );
  process.exit(2);
}
const workspace = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
const root = path.join(workspace, 'dist/apps', portal, 'browser');
const api = new URL(process.env.PONTE_API_URL ?? 'http://127.0.0.1:3000');

if (!existsSync(path.join(root, 'index.html'))) {
  const build = spawnSync('npx', ['nx', 'build', portal], {
    cwd: workspace,
    stdio: 'inherit',
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.png': 'image/png',
};

function proxy(req, res) {
  const upstream = http.request(
    {
      host: api.hostname,
      port: api.port || 80,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: api.host },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    res.writeHead(502, { 'content-type': 'application/problem+json' });
    res.end(
      JSON.stringify({
        type: 'about:blank',
        title: 'API unreachable',
        status: 502,
      }),
    );
  });
  req.pipe(upstream);
}

function serveFile(res, file) {
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  // Hashed bundles can be cached; index.html must not be, or a new build is not picked up.
  const cache = file.endsWith('index.html')
    ? 'no-store'
    : 'public, max-age=3600';
  res.writeHead(200, {
    'content-type': type,
    'cache-control': cache,
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api' || url.pathname.startsWith('/api/'))
      return proxy(req, res);
    const file = path.normalize(
      path.join(root, decodeURIComponent(url.pathname)),
    );
    if (file.startsWith(root) && existsSync(file) && statSync(file).isFile())
      return serveFile(res, file);
    // Unknown asset paths are real 404s; everything else is an app route.
    if (path.extname(url.pathname)) {
      res.writeHead(404).end();
      return;
    }
    serveFile(res, path.join(root, 'index.html'));
  })
  .listen(Number(portArg), '127.0.0.1', () => {
    console.log(`${portal} on http://127.0.0.1:${portArg} (api ${api.origin})`);
  });
