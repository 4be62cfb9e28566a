#!/usr/bin/env node
// `npm start`: serves the demo page (demo/) and the built bundle (dist/) the way a
// partner's web server would, plus the small endpoints the demo's elements talk to
// (each module in scripts/demo-endpoints/ exports `handle(req, res, url)`, which
// returns true when it answered). PORT picks the port (default 8080).
//
// `startDemoServer(port)` starts the same server from another script (the benchmark
// passes 0 for a free port) and resolves with the Node http.Server once it listens.
import { createServer } from 'node:http';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serveFile } from './static-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function startDemoServer(port = 8080, host = undefined) {
  const endpointsDir = join(root, 'scripts/demo-endpoints');
  const endpoints = await Promise.all(
    (existsSync(endpointsDir) ? readdirSync(endpointsDir) : [])
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => import(pathToFileURL(join(endpointsDir, f)).href)),
  );

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      for (const endpoint of endpoints) if (await endpoint.handle(req, res, url)) return;
      serveFile(
        res,
        url,
        [
          ['/dist/', join(root, 'dist')],
          ['/', join(root, 'demo')],
        ],
        'no-cache',
        req.headers['accept-encoding'],
      );
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Server error');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return server;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await startDemoServer(Number(process.env.PORT ?? 8080));
  console.log(`secon-elements demo: http://localhost:${server.address().port}/`);
}
