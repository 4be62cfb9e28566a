#!/usr/bin/env node
// `npm run geometry`: writes src/data/europe-geometry.ts, the country outlines of
// <secon-partner-map>, from Natural Earth's 1:50m countries (npm `world-atlas`, public
// domain). Outlines are projected with a Lambert conformal conic projection of Europe
// (ETRS89-LCC, EPSG:3034: origin 52°N 10°E, standard parallels 35°N and 65°N),
// simplified with their shared borders kept shared, clipped to the frame, snapped to a
// grid of GRID view-box units and written in a compact text form (below) that the
// module decodes into SVG paths when it loads. The output is committed, so a normal
// build does not need this script.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { geoConicConformal, geoContains, geoPath } from 'd3-geo';
import { format, resolveConfig } from 'prettier';
import { feature, merge } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const out = new URL('../src/data/europe-geometry.ts', import.meta.url);

/** Width of the view box; the height follows from the frame. */
const WIDTH = 1000;
/**
 * The map is drawn from phones up to about 1000 CSS px wide, where one view-box unit is
 * at most one pixel. Points are snapped to a grid of this many units: at most a pixel
 * off at that size, a third of one on a phone.
 */
const GRID = 2;
/**
 * Visvalingam simplification: a point goes when the triangle it makes with its
 * neighbours is smaller than this, in square view-box units (square pixels on a
 * 1000 px-wide map, an eighth of that on a 360 px phone). Neighbours outside the
 * partnership's area are drawn coarser.
 */
const MIN_TRIANGLE = 14;
const MIN_TRIANGLE_NEIGHBOURS = 16 * MIN_TRIANGLE;
/**
 * Islands smaller than this (square view-box units) are dropped, unless they are a
 * country's only land; a state too small to draw becomes a small diamond.
 */
const MIN_RING_AREA = 3;

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
};
/** Neighbours, drawn for context only and more coarsely. */
const NEIGHBOURS = {
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

const codeOf = (geometry) =>
  ISO[geometry.id] ?? NEIGHBOURS[geometry.id] ?? BY_NAME[geometry.properties?.name];
const isNeighbour = (code) => Object.values(NEIGHBOURS).includes(code);

const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const geometries = topology.objects.countries.geometries;

const projection = geoConicConformal().parallels(PARALLELS).rotate([-LON0, 0]).center([0, LAT0]).precision(0);
const frame = { type: 'MultiPoint', coordinates: FRAME_POINTS };
projection.fitWidth(WIDTH * (1 - 2 * MARGIN), frame);
const [[x0, y0], [, y1]] = geoPath(projection).bounds(frame);
const pad = WIDTH * MARGIN;
const HEIGHT = Math.round(y1 - y0 + 2 * pad);
const [tx, ty] = projection.translate();
projection.translate([tx - x0 + pad, ty - y0 + pad]);

// Simplify by the area each point adds on the map, keeping arcs shared: neighbouring
// countries keep one border. Arcs that only neighbours use weigh less, so go sooner.
const mapArea = (triangle) => {
  const [[ax, ay], [bx, by], [cx, cy]] = triangle.map((point) => projection([point[0], point[1]]));
  return Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2;
};
const presimplified = presimplify(topology, mapArea);
const partnershipArcs = new Set();
const collectArcs = (arcs) =>
  Array.isArray(arcs) ? arcs.forEach(collectArcs) : partnershipArcs.add(arcs < 0 ? ~arcs : arcs);
for (const geometry of geometries) {
  const code = codeOf(geometry);
  if (code && !isNeighbour(code)) collectArcs(geometry.arcs);
}
presimplified.arcs.forEach((arc, i) => {
  if (!partnershipArcs.has(i)) for (const point of arc) point[2] *= MIN_TRIANGLE / MIN_TRIANGLE_NEIGHBOURS;
});
const simplified = simplify(presimplified, MIN_TRIANGLE);

/** Crimea is Ukraine (UN General Assembly resolution 68/262); Natural Earth files it under Russia. */
const SIMFEROPOL = [34.1, 44.95];
function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  return [];
}

const parts = new Map();
for (const geometry of geometries) {
  const code = codeOf(geometry);
  if (!code) continue;
  for (const arcs of polygonsOf(geometry)) {
    const polygon = { type: 'Polygon', arcs };
    let owner = code;
    if (code === 'RU' && geoContains(feature(topology, polygon), SIMFEROPOL)) owner = 'UA';
    if (!parts.has(owner)) parts.set(owner, []);
    parts.get(owner).push(polygon);
  }
}
for (const code of new Set([
  ...Object.values(ISO),
  ...Object.values(NEIGHBOURS),
  ...Object.values(BY_NAME),
])) {
  if (!parts.has(code)) throw new Error(`build-geometry: no outline for ${code} in world-atlas`);
}

// Clip a little outside the view box so that the cut edges of countries are never seen.
const clipped = projection.clipExtent([
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

/** Collects projected rings of one country as points on the grid. */
function rings(geo) {
  const result = [];
  let ring;
  const snap = (x, y) => [Math.round(x / GRID), Math.round(y / GRID)];
  const context = {
    moveTo(x, y) {
      ring = [snap(x, y)];
      result.push(ring);
    },
    lineTo(x, y) {
      const p = snap(x, y);
      const last = ring[ring.length - 1];
      if (p[0] !== last[0] || p[1] !== last[1]) ring.push(p);
    },
    closePath() {},
    arc() {},
  };
  geoPath(clipped, context)(geo);
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
  return Math.abs(sum / 2) * GRID * GRID;
};

/** A small diamond for a state too small to see at this scale (Vatican, Monaco). */
function diamond(geo) {
  const [x, y] = geoPath(clipped)
    .centroid(geo)
    .map((v) => Math.round(v / GRID));
  return [
    [x, y - 1],
    [x + 1, y],
    [x, y + 1],
    [x - 1, y],
  ];
}

/*
 * The compact form: lower-case letters as digits 0 to 25, and four signs. Each country
 * is a string of rings; a ring is a sequence of arcs, cut where the country on the other
 * side changes, so that a border two countries share is written once and referred to
 * the second time:
 *   START + x + y             starts a ring at (x, y), each a two-digit number;
 *   two digits                draw a line by (dx, dy), each the digit minus RANGE;
 *   CUT                       ends the arc being drawn; the next one starts where it ends;
 *   BACK + n                  draws the earlier arc n backwards (every arc drawn counts,
 *                             in order): rings all turn the same way, so a shared border
 *                             runs backwards in the second country.
 * Coordinates are in grid units, offset by OFFSET so that they are never negative.
 *
 * Letters because the bundle's code is mostly letters too, and gzip codes both with one
 * Huffman table: the most common steps get the letters most common in minified code
 * (LETTERS, most common first), so that the table stays short for both.
 */
const LETTERS = 'etriansolcpduhmbgfvywkxzjq';
const BASE = LETTERS.length;
const RANGE = (BASE - 1) >> 1;
const OFFSET = 8;
const [START, CUT, BACK] = ' ,;';
/** The letter of each digit, set once the steps are known; see `encode()`. */
let DIGITS = LETTERS;
const digit = (n) => {
  if (!(n >= 0 && n < BASE)) throw new Error(`build-geometry: ${n} does not fit one digit`);
  return DIGITS[n];
};
const number = (n) => digit(Math.floor(n / BASE)) + digit(n % BASE);
/**
 * Splits segments longer than RANGE grid units (the longest one digit of the compact
 * form can draw) into equal steps, the same way in both directions.
 */
function splitLongSegments(ring) {
  return ring.flatMap((a, i) => {
    const b = ring[(i + 1) % ring.length];
    const steps = Math.ceil(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) / RANGE);
    const [p, q] = a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? [a, b] : [b, a];
    const between = [];
    for (let s = 1; s < steps; s++) {
      between.push([0, 1].map((k) => p[k] + Math.round(((q[k] - p[k]) * s) / steps)));
    }
    return [a, ...(p === a ? between : between.reverse())];
  });
}

const countryRings = new Map();
let points = 0;
for (const [code, polygons] of [...parts].sort(([a], [b]) => a.localeCompare(b))) {
  const geo = polygons.length === 1 ? feature(simplified, polygons[0]) : merge(simplified, polygons);
  const all = rings(geo);
  let kept = all.filter((r) => area(r) >= MIN_RING_AREA);
  if (!kept.length && all.length) kept = [all.reduce((a, b) => (area(a) >= area(b) ? a : b))];
  if (!kept.length) {
    const whole = polygons.length === 1 ? feature(topology, polygons[0]) : merge(topology, polygons);
    const [[bx0, by0], [bx1, by1]] = geoPath(clipped).bounds(whole);
    if (bx1 < 0 || by1 < 0 || bx0 > WIDTH || by0 > HEIGHT) continue; // outside the frame
    kept = [diamond(whole)];
  }
  kept = kept.map(splitLongSegments);
  points += kept.reduce((n, r) => n + r.length, 0);
  countryRings.set(code, kept);
}

const segmentKey = (a, b) => `${a}|${b}`;
const pointsKey = (pts) => pts.join(';');

/** Which country draws each directed segment. */
const segmentOwner = new Map();
for (const [code, list] of countryRings)
  for (const ring of list)
    ring.forEach((p, i) => segmentOwner.set(segmentKey(p, ring[(i + 1) % ring.length]), code));

/** Writes every country in the compact form, and the SVG path each should decode to. */
function encode() {
  const arcIndex = new Map();
  const encoded = {};
  const expected = {};
  for (const [code, list] of countryRings) {
    let text = '';
    let paths = '';
    for (let ring of list) {
      const n = ring.length;
      // The country across segment i (from point i to i + 1), if any.
      const across = (i) => segmentOwner.get(segmentKey(ring[(i + 1) % n], ring[i])) ?? '';
      const cuts = [];
      for (let i = 0; i < n; i++) if (across((i + n - 1) % n) !== across(i)) cuts.push(i);
      if (cuts.length) {
        const first = cuts[0];
        ring = [...ring.slice(first), ...ring.slice(0, first)];
        for (let k = 0; k < cuts.length; k++) cuts[k] -= first;
      } else {
        cuts.push(0);
      }
      text += `${START}${number(ring[0][0] + OFFSET)}${number(ring[0][1] + OFFSET)}`;
      paths += `M${[...ring, ring[0]].map(([x, y]) => [x * GRID, y * GRID]).join(' ')}z`;
      let drawing = false;
      cuts.forEach((from, k) => {
        const to = cuts[k + 1] ?? n;
        const arc = [];
        for (let i = from; i <= to; i++) arc.push(ring[i % n]);
        const earlier = arcIndex.get(pointsKey([...arc].reverse()));
        if (earlier !== undefined) {
          text += `${BACK}${number(earlier)}`;
          drawing = false;
          return;
        }
        if (drawing) text += CUT;
        for (let i = 1; i < arc.length; i++) {
          text += digit(arc[i][0] - arc[i - 1][0] + RANGE) + digit(arc[i][1] - arc[i - 1][1] + RANGE);
        }
        arcIndex.set(pointsKey(arc), arcIndex.size);
        drawing = true;
      });
    }
    encoded[code] = text;
    expected[code] = paths;
  }
  return { encoded, expected, arcs: arcIndex.size };
}

// The most common digits get the most common letters.
const counts = new Array(BASE).fill(0);
for (const text of Object.values(encode().encoded))
  for (const c of text) if (LETTERS.includes(c)) counts[LETTERS.indexOf(c)]++;
const ranked = [...counts.keys()].sort((a, b) => counts[b] - counts[a] || a - b);
DIGITS = ranked.reduce((letters, value, rank) => ((letters[value] = LETTERS[rank]), letters), []).join('');
const { encoded, expected, arcs } = encode();

const decoder = `/** Decodes the outlines written by scripts/build-geometry.mjs into SVG path data. */
function decode(outlines: Record<string, string>): Record<string, string> {
  const arcs: number[][][] = [];
  const paths: Record<string, string> = {};
  for (const code in outlines) {
    const text = outlines[code]!;
    let d = '';
    let ring: number[][] = [];
    let arc: number[][] = [];
    let i = 0;
    const digit = () => '${DIGITS}'.indexOf(text[i++]!);
    const number = () => (digit() * ${BASE} + digit() - ${OFFSET}) * ${GRID};
    const cut = () => {
      if (arc.length > 1) arcs.push(arc);
      arc = ring.slice(-1);
    };
    while (i < text.length) {
      const c = text[i++];
      if (c === '${START}') {
        cut();
        if (ring.length) d += \`M\${ring.join(' ')}z\`;
        ring = [[number(), number()]];
        arc = ring.slice();
      } else if (c === '${CUT}') {
        cut();
      } else if (c === '${BACK}') {
        cut();
        ring.push(...arcs[digit() * ${BASE} + digit()]!.slice(0, -1).reverse());
        arc = ring.slice(-1);
      } else {
        i--;
        const [x, y] = ring[ring.length - 1]!;
        const point = [x! + (digit() - ${RANGE}) * ${GRID}, y! + (digit() - ${RANGE}) * ${GRID}];
        ring.push(point);
        arc.push(point);
      }
    }
    cut();
    paths[code] = \`\${d}M\${ring.join(' ')}z\`;
  }
  return paths;
}`;

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

${decoder}

/** The encoded outlines of each country (ISO 3166-1 alpha-2). */
const OUTLINES: Readonly<Record<string, string>> = {
${Object.entries(encoded)
  .map(([code, text]) => `  ${code}: ${JSON.stringify(text).replace(/^"|"$/g, "'")},`)
  .join('\n')}
};

/** The countries drawn (ISO 3166-1 alpha-2), known without decoding their outlines. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(Object.keys(OUTLINES));

let paths: Readonly<Record<string, string>> | undefined;

/**
 * SVG path data of each country (ISO 3166-1 alpha-2), in view-box units. Decoded on
 * first use, not when the bundle loads: a page without a map never pays for it.
 */
export const countryPaths = (): Readonly<Record<string, string>> => (paths ??= decode(OUTLINES));
`;
const formatted = await format(source, {
  ...(await resolveConfig(fileURLToPath(out))),
  parser: 'typescript',
});

// Decode what was written, as the browser will, and compare it with the outlines.
const { outputText } = ts.transpileModule(formatted, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
});
const written = await import(`data:text/javascript,${encodeURIComponent(outputText)}`);
const decoded = written.countryPaths();
for (const [code, d] of Object.entries(expected)) {
  if (decoded[code] !== d) throw new Error(`build-geometry: ${code} does not decode to its outline`);
}
if (
  Object.keys(decoded).length !== Object.keys(expected).length ||
  written.COUNTRY_CODES.size !== Object.keys(expected).length
)
  throw new Error('build-geometry: the decoded outlines are not the countries written');

writeFileSync(out, formatted);
const gzip = gzipSync(outputText, { level: 9 }).length;
console.log(
  `build-geometry: ${countryRings.size} countries, ${points} points, ${arcs} arcs, view box ${WIDTH}×${HEIGHT}, ${(gzip / 1024).toFixed(1)} KB gzip`,
);
