#!/usr/bin/env node
// `npm start`: serves the demo page (demo/) and the built bundle (dist/) the way a
// partner's web server would, plus the small endpoints the demo's elements talk to
// (each module in scripts/demo-endpoints/ exports `handle(req, res, url)`, which
// returns true when it answered). PORT picks the port (default 8080).
import { createServer } from 'node:http';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

const endpointsDir = join(root, 'scripts/demo-endpoints');
const endpoints = await Promise.all(
  (existsSync(endpointsDir) ? readdirSync(endpointsDir) : [])
    .filter((f) => f.endsWith('.mjs'))
    .map((f) => import(pathToFileURL(join(endpointsDir, f)).href)),
);

/** Maps a URL path to a file: /dist/… from dist/, everything else from demo/. */
function fileFor(pathname) {
  const [base, rest] = pathname.startsWith('/dist/') ? ['dist', pathname.slice(6)] : ['demo', pathname];
  const dir = join(root, base);
  const file = normalize(join(dir, decodeURIComponent(rest)));
  if (!file.startsWith(dir + sep) && file !== dir) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return file;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  try {
    for (const endpoint of endpoints) if (await endpoint.handle(req, res, url)) return;
    const file = fileFor(url.pathname);
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('Server error');
  }
});

const port = Number(process.env.PORT ?? 8080);
server.listen(port, () => {
  console.log(`secon-elements demo: http://localhost:${port}/`);
});
