// <secon-partner-map> against its peer: the same partners drawn with Leaflet 1.9 and
// Leaflet.markercluster 1.5 (dev dependencies used only here), offline, in the same run.
// Rows: time to first render of each map for 10 to 10,000 partners and the ratio
// Leaflet / partner map; bytes shipped by each (gzip and brotli) and their ratio.
//
// Leaflet draws the partner map's own country outlines (src/data/europe-geometry.ts,
// turned back into longitude and latitude and written to bench/tmp/ as GeoJSON), one
// L.marker with a bound popup per partner, clustered from 1,000 partners on. Both pages
// have the same viewport, the same host width and the same partners; Leaflet's box is
// the size of the partner map's frame. "First render" is, for both, the time from
// creating the map to the first painted frame with every marker or cluster in the DOM.
// Runs alternate between the two pages, so that both see the same load on the machine.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import ts from 'typescript';
import { measureSizes } from '../../scripts/size.mjs';

export const name = 'map-vs-leaflet';

const SIZES = [10, 100, 1000, 10000];
const root = fileURLToPath(new URL('../..', import.meta.url));
const VIEWPORT = { width: 1000, height: 900 };
/** Decimals of the GeoJSON's degrees: 0.01° is about 1 km, under a quarter of the outlines' grid. */
const DECIMALS = 2;

/** The partner map's outlines as a GeoJSON FeatureCollection in longitude and latitude. */
async function outlinesGeoJson() {
  const source = readFileSync(`${root}src/data/europe-geometry.ts`, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const { COUNTRIES, VIEW_HEIGHT, VIEW_WIDTH, project } = await import(
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
  const features = Object.entries(COUNTRIES).map(([code, d]) => ({
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
  // The view box's outline, as bounds to fit the map to.
  const edge = [];
  for (let s = 0; s <= 1; s += 0.125)
    edge.push(
      [s * VIEW_WIDTH, 0],
      [s * VIEW_WIDTH, VIEW_HEIGHT],
      [0, s * VIEW_HEIGHT],
      [VIEW_WIDTH, s * VIEW_HEIGHT],
    );
  const lons = edge.map(([x, y]) => unproject(x, y)[0]);
  const lats = edge.map(([x, y]) => unproject(x, y)[1]);
  const bbox = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)].map(round);
  return JSON.stringify({ type: 'FeatureCollection', bbox, features });
}

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

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

  mkdirSync(`${root}bench/tmp`, { recursive: true });
  writeFileSync(`${root}bench/tmp/europe-outlines.geojson`, await outlinesGeoJson());

  const ours = await browser.newPage({ viewport: VIEWPORT });
  await ours.goto(`${baseUrl}/bench/pages/partner-map.html`);
  await ours.waitForFunction(() => customElements.get('secon-partner-map'));
  const leaflet = await browser.newPage({ viewport: VIEWPORT });
  leaflet.on('pageerror', (error) => console.error('  leaflet page:', error));
  await leaflet.goto(`${baseUrl}/bench/pages/leaflet.html`);
  await leaflet.waitForFunction(() => window.firstRender && window.L?.markerClusterGroup);

  const renderOurs = async (n) => {
    await ours.bringToFront();
    return ours.evaluate((count) => window.firstRender(count), n);
  };
  let box;
  const renderLeaflet = async (n) => {
    await leaflet.bringToFront();
    const { time } = await leaflet.evaluate(([count, w, h]) => window.firstRender(count, w, h), [n, ...box]);
    return time;
  };

  const medians = {};
  for (const n of SIZES) {
    const runs = n >= 10000 ? 5 : 7;
    await renderOurs(n); // warm-up
    box ??= await ours.evaluate(() => {
      const r = document
        .querySelector('secon-partner-map')
        .shadowRoot.querySelector('.frame')
        .getBoundingClientRect();
      return [Math.round(r.width), Math.round(r.height)];
    });
    const sameData = await ours.evaluate(() =>
      JSON.stringify(document.querySelector('secon-partner-map').partners),
    );
    if (sameData !== (await leaflet.evaluate((count) => JSON.stringify(window.partners(count)), n)))
      throw new Error('map-vs-leaflet: the two pages do not draw the same partners');
    await renderLeaflet(n); // warm-up
    const a = [];
    const b = [];
    for (let i = 0; i < runs; i++) {
      a.push(await renderOurs(n));
      b.push(await renderLeaflet(n));
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
  }
  await ours.close();
  await leaflet.close();
  rows.push(
    row('first render, 10,000 / 1,000 partners: partner map', medians[10000][0] / medians[1000][0], '×'),
  );
  rows.push(row('first render, 10,000 / 1,000 partners: Leaflet', medians[10000][1] / medians[1000][1], '×'));

  const { bundles, elements } = await measureSizes({ elements: true });
  const bundle = bundles['dist/secon-elements.js'];
  const share = elements['secon-partner-map'];
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
    rows.push(row('bytes, Leaflet page: all of the above', peer[format], `B ${format}`));
    rows.push(row('bytes, Leaflet / whole bundle', peer[format] / bundle[format], `× ${format}`));
    rows.push(row('bytes, Leaflet / the map\u2019s share', peer[format] / share[format], `× ${format}`));
  }
  return rows;
}
