// <secon-partner-map>: time to first render and cost of an arrow-key move with 10 to
// 10,000 partners, and the bytes the map adds to dist/secon-elements.js.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const name = 'partner-map';

const SIZES = [10, 100, 1000, 10000];
const KEYS = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];
const root = fileURLToPath(new URL('../..', import.meta.url));

/** gzip bytes of the ES bundle built with some modules replaced by `stubs` (path suffix → source). */
async function bundleSize(stubs = {}) {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    define: { __SECON_VERSION__: JSON.stringify('bench') },
    plugins: [
      {
        name: 'bench-stub',
        enforce: 'pre',
        load(id) {
          for (const [suffix, source] of Object.entries(stubs)) if (id.endsWith(suffix)) return source;
          return null;
        },
      },
    ],
    build: {
      target: 'es2022',
      write: false,
      minify: true,
      reportCompressedSize: false,
      rolldownOptions: {
        input: 'src/bundle.ts',
        preserveEntrySignatures: 'strict',
        output: { format: 'es', codeSplitting: false },
      },
    },
  });
  const code = (Array.isArray(result) ? result[0] : result).output[0].code;
  return gzipSync(code, { level: 9 }).length;
}

const NO_GEOMETRY =
  'export const VIEW_WIDTH = 1000, VIEW_HEIGHT = 1020; export const COUNTRIES = {}; export function project(a, b) { return [a, b]; }';

export async function run({ browser, baseUrl, stats }) {
  const rows = [];
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`${baseUrl}/bench/pages/partner-map.html`);
  await page.waitForFunction(() => customElements.get('secon-partner-map'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;

  for (const n of SIZES) {
    const runs = n >= 10000 ? 5 : 7;
    const render = [];
    await page.evaluate((count) => window.firstRender(count), n); // warm-up
    for (let i = 0; i < runs; i++) render.push(await page.evaluate((count) => window.firstRender(count), n));
    rows.push({
      case: name,
      metric: `first render, ${n.toLocaleString('en')} partners`,
      unit: 'ms',
      ...stats(render),
    });

    await page.evaluate(() => window.focusMiddle());
    const inPage = [];
    const toFrame = [];
    const real = [];
    for (let i = 0; i < 20; i++) {
      const result = await page.evaluate((key) => window.arrowMove(key), KEYS[i % KEYS.length]);
      inPage.push(result.script);
      toFrame.push(result.toFrame);
    }
    // The same through Chromium's real input pipeline, counting all script the page ran.
    for (let i = 0; i < 12; i++) {
      const before = await scriptSeconds();
      await page.keyboard.press(KEYS[i % KEYS.length]);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
      real.push((await scriptSeconds()) - before);
    }
    const evaluateCost = [];
    for (let i = 0; i < 12; i++) {
      const before = await scriptSeconds();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
      evaluateCost.push((await scriptSeconds()) - before);
    }
    const baseline = stats(evaluateCost).value;
    rows.push({
      case: name,
      metric: `arrow key, script in handler + update, ${n.toLocaleString('en')} partners`,
      unit: 'ms',
      ...stats(inPage),
    });
    rows.push({
      case: name,
      metric: `arrow key, all page script (CDP ScriptDuration), ${n.toLocaleString('en')} partners`,
      unit: 'ms',
      ...stats(real.map((s) => Math.max(0, (s - baseline) * 1000))),
    });
    rows.push({
      case: name,
      metric: `arrow key to next frame, ${n.toLocaleString('en')} partners`,
      unit: 'ms',
      ...stats(toFrame),
    });
  }
  await page.close();

  const full = await bundleSize();
  const noGeometry = await bundleSize({ 'src/data/europe-geometry.ts': NO_GEOMETRY });
  const noMap = await bundleSize({
    'src/components/partner-map/partner-map.ts': 'export class SeconPartnerMap extends HTMLElement {}',
  });
  const size = (metric, bytes) => ({ case: name, metric, value: bytes, unit: 'B gzip', spread: 0, runs: 1 });
  rows.push(size('bundle, dist/secon-elements.js', full));
  rows.push(size('added by the map: geometry', full - noGeometry));
  rows.push(size('added by the map: code, built-in data, styles, strings', noGeometry - noMap));
  rows.push(size('added by the map: total', full - noMap));
  return rows;
}
