import { getLocale } from './locale.js';

/** A date read from an ISO 8601 value. */
export interface ParsedDate {
  /** The value as given, for `<time datetime>`. */
  raw: string;
  /** The instant; for a date-only value, midnight UTC of that day. */
  date: Date;
  /** A date-only value (`2023-05-25`) is a calendar day, the same in every time zone. */
  dateOnly: boolean;
}

const ISO =
  /^(?!00)(\d{4})-(0[1-9]|1[0-2])-(\d\d)(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d+)?)?(Z|([+-])(\d\d):?(\d\d)?)?)?$/i;

/**
 * Reads an ISO 8601 date (`2023-05-25`) or date-time (`2023-05-25T10:30:00+03:00`);
 * `undefined` for anything else, impossible days such as 2023-02-30 included. A
 * date-time without an offset is local time, as in ECMAScript; years before 100 are
 * refused (`Date` would read 0023 as 1923); parsing is done here
 * rather than by `Date.parse`, whose handling of these forms differs between engines.
 */
export function parseIsoDate(value: string | null | undefined): ParsedDate | undefined {
  const raw = (value ?? '').trim();
  const [, y, mo, d, h, mi, s = 0, ms = 0, zone, sign, zh, zm = 0] = ISO.exec(raw) ?? [];
  const day = new Date(Date.UTC(+y!, +mo! - 1, +d!));
  if (!y || day.getUTCDate() !== +d!) return undefined;
  if (!h) return { raw, date: day, dateOnly: true };
  const minute = +mi! - (sign ? (sign === '-' ? -1 : 1) * (+zh! * 60 + +zm) : 0);
  const args = [+y, +mo! - 1, +d!, +h, minute, +s, +ms * 1000] as const;
  return { raw, date: zone ? new Date(Date.UTC(...args)) : new Date(...args), dateOnly: false };
}

/**
 * Reads a date from a feed: ISO 8601 as {@link parseIsoDate}, or the RFC 822 form of
 * RSS (`Fri, 26 May 2023 09:30:00 +0300`), which every engine's `Date.parse` reads.
 * Returns an ISO 8601 string for `<secon-news-card>`, or `undefined`.
 */
export function feedDate(value: string | null | undefined): string | undefined {
  const text = (value ?? '').trim();
  if (parseIsoDate(text)) return text;
  // Only hand Date.parse what looks like RFC 822: it also accepts "1" or "May 5".
  if (!/^(?:[a-z]{3},?\s*)?\d\d?\s+[a-z]{3}\w*\s+\d{2,4}\s+\d\d?:\d\d/i.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const formats: Record<string, Intl.DateTimeFormat> = {};

/**
 * The date in the active locale, `dateStyle: 'long'`: a date-time in `timeZone` (the
 * visitor's by default), a date-only value as that very day, whatever the time zone.
 */
export function formatDate({ date, dateOnly }: ParsedDate, timeZone?: string): string {
  const zone = dateOnly ? 'UTC' : timeZone;
  const key = getLocale() + zone;
  return (formats[key] ??= new Intl.DateTimeFormat(getLocale(), {
    dateStyle: 'long',
    timeZone: zone,
  })).format(date);
}

/**
 * The calendar day, `YYYY-MM-DD`: the day itself for a date-only value, else the day at
 * `offset` (minutes, as `Date#getTimezoneOffset`; the visitor's by default).
 */
export const calendarDay = ({ date, dateOnly }: ParsedDate, offset = date.getTimezoneOffset()): string =>
  new Date(+date - (dateOnly ? 0 : offset * 60_000)).toISOString().slice(0, 10);
