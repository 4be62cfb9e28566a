import { css } from 'lit';

/**
 * The shared design tokens. A page sets `--secon-*` once to theme every element; each
 * element reads them through private `--_*` properties with accessible defaults
 * (contrast of at least 4.5:1 on the default surface). Fonts inherit from the page, and
 * sizes are in em: the elements follow the text size around them, and a page's root size
 * (`html { font-size: 62.5% }`) shrinks nothing.
 */
export const tokens = css`
  :host {
    --_color-primary: var(--secon-color-primary, #0b4f8a);
    --_color-on-primary: var(--secon-color-on-primary, #ffffff);
    --_color-text: var(--secon-color-text, #1b1b1b);
    --_color-muted: var(--secon-color-muted, #575757);
    --_color-surface: var(--secon-color-surface, #ffffff);
    --_color-surface-alt: var(--secon-color-surface-alt, #f2f4f7);
    --_color-border: var(--secon-color-border, #767676);
    --_color-focus: var(--secon-color-focus, #ffbf47);
    --_color-focus-text: var(--secon-color-focus-text, #0b0c0c);
    --_color-error: var(--secon-color-error, #b3261e);
    --_color-success: var(--secon-color-success, #1d6b34);
    --_space-xs: var(--secon-space-xs, 0.25em);
    --_space-s: var(--secon-space-s, 0.5em);
    --_space-m: var(--secon-space-m, 1em);
    --_space-l: var(--secon-space-l, 1.5em);
    --_space-xl: var(--secon-space-xl, 2em);
    --_font-family: var(--secon-font-family, inherit);
    --_font-size-s: var(--secon-font-size-s, 0.875em);
    --_font-size-m: var(--secon-font-size-m, 1em);
    --_font-size-l: var(--secon-font-size-l, 1.25em);
    --_font-weight-bold: var(--secon-font-weight-bold, 700);
    --_line-height: var(--secon-line-height, 1.5);
    --_radius: var(--secon-radius, 0.25em);
    --_focus-ring: 3px solid var(--_color-focus-text);
    --_duration: var(--secon-duration, 150ms);
  }

  /* The page's font and direction inherit; its text layout, from the container, does not. */
  [part='base'] {
    font-family: var(--_font-family);
    font-style: normal;
    line-height: var(--_line-height);
    color: var(--_color-text);
    letter-spacing: normal;
    word-spacing: normal;
    word-break: normal;
    white-space: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
  }

  /* Set, not inherited: inherit makes style recalculation quadratic with many children. */
  [part='base'],
  [part='base'] *,
  [part='base'] *::before,
  [part='base'] *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  .visually-hidden:not(:focus):not(:active) {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
`;
