import { css, unsafeCSS } from 'lit';
import { VIEW_HEIGHT, VIEW_WIDTH } from '../../data/europe-geometry.js';

/** The map's aspect ratio, from the generated geometry. */
const ASPECT = unsafeCSS(`${VIEW_WIDTH} / ${VIEW_HEIGHT}`);

export const styles = css`
  :host {
    display: block;
  }

  .base {
    --_sea: var(--secon-partner-map-sea, #d6e6f2);
    --_land: var(--secon-partner-map-land, #fbfaf7);
    --_partner-country: var(--secon-partner-map-partner-country, #f3d58b);
    --_border: var(--secon-partner-map-border, #8b8f94);
    --_marker: var(--secon-partner-map-marker, var(--_color-primary));
    --_lead: var(--secon-partner-map-lead-marker, #a4262c);
    --_outline: var(--secon-partner-map-marker-outline, #ffffff);
    container: base / inline-size;
    font-size: var(--_font-size-m);
  }

  .layout {
    display: grid;
    gap: var(--_space-m);
  }

  /* The details lay out by the width they get, beside the map or below it. */
  .side {
    container-type: inline-size;
  }

  /* Side by side, the map takes 60 % of the width: the element is 0.612 times as high as wide. */
  @container base (min-width: 46em) {
    .layout.both {
      grid-template-columns: 60% minmax(0, 1fr);
    }

    /* Beside the map the list scrolls within the map's height, so the element keeps its size. */
    .both .side {
      position: relative;
    }

    .both .scroll {
      position: absolute;
      inset: 0;
      overflow: auto;
    }
  }

  .map {
    position: relative;
  }

  .frame {
    position: relative;
    aspect-ratio: ${ASPECT};
    overflow: hidden;
    overflow: clip;
    background: var(--_sea);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    user-select: none;
    -webkit-user-select: none;
  }

  .frame.zoomed {
    cursor: grab;
    touch-action: pinch-zoom;
  }

  .frame.dragging {
    cursor: grabbing;
  }

  .viewport {
    position: absolute;
    inset: 0;
    transform-origin: 0 0;
  }

  .land {
    display: block;
    width: 100%;
    height: 100%;
  }

  .land path {
    fill: var(--_land);
    stroke: var(--_border);
    stroke-width: 0.75px;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }

  .land .partner-country {
    fill: var(--_partner-country);
  }

  .markers {
    /* One CSS pixel at any zoom; set here once, not on each of thousands of markers. */
    --_px: calc(1px / var(--k));
    position: absolute;
    /* Half a target up and left, so that a marker's margins place its centre. */
    inset: calc(-12px / var(--k)) auto auto calc(-12px / var(--k));
    width: 100%;
    height: 100%;
    pointer-events: none;
  }

  /*
   * A 24 × 24 px target at every zoom level: every size is divided by the map's scale.
   * Markers sit in one grid cell, placed by their margins (percentages of the map's
   * width, set one by one), rather than positioned: thousands of them stay cheap to paint.
   */
  .marker {
    position: absolute;
    display: grid;
    place-items: center;
    width: calc(24 * var(--_px));
    height: calc(24 * var(--_px));
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_marker);
    pointer-events: auto;
    cursor: pointer;
  }

  .marker::after,
  .shape {
    content: '';
    width: calc(14 * var(--_px));
    height: calc(14 * var(--_px));
    border-radius: 50%;
    background: currentColor;
    box-shadow: 0 0 0 calc(2 * var(--_px)) var(--_outline);
  }

  .marker.advisory::after,
  .shape.advisory {
    width: calc(12 * var(--_px));
    height: calc(12 * var(--_px));
    border-radius: calc(2 * var(--_px));
  }

  /* Paint-only changes: a marker never changes size, so nothing is laid out again. */
  .marker:hover::after,
  .marker[aria-expanded='true']::after {
    box-shadow:
      0 0 0 calc(2 * var(--_px)) var(--_outline),
      0 0 0 calc(4 * var(--_px)) currentColor;
  }

  .marker.lead,
  .shape.lead {
    z-index: 1;
    color: var(--_lead);
  }

  .marker.lead::after,
  .marker.group::after {
    display: none;
  }

  /* Several partners close together: their number in a pill, centred on their mean place. */
  .marker.group {
    width: auto;
    min-width: calc(24 * var(--_px));
    padding: 0 calc(5 * var(--_px));
    translate: calc(12 * var(--_px) - 50%);
    border-radius: calc(12 * var(--_px));
    background: var(--_marker);
    box-shadow: 0 0 0 calc(2 * var(--_px)) var(--_outline);
    color: var(--_outline);
    font: 700 calc(13 * var(--_px)) / 1 var(--_font-family);
  }

  .star {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }

  .star path {
    fill: currentColor;
    stroke: var(--_outline);
    stroke-width: 1.5px;
    stroke-linejoin: round;
  }

  .marker.lead:hover,
  .marker.lead[aria-expanded='true'] {
    box-shadow:
      0 0 0 calc(1 * var(--_px)) var(--_outline),
      0 0 0 calc(3 * var(--_px)) currentColor;
  }

  /* Lines from markers moved apart from a neighbour back to their true places. */
  .leaders {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    pointer-events: none;
    fill: none;
    stroke: var(--_marker);
    stroke-width: 2px;
  }

  .leaders path {
    vector-effect: non-scaling-stroke;
  }

  .leaders .lead {
    stroke: var(--_lead);
  }

  .marker:focus-visible {
    outline: calc(3 * var(--_px)) solid var(--_color-focus-text);
    outline-offset: calc(2 * var(--_px));
    box-shadow: 0 0 0 calc(7 * var(--_px)) var(--_color-focus);
  }

  .marker:focus:not(:focus-visible) {
    outline: none;
  }

  button {
    font: inherit;
  }

  .controls {
    position: absolute;
    top: var(--_space-s);
    right: var(--_space-s);
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }

  .controls button,
  .close {
    display: grid;
    place-items: center;
    /* 2em of the map's text: the glyphs below are 1.25 times larger. */
    width: 1.6em;
    height: 1.6em;
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font-size: 1.25em;
    line-height: 1;
    cursor: pointer;
  }

  .controls [aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }

  button:focus-visible,
  a:focus-visible,
  .heading:focus-visible,
  .map-end:focus {
    outline: var(--_focus-ring);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_color-focus);
  }

  .skip {
    position: absolute;
    z-index: 4;
    top: var(--_space-s);
    left: var(--_space-s);
    padding: var(--_space-xs) var(--_space-s);
    border: 2px solid var(--_color-focus-text);
    border-radius: var(--_radius);
    background: var(--_color-focus);
    color: var(--_color-focus-text);
    text-decoration: underline;
  }

  .map-end {
    position: absolute;
    bottom: 0;
    font-size: var(--_font-size-s);
  }

  /* Hints lie over the map, so that the element's height is the map's. */
  .wheel-hint,
  .help {
    position: absolute;
    inset: auto var(--_space-s) var(--_space-s);
    margin: 0;
    padding: var(--_space-xs) var(--_space-s);
    border-radius: var(--_radius);
    background: rgb(0 0 0 / 80%);
    color: #fff;
    font-size: var(--_font-size-s);
    text-align: center;
    pointer-events: none;
  }

  /* The keyboard instruction shows while a marker has focus; screen readers always have it. */
  .frame:not(:focus-within) .help {
    clip-path: inset(50%);
  }

  /* Legend and status lie over the map, so that neither changes the element's height. */
  .legend,
  .frame .status {
    position: absolute;
    margin: 0;
    border-radius: var(--_radius);
    background: var(--_color-surface);
    font-size: var(--_font-size-s);
  }

  /* Top left lies over the Atlantic, where partners are rare. */
  .legend {
    top: var(--_space-s);
    left: var(--_space-s);
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-m);
    padding: var(--_space-xs) var(--_space-s);
    list-style: none;
    opacity: 0.92;
    pointer-events: none;
  }

  .frame .status {
    inset: 40% var(--_space-l) auto;
    text-align: center;
  }

  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }

  .shape {
    --_px: 0.05em;
    flex: none;
    color: var(--_marker);
    display: block;
    justify-self: center;
    margin-top: 0.35em;
  }

  .legend .shape {
    margin: 0;
  }

  .shape.lead {
    width: 1.2em;
    height: 1.2em;
    margin-top: 0.15em;
    background: none;
    box-shadow: none;
  }

  .details {
    position: relative;
    margin-bottom: var(--_space-m);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-left: 4px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .heading {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-bold);
  }

  .details .heading {
    padding-right: 2em;
  }

  .close {
    position: absolute;
    top: var(--_space-s);
    right: var(--_space-s);
  }

  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
  }

  dt {
    font-weight: var(--_font-weight-bold);
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  a {
    color: var(--_color-primary);
  }

  .description {
    margin: var(--_space-s) 0 0;
  }

  .list ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list li {
    display: grid;
    grid-template-columns: 1.2em 1fr;
    column-gap: var(--_space-xs);
    margin: 0 0 var(--_space-s);
  }

  .list li > :not(.shape) {
    grid-column: 2;
  }

  .list li button {
    display: block;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-primary);
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }

  .list li button[aria-expanded='true'] {
    font-weight: var(--_font-weight-bold);
    text-decoration-thickness: 3px;
  }

  .place {
    color: var(--_color-muted);
    font-size: var(--_font-size-s);
  }

  .status {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border-left: 4px solid var(--_color-border);
    background: var(--_color-surface-alt);
  }

  .status.error {
    border-color: var(--_color-error);
    color: var(--_color-error);
  }

  /* The map alone is exactly as high as its frame, until details open below it. */
  .layout.map {
    gap: 0;
  }

  .layout.map .details {
    margin: var(--_space-m) 0 0;
  }

  .layout.map .side .list {
    display: none;
  }

  @container (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
    }

    dd {
      margin-bottom: var(--_space-xs);
    }
  }

  @container base (max-width: 24em) {
    .controls button {
      width: 1.4em;
      height: 1.4em;
    }
  }

  @media (forced-colors: active) {
    /* System colours through the map's own properties: markers, groups, lines and legend. */
    .base {
      --_marker: CanvasText;
      --_lead: LinkText;
      --_outline: Canvas;
    }

    .land,
    .leaders,
    .marker,
    .shape {
      forced-color-adjust: none;
    }

    .land path {
      fill: Canvas;
      stroke: CanvasText;
    }

    .land .partner-country {
      fill: GrayText;
    }

    .marker:focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }

  @media print {
    .skip,
    .controls,
    .help,
    .wheel-hint,
    .close {
      display: none;
    }

    .layout {
      display: block;
    }

    .side,
    .scroll,
    .layout.map .side .list {
      position: static;
      display: block;
      overflow: visible;
    }

    .frame {
      break-inside: avoid;
    }
  }
`;
