// The demo's newsletter service, so that <secon-subscribe> on the demo page works end to
// end with `npm start`. It behaves like a double opt-in service:
//
//   POST /api/subscribe                 the `form` (URL-encoded) and `json` providers, and
//                                       the plain <form> inside the element without JavaScript
//   POST /api/public/subscription       the `listmonk` provider (action = the server's root)
//   OPTIONS on both                     CORS preflight, so Storybook on another port can post
//
// It validates the address and the consent, appends accepted subscriptions to
// demo/data/subscriptions.jsonl (git-ignored; created on first use) and answers
// {"confirm": true} (Listmonk: {"data": {"has_optin": true}}), the same for an address that
// is already subscribed, so that the answer never tells whether someone is. Nothing is
// emailed: it is a demo. Its console lines carry no personal data.
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dataDir = fileURLToPath(new URL('../../demo/data/', import.meta.url));
const dataFile = `${dataDir}subscriptions.jsonl`;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const MAX_BODY = 16 * 1024;
const LOCALES = ['en', 'bg', 'de', 'el', 'es', 'hu', 'lv', 'nl', 'pl', 'pt', 'ro'];
const PATHS = { '/api/subscribe': 'generic', '/api/public/subscription': 'listmonk' };

/** At most 10 sign-ups a minute from one address, as a real service would limit them. */
const recent = new Map();
function rateLimited(ip) {
  const now = Date.now();
  const times = (recent.get(ip) ?? []).filter((t) => now - t < 60_000);
  times.push(now);
  recent.set(ip, times);
  return times.length > 10;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('too large'), { status: 413 }));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Reads the three request shapes into one: {email, name, consent, locale, lists}. */
function parse(kind, type, raw) {
  if (type.startsWith('application/json')) {
    const body = JSON.parse(raw);
    if (kind === 'listmonk') {
      // Listmonk's public API has no consent field: asking is the caller's job.
      return { email: body.email, name: body.name, consent: true, lists: body.list_uuids };
    }
    return body;
  }
  const form = new URLSearchParams(raw);
  return {
    email: form.get('email'),
    name: form.get('name') ?? undefined,
    consent: form.get('consent') === 'yes',
    locale: form.get('locale'),
    lists: form.getAll('list'),
  };
}

function problemWith({ email, name, consent, lists }) {
  if (typeof email !== 'string' || !email.trim()) return 'The email address is missing.';
  if (email.length > 254 || !EMAIL.test(email.trim())) return 'The email address is not valid.';
  if (consent !== true) return 'Consent is missing.';
  if (name !== undefined && (typeof name !== 'string' || name.length > 200)) return 'The name is not valid.';
  if (lists !== undefined && (!Array.isArray(lists) || lists.some((l) => typeof l !== 'string')))
    return 'The lists are not valid.';
  return undefined;
}

async function alreadySubscribed(email) {
  try {
    const lines = (await readFile(dataFile, 'utf8')).split('\n').filter(Boolean);
    return lines.some((line) => JSON.parse(line).email === email);
  } catch {
    return false;
  }
}

function cors(req) {
  return {
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-allow-methods': 'POST, OPTIONS',
    'access-control-allow-headers': 'content-type',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

/** A page for a browser that posted the plain form, without JavaScript. */
function page(ok, text) {
  return `<!doctype html><html lang="bg"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ok ? 'Абонамент' : 'Грешка'} — Община Хасково</title>
<link rel="stylesheet" href="/demo.css">
<main class="content">
<h1>${ok ? 'Почти готово' : 'Абонаментът не беше приет'}</h1><p>${text}</p>
<p><a href="/">Обратно към новината</a></p></main></html>`;
}

export async function handle(req, res, url) {
  const kind = PATHS[url.pathname];
  if (!kind) return false;
  const headers = cors(req);
  if (req.method === 'OPTIONS') {
    res.writeHead(204, headers).end();
    return true;
  }
  if (req.method !== 'POST') {
    res.writeHead(405, { ...headers, allow: 'POST, OPTIONS', 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: 'Use POST.' }));
    return true;
  }
  // The element asks for JSON; a browser posting the plain form wants a page.
  const wantsPage =
    !/application\/json/.test(req.headers.accept ?? '') && /text\/html/.test(req.headers.accept ?? '');
  const answer = (status, message, extra = {}) => {
    if (wantsPage) {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        page(
          status < 300,
          status < 300 ? message : 'Проверете имейл адреса и съгласието си и опитайте отново.',
        ),
      );
    } else {
      res.writeHead(status, { ...headers, 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(status < 300 ? extra : { message }));
    }
  };

  if (rateLimited(req.socket.remoteAddress ?? '')) {
    answer(429, 'Too many requests: try again in a minute.');
    return true;
  }
  let data;
  try {
    data = parse(kind, req.headers['content-type'] ?? '', await readBody(req));
  } catch (error) {
    answer(
      error.status ?? 400,
      error.status === 413 ? 'The request is too large.' : 'The request is not valid.',
    );
    return true;
  }
  const problem = problemWith(data);
  if (problem) {
    console.log(`demo subscribe: refused (${problem})`);
    answer(400, problem);
    return true;
  }
  const email = data.email.trim();
  const locale = LOCALES.includes(data.locale)
    ? data.locale
    : (req.headers['accept-language'] ?? '').slice(0, 2);
  const lists = data.lists ?? [];
  if (!(await alreadySubscribed(email))) {
    await mkdir(dataDir, { recursive: true });
    const record = {
      time: new Date().toISOString(),
      email,
      name: data.name,
      locale,
      lists,
      confirmed: false,
    };
    await appendFile(dataFile, `${JSON.stringify(record)}\n`);
    console.log(
      `demo subscribe: accepted a subscription (locale ${locale || '?'}, lists ${lists.join(' ') || '-'})`,
    );
  }
  // The same answer either way: it must not tell whether the address was subscribed already.
  answer(
    200,
    'Изпратихме ви имейл. Отворете го и потвърдете абонамента си. (Това е демонстрация: не се изпраща имейл.)',
    kind === 'listmonk' ? { data: { has_optin: true } } : { confirm: true },
  );
  return true;
}
