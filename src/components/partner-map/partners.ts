import { safeUrl } from '../../internal/safe-url.js';

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

const ROLES: readonly string[] = ['lead', 'partner', 'advisory'];
const TEXT_FIELDS = ['city', 'region', 'policyInstrument', 'description'] as const;

let regionNames: Intl.DisplayNames | undefined;

/** True for an ISO 3166-1 alpha-2 code the browser knows (`XK` for Kosovo included). */
export function isCountryCode(code: string): boolean {
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  if (!/^[A-Z]{2}$/.test(code) || code === 'ZZ') return false;
  try {
    return regionNames.of(code) !== undefined;
  } catch {
    return false;
  }
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
    const skip = (field: string, problem: string) =>
      warn(`${label}: "${field}" ${problem} (got ${show(entry[field])}); the entry is skipped.`);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      warn(`${label} is not an object (got ${show(raw)}); the entry is skipped.`);
      return;
    }
    if (typeof entry['geometry'] === 'string' && entry['geometry'] !== 'Point') {
      warn(`${label}: "geometry" must be a Point (got ${entry['geometry']}); the entry is skipped.`);
      return;
    }
    if (typeof id !== 'string' || id.trim() === '') return skip('id', 'is required');
    if (ids.has(id)) return skip('id', 'repeats an earlier entry');
    if (!isText(entry['name'])) return skip('name', 'is required, as text or {"locale": "text"}');
    const country = typeof entry['country'] === 'string' ? entry['country'].trim().toUpperCase() : '';
    if (!isCountryCode(country)) return skip('country', 'must be an ISO 3166-1 alpha-2 code such as "BG"');
    const lat = entry['lat'];
    const lon = entry['lon'];
    if (typeof lat !== 'number' || !(Math.abs(lat) <= 90))
      return skip('lat', 'must be a number from -90 to 90');
    if (typeof lon !== 'number' || !(Math.abs(lon) <= 180)) {
      return skip('lon', 'must be a number from -180 to 180');
    }
    ids.add(id);
    const partner: Partner = { id, name: entry['name'], country, lat, lon };
    const role = entry['role'];
    if (role !== undefined && !ROLES.includes(role as string)) {
      warn(`${label}: "role" must be lead, partner or advisory (got ${show(role)}); it counts as partner.`);
    } else if (role !== undefined) {
      partner.role = role as PartnerRole;
    }
    if (entry['url'] !== undefined) {
      const url = safeUrl(entry['url'], base);
      if (url) partner.url = url;
      else
        warn(
          `${label}: "url" is not a safe http(s), mailto or relative URL (got ${show(entry['url'])}); it is left out.`,
        );
    }
    for (const field of TEXT_FIELDS) {
      const value = entry[field];
      if (value === undefined || value === null || value === '') continue;
      if (isText(value)) partner[field] = value;
      else
        warn(`${label}: "${field}" must be text or {"locale": "text"} (got ${show(value)}); it is left out.`);
    }
    partners.push(partner);
  });
  return partners;
}
