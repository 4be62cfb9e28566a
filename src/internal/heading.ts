import { html } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * `content` in an `h2`–`h6` with `part="heading"`, so that a webmaster can fit an
 * element into the page's outline with `heading-level` (checked by `headingLevel()`).
 */
export function heading(level: number, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part="heading">${content}</h2>`;
    case 4:
      return html`<h4 part="heading">${content}</h4>`;
    case 5:
      return html`<h5 part="heading">${content}</h5>`;
    case 6:
      return html`<h6 part="heading">${content}</h6>`;
    default:
      return html`<h3 part="heading">${content}</h3>`;
  }
}
