import { css } from 'lit';
import { VIEW_HEIGHT, VIEW_WIDTH } from '../../data/europe-geometry.js';

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
    container-type: inline-size;
    font-size: var(--_font-size-m);
  }

  .layout {
    display: grid;
    gap: var(--_space-m);
  }

  @container (min-width: 46rem) {
    .layout.both {
      grid-template-columns: minmax(0, var(--secon-partner-map-max-width, 3fr)) minmax(16rem, 2fr);
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
    aspect-ratio: ${VIEW_WIDTH} / ${VIEW_HEIGHT};
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
    position: absolute;
    inset: 0;
    pointer-events: none;
  }

  /* A 24 × 24 px target at every zoom level: the marker undoes the map's scale. */
  .marker {
    position: absolute;
    width: 24px;
    height: 24px;
    margin: -12px 0 0 -12px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_marker);
    pointer-events: auto;
    cursor: pointer;
    transform: scale(calc(1 / var(--k))) translate(var(--dx, 0), var(--dy, 0));
  }

  .marker::after,
  .shape {
    content: '';
    position: absolute;
    inset: 5px;
    border-radius: 50%;
    background: currentColor;
    box-shadow: 0 0 0 2px var(--_outline);
    transition: transform var(--_duration);
  }

  .marker.advisory::after,
  .shape.advisory {
    inset: 6px;
    border-radius: 1px;
    transform: rotate(45deg);
  }

  .marker.lead,
  .shape.lead {
    color: var(--_lead);
    z-index: 1;
  }

  .marker.lead::after {
    display: none;
  }

  .shape.lead {
    background: none;
    box-shadow: none;
  }

  .star {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    transition: transform var(--_duration);
  }

  .star path {
    fill: currentColor;
    stroke: var(--_outline);
    stroke-width: 1.5px;
    stroke-linejoin: round;
  }

  .marker.lead:hover .star,
  .marker.lead[aria-expanded='true'] .star {
    transform: scale(1.15);
  }

  .marker:hover::after,
  .marker[aria-expanded='true']::after {
    transform: scale(1.25);
  }

  .marker.advisory:hover::after,
  .marker.advisory[aria-expanded='true']::after {
    transform: rotate(45deg) scale(1.25);
  }

  .marker[aria-expanded='true'] {
    z-index: 2;
    box-shadow:
      0 0 0 2px var(--_outline),
      0 0 0 4px currentColor;
  }

  /* A marker moved apart from a neighbour points back to its true place. */
  .marker.spread::before {
    content: '';
    position: absolute;
    top: 50%;
    left: 50%;
    width: var(--len);
    height: 2px;
    margin-top: -1px;
    background: currentColor;
    transform-origin: 0 50%;
    transform: rotate(var(--angle));
    pointer-events: none;
  }

  .marker:focus-visible {
    z-index: 3;
    outline: var(--_focus-ring);
    outline-offset: 2px;
    box-shadow: 0 0 0 7px var(--_color-focus);
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
    width: 2rem;
    height: 2rem;
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font-size: 1.25rem;
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

  .skip:not(:focus),
  .map-end:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .map-end {
    position: absolute;
    bottom: 0;
    font-size: var(--_font-size-s);
  }

  .wheel-hint {
    position: absolute;
    inset: auto var(--_space-m) var(--_space-m);
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius);
    background: rgb(0 0 0 / 78%);
    color: #fff;
    text-align: center;
    pointer-events: none;
  }

  .help {
    margin: var(--_space-xs) 0 0;
    color: var(--_color-muted);
    font-size: var(--_font-size-s);
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

  .legend {
    bottom: var(--_space-s);
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

  .legend li,
  .list li {
    position: relative;
    padding-left: 1.5rem;
  }

  .legend .shape,
  .list .shape {
    inset: 0.15em auto auto 0;
    width: 1.1em;
    height: 1.1em;
    color: var(--_marker);
  }

  .legend .shape.partner,
  .list .shape.partner,
  .legend .shape.advisory,
  .list .shape.advisory {
    margin: 0.2em;
    width: 0.7em;
    height: 0.7em;
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
    padding-right: 2.5rem;
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
    margin: 0 0 var(--_space-s);
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

  .layout.map .side .list {
    display: none;
  }

  @container (max-width: 24rem) {
    .controls button {
      width: 1.75rem;
      height: 1.75rem;
    }
  }

  @media (forced-colors: active) {
    .land,
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

    .marker,
    .shape {
      color: CanvasText;
      --_outline: Canvas;
    }

    .marker.lead,
    .shape.lead {
      color: LinkText;
    }

    .marker:focus-visible {
      outline: 3px solid Highlight;
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
