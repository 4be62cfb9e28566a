#!/usr/bin/env node
// `npm run bench`: measures the built bundle in headless Chromium and writes
// bench/results.md (a table) and bench/results.json.
//
// Cases live in bench/cases/*.mjs and run in name order. A case module looks like this:
//
//   export const name = 'partner-map';
//   export async function run({ browser, baseUrl, stats }) {
//     const page = await browser.newPage();
//     await page.goto(`${baseUrl}/bench/pages/partner-map.html`);
//     const values = [];                     // one figure per run, at least 5 runs
//     for (let i = 0; i < 7; i++) values.push(await page.evaluate(() => measureSomething()));
//     await page.close();
//     return [{ case: name, metric: 'first render, 10 partners', unit: 'ms', ...stats(values) }];
//   }
//
// and returns an array of rows `{ case, metric, value, unit, spread, runs }`.
// `stats(values)` returns `{ value: median, spread: max - min, runs: n }`.
// `browser` is a playwright-core Browser; `baseUrl` serves the repository root over
// HTTP, so a case opens its own pages under bench/pages/ (which load
// /dist/secon-elements.js) with `browser.newPage()`; `POST /bench/subscribe` there
// answers 200 `{}` at once, as a sign-up endpoint. A case that measures no page (sizes)
// may ignore `browser`.
//
// Chromium comes from CHROME_PATH, else /usr/bin/chromium (or the usual names);
// BENCH_CASES=partner-map,news-list runs only the named cases.
import { createServer } from 'node:http';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { serveFile } from '../scripts/static-files.mjs';
import { ENGINES, installCommand } from '../test/server/browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Median, spread (max - min) and number of runs of a list of measurements. */
export function stats(values) {
  if (!values.length) throw new Error('stats() needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { value: median, spread: sorted[sorted.length - 1] - sorted[0], runs: sorted.length };
}

function startServer() {
  // The repository root, as the pages load /dist/… and their own files under bench/, and
  // POST /bench/subscribe: a sign-up endpoint that accepts at once.
  const server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/bench/subscribe') {
      req.resume().on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end('{}');
      });
      return;
    }
    serveFile(res, new URL(req.url ?? '/', 'http://localhost'), [['/', root]], 'no-store');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const format = (n) =>
  typeof n !== 'number'
    ? String(n)
    : Number.isInteger(n)
      ? n.toLocaleString('en')
      : n.toFixed(n < 10 ? 2 : 1);

function toMarkdown(rows, meta) {
  const lines = [
    '# Benchmark results',
    '',
    `${meta.date} · ${meta.browser} · Node ${meta.node} · ${meta.cpus}`,
    '',
    'Each value is the median of `runs` measurements; `spread` is max − min.',
    '',
    '| case | metric | value | unit | spread | runs |',
    '|---|---|---:|---|---:|---:|',
    ...rows.map(
      (r) => `| ${r.case} | ${r.metric} | ${format(r.value)} | ${r.unit} | ${format(r.spread)} | ${r.runs} |`,
    ),
  ];
  return lines.join('\n') + '\n';
}

const casesDir = join(root, 'bench/cases');
const only = process.env.BENCH_CASES?.split(',').map((s) => s.trim());
const caseFiles = readdirSync(casesDir)
  .filter((f) => f.endsWith('.mjs'))
  .sort();
if (!existsSync(join(root, 'dist/secon-elements.js'))) {
  console.error('dist/secon-elements.js is missing: run `npm run bench` (it builds first).');
  process.exit(1);
}

const server = await startServer();
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const executablePath = ENGINES.chromium.find();
if (!executablePath) {
  throw new Error(`No Chromium found. Install it (${installCommand(['chromium'])}) or set CHROME_PATH.`);
}
const browser = await chromium.launch({
  executablePath,
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const rows = [];
let failed = false;
try {
  for (const file of caseFiles) {
    const mod = await import(pathToFileURL(join(casesDir, file)).href);
    if (only && !only.includes(mod.name)) continue;
    console.log(`bench: ${mod.name}…`);
    const started = Date.now();
    try {
      const result = await mod.run({ browser, baseUrl, stats });
      for (const row of result) {
        rows.push({
          case: row.case ?? mod.name,
          metric: row.metric,
          value: row.value,
          unit: row.unit,
          spread: row.spread,
          runs: row.runs,
        });
        console.log(
          `  ${row.metric}: ${format(row.value)} ${row.unit} (±${format(row.spread)}, ${row.runs} runs)`,
        );
      }
      console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      failed = true;
      console.error(`bench: case ${mod.name} failed:`, error);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const meta = {
  date: new Date().toISOString(),
  browser: `Chromium ${browser.version()}`,
  node: process.versions.node,
  cpus: `${(await import('node:os')).cpus().length} CPU(s)`,
};
writeFileSync(join(root, 'bench/results.json'), JSON.stringify({ ...meta, rows }, null, 2) + '\n');
writeFileSync(join(root, 'bench/results.md'), toMarkdown(rows, meta));
console.log('bench: wrote bench/results.md and bench/results.json');
if (failed) process.exit(1);
