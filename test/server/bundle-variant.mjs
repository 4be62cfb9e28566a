// Serves the built bundles as another release would be: /bundle-variant/<version>/<file>
// answers dist/<file> with the package version replaced, so the tests can load two
// different versions of secon-elements into one page.
import { readFile } from 'node:fs/promises';

const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));

export async function bundleVariantMiddleware(ctx, next) {
  const match = ctx.path.match(/^\/bundle-variant\/([\w.-]+)\/(secon-elements(?:\.iife)?\.js)$/);
  if (!match) return next();
  const source = await readFile(new URL(`../../dist/${match[2]}`, import.meta.url), 'utf8');
  ctx.type = 'text/javascript';
  ctx.body = source.replaceAll(version, match[1]);
}
