// <secon-partner-map> against its peer: the same partners drawn with Leaflet 1.9 and
// Leaflet.markercluster 1.5 (dev dependencies used only here), offline, in the same run.
// Rows: first render of each map for 10 to 10,000 partners, as wall time and as
// main-thread work, and the ratios Leaflet / partner map (and, for 1,000 and 10,000,
// Leaflet without clustering, one marker in the DOM per partner); bytes shipped by each
// (gzip and brotli: the whole bundle, dist/secon-partner-map.js with the map alone, the
// map's share of the whole bundle) and their ratios.
//
// Leaflet draws the partner map's own country outlines (src/data/europe-geometry.ts,
// turned back into longitude and latitude and written to bench/tmp/ as GeoJSON), one
// L.marker with a bound popup per partner, clustered from 1,000 partners on. Both pages
// have the same viewport, the same host width and the same partners (made by the
// generator both pages share, bench/pages/partners.js); Leaflet's box is
// the size of the partner map's frame.
//
// Three measures of the first render. A partner is shown by its own marker or by a marker
// that groups nearby partners (`.marker.group`, which counts its `data-count`); the
// partner map fills its list of partners after its first frame, and the list may still
// be filling when a measure ends.
// - "first render" is wall time: from creating the map to the first painted frame with
//   every partner shown (the partner map is checked after each frame until its markers
//   show every partner and no update is pending; Leaflet after one frame). Headless
//   Chromium begins a frame every 16.7 ms whatever the work, so this comes in steps of a
//   frame: two maps that both render within one frame read the same, however different
//   their cost.
// - "first render work" is the renderer's main-thread busy time over the same span,
//   from a performance trace (bench/trace.mjs): every task from creating the map to the
//   end of the first frame painted once every partner is shown (script, style, layout,
//   paint, commit), without the idle time waiting for the frame. It shows what each map
//   costs the page even where the frames are the same. Tracing slows the page a little,
//   so it runs apart from the wall-time runs; the case first checks the measure on 30 ms
//   of script (about 30 ms of work), three idle frames (next to none) and content that
//   comes while the first frame renders, as the partner map's markers do once it knows
//   its width (the window ends with that frame, before later timers), and reports it.
//   For 10,000 partners, rows split each map's work into script, style, layout, paint
//   and other.
// - "page load" opens a new page (bench/pages/load-partner-map.html with the map alone,
//   or bench/pages/leaflet.html?n=…, with its scripts and styles and its outlines
//   fetched as GeoJSON) in a new browser context, nothing cached, and measures
//   from the creation of its document to the end of the first frame that shows every
//   partner: wall time and main-thread work (bench/trace.mjs loadWork()), which now
//   include parsing and running each map's code. A page without a map
//   (load-empty.html) gives the part of that any page costs; a ratio row compares what
//   each map adds to it.
// Runs alternate between the two pages, so that both see the same load on the machine.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { brotli, gzip, measureSizes } from '../../scripts/size.mjs';
import { loadWork, mainThreadWork, selfCheck } from '../trace.mjs';

export const name = 'map-vs-leaflet';

const SIZES = [10, 100, 1000, 10000];
const root = fileURLToPath(new URL('../..', import.meta.url));
const VIEWPORT = { width: 1000, height: 900 };
/** Decimals of the GeoJSON's degrees: 0.01° is about 1 km, under a quarter of the outlines' grid. */
const DECIMALS = 2;

/** The partner map's outlines as a GeoJSON FeatureCollection in longitude and latitude. */
export async function outlinesGeoJson() {
  const source = readFileSync(`${root}src/data/europe-geometry.ts`, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const { countryPaths, VIEW_HEIGHT, VIEW_WIDTH, project } = await import(
    `data:text/javascript,${encodeURIComponent(outputText)}`
  );
  // project() is [r·sin(a) + x0, r·cos(a) + y0], r = K / tan(π/4 + φ/2)^N, a = c·(λ − λ0):
  // its constants, read from the generated source, invert it.
  const number = '(-?[\\d.]+)';
  const match = outputText.match(
    new RegExp(
      `${number} / Math\\.tan\\(.*?\\*\\* ${number};\\s*const a = ${number} \\* \\(lon - ${number}\\);\\s*return \\[r \\* Math\\.sin\\(a\\) ([+-]) ${number}, r \\* Math\\.cos\\(a\\) ([+-]) ${number}\\]`,
    ),
  );
  if (!match) throw new Error('map-vs-leaflet: project() in src/data/europe-geometry.ts has a new form');
  const [K, N, c, lon0] = match.slice(1, 5).map(Number);
  const x0 = Number(match[6]) * (match[5] === '-' ? -1 : 1);
  const y0 = Number(match[8]) * (match[7] === '-' ? -1 : 1);
  const unproject = (x, y) => {
    const dx = x - x0;
    const dy = y - y0;
    const lat = ((2 * Math.atan((K / Math.hypot(dx, dy)) ** (1 / N)) - Math.PI / 2) * 180) / Math.PI;
    return [lon0 + Math.atan2(dx, dy) / c, lat];
  };
  for (const [lon, lat] of [
    [-9, 38.7],
    [28, 60],
    [23.7, 37.9],
  ]) {
    const [a, b] = unproject(...project(lon, lat));
    if (Math.abs(a - lon) > 1e-6 || Math.abs(b - lat) > 1e-6)
      throw new Error(`map-vs-leaflet: the inverse projection is off at ${lon},${lat}`);
  }
  const round = (v) => Number(v.toFixed(DECIMALS));
  const features = Object.entries(countryPaths()).map(([code, d]) => ({
    type: 'Feature',
    id: code,
    properties: null,
    geometry: {
      type: 'MultiPolygon',
      coordinates: d
        .split('M')
        .filter(Boolean)
        .map((ring) => {
          const points = ring
            .replace('z', '')
            .trim()
            .split(' ')
            .map((p) => unproject(...p.split(',').map(Number)).map(round));
          return [[...points, points[0]]];
        }),
    },
  }));
  // Bounds to fit the map to: the view box's middle lines, from edge to edge (its corners
  // would reach far beyond what the partner map shows, in Leaflet's Mercator projection).
  const [west] = unproject(0, VIEW_HEIGHT / 2);
  const [east] = unproject(VIEW_WIDTH, VIEW_HEIGHT / 2);
  const [, north] = unproject(VIEW_WIDTH / 2, 0);
  const [, south] = unproject(VIEW_WIDTH / 2, VIEW_HEIGHT);
  const bbox = [west, south, east, north].map(round);
  return JSON.stringify({ type: 'FeatureCollection', bbox, features });
}

/** What the Leaflet page loads beyond its HTML, each file compressed on its own as a server sends it. */
const LEAFLET_FILES = [
  'node_modules/leaflet/dist/leaflet.js',
  'node_modules/leaflet/dist/leaflet.css',
  'node_modules/leaflet.markercluster/dist/leaflet.markercluster.js',
  'node_modules/leaflet.markercluster/dist/MarkerCluster.css',
  'node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css',
  'bench/tmp/europe-outlines.geojson',
  'bench/pages/leaflet-map.js',
];

export async function run({ browser, baseUrl, stats }) {
  const rows = [];
  const row = (metric, value, unit, spread = 0, runs = 1) => ({
    case: name,
    metric,
    value,
    unit,
    spread,
    runs,
  });
  /** A row of the median of `values`, with their spread and number. */
  const summary = (metric, values, unit = 'ms') => {
    const s = stats(values);
    return row(metric, s.value, unit, s.spread, s.runs);
  };

  const check = await selfCheck(browser);
  for (const [key, label] of [
    ['busy', '30 ms of script, then a frame'],
    ['idle', 'three idle frames'],
    ['resize', 'content from a ResizeObserver in the first frame, then a 20 ms timer'],
  ]) {
    for (const measure of ['work', 'wall']) {
      const s = stats(check[key].map((r) => r[measure]));
      rows.push(row(`first render work, self-check: ${label} (${measure})`, s.value, 'ms', s.spread, s.runs));
    }
  }

  mkdirSync(`${root}bench/tmp`, { recursive: true });
  writeFileSync(`${root}bench/tmp/europe-outlines.geojson`, await outlinesGeoJson());

  const ours = await browser.newPage({ viewport: VIEWPORT });
  await ours.goto(`${baseUrl}/bench/pages/partner-map.html`);
  await ours.waitForFunction(() => customElements.get('secon-partner-map'));
  const leaflet = await browser.newPage({ viewport: VIEWPORT });
  leaflet.on('pageerror', (error) => console.error('  leaflet page:', error));
  await leaflet.goto(`${baseUrl}/bench/pages/leaflet.html`);
  await leaflet.waitForFunction(() => window.firstRender && window.L?.markerClusterGroup);

  let data;
  /** As the Leaflet page measures: from creating the element to the first painted frame with every marker. */
  const renderOurs = async () => {
    await ours.bringToFront();
    return ours.evaluate(async (partners) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const host = document.getElementById('host');
      host.replaceChildren();
      await frame();
      const start = performance.now();
      const el = document.createElement('secon-partner-map');
      el.partners = partners;
      host.append(el);
      // The element learns its width from a ResizeObserver, whose update lands before the paint.
      for (let i = 0; i < 10; i++) {
        await frame();
        if (!el.isUpdatePending && window.shownOnMap(el) === partners.length) break;
      }
      const time = performance.now() - start;
      const shown = window.shownOnMap(el);
      if (shown !== partners.length) throw new Error(`expected ${partners.length} partners, saw ${shown}`);
      return time;
    }, data);
  };
  /** Main-thread work from creating the element to the end of the first frame that shows every partner. */
  const workOurs = async () => {
    await ours.bringToFront();
    await ours.evaluate(() => window.clearMap());
    return mainThreadWork(
      ours,
      (partners) => window.createMap(partners),
      (el, partners) => !el.isUpdatePending && window.shownOnMap(el) === partners.length,
      data,
    );
  };
  let box;
  const renderLeaflet = async (n, cluster) => {
    await leaflet.bringToFront();
    const { time } = await leaflet.evaluate(
      ([count, w, h, c]) => window.firstRender(count, w, h, c ?? undefined),
      [n, ...box, cluster ?? null],
    );
    return time;
  };
  const workLeaflet = async (n, cluster) => {
    await leaflet.bringToFront();
    await leaflet.evaluate((count) => window.prepare(count), n);
    return mainThreadWork(
      leaflet,
      ([w, h, c]) => window.createMap(w, h, c ?? undefined),
      (_map, [, , , count]) => window.shownOnMap() === count,
      [...box, cluster ?? null, n],
    );
  };

  const medians = {};
  const workMedians = {};
  for (const n of SIZES) {
    const runs = n >= 10000 ? 5 : 7;
    data = await leaflet.evaluate((count) => window.partners(count), n);
    await renderOurs(); // warm-up
    box ??= await ours.evaluate(() => {
      const r = document
        .querySelector('secon-partner-map')
        .shadowRoot.querySelector('.frame')
        .getBoundingClientRect();
      return [Math.round(r.width), Math.round(r.height)];
    });
    await renderLeaflet(n); // warm-up
    await workOurs(); // warm-up
    await workLeaflet(n); // warm-up
    const a = [];
    const b = [];
    const workA = [];
    const workB = [];
    for (let i = 0; i < runs; i++) {
      a.push(await renderOurs());
      b.push(await renderLeaflet(n));
      workA.push(await workOurs());
      workB.push(await workLeaflet(n));
    }
    const icons = await leaflet.evaluate(() => document.querySelectorAll('.leaflet-marker-icon').length);
    const label = `${n.toLocaleString('en')} partners`;
    const mine = stats(a);
    const theirs = stats(b);
    medians[n] = [mine.value, theirs.value];
    rows.push(row(`first render, ${label}: partner map`, mine.value, 'ms', mine.spread, mine.runs));
    rows.push(
      row(
        `first render, ${label}: Leaflet (${n >= 1000 ? `clustered, ${icons.toLocaleString('en')} icons` : `${icons} markers`})`,
        theirs.value,
        'ms',
        theirs.spread,
        theirs.runs,
      ),
    );
    const ratios = stats(a.map((t, i) => b[i] / t));
    rows.push(
      row(
        `first render, ${label}: Leaflet / partner map (runs in pairs)`,
        ratios.value,
        '×',
        ratios.spread,
        ratios.runs,
      ),
    );
    const myWork = stats(workA.map((r) => r.work));
    const theirWork = stats(workB.map((r) => r.work));
    workMedians[n] = [myWork.value, theirWork.value];
    rows.push(
      row(`first render work, ${label}: partner map`, myWork.value, 'ms', myWork.spread, myWork.runs),
    );
    rows.push(
      row(`first render work, ${label}: Leaflet`, theirWork.value, 'ms', theirWork.spread, theirWork.runs),
    );
    rows.push(
      summary(
        `first render work, ${label}: Leaflet / partner map (runs in pairs)`,
        workA.map((r, i) => workB[i].work / r.work),
        '×',
      ),
    );
    if (n === SIZES[SIZES.length - 1]) {
      for (const [map, results] of [
        ['partner map', workA],
        ['Leaflet', workB],
      ]) {
        for (const kind of Object.keys(results[0].breakdown)) {
          const s = stats(results.map((r) => r.breakdown[kind]));
          rows.push(row(`first render work, ${label}: ${map}, ${kind}`, s.value, 'ms', s.spread, s.runs));
        }
      }
    }
    if (n >= 1000) {
      // For comparison: Leaflet with one marker in the DOM per partner.
      await renderLeaflet(n, false);
      await workLeaflet(n, false);
      const c = [];
      const workC = [];
      for (let i = 0; i < 3; i++) {
        c.push(await renderLeaflet(n, false));
        workC.push(await workLeaflet(n, false));
      }
      const flat = stats(c);
      rows.push(
        row(`first render, ${label}: Leaflet without clustering`, flat.value, 'ms', flat.spread, flat.runs),
      );
      rows.push(
        row(`first render, ${label}: Leaflet without clustering / partner map`, flat.value / mine.value, '×'),
      );
      const flatWork = stats(workC.map((r) => r.work));
      rows.push(
        row(
          `first render work, ${label}: Leaflet without clustering`,
          flatWork.value,
          'ms',
          flatWork.spread,
          flatWork.runs,
        ),
      );
      rows.push(
        row(
          `first render work, ${label}: Leaflet without clustering / partner map`,
          flatWork.value / myWork.value,
          '×',
        ),
      );
    }
  }
  await ours.close();
  await leaflet.close();

  // Page loads: what a visitor's browser does from opening the page to the first frame
  // with every partner, bytes included (parsing and running each map's scripts).
  const load = async (page) => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const tab = await context.newPage();
      tab.on('pageerror', (error) => console.error(`  ${page}:`, error));
      return await loadWork(tab, `${baseUrl}/bench/pages/${page}`, () => window.benchDone?.() === true);
    } finally {
      await context.close();
    }
  };
  await load('load-empty.html'); // warm-up
  const empty = [];
  for (let i = 0; i < 7; i++) empty.push((await load('load-empty.html')).work);
  const baseline = stats(empty);
  rows.push(summary('page load work: a page without a map', empty));
  for (const n of SIZES) {
    const label = `${n.toLocaleString('en')} partners`;
    const mine = `load-partner-map.html?n=${n}`;
    const theirs = `leaflet.html?n=${n}&w=${box[0]}&h=${box[1]}`;
    await load(mine); // warm-up
    await load(theirs);
    const a = [];
    const b = [];
    for (let i = 0; i < 7; i++) {
      a.push(await load(mine));
      b.push(await load(theirs));
    }
    for (const [map, results] of [
      ['partner map (secon-partner-map.js)', a],
      ['Leaflet', b],
    ]) {
      rows.push(
        summary(
          `page load to first render, ${label}: ${map}`,
          results.map((r) => r.wall),
        ),
      );
      rows.push(
        summary(
          `page load work, ${label}: ${map}`,
          results.map((r) => r.work),
        ),
      );
    }
    rows.push(
      summary(
        `page load work, ${label}: Leaflet / partner map (runs in pairs)`,
        a.map((r, i) => b[i].work / r.work),
        '×',
      ),
    );
    // What each map adds to a page that shows nothing else.
    const added = (results) => stats(results.map((r) => r.work)).value - baseline.value;
    rows.push(
      row(
        `page load work beyond a page without a map, ${label}: Leaflet / partner map`,
        added(b) / added(a),
        '×',
      ),
    );
  }
  rows.push(
    row('first render, 10,000 / 1,000 partners: partner map', medians[10000][0] / medians[1000][0], '×'),
  );
  rows.push(row('first render, 10,000 / 1,000 partners: Leaflet', medians[10000][1] / medians[1000][1], '×'));
  rows.push(
    row(
      'first render work, 10,000 / 1,000 partners: partner map',
      workMedians[10000][0] / workMedians[1000][0],
      '×',
    ),
  );
  rows.push(
    row(
      'first render work, 10,000 / 1,000 partners: Leaflet',
      workMedians[10000][1] / workMedians[1000][1],
      '×',
    ),
  );

  const { bundles, elements } = await measureSizes({ elements: true });
  const bundle = bundles['dist/secon-elements.js'];
  const share = elements['secon-partner-map'];
  const mapOnly = bundles['dist/secon-partner-map.js'];
  const peer = { gzip: 0, brotli: 0 };
  for (const file of LEAFLET_FILES) {
    const bytes = readFileSync(`${root}${file}`);
    peer.gzip += gzip(bytes);
    peer.brotli += brotli(bytes);
    rows.push(row(`bytes, Leaflet page: ${file.split('/').pop()}`, gzip(bytes), 'B gzip'));
  }
  for (const format of ['gzip', 'brotli']) {
    rows.push(row('bytes, partner map: whole dist/secon-elements.js', bundle[format], `B ${format}`));
    rows.push(row('bytes, partner map: its share of the bundle', share[format], `B ${format}`));
    rows.push(
      row('bytes, partner map: dist/secon-partner-map.js (the map alone)', mapOnly[format], `B ${format}`),
    );
    rows.push(row('bytes, Leaflet page: all of the above', peer[format], `B ${format}`));
    rows.push(row('bytes, Leaflet / whole bundle', peer[format] / bundle[format], `× ${format}`));
    rows.push(row('bytes, Leaflet / the map alone', peer[format] / mapOnly[format], `× ${format}`));
    rows.push(row('bytes, Leaflet / the map\u2019s share', peer[format] / share[format], `× ${format}`));
  }
  return rows;
}
