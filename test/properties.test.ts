// Property-based tests (fast-check) of the code that reads data from outside: the URL
// filter, ISO 8601 and feed dates, the partner-map data reader and the feed readers.
// Each property runs on 100–200 generated inputs, realistic ones and hostile ones.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeUrl } from '../src/internal/safe-url.js';
import { calendarDay, feedDate, formatDate, parseIsoDate } from '../src/internal/dates.js';
import { readPartners } from '../src/components/partner-map/partners.js';
import type { Partner } from '../src/components/partner-map/partners.js';
import { FeedError, newestFirst, readFeed, toCard, toText } from '../src/components/news-list/feeds.js';
import { resetLocale } from './helpers/util.js';

const runs = { numRuns: 150 };
const SAFE = ['http:', 'https:', 'mailto:'];
const BASE = 'https://www.haskovo.bg/news/';

/** Whether `href` is safe both to the URL parser and to a real link. */
function isSafe(href: string): boolean {
  const a = document.createElement('a');
  a.href = href;
  return SAFE.includes(new URL(href).protocol) && SAFE.includes(a.protocol);
}

// ---------------------------------------------------------------------------- strings

/** Characters that break parsers or hide schemes, mixed into otherwise ordinary text. */
const tricky = fc.constantFrom(
  '<',
  '>',
  '&',
  '"',
  "'",
  '`',
  '/',
  '\\',
  ':',
  ';',
  '#',
  '?',
  '=',
  '%',
  '${',
  '}',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u2028',
  '\u200b',
  '\ufeff',
  'é',
  'Я',
  'Ω',
  '😀',
  '&amp;',
  '&lt;',
  '&#106;',
  '&#x3A;',
  '<script>',
  '</script>',
  '<img src=x onerror=x()>',
  ']]>',
  '<!--',
  '-->',
);
const textUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 1 }).filter((s) => s.length === 1) },
  { weight: 2, arbitrary: tricky },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);
/** Arbitrary text, as a person or a CMS may write it. */
const anyText = fc.string({ unit: textUnit, maxLength: 40 });
/** Text that XML 1.0 can carry (no C0 controls except tab, LF and CR; no U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex -- exactly the characters XML forbids
const xmlText = anyText.map((s) => s.replace(/[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udfff]/gu, ''));
/** Text with at least one character that is not white space. */
const someText = (arb: fc.Arbitrary<string>) => arb.filter((s) => s.trim() !== '');

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const htmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmlEscape = htmlEscape;

// ------------------------------------------------------------------------------- URLs

const caseMix = (word: string) =>
  fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((ups) => [...word].map((c, i) => (ups[i] ? c.toUpperCase() : c)).join(''));
/** Characters a URL parser strips or skips: before the scheme, and inside it. */
const leading = fc.string({
  unit: fc.integer({ min: 0, max: 0x20 }).map((n) => String.fromCharCode(n)),
  maxLength: 3,
});
const inside = fc.constantFrom('', '', '\t', '\n', '\r');
/** `javascript:`, `data:` and friends, disguised as browsers and filters have seen them. */
const hostileUrl = fc
  .tuple(
    leading,
    fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'blob', 'about', 'jar', 'ftp', 'ws', 'chrome'),
    fc.nat(),
    inside,
    fc.constantFrom(':', ':', '&colon;', '&#58;', '%3A', '\\u003a'),
    fc.constantFrom('alert(1)', 'text/html,<script>top.x=1</script>', '//example.org/%0aalert(1)', 'x', ''),
  )
  .chain(([lead, scheme, at, gap, colon, rest]) =>
    caseMix(scheme).map((s) => {
      const cut = at % (s.length + 1);
      return `${lead}${s.slice(0, cut)}${gap}${s.slice(cut)}${colon}${rest}`;
    }),
  );
const relativeUrl = fc.oneof(
  fc.webPath().filter((s) => s !== '' && !s.startsWith('//')),
  fc.webSegment().map((s) => `../${s}`),
  fc.webFragments().map((s) => `#${s}`),
  fc.webQueryParameters().map((s) => `?${s}`),
);
const mailto = fc.emailAddress().map((e) => `mailto:${e}`);
const anyUrl = fc.oneof(fc.webUrl(), relativeUrl, mailto, hostileUrl, anyText, fc.anything());

describe('properties: safeUrl', () => {
  it('never throws and returns only http:, https: or mailto: hrefs', () => {
    fc.assert(
      fc.property(anyUrl, fc.constantFrom(BASE, 'http://localhost:8000/a/b?c'), (value, base) => {
        const href = safeUrl(value, base);
        expect(href === undefined || isSafe(href), String(href)).to.equal(true);
      }),
      { numRuns: 200 },
    );
  });

  it('turns down every disguised javascript:, data: and other scheme that a link would follow', () => {
    fc.assert(
      fc.property(hostileUrl, (value) => {
        const href = safeUrl(value, BASE);
        // Either refused, or (when the disguise breaks the scheme, e.g. `javascript&#58;x`)
        // a harmless relative path below the base.
        if (href !== undefined)
          expect(href.startsWith(BASE) || href.startsWith('https://www.haskovo.bg/')).to.equal(true);
      }),
      runs,
    );
  });

  it('keeps every http(s) URL, mailto: address and relative URL, resolved as a link resolves it', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), relativeUrl, mailto),
        (value) => {
          expect(safeUrl(value, BASE)).to.equal(new URL(value, BASE).href);
        },
      ),
      runs,
    );
  });
});

// ------------------------------------------------------------------------------ dates

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** A real calendar day, 29 February included in leap years. */
const calendarDate = fc
  .date({ min: new Date(Date.UTC(100, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }));
const isoDay = ({ y, m, d }: { y: number; m: number; d: number }) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
/** UTC offsets in use, from −12:00 to +14:00. */
const offsetMinutes = fc.integer({ min: -12 * 60, max: 14 * 60 });
const zones = [
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Europe/Sofia',
  'UTC',
];

describe('properties: dates', () => {
  before(resetLocale);

  it('a date-only value is the same calendar day in every time zone', () => {
    fc.assert(
      fc.property(calendarDate, offsetMinutes, fc.constantFrom(...zones), (day, offset, zone) => {
        const iso = isoDay(day);
        const parsed = parseIsoDate(iso);
        expect(parsed, iso).to.include({ raw: iso, dateOnly: true });
        expect(calendarDay(parsed!, offset), iso).to.equal(iso);
        // The shown day: the same in every zone, and the very day written.
        const month = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(
          Date.UTC(2000, day.m - 1, 1),
        );
        expect(formatDate(parsed!, zone), iso).to.equal(`${month} ${day.d}, ${day.y}`);
      }),
      runs,
    );
  });

  it('a date-time with an offset is that instant, and that calendar day at that offset', () => {
    fc.assert(
      fc.property(
        calendarDate,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        offsetMinutes,
        fc.constantFrom('T', ' ', 't'),
        fc.boolean(),
        (day, h, mi, s, offset, sep, colon) => {
          const sign = offset < 0 ? '-' : '+';
          const zone =
            offset === 0 && colon
              ? 'Z'
              : `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}${colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
          const iso = `${isoDay(day)}${sep}${pad(h)}:${pad(mi)}:${pad(s)}${zone}`;
          const parsed = parseIsoDate(iso);
          const instant = new Date(Date.UTC(day.y, day.m - 1, day.d, h, mi - offset, s));
          expect(parsed, iso).to.include({ dateOnly: false });
          expect(+parsed!.date, iso).to.equal(+instant);
          expect(calendarDay(parsed!, -offset), iso).to.equal(isoDay(day));
        },
      ),
      runs,
    );
  });

  it('refuses impossible days and years before 100 (which Date would move to the 1900s)', () => {
    const impossible = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
      )
      .filter(([y, m, d]) => {
        const t = new Date(Date.UTC(2000, m - 1, d));
        t.setUTCFullYear(y);
        return !(m >= 1 && m <= 12 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && y >= 100);
      })
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
    fc.assert(
      fc.property(impossible, fc.constantFrom('', 'T12:00', 'T12:00:00Z', ' 08:15+02:00'), (day, time) => {
        expect(parseIsoDate(day + time), day + time).to.equal(undefined);
        expect(feedDate(day + time), day + time).to.equal(undefined);
      }),
      runs,
    );
  });

  it('never throws on other text, and what it reads is a real instant', () => {
    const odd = fc.oneof(
      anyText,
      fc.constantFrom('', ' ', '2023', '2023-05', '1', 'May 5', '2023-05-25T24:00'),
    );
    fc.assert(
      fc.property(odd, (value) => {
        const parsed = parseIsoDate(value);
        if (parsed) expect(Number.isNaN(+parsed.date), value).to.equal(false);
        const fromFeed = feedDate(value);
        if (fromFeed) expect(Number.isNaN(+parseIsoDate(fromFeed)!.date), value).to.equal(false);
      }),
      runs,
    );
  });

  it('reads RSS (RFC 822) dates as the instant they name', () => {
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1971-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -12, max: 14 }).map((h) => h * 60),
        (date, offset) => {
          const when = new Date(date);
          when.setUTCMilliseconds(0);
          const local = new Date(+when + offset * 60_000);
          const zone = `${offset < 0 ? '-' : '+'}${pad(Math.abs(offset) / 60)}00`;
          const rfc = `${days[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${months[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${zone}`;
          const iso = feedDate(rfc);
          expect(iso, rfc).to.be.a('string');
          expect(+parseIsoDate(iso)!.date, rfc).to.equal(+when);
        },
      ),
      runs,
    );
  });
});

// --------------------------------------------------------------------- partner data

const COUNTRIES = [
  'BG',
  'DE',
  'GR',
  'ES',
  'HU',
  'LV',
  'NL',
  'PL',
  'PT',
  'RO',
  'IT',
  'FR',
  'AT',
  'SI',
  'FI',
  'SE',
  'CY',
];
const localized = (text: fc.Arbitrary<string>) =>
  fc.oneof(
    text,
    fc
      .tuple(
        fc.dictionary(fc.constantFrom('en', 'bg', 'de', 'el', 'pt', 'xx'), text),
        fc.constantFrom('en', 'bg'),
        text,
      )
      .map(([rest, lang, value]) => ({ ...rest, [lang]: value })),
  );
/** A partner every reader must accept; `id` is made unique by the caller. */
const validPartner = fc.record(
  {
    name: localized(someText(anyText)),
    country: fc.constantFrom(...COUNTRIES).chain((c) => fc.constantFrom(c, c.toLowerCase(), ` ${c} `)),
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
    city: localized(someText(anyText)),
    region: localized(someText(anyText)),
    role: fc.constantFrom('lead', 'partner', 'advisory'),
    url: fc.oneof(fc.webUrl(), relativeUrl, mailto),
    policyInstrument: localized(someText(anyText)),
    description: localized(someText(anyText)),
  },
  { requiredKeys: ['name', 'country', 'lat', 'lon'] },
);
const validPartners = fc
  .uniqueArray(fc.tuple(someText(anyText), validPartner), { maxLength: 12, selector: ([id]) => id })
  .map((list) => list.map(([id, p]) => ({ id, ...p })));

/** Entries no reader may accept: every one misses or breaks a required field. */
const badPartner = fc.oneof(
  fc.anything().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
  validPartner.chain((p) =>
    fc.constantFrom<Record<string, unknown>>(
      { ...p },
      { ...p, id: '' },
      { ...p, id: ['x'] },
      { ...p, id: 'bad', name: '  ' },
      { ...p, id: 'bad', name: { en: 3 } },
      { ...p, id: 'bad', country: 'ZZ' },
      { ...p, id: 'bad', country: 'Bulgaria' },
      { ...p, id: 'bad', lat: 91 },
      { ...p, id: 'bad', lon: '23' },
      { ...p, id: 'bad', lat: Number.NaN },
      { ...p, id: 'bad', lon: -Infinity },
    ),
  ),
);

function parsedHref(url: string): string | undefined {
  try {
    return new URL(url, BASE).href;
  } catch {
    return undefined;
  }
}

function checkPartner(p: Partner): void {
  expect(p.id.trim()).not.to.equal('');
  expect(p.country).to.match(/^[A-Z]{2}$/);
  expect(Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180).to.equal(true);
  if (p.url !== undefined) expect(isSafe(p.url), p.url).to.equal(true);
  expect(['lead', 'partner', 'advisory', undefined]).to.include(p.role);
}

describe('properties: partner data', () => {
  it('never throws on any data, and whatever it keeps is complete and safe', () => {
    const hostileEntry = fc.oneof(
      badPartner,
      validPartner.chain((p) =>
        fc
          .record({
            id: fc.oneof(fc.string(), fc.integer()),
            url: anyUrl,
            role: fc.anything(),
            city: fc.anything(),
          })
          .map((extra) => ({ ...p, ...extra })),
      ),
    );
    const data = fc.oneof(
      fc.anything(),
      fc.array(hostileEntry, { maxLength: 8 }),
      fc.array(hostileEntry, { maxLength: 8 }).map((partners) => ({ partners })),
      fc.array(fc.tuple(hostileEntry, fc.anything(), fc.anything()), { maxLength: 6 }).map((list) => ({
        type: 'FeatureCollection',
        features: list.map(([properties, coordinates, type]) => ({
          type: 'Feature',
          geometry: { type: type === 1 ? 'Polygon' : 'Point', coordinates },
          properties,
        })),
      })),
    );
    fc.assert(
      fc.property(data, (value) => {
        const partners = readPartners(value, () => {}, BASE);
        if (partners === undefined) return;
        partners.forEach(checkPartner);
        expect(new Set(partners.map((p) => p.id)).size).to.equal(partners.length);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every valid partner, in order, from an array, {partners} and GeoJSON, among invalid entries', () => {
    fc.assert(
      fc.property(
        validPartners,
        fc.array(badPartner, { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom('array', 'partners', 'geojson'),
        (valid, bad, places, shape) => {
          // Invalid entries go between the valid ones; none of them carries a valid entry's id.
          const entries: unknown[] = [...valid];
          bad.forEach((b, i) => entries.splice((places[i] ?? 0) % (entries.length + 1), 0, b));
          const data =
            shape === 'array'
              ? entries
              : shape === 'partners'
                ? { partners: entries }
                : {
                    type: 'FeatureCollection',
                    features: entries.map((e) => {
                      const { lat, lon, ...properties } = (e ?? {}) as Record<string, unknown>;
                      return {
                        type: 'Feature',
                        geometry: { type: 'Point', coordinates: [lon, lat] },
                        properties: typeof e === 'object' && e !== null && !Array.isArray(e) ? properties : e,
                      };
                    }),
                  };
          const warnings: string[] = [];
          const partners = readPartners(data, (w) => warnings.push(w), BASE)!;
          expect(partners.map((p) => p.id)).to.deep.equal(valid.map((v) => v.id));
          partners.forEach((p, i) => {
            const v = valid[i]!;
            checkPartner(p);
            expect(p).to.deep.include({
              name: v.name,
              country: v.country.trim().toUpperCase(),
              lat: v.lat,
              lon: v.lon,
            });
            // A valid e-mail address can make a URL this browser refuses ("mailto://a.^a./b@c.de" is an
            // authority with a forbidden host character to Firefox): the partner stays, without its link.
            if (v.url !== undefined) expect(p.url).to.equal(parsedHref(v.url));
            for (const field of ['city', 'region', 'policyInstrument', 'description', 'role'] as const)
              expect(p[field], field).to.deep.equal(v[field]);
          });
          // Every skipped entry is named in a warning.
          expect(warnings.length).to.be.at.least(bad.length);
        },
      ),
      {
        ...runs,
        // Found on Firefox: a valid address that is no URL there.
        examples: [
          [
            [{ id: '<', name: '!', country: 'BG', lat: 0, lon: 0, url: 'mailto://a.^a./a.a@a.aa' }],
            [],
            [],
            'array',
          ],
        ],
      },
    );
  });
});

// ---------------------------------------------------------------------------- feeds

interface Item {
  title: string;
  link: string;
  summary: string;
  category: string;
}
const feedItem = fc.record({
  title: someText(xmlText),
  link: fc.oneof(fc.webUrl(), relativeUrl),
  summary: xmlText,
  category: someText(xmlText),
});
const items = fc.array(feedItem, { minLength: 0, maxLength: 8 });

/** The feed documents the readers know, built from `items` as their publishers escape text. */
const formats = {
  rss: (list) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${xmlEscape('Новини & <b>')}</title>${list
      .map(
        (i) =>
          `<item><title>${xmlEscape(htmlEscape(i.title))}</title><link>${xmlEscape(i.link)}</link>` +
          `<description><![CDATA[<p>${htmlEscape(i.summary)}</p>]]></description>` +
          `<category>${xmlEscape(htmlEscape(i.category))}</category></item>`,
      )
      .join('\n')}</channel></rss>`,
  atom: (list) =>
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="bg">${list
      .map(
        (i, n) =>
          `<entry><title type="${n % 2 ? 'html' : 'text'}">${xmlEscape(n % 2 ? htmlEscape(i.title) : i.title)}</title>` +
          `<link rel="alternate" href="${xmlEscape(i.link)}"/><summary type="html">${xmlEscape(htmlEscape(i.summary))}</summary>` +
          `<category term="${xmlEscape(i.category)}"/></entry>`,
      )
      .join('')}</feed>`,
  json: (list) =>
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'x',
      items: list.map((i, n) => ({
        id: String(n),
        title: i.title,
        url: i.link,
        summary: i.summary,
        tags: [i.category],
      })),
    }),
  wordpress: (list) =>
    JSON.stringify(
      list.map((i, n) => ({
        id: n,
        title: { rendered: htmlEscape(i.title) },
        link: i.link,
        excerpt: { rendered: `<p>${htmlEscape(i.summary)}</p>\n` },
        _embedded: { 'wp:term': [[{ name: htmlEscape(i.category) }]] },
      })),
    ),
} satisfies Record<string, (list: Item[]) => string>;

describe('properties: feeds', () => {
  for (const [format, build] of Object.entries(formats)) {
    it(`${format}: keeps every item with its text as text and its link`, () => {
      fc.assert(
        fc.property(items, (list) => {
          const read = readFeed(build(list), format === 'json' ? 'application/feed+json' : 'application/xml');
          expect(read.length).to.equal(list.length);
          read.forEach((item, n) => {
            const want = list[n]!;
            expect(toText(item.title), 'title').to.equal(collapse(want.title));
            expect(toText(item.summary), 'summary').to.equal(collapse(want.summary));
            expect(toText(item.category), 'category').to.equal(collapse(want.category));
            expect(safeUrl(item.link, BASE), 'link').to.equal(new URL(want.link, BASE).href);
          });
        }),
        { numRuns: 100 },
      );
    });
  }

  it('every item with a title and a safe link becomes a card, newest first, with only safe URLs and valid dates', () => {
    const when = fc.oneof(
      fc
        .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      calendarDate.map(isoDay),
      fc.constant('Fri, 26 May 2023 09:30:00 +0300'),
      anyText,
    );
    const item = fc.record(
      {
        title: fc.oneof(someText(anyText), anyText),
        url: fc.oneof(fc.webUrl(), relativeUrl, mailto, hostileUrl, anyText),
        date_published: when,
        date_modified: when,
        image: anyUrl,
        summary: anyText,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 10 }), (list) => {
        const raw = readFeed(
          JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: list }),
          'application/json',
        );
        const sorted = newestFirst(raw);
        expect(sorted.map((i) => i.position).sort((a, b) => a - b)).to.deep.equal(list.map((_, n) => n + 1));
        for (let n = 1; n < sorted.length; n++) expect(sorted[n - 1]!.time).to.be.at.least(sorted[n]!.time);
        for (const it of sorted) {
          const card = toCard(it, BASE, () => {});
          const given = list[it.position - 1]!;
          const usable = collapse(given.title ?? '') !== '' && safeUrl(given.url, BASE) !== undefined;
          expect(!!card, `item ${it.position} kept`).to.equal(usable);
          if (!card) continue;
          expect(card.title).to.equal(collapse(given.title!));
          expect(isSafe(card.link)).to.equal(true);
          if (card.image) expect(isSafe(card.image)).to.equal(true);
          for (const date of [card.published, card.modified])
            if (date) expect(parseIsoDate(date), date).not.to.equal(undefined);
          expect(card.summary.length).to.be.at.most(301);
        }
      }),
      runs,
    );
  });

  it('any document either reads as items or fails with a FeedError, never anything else', () => {
    const json = fc.oneof(
      fc.json(),
      fc
        .array(fc.anything({ withObjectString: true }), { maxLength: 4 })
        .map((a) => JSON.stringify({ items: a })),
      fc.array(fc.jsonValue(), { maxLength: 4 }).map((a) => JSON.stringify(a)),
    );
    const xml = fc
      .tuple(fc.constantFrom('rss', 'feed', 'html', 'channel', 'x:rss'), xmlText, anyText)
      .map(([root, inner, raw]) => `<${root}><item>${inner}</item><entry>${raw}</entry></${root}>`);
    fc.assert(
      fc.property(fc.oneof(json, xml, anyText, fc.constant(formats.rss([]))), (body) => {
        try {
          const read = readFeed(body, 'text/plain');
          for (const item of read) {
            expect(() => toText(item.title)).not.to.throw();
            expect(() => feedDate(item.published)).not.to.throw();
            const link = safeUrl(item.link, BASE);
            if (link) expect(isSafe(link)).to.equal(true);
          }
        } catch (e) {
          expect(e, String(e)).to.be.instanceOf(FeedError);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('HTML in feed text is reduced to its text, without running or loading anything', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const markup = `${a}<img src=x onerror="top.__seconProperty=1"><script>top.__seconProperty=1</script>${b}`;
        const text = toText(markup);
        // Only markup of the generated text itself (say, an unclosed attribute) can keep it from being dropped.
        if (!/[<&]/.test(a + b)) expect(text).to.equal(collapse(a + b));
        expect(toText(htmlEscape(a))).to.equal(collapse(a));
      }),
      runs,
    );
    expect((window as { __seconProperty?: unknown }).__seconProperty).to.equal(undefined);
  });
});
