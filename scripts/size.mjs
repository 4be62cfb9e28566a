#!/usr/bin/env node
// Prints the size of the single-file bundles as a webmaster's visitors download them
// (raw, gzip, brotli). With --elements, also each element's share of
// dist/secon-elements.js: the gzip and brotli bytes saved by building the bundle without
// that element (its code, styles, data and translations). With --check, fails when the
// bundle (the whole library, or the partner map alone) or a gzip share exceeds its budget
// below. `npm run bench` calls measureSizes().
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { filterMessages, isLocaleModule } from './messages-filter.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;

/**
 * Budgets in gzip bytes (1 KB = 1,024 bytes, zlib level 9); the whole bundle's is the
 * contract's 40 KB. The partner map alone must stay under half of what the same map costs
 * with Leaflet (69 KB, `npm run bench`).
 */
export const BUDGETS = {
  total: 40 * KB,
  mapAlone: 28 * KB,
  'secon-skip-links': 2 * KB,
  'secon-news-card': 2 * KB,
  'secon-news-list': 3.4 * KB,
  'secon-subscribe': 7 * KB,
  'secon-partner-map': 17 * KB,
};

/** Each element: its class (as named in src/define.ts and src/index.ts) and its message-id prefix. */
export const ELEMENTS = {
  'secon-skip-links': ['SeconSkipLinks', 'skip-links.'],
  'secon-news-card': ['SeconNewsCard', 'news-card.'],
  'secon-news-list': ['SeconNewsList', 'news-list.'],
  'secon-subscribe': ['SeconSubscribe', 'subscribe.'],
  'secon-partner-map': ['SeconPartnerMap', 'partner-map.'],
};

export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/**
 * Builds dist/secon-elements.js in memory as `npm run build` does, from `input` (default:
 * the config's, src/bundle.ts); `load(id)` may give a module's source before any other
 * plugin reads it (null: the file as it is). Returns the code; nothing is written.
 */
export async function buildBundle({ input, load = () => null } = {}) {
  const { build } = await import('vite');
  const result = await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: { write: false, ...(input && { rolldownOptions: { input } }) },
    plugins: [{ name: 'secon-size-load', enforce: 'pre', load }],
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunk = outputs.find((o) => o.type === 'chunk' && o.fileName === 'secon-elements.js');
  return Buffer.from(chunk.code);
}

/**
 * Builds dist/secon-elements.js in memory without the elements of `classNames` and the
 * messages whose ids start with `messagePrefixes`; returns its code. With two empty
 * lists it is the whole bundle, built the same way.
 */
export async function buildWithout(classNames, messagePrefixes) {
  // Copies of the three entry modules minus every statement that names one of the
  // classes (export blocks span lines), in a scratch folder beside them.
  const dir = mkdtempSync(join(root, 'src', '.size-'));
  const without = (file) =>
    readFileSync(join(root, 'src', file), 'utf8')
      .split(/(?<=;)\n/)
      .filter((statement) => !classNames.some((name) => statement.includes(name)))
      .join('\n')
      .replace(/from '\.\//g, "from '../")
      .replace(/import '\.\/define\.js'/, "import './define.ts'")
      .replace(/from '\.\.\/index\.js'/, "from './index.ts'");
  try {
    for (const file of ['bundle.ts', 'define.ts', 'index.ts']) writeFileSync(join(dir, file), without(file));
    // The texts are left out as the locale modules are read, so they are really gone.
    return await buildBundle({
      input: join(dir, 'bundle.ts'),
      load: (id) =>
        isLocaleModule(id)
          ? filterMessages(readFileSync(id, 'utf8'), (message) =>
              messagePrefixes.every((prefix) => !message.startsWith(prefix)),
            )
          : null,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Sizes of the built bundles in dist/ (`bundles[file]`: raw, gzip and brotli bytes) and,
 * with `elements`, each element's share of dist/secon-elements.js (`elements[tag]`: gzip
 * and brotli bytes saved by building without it).
 */
export async function measureSizes({ elements = false } = {}) {
  const bundles = {};
  for (const file of [
    'dist/secon-elements.js',
    'dist/secon-elements.iife.js',
    'dist/secon-partner-map.js',
    'dist/secon-partner-map.iife.js',
  ]) {
    const bytes = readFileSync(join(root, file));
    bundles[file] = { raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
  }
  const shares = {};
  if (elements) {
    // The same in-memory build with nothing left out, so that every share compares like with like.
    const whole = await buildWithout([], []);
    for (const [tag, [className, prefix]] of Object.entries(ELEMENTS)) {
      const rest = await buildWithout([className], [prefix]);
      shares[tag] = { gzip: gzip(whole) - gzip(rest), brotli: brotli(whole) - brotli(rest) };
    }
  }
  return { bundles, elements: shares };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const withElements = process.argv.includes('--elements') || process.argv.includes('--check');
  const { bundles, elements } = await measureSizes({ elements: withElements });
  for (const [file, { raw, gzip: gz, brotli: br }] of Object.entries(bundles))
    console.log(`${file}: ${kb(raw)} raw, ${kb(gz)} gzip, ${kb(br)} brotli`);

  const failures = [];
  const total = bundles['dist/secon-elements.js'].gzip;
  if (total > BUDGETS.total)
    failures.push(`dist/secon-elements.js is ${kb(total)} gzip, over ${kb(BUDGETS.total)}`);
  const mapAlone = bundles['dist/secon-partner-map.js'].gzip;
  if (mapAlone > BUDGETS.mapAlone)
    failures.push(`dist/secon-partner-map.js is ${kb(mapAlone)} gzip, over ${kb(BUDGETS.mapAlone)}`);

  if (withElements) {
    console.log('\nEach element’s share of dist/secon-elements.js (gzip, brotli), with its gzip budget:');
    for (const [tag, share] of Object.entries(elements)) {
      const budget = BUDGETS[tag];
      const over = share.gzip > budget;
      console.log(
        `  ${tag.padEnd(20)} ${kb(share.gzip).padStart(8)} ${kb(share.brotli).padStart(8)}   budget ${kb(budget)}${over ? '  OVER' : ''}`,
      );
      if (over) failures.push(`<${tag}> adds ${kb(share.gzip)} gzip, over its ${kb(budget)} budget`);
    }
  }

  if (process.argv.includes('--check') && failures.length) {
    console.error(`\nSize budget exceeded:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}
