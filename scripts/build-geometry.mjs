#!/usr/bin/env node
// `npm run geometry`: writes src/data/europe-geometry.ts, the country outlines of
// <secon-partner-map>, from Natural Earth's 1:50m countries (npm `world-atlas`, public
// domain). Countries are simplified on the sphere with their shared borders kept
// shared, projected with a Lambert conformal conic projection of Europe (ETRS89-LCC,
// EPSG:3034: origin 52°N 10°E, standard parallels 35°N and 65°N), clipped to the
// frame, rounded to whole units of the view box and written as compact SVG paths.
// The output is committed, so a normal build does not need this script.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { geoConicConformal, geoContains, geoPath } from 'd3-geo';
import { format, resolveConfig } from 'prettier';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const out = new URL('../src/data/europe-geometry.ts', import.meta.url);

/** Width of the view box; the height follows from the frame. */
const WIDTH = 1000;
/** Share of Natural Earth's points kept, the most significant first (Visvalingam weight on the sphere). */
const KEEP = Number(process.env.GEOMETRY_KEEP ?? 0.35);
/** Rings smaller than this (in square view-box units) are dropped, unless they are a country's only land. */
const MIN_RING_AREA = 2.5;

/** The projection's parameters; the run-time `project()` in the generated module mirrors them. */
const LON0 = 10;
const LAT0 = 52;
const PARALLELS = [35, 65];

/**
 * The frame: points that must be inside the map (Iceland's west coast, North Cape,
 * Ukraine's east, Cyprus, Crete, Cabo da Roca), plus a margin.
 */
const FRAME_POINTS = [
  [-24.6, 65.5],
  [-24, 63.3],
  [25.8, 71.2],
  [31.2, 70.3],
  [40.3, 49.6],
  [40.2, 47.2],
  [34.7, 35.6],
  [24, 34.8],
  [-9.6, 38.7],
  [-9.3, 43.2],
  [-10.5, 51.9],
  [-6.2, 36],
];
const MARGIN = 0.03;

/** ISO 3166-1 numeric → alpha-2 of every country drawn. `partner` countries must be here. */
const ISO = {
  // European Union
  '040': 'AT',
  '056': 'BE',
  100: 'BG',
  191: 'HR',
  196: 'CY',
  203: 'CZ',
  208: 'DK',
  233: 'EE',
  246: 'FI',
  250: 'FR',
  276: 'DE',
  300: 'GR',
  348: 'HU',
  372: 'IE',
  380: 'IT',
  428: 'LV',
  440: 'LT',
  442: 'LU',
  470: 'MT',
  528: 'NL',
  616: 'PL',
  620: 'PT',
  642: 'RO',
  703: 'SK',
  705: 'SI',
  724: 'ES',
  752: 'SE',
  // EEA, Switzerland, the UK and Crown dependencies, Åland
  352: 'IS',
  438: 'LI',
  578: 'NO',
  756: 'CH',
  826: 'GB',
  831: 'GG',
  832: 'JE',
  833: 'IM',
  248: 'AX',
  // Western Balkans (Kosovo has no numeric code: matched by name below), Ukraine, Moldova, Turkey
  '008': 'AL',
  '070': 'BA',
  499: 'ME',
  807: 'MK',
  688: 'RS',
  804: 'UA',
  498: 'MD',
  792: 'TR',
  // Small states
  '020': 'AD',
  492: 'MC',
  674: 'SM',
  336: 'VA',
  // Neighbours, for context
  112: 'BY',
  643: 'RU',
  268: 'GE',
  '051': 'AM',
  '031': 'AZ',
  504: 'MA',
  '012': 'DZ',
  788: 'TN',
  434: 'LY',
  818: 'EG',
  760: 'SY',
  368: 'IQ',
  364: 'IR',
  422: 'LB',
  376: 'IL',
  400: 'JO',
  275: 'PS',
  398: 'KZ',
  682: 'SA',
  304: 'GL',
  234: 'FO',
};
/** Geometries without a numeric code, by Natural Earth name. */
const BY_NAME = { Kosovo: 'XK', 'N. Cyprus': 'CY' };

const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const geometries = topology.objects.countries.geometries;

// Simplify on the sphere, keeping arcs shared: neighbouring countries keep one border.
const presimplified = presimplify(topology, sphericalTriangleArea);
const simplified = simplify(presimplified, quantile(presimplified, KEEP));

/** Crimea is Ukraine (UN General Assembly resolution 68/262); Natural Earth files it under Russia. */
const SIMFEROPOL = [34.1, 44.95];
function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  return [];
}

const parts = new Map();
for (const geometry of geometries) {
  const code = ISO[geometry.id] ?? BY_NAME[geometry.properties?.name];
  if (!code) continue;
  for (const arcs of polygonsOf(geometry)) {
    const polygon = { type: 'Polygon', arcs };
    let owner = code;
    if (code === 'RU' && geoContains(feature(topology, polygon), SIMFEROPOL)) owner = 'UA';
    if (!parts.has(owner)) parts.set(owner, []);
    parts.get(owner).push(polygon);
  }
}
for (const code of new Set([...Object.values(ISO), ...Object.values(BY_NAME)])) {
  if (!parts.has(code)) throw new Error(`build-geometry: no outline for ${code} in world-atlas`);
}

const projection = geoConicConformal().parallels(PARALLELS).rotate([-LON0, 0]).center([0, LAT0]).precision(0);
const frame = { type: 'MultiPoint', coordinates: FRAME_POINTS };
projection.fitWidth(WIDTH * (1 - 2 * MARGIN), frame);
const [[x0, y0], [, y1]] = geoPath(projection).bounds(frame);
const pad = WIDTH * MARGIN;
const HEIGHT = Math.round(y1 - y0 + 2 * pad);
const [tx, ty] = projection.translate();
projection.translate([tx - x0 + pad, ty - y0 + pad]);
// Clip a little outside the view box so that the cut edges of countries are never seen.
projection.clipExtent([
  [-8, -8],
  [WIDTH + 8, HEIGHT + 8],
]);

// The run-time projection: d3's conic conformal raw projection, scaled and translated.
const halfPi = Math.PI / 2;
const radians = Math.PI / 180;
const tany = (y) => Math.tan((halfPi + y) / 2);
const [p0, p1] = PARALLELS.map((p) => p * radians);
const N = Math.log(Math.cos(p0) / Math.cos(p1)) / Math.log(tany(p1) / tany(p0));
const F = (Math.cos(p0) * Math.pow(tany(p0), N)) / N;
const K = projection.scale() * F;
const raw = (lon, lat) => {
  const r = 1 / Math.pow(tany(lat * radians), N);
  const a = N * (lon - LON0) * radians;
  return [r * Math.sin(a), r * Math.cos(a)];
};
const [rx, ry] = raw(LON0, LAT0);
const [cx, cy] = projection([LON0, LAT0]);
const DX = cx - K * rx;
const DY = cy - K * ry;
const project = (lon, lat) => {
  const [a, b] = raw(lon, lat);
  return [K * a + DX, K * b + DY];
};
for (const [lon, lat] of [...FRAME_POINTS, [22.38, 37.51], [-8.48, 40.84], [24.1, 56.95]]) {
  const [ax, ay] = project(lon, lat);
  const [bx, by] = projection([lon, lat]);
  if (Math.hypot(ax - bx, ay - by) > 1e-6)
    throw new Error(`build-geometry: run-time projection differs at ${lon},${lat}`);
}

/** Collects projected rings of one country as integer points. */
function rings(geo) {
  const result = [];
  let ring;
  const context = {
    moveTo(x, y) {
      ring = [[Math.round(x), Math.round(y)]];
      result.push(ring);
    },
    lineTo(x, y) {
      const p = [Math.round(x), Math.round(y)];
      const last = ring[ring.length - 1];
      if (p[0] !== last[0] || p[1] !== last[1]) ring.push(p);
    },
    closePath() {},
    arc() {},
  };
  geoPath(projection, context)(geo);
  return result
    .map((r) => {
      if (r.length > 1 && r[0][0] === r.at(-1)[0] && r[0][1] === r.at(-1)[1]) r.pop();
      return r;
    })
    .filter((r) => r.length >= 3);
}

const area = (ring) => {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i];
    const [bx, by] = ring[(i + 1) % ring.length];
    sum += ax * by - bx * ay;
  }
  return Math.abs(sum / 2);
};

/** `M x y l dx dy dx dy … z`, the shortest path syntax for integer rings. */
function encode(ring) {
  let d = `M${ring[0][0]} ${ring[0][1]}l`;
  let first = true;
  for (let i = 1; i < ring.length; i++) {
    const dx = ring[i][0] - ring[i - 1][0];
    const dy = ring[i][1] - ring[i - 1][1];
    const pair = `${dx}${dy < 0 ? '' : ' '}${dy}`;
    d += first || dx < 0 ? pair : ` ${pair}`;
    first = false;
  }
  return `${d}z`;
}

/** A small diamond for a state too small to see at this scale (Vatican, Monaco). */
function marker(geo) {
  const [x, y] = geoPath(projection).centroid(geo).map(Math.round);
  return `M${x} ${y - 2}l2 2-2 2-2-2z`;
}

const countries = {};
let points = 0;
for (const [code, polygons] of [...parts].sort(([a], [b]) => a.localeCompare(b))) {
  const geo = polygons.length === 1 ? feature(simplified, polygons[0]) : merge(simplified, polygons);
  const all = rings(geo);
  let kept = all.filter((r) => area(r) >= MIN_RING_AREA);
  if (!kept.length && all.length) kept = [all.reduce((a, b) => (area(a) >= area(b) ? a : b))];
  if (!kept.length) {
    const whole = polygons.length === 1 ? feature(topology, polygons[0]) : merge(topology, polygons);
    const [[bx0, by0], [bx1, by1]] = geoPath(projection).bounds(whole);
    if (bx1 < 0 || by1 < 0 || bx0 > WIDTH || by0 > HEIGHT) continue; // outside the frame
    countries[code] = marker(whole);
    continue;
  }
  points += kept.reduce((n, r) => n + r.length, 0);
  countries[code] = kept.map(encode).join('');
}

const round = (n) => Number(n.toPrecision(12));
const plus = (n) => (n < 0 ? `- ${round(-n)}` : `+ ${round(n)}`);
const source = `// Generated by scripts/build-geometry.mjs from Natural Earth 1:50m (world-atlas, public
// domain): do not edit. Regenerate with \`npm run geometry\`.

/** Width and height of the map's view box. */
export const VIEW_WIDTH = ${WIDTH};
export const VIEW_HEIGHT = ${HEIGHT};

/**
 * Projects longitude and latitude (degrees) into the view box with the projection the
 * outlines were drawn with: Lambert conformal conic, origin ${LAT0}°N ${LON0}°E, standard
 * parallels ${PARALLELS[0]}°N and ${PARALLELS[1]}°N (as EPSG:3034, on the sphere).
 */
export function project(lon: number, lat: number): [number, number] {
  const r = ${round(K)} / Math.tan(Math.PI / 4 + (lat * Math.PI) / 360) ** ${round(N)};
  const a = ${round(N * radians)} * (lon - ${LON0});
  return [r * Math.sin(a) ${plus(DX)}, r * Math.cos(a) ${plus(DY)}];
}

/** SVG path data of each country (ISO 3166-1 alpha-2), in view-box units. */
export const COUNTRIES: Readonly<Record<string, string>> = ${JSON.stringify(countries, null, 2)
  .replace(/"([A-Z]{2})":/g, '$1:')
  .replace(/"/g, "'")};
`;
const formatted = await format(source, {
  ...(await resolveConfig(fileURLToPath(out))),
  parser: 'typescript',
});
writeFileSync(out, formatted);
console.log(
  `build-geometry: ${Object.keys(countries).length} countries, ${points} points, view box ${WIDTH}×${HEIGHT}, ${(formatted.length / 1024).toFixed(1)} KB`,
);
