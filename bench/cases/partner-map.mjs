// <secon-partner-map>: time to first render (the first frame that shows every partner on
// the map, and the end of the list, which is filled in after that frame), cost of an
// arrow-key move and of a zoom step (the "Zoom in" and "Zoom out" buttons) with 10 to
// 10,000 partners, and the bytes the map adds to dist/secon-elements.js.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBundle, gzip } from '../../scripts/size.mjs';
import { filterMessages } from '../../scripts/messages-filter.mjs';

export const name = 'partner-map';

const SIZES = [10, 100, 1000, 10000];
const KEYS = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];
// One zoom cycle: four steps in (×1.5 each, to 5.06) and four back out to the whole map.
const ZOOMS = [...Array(4).fill('Zoom in'), ...Array(4).fill('Zoom out')];
const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * gzip bytes of dist/secon-elements.js as the project's own build makes it, with some
 * modules replaced by `stubs` (path suffix → source). Nothing is written to disk.
 */
async function bundleSize(stubs = {}) {
  const stub = (id) => Object.entries(stubs).find(([suffix]) => id.endsWith(suffix))?.[1] ?? null;
  return gzip(await buildBundle({ load: stub }));
}

const NO_GEOMETRY =
  'export const VIEW_WIDTH = 1000, VIEW_HEIGHT = 1020; export const COUNTRY_CODES = new Set(); export const countryPaths = () => ({}); export function project(a, b) { return [a, b]; }';

export async function run({ browser, baseUrl, stats }) {
  const rows = [];
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`${baseUrl}/bench/pages/partner-map.html`);
  await page.waitForFunction(() => customElements.get('secon-partner-map'));
  await page.evaluate(() => window.recordClicks());
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
      metric: `first render (map), ${n.toLocaleString('en')} partners`,
      unit: 'ms',
      ...stats(render.map((r) => r.map)),
    });
    rows.push({
      case: name,
      metric: `list complete, ${n.toLocaleString('en')} partners`,
      unit: 'ms',
      ...stats(render.map((r) => r.list)),
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

    const cycles = n >= 10000 ? 2 : 3;
    const zoomed = { 'Zoom in': [], 'Zoom out': [] };
    for (let c = 0; c < cycles; c++)
      for (const label of ZOOMS) zoomed[label].push(await page.evaluate((l) => window.zoom(l), label));
    // The same with real clicks, timed from the input event's timestamp.
    await page.evaluate(() => {
      window.clicks = [];
      window.clickEntries = [];
    });
    let clicked = 0;
    for (let c = 0; c < cycles; c++)
      for (const label of ZOOMS) {
        await page.click(`secon-partner-map [part~="zoom-button"][aria-label="${label}"]`);
        await page.waitForFunction((count) => window.clicks.length >= count, ++clicked);
      }
    await page.waitForTimeout(200); // Event Timing entries arrive after the frame
    const { clicks, entries } = await page.evaluate(() => ({
      clicks: window.clicks,
      entries: window.clickEntries,
    }));
    const partners = `${n.toLocaleString('en')} partners`;
    for (const [label, results] of Object.entries(zoomed)) {
      const what = label.toLowerCase();
      rows.push(
        {
          case: name,
          metric: `${what} button, script in handler + update, ${partners}`,
          unit: 'ms',
          ...stats(results.map((r) => r.script)),
        },
        {
          case: name,
          metric: `${what} button to next frame, ${partners}`,
          unit: 'ms',
          ...stats(results.map((r) => r.toFrame)),
        },
      );
    }
    rows.push(
      {
        case: name,
        metric: `zoom button, real click: input to handlers + update done, ${partners}`,
        unit: 'ms',
        ...stats(clicks.map((r) => r.script)),
      },
      {
        case: name,
        metric: `zoom button, real click: input to next frame, ${partners}`,
        unit: 'ms',
        ...stats(clicks.map((r) => r.toFrame)),
      },
      {
        // Event Timing reports only durations of 16 ms or more: the others count as 16.
        case: name,
        metric: `zoom button, real click: Event Timing duration (${entries.length} of ${clicks.length} ≥ 16 ms; others counted as 16), ${partners}`,
        unit: 'ms',
        ...stats([...entries, ...Array(Math.max(0, clicks.length - entries.length)).fill(16)]),
      },
    );
  }
  await page.close();

  const noStrings = {};
  for (const locale of ['bg', 'de', 'el', 'es', 'hu', 'lv', 'nl', 'pl', 'pt', 'ro']) {
    const file = `src/generated/locales/${locale}.ts`;
    noStrings[file] = filterMessages(
      readFileSync(`${root}${file}`, 'utf8'),
      (id) => !id.startsWith('partner-map.'),
    );
  }
  const noGeometry = { 'src/data/europe-geometry.ts': NO_GEOMETRY };
  const noData = { ...noGeometry, 'src/data/partners.ts': 'export const SECON_PARTNERS = [];' };
  const noStyles = {
    ...noData,
    'src/components/partner-map/partner-map.styles.ts':
      "import { css } from 'lit'; export const styles = css``;",
  };
  const full = await bundleSize();
  const without = {
    strings: await bundleSize(noStrings),
    geometry: await bundleSize({ ...noStrings, ...noGeometry }),
    data: await bundleSize({ ...noStrings, ...noData }),
    styles: await bundleSize({ ...noStrings, ...noStyles }),
    map: await bundleSize({
      ...noStrings,
      'src/components/partner-map/partner-map.ts': 'export class SeconPartnerMap extends HTMLElement {}',
    }),
  };
  const size = (metric, bytes) => ({ case: name, metric, value: bytes, unit: 'B gzip', spread: 0, runs: 1 });
  rows.push(size('bundle, dist/secon-elements.js', full));
  rows.push(size('added by the map: total', full - without.map));
  rows.push(size('added by the map: geometry', without.strings - without.geometry));
  rows.push(size('added by the map: code, built-in data, styles', without.geometry - without.map));
  rows.push(size('  of which built-in data', without.geometry - without.data));
  rows.push(size('  of which styles', without.data - without.styles));
  rows.push(size('added by the map: its strings in 10 languages', full - without.strings));
  return rows;
}
