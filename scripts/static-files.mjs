// Answers GET requests with files, for the demo server and the benchmark. Each mount
// maps a URL prefix to a folder; the longest matching prefix wins, `..` cannot leave
// the folder, and a folder answers with its index.html. Text files are sent gzipped to
// a client that accepts it, when the caller passes the request's Accept-Encoding.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/**
 * Serves `url` from the first of `mounts` (`[[prefix, folder], …]`, longest prefix first)
 * whose prefix it starts with; answers 404 when there is no such file. `acceptEncoding`
 * (the request's header) lets text files go out gzipped.
 */
export function serveFile(res, url, mounts, cacheControl = 'no-cache', acceptEncoding = '') {
  const mount = mounts.find(([prefix]) => url.pathname.startsWith(prefix));
  const [prefix, folder] = mount ?? ['/', undefined];
  let file;
  if (folder) {
    try {
      file = normalize(join(folder, decodeURIComponent(url.pathname.slice(prefix.length))));
    } catch {
      file = undefined;
    }
  }
  if (file && !file.startsWith(normalize(folder + sep)) && file !== normalize(folder)) file = undefined;
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file || !existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const gzip = /\bgzip\b/.test(acceptEncoding) && /^text\/|json|xml/.test(type);
  res.writeHead(200, {
    'content-type': type,
    'cache-control': cacheControl,
    ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
  });
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}
