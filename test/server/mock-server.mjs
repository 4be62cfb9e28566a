// A real HTTP endpoint for the tests, served by the test runner's own server.
//
//   POST /mock-admin/<id>   body: one response or an array of them, used in turn (the
//                           last repeats). A response is
//                           { status = 200, type = 'application/json', body = '',
//                             headers = {}, fixture, delay = 0, hang = false, drop = false }
//                           `fixture` names a file under test/fixtures/ to answer with;
//                           `hang` never answers; `drop` closes the connection.
//   GET  /mock-admin/<id>   { requests: [{ method, path, query, headers, body, aborted }] }
//   *    /mock/<id>/...     answered as configured, and recorded.
//
// Each test takes a fresh random id, so the three browsers can share the server.
import { readFile } from 'node:fs/promises';

const scenarios = new Map();
const fixtures = new URL('../fixtures/', import.meta.url);

const readBody = (req) =>
  new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });

const scenario = (id) => {
  if (!scenarios.has(id)) scenarios.set(id, { responses: [{}], served: 0, requests: [] });
  return scenarios.get(id);
};

export async function mockMiddleware(ctx, next) {
  const admin = ctx.path.match(/^\/mock-admin\/([\w-]+)$/);
  if (admin) {
    const s = scenario(admin[1]);
    if (ctx.method === 'POST') {
      const config = JSON.parse((await readBody(ctx.req)) || '{}');
      s.responses = Array.isArray(config) ? config : [config];
      s.served = 0;
      s.requests = [];
      ctx.status = 204;
    } else {
      ctx.set('cache-control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ requests: s.requests });
    }
    return;
  }
  const mock = ctx.path.match(/^\/mock\/([\w-]+)(\/.*)?$/);
  if (!mock) return next();

  const s = scenario(mock[1]);
  const record = {
    method: ctx.method,
    path: mock[2] ?? '/',
    query: ctx.querystring,
    headers: { ...ctx.headers },
    body: await readBody(ctx.req),
    aborted: false,
  };
  s.requests.push(record);
  const response = s.responses[Math.min(s.served, s.responses.length - 1)] ?? {};
  s.served += 1;
  // The response's 'close', not the request's: Node closes a request as soon as its body
  // has been read, whereas the response closes when the client goes away.
  ctx.res.on('close', () => {
    if (!ctx.res.writableEnded) record.aborted = true;
  });

  if (response.delay) await new Promise((r) => setTimeout(r, response.delay));
  if (response.drop) {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (response.hang) {
    await new Promise((resolve) => {
      ctx.res.on('close', resolve);
      setTimeout(resolve, 120_000).unref();
    });
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  ctx.status = response.status ?? 200;
  ctx.set('cache-control', 'no-store');
  for (const [name, value] of Object.entries(response.headers ?? {})) ctx.set(name, value);
  const body = response.fixture ? await readFile(new URL(response.fixture, fixtures)) : (response.body ?? '');
  ctx.type = response.type ?? 'application/json';
  ctx.body = body;
}
