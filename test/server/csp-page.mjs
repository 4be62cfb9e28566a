// Serves /csp-page?script=<src>&body=<html>[&script=…]: a page under the strict policy a
// careful webmaster sets (no inline script or style, Trusted Types required), which loads
// /test/bundle/recorder.js first, then each `script` (a `.iife.js` as a classic script,
// anything else as a module), then shows `body`.
//
// /csp-page?host=<name> serves test/hosts/<name>.html under the same policy. A CMS page
// carries its theme's CSS inline, so that page's own `<style>` blocks and `style`
// attributes are allowed by their hashes, as a webmaster lists them; nothing else changes.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html secon";

const hosts = new URL('../hosts/', import.meta.url);
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The strict policy, with the host page's own inline CSS allowed by hash. */
function hostPolicy(page) {
  const blocks = [...page.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]));
  const attributes = [...page.matchAll(/\sstyle="([^"]*)"/g)].map((m) => hash(m[1]));
  const allowed = [...blocks, ...(attributes.length ? ["'unsafe-hashes'", ...attributes] : [])];
  return STRICT_CSP.replace("style-src 'self'", ["style-src 'self'", ...new Set(allowed)].join(' '));
}

export async function cspPageMiddleware(ctx, next) {
  if (ctx.path !== '/csp-page') return next();
  ctx.set('cache-control', 'no-store');
  ctx.type = 'text/html';
  if (ctx.query.host !== undefined) {
    const name = String(ctx.query.host);
    if (!/^[a-z0-9-]+$/.test(name)) ctx.throw(400, 'host: a page name under test/hosts/');
    const page = await readFile(new URL(`${name}.html`, hosts), 'utf8');
    ctx.set('content-security-policy', hostPolicy(page));
    ctx.body = page;
    return;
  }
  const scripts = [].concat(ctx.query.script ?? []);
  const tags = scripts
    .map((src) =>
      src.endsWith('.iife.js')
        ? `<script src="${escapeAttr(src)}"></script>`
        : `<script type="module" src="${escapeAttr(src)}"></script>`,
    )
    .join('\n');
  ctx.set('content-security-policy', STRICT_CSP);
  ctx.body = `<!doctype html><html lang="${escapeAttr(String(ctx.query.lang ?? 'en'))}"><head><meta charset="utf-8">
<script src="/test/bundle/recorder.js"></script>
${tags}
</head><body>${ctx.query.body ?? ''}</body></html>`;
}
