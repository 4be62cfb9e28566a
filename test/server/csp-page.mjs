// Serves /csp-page?script=<src>&body=<html>[&script=…]: a page under the strict policy a
// careful webmaster sets (no inline script or style, Trusted Types required), which loads
// /test/bundle/recorder.js first, then each `script` (a `.iife.js` as a classic script,
// anything else as a module), then shows `body`.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html secon";

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export async function cspPageMiddleware(ctx, next) {
  if (ctx.path !== '/csp-page') return next();
  const scripts = [].concat(ctx.query.script ?? []);
  const tags = scripts
    .map((src) =>
      src.endsWith('.iife.js')
        ? `<script src="${escapeAttr(src)}"></script>`
        : `<script type="module" src="${escapeAttr(src)}"></script>`,
    )
    .join('\n');
  ctx.set('content-security-policy', STRICT_CSP);
  ctx.set('cache-control', 'no-store');
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="${escapeAttr(String(ctx.query.lang ?? 'en'))}"><head><meta charset="utf-8">
<script src="/test/bundle/recorder.js"></script>
${tags}
</head><body>${ctx.query.body ?? ''}</body></html>`;
}
