// `npm run bench` case: Lighthouse 12.2.3 on the demo page, served by the demo server
// (scripts/serve-demo.mjs, started here on a free port) as `npm start` serves it.
//
// Two forms: Lighthouse's default (mobile: Moto G Power emulation, simulated slow 4G and
// 4× CPU slowdown) and its desktop configuration (lighthouse/core/config/desktop-config.js).
// Each runs RUNS times in one Chromium (Lighthouse resets the cache and storage before
// each run); the rows are the medians of the four category scores (0–100) and of the key
// metrics. Audits that keep a category under 100 are printed with their details. Nothing
// leaves 127.0.0.1: the page makes no request elsewhere and Lighthouse needs no network.
//
// Chromium: CHROME_PATH, else the one the tests use (/usr/bin/chromium on Debian),
// started by chrome-launcher with `--headless=new --no-sandbox`.
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { ENGINES } from '../../test/server/browsers.mjs';

export const name = 'lighthouse';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['first-contentful-paint', 'First Contentful Paint', 'ms'],
  ['largest-contentful-paint', 'Largest Contentful Paint', 'ms'],
  ['total-blocking-time', 'Total Blocking Time', 'ms'],
  ['cumulative-layout-shift', 'Cumulative Layout Shift', 'CLS'],
  ['speed-index', 'Speed Index', 'ms'],
  ['interactive', 'Time to Interactive', 'ms'],
];

/** The audits that cost `lhr` points: in a category, with a weight or failing outright. */
function misses(lhr) {
  const lines = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (audit.score === null || audit.score >= 1) continue;
      if (ref.weight === 0 && audit.scoreDisplayMode !== 'binary') continue;
      const items = (audit.details?.items ?? [])
        .slice(0, 3)
        .map((item) => item.node?.snippet ?? item.url ?? item.label ?? '')
        .filter(Boolean);
      lines.push(
        `${id} · ${ref.id} (score ${audit.score}, weight ${ref.weight})` +
          `${audit.displayValue ? ` ${audit.displayValue}` : ''}${items.length ? `: ${items.join(' | ')}` : ''}`,
      );
    }
  }
  return lines;
}

export async function run({ stats }) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const forms = [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ];

  const server = await startDemoServer(0, '127.0.0.1');
  const url = `http://127.0.0.1:${server.address().port}/`;
  const chrome = await chromeLauncher.launch({
    chromePath: ENGINES.chromium.find(),
    chromeFlags: ['--headless=new', '--no-sandbox'],
  });
  const rows = [];
  try {
    for (const [form, config] of forms) {
      const results = [];
      for (let i = 0; i < RUNS; i++) {
        const { lhr } = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error' },
          config,
        );
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
        for (const line of misses(lhr)) console.log(`  ${form}, run ${i + 1}: ${line}`);
        results.push(lhr);
      }
      for (const id of CATEGORIES) {
        rows.push({
          case: name,
          metric: `${form}: ${results[0].categories[id].title} score`,
          unit: '/ 100',
          ...stats(results.map((lhr) => Math.round(lhr.categories[id].score * 100))),
        });
      }
      for (const [id, label, unit] of METRICS) {
        const values = results.map((lhr) => lhr.audits[id]?.numericValue).filter((v) => v !== undefined);
        if (values.length) rows.push({ case: name, metric: `${form}: ${label}`, unit, ...stats(values) });
      }
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  return rows;
}
