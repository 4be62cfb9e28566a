import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** The last warning about `heading-level` per element: each problem is named once. */
const warned = new WeakMap<Element, string>();

/**
 * The heading level `host` asks for: `level` when it is a whole number from 2 to 6,
 * else `fallback`, with a console warning that names the value, once per element and value.
 */
export function headingLevel(host: Element, level: number | undefined, fallback: 2 | 3): number {
  if (level === undefined || (Number.isInteger(level) && level >= 2 && level <= 6)) return level ?? fallback;
  // An attribute that is no number reads as NaN: its text says more.
  const written = Number.isNaN(level) ? host.getAttribute('heading-level') : level;
  const message = `<${host.localName}>: heading-level "${written}" is not 2–6; ${fallback} is used.`;
  if (warned.get(host) !== message) console.warn(message);
  warned.set(host, message);
  return fallback;
}

/**
 * `content` in an `h2`–`h6` with `part="heading"`, so that a webmaster can fit an
 * element into the page's outline with `heading-level`. Any other level gets `fallback`.
 */
export function heading(level: number, content: unknown, fallback: 2 | 3): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part="heading">${content}</h2>`;
    case 3:
      return html`<h3 part="heading">${content}</h3>`;
    case 4:
      return html`<h4 part="heading">${content}</h4>`;
    case 5:
      return html`<h5 part="heading">${content}</h5>`;
    case 6:
      return html`<h6 part="heading">${content}</h6>`;
    default:
      return heading(fallback, content, fallback);
  }
}
