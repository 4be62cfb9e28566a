import { safeUrl } from '../../internal/safe-url.js';
import { COUNTRY_CODES } from '../../data/europe-geometry.js';

/** Text in one language, or in several: `{"en": "…", "bg": "…"}`. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** A partner's role; the lead partner's marker has a shape of its own. */
export type PartnerRole = 'lead' | 'partner' | 'advisory';

/** One partner of the map. */
export interface Partner {
  /** Unique id; the `selected` attribute names it. */
  id: string;
  name: LocalizedText;
  /** ISO 3166-1 alpha-2 code, e.g. `"BG"`. */
  country: string;
  /** Latitude in degrees, −90 to 90. */
  lat: number;
  /** Longitude in degrees, −180 to 180. */
  lon: number;
  city?: LocalizedText;
  region?: LocalizedText;
  /** Default `partner`. */
  role?: PartnerRole;
  /** Website: `http:`, `https:`, `mailto:` or relative. */
  url?: string;
  policyInstrument?: LocalizedText;
  description?: LocalizedText;
}

/** What the `partners` property, an inline script and `src` may hold. */
export type PartnerData =
  | readonly Partner[]
  | { partners: readonly Partner[] }
  | {
      type: 'FeatureCollection';
      features: readonly {
        type: 'Feature';
        geometry: { type: 'Point'; coordinates: readonly number[] } | null;
        properties: Omit<Partner, 'lat' | 'lon'> | null;
      }[];
    };

export const ROLES: readonly PartnerRole[] = ['lead', 'partner', 'advisory'];
const TEXT_FIELDS = ['city', 'region', 'policyInstrument', 'description'] as const;

const regionNames: Record<string, Intl.DisplayNames> = {};
/** Names already asked for, by locale and code: Intl.DisplayNames.of() takes tens of microseconds. */
const names: Record<string, string | undefined> = {};

/**
 * The name of the country with ISO 3166-1 alpha-2 `code` in `locale`, or `undefined`
 * when the browser knows no such country (`XK` for Kosovo is known).
 */
export function countryName(code: string, locale: string): string | undefined {
  const key = `${locale} ${code}`;
  if (key in names) return names[key];
  let name: string | undefined;
  if (/^[A-Z]{2}$/.test(code) && code !== 'ZZ') {
    try {
      name = (regionNames[locale] ??= new Intl.DisplayNames([locale], {
        type: 'region',
        fallback: 'none',
      })).of(code);
    } catch {
      // An unknown locale: no name.
    }
  }
  return (names[key] = name);
}

/** `value` in `locale`, else in English, else in the first language given. */
export function localize(value: LocalizedText | undefined, locale: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[locale] ?? value['en'] ?? Object.values(value)[0] ?? '';
}

const isText = (value: unknown): value is LocalizedText =>
  (typeof value === 'string' && value.trim() !== '') ||
  (typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).some((v) => typeof v === 'string' && v.trim() !== '') &&
    Object.values(value).every((v) => typeof v === 'string'));

const show = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/**
 * The list of raw entries in `data`: an array, `{"partners": [...]}` or a GeoJSON
 * `FeatureCollection` of points (coordinates become `lat`/`lon`). `undefined` when
 * `data` is none of these.
 */
function entriesOf(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  if (Array.isArray(record['partners'])) return record['partners'];
  if (record['type'] === 'FeatureCollection' && Array.isArray(record['features'])) {
    return record['features'].map((f: unknown) => {
      const feature = (f ?? {}) as Record<string, unknown>;
      const geometry = feature['geometry'] as { type?: unknown; coordinates?: unknown } | null | undefined;
      const properties = (feature['properties'] ?? {}) as Record<string, unknown>;
      const point = geometry?.type === 'Point' && Array.isArray(geometry.coordinates);
      const [lon, lat] = point ? (geometry.coordinates as unknown[]) : [];
      return { ...properties, lat, lon, geometry: point ? 'Point' : show(geometry?.type ?? null) };
    });
  }
  return undefined;
}

/**
 * Checks every entry of `data` and returns the valid partners, normalised (country in
 * upper case, role and optional fields checked). Each skipped entry or dropped field is
 * reported through `warn`, naming the entry and the field. `undefined` when `data` is
 * not a list of partners at all. Relative URLs resolve against `base` (the data's URL).
 */
export function readPartners(
  data: unknown,
  warn: (message: string) => void,
  base?: string,
): Partner[] | undefined {
  const entries = entriesOf(data);
  if (!entries) return undefined;
  const partners: Partner[] = [];
  const ids = new Set<string>();
  entries.forEach((raw, index) => {
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const id = typeof entry['id'] === 'number' ? String(entry['id']) : entry['id'];
    const label = `partner ${index + 1}${typeof id === 'string' && id ? ` ("${id}")` : ''}`;
    const say = (field: string, problem: string, outcome = 'the entry is skipped') =>
      warn(`${label}: "${field}" ${problem} (got ${show(entry[field])}); ${outcome}.`);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      warn(`${label} is not an object (got ${show(raw)}); the entry is skipped.`);
      return;
    }
    if (typeof entry['geometry'] === 'string' && entry['geometry'] !== 'Point') {
      return say('geometry', 'must be a Point');
    }
    if (typeof id !== 'string' || id.trim() === '') return say('id', 'is required');
    if (ids.has(id)) return say('id', 'repeats an earlier entry');
    if (!isText(entry['name'])) return say('name', 'is required, as text or {"locale": "text"}');
    const country = typeof entry['country'] === 'string' ? entry['country'].trim().toUpperCase() : '';
    // A country on the map needs no Intl.DisplayNames, whose first use on a page loads its data.
    if (!COUNTRY_CODES.has(country) && !countryName(country, 'en'))
      return say('country', 'must be an ISO 3166-1 alpha-2 code such as "BG"');
    for (const [field, max] of [
      ['lat', 90],
      ['lon', 180],
    ] as const) {
      const value = entry[field];
      if (typeof value !== 'number' || !(Math.abs(value) <= max)) {
        return say(field, `must be a number from -${max} to ${max}`);
      }
    }
    ids.add(id);
    const partner: Partner = {
      id,
      name: entry['name'],
      country,
      lat: entry['lat'] as number,
      lon: entry['lon'] as number,
    };
    const role = entry['role'];
    if (ROLES.includes(role as PartnerRole)) partner.role = role as PartnerRole;
    else if (role !== undefined) say('role', 'must be lead, partner or advisory', 'it counts as partner');
    if (entry['url'] !== undefined) {
      const url = safeUrl(entry['url'], base);
      if (url) partner.url = url;
      else say('url', 'is not a safe http(s), mailto or relative URL', 'it is left out');
    }
    for (const field of TEXT_FIELDS) {
      const value = entry[field];
      if (value === undefined || value === null || value === '') continue;
      if (isText(value)) partner[field] = value;
      else say(field, 'must be text or {"locale": "text"}', 'it is left out');
    }
    partners.push(partner);
  });
  return partners;
}
