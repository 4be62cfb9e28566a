/** Messages already given, per element: each problem is named once. */
const given = new WeakMap<Element, Set<string>>();

/** Writes `<tag>: message` to the console, once per element and message. */
export function warnOnce(host: Element, message: string): void {
  let seen = given.get(host);
  if (!seen) given.set(host, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`<${host.localName}>: ${message}`);
}

/**
 * A webmaster's attribute, checked: `value` when it is unset or `ok`, else `fallback`,
 * with a console warning (once) that names the attribute, the value and what is used
 * instead. A number attribute that is no number reads as NaN: its text is named then.
 */
export function checked<T>(
  host: Element,
  attribute: string,
  value: T | null | undefined,
  ok: boolean,
  expected: string,
  fallback: T,
): T {
  if (value == null || ok) return value ?? fallback;
  const written = Number.isNaN(value) ? host.getAttribute(attribute) : value;
  warnOnce(host, `${attribute} "${written}" is not ${expected}; ${fallback} is used.`);
  return fallback;
}

/** A keyword attribute: `value` when it is one of `options`, else the first of them. */
export const oneOf = <T extends string>(
  host: Element,
  attribute: string,
  value: string | undefined,
  options: readonly T[],
): T =>
  checked(
    host,
    attribute,
    value as T,
    options.includes(value as T),
    `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`,
    options[0]!,
  );

/** The heading level `host` asks for: a whole number from 2 to 6, else `fallback`. */
export const headingLevel = (host: Element, level: number | undefined, fallback: 2 | 3): number =>
  checked(
    host,
    'heading-level',
    level,
    Number.isInteger(level) && level! >= 2 && level! <= 6,
    '2–6',
    fallback,
  );

/** A request's time limit in milliseconds: above 0, else 15 seconds. */
export const timeLimit = (host: Element, ms: number): number =>
  checked(host, 'timeout', ms, ms > 0, 'a number above 0', 15000);
