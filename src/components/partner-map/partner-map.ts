import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { SeconElement } from '../../internal/secon-element.js';
import { tokens } from '../../internal/styles.js';
import { emit, emitError } from '../../internal/events.js';
import { fetchText, isTimeout } from '../../internal/fetch-text.js';
import { getLocale } from '../../internal/locale.js';
import { headingLevel, oneOf, timeLimit, warnOnce } from '../../internal/attributes.js';
import { VIEW_HEIGHT, VIEW_WIDTH, countryPaths, project } from '../../data/europe-geometry.js';
import { SECON_PARTNERS } from '../../data/partners.js';
import { ROLES, countryName, localize, readPartners } from './partners.js';
import type { Partner, PartnerData } from './partners.js';
import { nearest, spreadOut } from './spatial.js';
import type { Direction } from './spatial.js';
import { styles } from './partner-map.styles.js';

export type { Partner, PartnerData, PartnerRole, LocalizedText } from './partners.js';

/** Detail of `secon-partner-select`. */
export interface SeconPartnerSelectDetail {
  partner: Partner;
}

/** Smallest pointer target of a marker, in CSS pixels (WCAG 2.5.8). */
const TARGET = 24;
const MAX_ZOOM = 8;
/**
 * Above this many partners on the map, markers that share a cell of GROUP_CELL CSS
 * pixels become one group button (below the closest zoom level), and only what lies
 * within half a window of the visible part is drawn.
 */
const GROUP_FROM = 100;
const GROUP_CELL = 64;
/** List items drawn per task, after the map's first frame. */
const LIST_CHUNK = 250;
const ZOOM_STEP = 1.5;
const KEYS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

interface Entry {
  partner: Partner;
  /** Projected position, in view-box units. */
  x: number;
  y: number;
  /** False when the partner lies outside the map (it is still listed). */
  onMap: boolean;
}

/** The lead partner's marker: a star, so that it differs by shape and not by colour alone. */
const STAR = html`<svg class="star" viewBox="0 0 24 24" aria-hidden="true">
  <path d="M12 1.5l3 7.3h7.8l-6.3 4.7 2.4 7.9-6.9-4.8-6.9 4.8 2.4-7.9-6.3-4.7H9z" />
</svg>`;

/**
 * The outlines of Europe, with the countries in `highlighted` coloured: one path for each
 * run of countries of one kind, in the outlines' order, which a browser lays out and paints
 * faster than a path per country. The order is kept so that a country inside another (San
 * Marino, the Vatican) is painted over it.
 */
function drawLand(highlighted: Set<string>): TemplateResult {
  const runs: [boolean, string][] = [];
  for (const [code, d] of Object.entries(countryPaths())) {
    const partner = highlighted.has(code);
    const last = runs[runs.length - 1];
    if (last?.[0] === partner) last[1] += d;
    else runs.push([partner, d]);
  }
  return html`<svg
    class="land"
    viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}"
    aria-hidden="true"
    focusable="false"
  >
    ${runs.map(([partner, d]) => svg`<path class=${partner ? 'partner-country' : nothing} d=${d} />`)}
  </svg>`;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The SECON partners on a map of Europe that needs no tile server, no API key and no
 * network request, with a list of every partner beside or below it.
 *
 * Data, first that applies: the `partners` property; a child
 * `<script type="application/json">`; the JSON or GeoJSON at `src`; else the ten SECON
 * partners. Markers are buttons in one tab stop: arrow keys move to the nearest marker
 * in that direction, Home and End to the first and last, Enter or Space opens the
 * partner's details, Escape closes them. Drag to pan; zoom with the buttons, the + and
 * − keys, or Ctrl and the mouse wheel (the wheel alone scrolls the page). Above 100
 * partners on the map, markers close together become one group button that zooms in on
 * them; the list, filled in after the map's first frame, names every partner.
 *
 * @tagname secon-partner-map
 * @summary An offline, keyboard-first map and list of the project partners.
 *
 * @csspart base - The wrapper of everything.
 * @csspart map - The map: frame, controls and hints.
 * @csspart frame - The box that holds the map drawing and the markers.
 * @csspart marker - Each marker button.
 * @csspart group - A marker that stands for several partners close together (above 100 partners).
 * @csspart controls - The zoom buttons' group.
 * @csspart zoom-button - Each zoom button.
 * @csspart details - The panel with the open partner's details.
 * @csspart close-button - The button that closes the details.
 * @csspart list - The list of partners.
 * @csspart status - The loading and error message.
 *
 * @cssprop --secon-partner-map-sea - Colour of the sea.
 * @cssprop --secon-partner-map-land - Colour of countries without a partner.
 * @cssprop --secon-partner-map-partner-country - Colour of countries with a partner.
 * @cssprop --secon-partner-map-border - Colour of borders and coasts.
 * @cssprop --secon-partner-map-marker - Colour of partner markers.
 * @cssprop --secon-partner-map-lead-marker - Colour of the lead partner's marker (a star).
 * @cssprop --secon-partner-map-marker-outline - Outline of markers, against the map.
 *
 * @fires secon-partner-select - A person opened a partner's details; `detail: {partner}`.
 * @fires secon-error - The data could not be loaded or has no valid partner; `detail: {code, message}` with
 * `code` one of `load-failed`, `parse-failed`, `invalid-data`, `no-partners`.
 */
export class SeconPartnerMap extends SeconElement {
  static override styles = [tokens, styles];
  static override properties = {
    _status: { state: true },
    _errorCode: { state: true },
    _zoom: { state: true },
    _panX: { state: true },
    _panY: { state: true },
    _layout: { state: true },
    _wheelHint: { state: true },
    partners: { attribute: false },
    src: { reflect: true },
    selected: { reflect: true },
    view: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
  };

  #entries: Entry[] = [];
  /** What the current data came from, to load each source once. */
  #source: unknown;
  #abort?: AbortController;
  #children?: MutationObserver;
  #resize?: ResizeObserver;
  #frame?: HTMLElement;
  /** The layout the markers were last placed for. */
  #placed = '';
  /** Whether some marker is spread apart from its true place. */
  #spread = false;
  /** Width of the frame in CSS pixels. */
  #width = 0;
  /** Marker positions on screen (view-box units, spread apart where they would overlap). */
  #xs: Float64Array = new Float64Array(0);
  #ys: Float64Array = new Float64Array(0);
  #offsets: Float64Array = new Float64Array(0);
  #onMap: number[] = [];
  #layoutFor = '';
  /** Index of the marker that holds the map's tab stop: a partner's, or n + g for group g. */
  #active = -1;
  /** The partner the tab stop follows when groups form and split again. */
  #anchor = -1;
  /** Per partner, the marker that shows it (its own or its group's), or -1. */
  #itemOf = new Int32Array(0);
  /** Partners of each group; group g has index n + g. */
  #groups: number[][] = [];
  /** The partners that lie on the map, in data order. */
  #onMapIds: number[] = [];
  #hadFocus = false;
  /** Bumped whenever markers stand for other partners or move. */
  #items = 0;
  /** The #items that #place() last placed. */
  #placedItems = -1;
  /** The data (_layout), and whether the width was known, that #items was last bumped for. */
  #itemsFor = '';
  /** List items drawn so far, and what waits for the rest. */
  #listed = 0;
  #listTimer?: ReturnType<typeof setTimeout>;
  #listing?: Promise<void>;
  #listDone?: () => void;
  #returnTo?: HTMLElement;
  #drag?: { id: number; x: number; y: number; moved: boolean };
  #dragged = false;
  #hintTimer?: ReturnType<typeof setTimeout>;
  #onReady = (): void => this.requestUpdate();

  private _status: 'loading' | 'ready' | 'error' = 'loading';
  private _errorCode = '';
  private _zoom = 1;
  /** Top left corner of the visible window, as a fraction of the map's width and height. */
  private _panX = 0;
  private _panY = 0;
  private _layout = 0;
  private _wheelHint = false;

  /**
   * Partners to show (an array, `{partners: [...]}` or a GeoJSON FeatureCollection).
   * Takes precedence over every other source; assign a new value to change it.
   */
  partners?: PartnerData | null;

  /** URL of JSON or GeoJSON partner data, used when there is no `partners` and no inline script. */
  src?: string;

  /** Id of the partner whose details are open. Setting it opens them (without `secon-partner-select`). */
  selected?: string;

  /** What to show: `both` (map and list, default), `map` or `list`. */
  view: 'both' | 'map' | 'list' = 'both';

  /** Level of the list's and the details' headings, 2–6 (default 3). */
  headingLevel = 3;

  /** How long to wait for `src`, in milliseconds (default 15000). */
  timeout = 15000;

  override connectedCallback(): void {
    super.connectedCallback();
    // The inline script may be parsed after the element upgrades, or be replaced later.
    this.#children = new MutationObserver(() => this.requestUpdate());
    this.#children.observe(this, { childList: true, subtree: true, characterData: true });
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.#onReady, { once: true });
    }
    if (this.hasUpdated) this.requestUpdate(); // to observe the frame's size again
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#children?.disconnect();
    this.#resize?.disconnect();
    this.#frame = undefined;
    document.removeEventListener('DOMContentLoaded', this.#onReady);
    clearTimeout(this.#hintTimer);
    this.#stopListing();
    if (this.#abort) {
      this.#abort.abort();
      this.#abort = undefined;
      this.#source = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#hadFocus = !!this.#focusedMarker();
    this.#loadSource();
    if (changed.has('selected') && this.selected !== undefined) {
      const index = this.#indexOf(this.selected);
      if (index >= 0) this.#anchor = index;
    }
    if (this.#layoutKey() !== this.#layoutFor) this.#relayout();
    if (this.#view === 'list' && !this.#listed) this.#listed = Math.min(this.#entries.length, LIST_CHUNK);
    if (this.#anchor >= 0 && this.#itemOf[this.#anchor]! >= 0) this.#active = this.#itemOf[this.#anchor]!;
  }

  /** What the markers depend on: data, zoom, size and, with groups, the visible window by half windows. */
  #layoutKey(): string {
    const k = this._zoom;
    const window =
      this.#onMapIds.length > GROUP_FROM
        ? `|${Math.floor(this._panX * k * 2)},${Math.floor(this._panY * k * 2)}`
        : '';
    return `${this._layout}|${k}|${this.#width}${window}`;
  }

  /** Resolves once the list holds every partner, as well as the map's own update. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#listing) {
      await this.#listing;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Draws the list after the map's first frame (or 100 ms, in a hidden tab), then
   * LIST_CHUNK items per task.
   */
  #continueListing(): void {
    const total = this._status === 'ready' ? this.#entries.length : 0;
    if (this.#listed >= total || !this.isConnected) return this.#stopListing();
    this.#listing ??= new Promise((resolve) => (this.#listDone = resolve));
    if (this.#listTimer) return;
    const next = (): void => {
      if (!this.#listTimer) return;
      clearTimeout(this.#listTimer);
      this.#listTimer = undefined;
      this.#listed = Math.min(total, this.#listed + LIST_CHUNK);
      this.requestUpdate();
    };
    this.#listTimer = setTimeout(next, this.#listed ? 0 : 100);
    if (!this.#listed) requestAnimationFrame(() => setTimeout(next));
  }

  #stopListing(): void {
    clearTimeout(this.#listTimer);
    this.#listTimer = undefined;
    this.#listDone?.();
    this.#listing = this.#listDone = undefined;
  }

  protected override updated(): void {
    this.#place();
    this.#continueListing();
    // One tab stop: markers are reused for other partners as the map zooms and pans.
    for (const marker of this.renderRoot.querySelectorAll<HTMLElement>('.marker')) {
      const tabIndex = Number(marker.dataset['index']) === this.#active ? 0 : -1;
      if (marker.tabIndex !== tabIndex) marker.tabIndex = tabIndex;
    }
    // The marker that had focus may be gone or stand for other partners now: focus goes
    // to the one that shows the same partner.
    const focused = this.#focusedMarker();
    if (this.#hadFocus && Number(focused?.dataset['index']) !== this.#active) this.#focusMarker(this.#active);
    const id = this.selected;
    if (id !== undefined && this._status === 'ready' && this.#indexOf(id) < 0)
      warnOnce(this, `selected="${id}" matches no partner; no details are shown.`);
  }

  /**
   * Follows the frame's size, and places the markers and the visible window. Styles are
   * set through the CSSOM, which a strict Content-Security-Policy allows.
   */
  #place(): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame') ?? undefined;
    if (frame !== this.#frame) {
      this.#resize?.disconnect();
      this.#frame = frame;
      this.#placed = '';
      this.#placedItems = -1;
      this.#resize = new ResizeObserver(([entry]) => {
        const width = entry?.contentRect.width ?? 0;
        if (Math.abs(width - this.#width) < 0.5) return;
        this.#width = width;
        this.requestUpdate();
      });
      if (frame) this.#resize.observe(frame);
    }
    if (!frame) return;
    const viewport = frame.firstElementChild as HTMLElement;
    const k = this._zoom;
    const transform = `scale(${k}) translate(${-this._panX * 100}%, ${-this._panY * 100}%)`;
    // Unchanged values are not set again: --k reaches every marker's style.
    if (viewport.style.transform !== transform) {
      viewport.style.transform = transform;
      viewport.style.setProperty('--k', String(k));
    }
    if (this.#placed === this.#layoutFor) return;
    this.#placed = this.#layoutFor;
    // Markers move when what they stand for changes, or when zoom and size change how far
    // apart they are spread: otherwise (most zooms) thousands of them are left alone.
    const moved = this.#placedItems !== this.#items;
    const spread = this.#offsets.some(Boolean);
    if (!moved && !spread && !this.#spread) return;
    this.#placedItems = this.#items;
    this.#spread = spread;
    for (const marker of frame.querySelectorAll<HTMLElement>('.marker')) {
      const i = Number(marker.dataset['index']);
      const style = marker.style;
      // Both margins are percentages of the map's width.
      style.marginLeft = `${(this.#xs[i]! / VIEW_WIDTH) * 100}%`;
      style.marginTop = `${(this.#ys[i]! / VIEW_WIDTH) * 100}%`;
    }
  }

  /** Finds the data source that applies and loads it, once per source. */
  #loadSource(): void {
    const script = this.querySelector('script[type="application/json"]');
    const source =
      this.partners ?? (script ? `script:${script.textContent}` : this.src ? `src:${this.src}` : 'built-in');
    // Off the page before its first update: fetch once put back (connectedCallback).
    if (source === this.#source || (!this.isConnected && source === `src:${this.src}`)) return;
    if (source === 'built-in' && document.readyState === 'loading') return; // an inline script may follow
    this.#source = source;
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.partners != null) {
      this.#accept(this.partners, 'the partners property');
    } else if (script) {
      let data: unknown;
      try {
        data = JSON.parse(script.textContent ?? '');
      } catch (error) {
        this.#fail(
          'parse-failed',
          `the inline <script type="application/json"> is not valid JSON: ${String(error)}`,
        );
        return;
      }
      this.#accept(data, 'the inline <script type="application/json">');
    } else if (this.src) {
      void this.#fetch(this.src);
    } else {
      this.#accept(SECON_PARTNERS, 'the built-in partners');
    }
  }

  async #fetch(src: string): Promise<void> {
    const controller = new AbortController();
    this.#abort = controller;
    this.#entries = [];
    this._status = 'loading';
    const timeout = timeLimit(this, this.timeout);
    let url = src;
    let data: unknown;
    let failure: [string, string] | undefined;
    try {
      url = new URL(src, document.baseURI).href;
      const [response, text] = await fetchText(
        url,
        { headers: { accept: 'application/json, application/geo+json' } },
        timeout,
        controller,
      );
      if (!response.ok) {
        failure = ['load-failed', `${url} answered HTTP ${response.status} ${response.statusText}`.trim()];
      } else {
        try {
          data = JSON.parse(text);
        } catch {
          const type = response.headers.get('content-type') ?? 'no content type';
          failure = ['parse-failed', `${url} did not return valid JSON (${type}: "${text.slice(0, 40)}…")`];
        }
      }
    } catch (error) {
      failure = [
        'load-failed',
        isTimeout(error)
          ? `${url} did not answer within ${timeout} ms`
          : `${url} could not be loaded: ${String(error)}`,
      ];
    }
    if (controller !== this.#abort) return; // another source took over meanwhile
    this.#abort = undefined;
    if (failure) this.#fail(...failure);
    else this.#accept(data, url, url);
    this.requestUpdate();
  }

  #accept(data: unknown, source: string, base?: string): void {
    const warn = (message: string): void => console.warn(`<secon-partner-map>: ${source}: ${message}`);
    const partners = readPartners(data, warn, base);
    if (!partners) {
      this.#fail(
        'invalid-data',
        `${source} holds no partner list: expected an array, {"partners": [...]} or a GeoJSON FeatureCollection.`,
      );
    } else if (!partners.length) {
      this.#fail('no-partners', `${source} has no valid partner to show.`);
    } else {
      this.#entries = partners.map((partner) => {
        const [x, y] = project(partner.lon, partner.lat);
        const onMap = x >= 0 && y >= 0 && x <= VIEW_WIDTH && y <= VIEW_HEIGHT;
        if (!onMap) warn(`"${partner.id}" lies outside the map; it is only listed.`);
        return { partner, x, y, onMap };
      });
      this._status = 'ready';
      this.#onMapIds = this.#entries.flatMap((e, i) => (e.onMap ? [i] : []));
      const selected = this.selected === undefined ? -1 : this.#indexOf(this.selected);
      this.#anchor =
        selected >= 0 && this.#entries[selected]!.onMap ? selected : this.#entries.findIndex((e) => e.onMap);
      this.#listed = 0;
      this._layout++;
    }
  }

  #fail(code: string, message: string): void {
    this.#entries = [];
    this.#onMapIds = [];
    this.#anchor = this.#active = -1;
    this._status = 'error';
    this._errorCode = code;
    this._layout++;
    emitError(this, code, message);
  }

  #indexOf(id: string): number {
    return this.#entries.findIndex((e) => e.partner.id === id);
  }

  /**
   * Decides what each marker stands for at the current zoom and size, and where it goes.
   * Up to GROUP_FROM partners on the map, every partner has a marker, spread apart
   * where they would overlap. Above it, partners that share a cell become one group
   * marker at their mean position (individual markers again at the closest zoom), and
   * only markers within half a window of the visible part are drawn.
   */
  #relayout(): void {
    this.#layoutFor = this.#layoutKey();
    const n = this.#entries.length;
    const k = this._zoom;
    // Pixels per view-box unit at this zoom.
    const scale = (this.#width * k) / VIEW_WIDTH;
    const grouping = this.#onMapIds.length > GROUP_FROM;
    // Without groups, markers change only with the data and once the width is known (they
    // wait for it: it comes before the first frame); zoom and size only spread them.
    const itemsFor = `${this._layout}|${scale > 0}`;
    if (grouping || this.#itemsFor !== itemsFor) this.#items++;
    this.#itemsFor = itemsFor;
    const left = (this._panX - 0.5 / k) * VIEW_WIDTH;
    const top = (this._panY - 0.5 / k) * VIEW_HEIGHT;
    const inWindow = (x: number, y: number) =>
      !grouping ||
      (x >= left && x <= left + (2 * VIEW_WIDTH) / k && y >= top && y <= top + (2 * VIEW_HEIGHT) / k);
    this.#itemOf = new Int32Array(n).fill(-1);
    this.#groups = [];
    const cells = new Map<number, number[]>();
    for (const i of scale ? this.#onMapIds : []) {
      const { x, y, partner } = this.#entries[i]!;
      // The lead partner keeps its star: it is never part of a group.
      const key =
        k < MAX_ZOOM && grouping && partner.role !== 'lead'
          ? Math.floor((x * scale) / GROUP_CELL) * 65536 + Math.floor((y * scale) / GROUP_CELL)
          : -1 - i;
      const cell = cells.get(key);
      if (cell) cell.push(i);
      else cells.set(key, [i]);
    }
    this.#xs = new Float64Array(n + cells.size);
    this.#ys = new Float64Array(n + cells.size);
    const shown: number[] = [];
    for (const members of cells.values()) {
      let x = 0;
      let y = 0;
      for (const i of members) {
        x += this.#entries[i]!.x / members.length;
        y += this.#entries[i]!.y / members.length;
      }
      if (!inWindow(x, y)) continue;
      const id = members.length > 1 ? n + this.#groups.push(members) - 1 : members[0]!;
      this.#xs[id] = x;
      this.#ys[id] = y;
      for (const i of members) this.#itemOf[i] = id;
      shown.push(id);
    }
    this.#onMap = shown;
    const px = this.#xs.map((v) => v * scale);
    const py = this.#ys.map((v) => v * scale);
    // Nothing is shown until the width (scale) is known.
    this.#offsets = spreadOut(px, py, shown, TARGET);
    for (const i of shown) {
      this.#xs[i]! += this.#offsets[2 * i]! / scale;
      this.#ys[i]! += this.#offsets[2 * i + 1]! / scale;
    }
    if (!shown.includes(this.#itemOf[this.#anchor] ?? -1)) this.#anchor = shown[0] ?? -1;
    if (this.#anchor >= n) this.#anchor = this.#groups[this.#anchor - n]![0]!;
  }

  #focusedMarker(): HTMLElement | undefined {
    const focused = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    return focused?.classList.contains('marker') ? focused : undefined;
  }

  get #view(): 'both' | 'map' | 'list' {
    return oneOf(this, 'view', this.view, ['both', 'map', 'list']);
  }

  #marker(index: number): HTMLElement | null {
    return this.renderRoot.querySelector(`.marker[data-index="${index}"]`);
  }

  /** Moves the map's tab stop and focus to marker `index`, panning to show it. */
  #focusMarker(index: number): void {
    const previous = this.#marker(this.#active);
    const next = this.#marker(index);
    if (!next) return;
    previous?.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    this.#active = index;
    this.#anchor = this.#groups[index - this.#entries.length]?.[0] ?? index;
    this.#reveal(index);
    next.focus({ preventScroll: true });
  }

  /** Pans so that marker `index` is inside the visible window. */
  #reveal(index: number): void {
    const k = this._zoom;
    const u = this.#xs[index]! / VIEW_WIDTH;
    const v = this.#ys[index]! / VIEW_HEIGHT;
    const margin = 0.1 / k;
    if (u < this._panX + margin || u > this._panX + 1 / k - margin)
      this._panX = clamp(u - 0.5 / k, 0, 1 - 1 / k);
    if (v < this._panY + margin || v > this._panY + 1 / k - margin)
      this._panY = clamp(v - 0.5 / k, 0, 1 - 1 / k);
  }

  /** Zooms to `zoom`, keeping the point at (`fx`, `fy`) of the frame (fractions) in place. */
  #zoomTo(zoom: number, fx = 0.5, fy = 0.5): void {
    const k0 = this._zoom;
    const k = clamp(zoom, 1, MAX_ZOOM);
    const u = this._panX + fx / k0;
    const v = this._panY + fy / k0;
    this._zoom = k;
    this._panX = clamp(u - fx / k, 0, 1 - 1 / k);
    this._panY = clamp(v - fy / k, 0, 1 - 1 / k);
  }

  async #open(index: number, invoker: HTMLElement): Promise<void> {
    const entry = this.#entries[index];
    if (!entry) return;
    this.#returnTo = invoker;
    this.selected = entry.partner.id;
    emit<SeconPartnerSelectDetail>(this, 'secon-partner-select', { partner: entry.partner });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.details [role="heading"]')?.focus();
  }

  async #close(): Promise<void> {
    const index = this.selected === undefined ? -1 : this.#indexOf(this.selected);
    this.selected = undefined;
    await this.updateComplete;
    const returnTo = this.#returnTo;
    this.#returnTo = undefined;
    if (returnTo?.isConnected && !returnTo.classList.contains('marker')) returnTo.focus();
    else if (this.#view !== 'list' && this.#itemOf[index]! >= 0) this.#focusMarker(this.#itemOf[index]!);
    else this.renderRoot.querySelector<HTMLElement>(`.list button[data-index="${index}"]`)?.focus();
  }

  #handleMarkerClick(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLElement>('[data-index]');
    if (!button || this.#dragged) return;
    const index = Number(button.dataset['index']);
    const members = this.#groups[index - this.#entries.length];
    if (members) return this.#zoomToGroup(index, members);
    if (button.classList.contains('marker')) this.#focusMarker(index);
    void this.#open(index, button);
  }

  /** Zooms in two steps on group `index`, keeping it in place: its partners move apart. */
  #zoomToGroup(index: number, members: number[]): void {
    const k = this._zoom;
    this.#anchor = members[0]!;
    this.#zoomTo(
      k * ZOOM_STEP * ZOOM_STEP,
      (this.#xs[index]! / VIEW_WIDTH - this._panX) * k,
      (this.#ys[index]! / VIEW_HEIGHT - this._panY) * k,
    );
  }

  #handleMarkerKeyDown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = KEYS[event.key];
    let next = -1;
    if (direction) next = nearest(this.#xs, this.#ys, this.#onMap, this.#active, direction);
    else if (event.key === 'Home') next = this.#onMap[0] ?? -1;
    else if (event.key === 'End') next = this.#onMap[this.#onMap.length - 1] ?? -1;
    else if (event.key === '+' || event.key === '=') this.#zoomTo(this._zoom * ZOOM_STEP);
    else if (event.key === '-') this.#zoomTo(this._zoom / ZOOM_STEP);
    else return;
    event.preventDefault();
    if (next >= 0) this.#focusMarker(next);
  }

  #handleKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.selected !== undefined && !event.defaultPrevented) {
      event.preventDefault();
      void this.#close();
    }
  }

  #handleFocusIn(event: FocusEvent): void {
    const marker = (event.target as Element).closest<HTMLElement>('.marker');
    if (!marker) return;
    const index = Number(marker.dataset['index']);
    if (index !== this.#active) this.#focusMarker(index);
    else this.#reveal(index);
  }

  #handleWheel(event: WheelEvent): void {
    if (!event.ctrlKey && !event.metaKey) {
      // The page scrolls as usual; say how to zoom instead.
      this._wheelHint = true;
      clearTimeout(this.#hintTimer);
      this.#hintTimer = setTimeout(() => (this._wheelHint = false), 1500);
      return;
    }
    event.preventDefault();
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const factor = Math.exp(-clamp(event.deltaY, -100, 100) * 0.005);
    this.#zoomTo(
      this._zoom * factor,
      (event.clientX - rect.left) / rect.width,
      (event.clientY - rect.top) / rect.height,
    );
  }

  #handlePointerDown(event: PointerEvent): void {
    if (event.button !== 0 || this._zoom === 1 || (event.target as Element).closest('[part~="controls"]'))
      return;
    this.#drag = { id: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
  }

  #handlePointerMove(event: PointerEvent): void {
    const drag = this.#drag;
    if (!drag || drag.id !== event.pointerId) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    const frame = event.currentTarget as HTMLElement;
    if (!drag.moved) {
      drag.moved = true;
      try {
        frame.setPointerCapture(event.pointerId);
      } catch {
        // The pointer is already gone; the drag still follows the events that come.
      }
      frame.classList.add('dragging');
    }
    drag.x = event.clientX;
    drag.y = event.clientY;
    const k = this._zoom;
    this._panX = clamp(this._panX - dx / (frame.clientWidth * k), 0, 1 - 1 / k);
    this._panY = clamp(this._panY - dy / (frame.clientHeight * k), 0, 1 - 1 / k);
  }

  #handlePointerUp(event: PointerEvent): void {
    if (!this.#drag || this.#drag.id !== event.pointerId) return;
    // The click that ends a drag opens nothing.
    this.#dragged = this.#drag.moved;
    setTimeout(() => (this.#dragged = false));
    this.#drag = undefined;
    (event.currentTarget as HTMLElement).classList.remove('dragging');
  }

  #handleSkip(): void {
    const target =
      (this.#view === 'both' && this.renderRoot.querySelector<HTMLElement>('.list [role="heading"]')) ||
      this.renderRoot.querySelector<HTMLElement>('.map-end');
    target?.focus();
  }

  #heading(id: string, text: string): TemplateResult {
    const level = headingLevel(this, this.headingLevel, 3);
    return html`<div role="heading" aria-level=${level} id=${id} class="heading" tabindex="-1">${text}</div>`;
  }

  #roleText(role: Partner['role']): string {
    if (role === 'lead') {
      return msg('Lead partner', {
        id: 'partner-map.role-lead',
        desc: 'Role of the project partner that leads the project.',
      });
    }
    if (role === 'advisory') {
      return msg('Advisory partner', {
        id: 'partner-map.role-advisory',
        desc: 'Role of a project partner that advises without a budget of its own.',
      });
    }
    return msg('Partner', { id: 'partner-map.role-partner', desc: 'Role of an ordinary project partner.' });
  }

  /** City, region when asked for, and country, in `locale`. */
  #placeName(p: Partner, locale: string, region?: Partner['region']): string {
    return [localize(p.city, locale), localize(region, locale), countryName(p.country, locale) ?? p.country]
      .filter(Boolean)
      .join(', ');
  }

  #renderMap(): TemplateResult {
    const k = this._zoom;
    const locale = getLocale();
    return html`<div part="map" class="map">
      <button class="skip visually-hidden" @click=${this.#handleSkip}>
        ${msg('Skip the map', { id: 'partner-map.skip', desc: 'Link-like button before the map: jumps past it.' })}
      </button>
      <div
        part="frame"
        class="frame ${k > 1 ? 'zoomed' : ''}"
        aria-busy=${this._status === 'loading' ? 'true' : 'false'}
        @wheel=${this.#handleWheel}
        @pointerdown=${this.#handlePointerDown}
        @pointermove=${this.#handlePointerMove}
        @pointerup=${this.#handlePointerUp}
        @pointercancel=${this.#handlePointerUp}
      >
        <div class="viewport">
          ${guard([this._layout], () => drawLand(new Set(this.#entries.map((e) => e.partner.country))))}
          ${guard([this.#layoutFor], () => this.#renderLeaders())}
          <div
            class="markers"
            role="group"
            aria-label=${msg('Map of the project partners', {
              id: 'partner-map.map-label',
              desc: 'Accessible name of the group of partner markers on the map.',
            })}
            @click=${this.#handleMarkerClick}
            @keydown=${this.#handleMarkerKeyDown}
            @focusin=${this.#handleFocusIn}
          >
            ${guard([this.#items, this.selected, locale], () => this.#renderMarkers(locale))}
          </div>
        </div>
        <p class="help" id="help">
          ${msg('Arrow keys move between partners.', {
            id: 'partner-map.keyboard-help',
            desc: 'Instruction over the map, shown while a partner marker has keyboard focus; read by screen readers.',
          })}
        </p>
        <p class="wheel-hint" aria-hidden="true" ?hidden=${!this._wheelHint}>
          ${msg('To zoom, hold Ctrl and scroll.', {
            id: 'partner-map.pointer-help',
            desc: 'Shown over the map when someone scrolls the mouse wheel over it without Ctrl: the wheel alone scrolls the page.',
          })}
        </p>
        ${this.#renderLegend()} ${this.#renderStatus()}
      </div>
      <div part="controls" class="controls">
        ${this.#zoomButton(
          msg('Zoom in', { id: 'partner-map.zoom-in', desc: 'Button that enlarges the map.' }),
          '+',
          k >= MAX_ZOOM,
          () => this.#zoomTo(this._zoom * ZOOM_STEP),
        )}
        ${this.#zoomButton(
          msg('Zoom out', { id: 'partner-map.zoom-out', desc: 'Button that shrinks the map.' }),
          '−',
          k <= 1,
          () => this.#zoomTo(this._zoom / ZOOM_STEP),
        )}
        ${this.#zoomButton(
          msg('Reset zoom', { id: 'partner-map.zoom-reset', desc: 'Button that shows the whole map again.' }),
          '⟲',
          k === 1,
          () => this.#zoomTo(1),
        )}
      </div>
      <div class="map-end visually-hidden" tabindex="-1">
        ${msg('End of the map.', { id: 'partner-map.map-end', desc: 'Read by screen readers after "Skip the map".' })}
      </div>
    </div>`;
  }

  #zoomButton(label: string, symbol: string, limit: boolean, action: () => void): TemplateResult {
    return html`<button
      part="zoom-button"
      type="button"
      aria-label=${label}
      title=${label}
      aria-disabled=${limit ? 'true' : 'false'}
      @click=${action}
    >
      <span aria-hidden="true">${symbol}</span>
    </button>`;
  }

  #renderMarkers(locale: string): unknown {
    const n = this.#entries.length;
    return this.#onMap.map((i) => {
      const count = this.#groups[i - n]?.length;
      if (count) {
        return html`<button
          part="marker group"
          type="button"
          class="marker group"
          data-index=${i}
          data-count=${count}
          aria-label=${msg(str`${count} partners here. Zoom in`, {
            id: 'partner-map.group',
            desc: 'Accessible name of a map marker that stands for several partners close together; pressing it zooms in on them. The number is always 2 or more.',
          })}
          aria-describedby="help"
        >
          ${count}
        </button>`;
      }
      const { partner } = this.#entries[i]!;
      const name = localize(partner.name, locale);
      const expanded = partner.id === this.selected ? 'true' : 'false';
      // The lead partner's star is part of its own template: the other markers, maybe
      // thousands, have nothing inside to update.
      return partner.role === 'lead'
        ? html`<button
            part="marker"
            type="button"
            class="marker lead"
            data-index=${i}
            aria-label=${name}
            aria-expanded=${expanded}
            aria-describedby="help"
          >
            ${STAR}
          </button>`
        : html`<button
            part="marker"
            type="button"
            class="marker ${partner.role ?? 'partner'}"
            data-index=${i}
            aria-label=${name}
            aria-expanded=${expanded}
            aria-describedby="help"
          ></button>`;
    });
  }

  /**
   * A line from each marker moved apart from a neighbour back to its true place, starting
   * 8 px from the marker's centre, outside its dot. One path per colour: a line drawn by
   * each marker costs each of them style, layout and paint.
   */
  #renderLeaders(): TemplateResult {
    const scale = (this.#width * this._zoom) / VIEW_WIDTH;
    const paths = ['', ''];
    for (const i of this.#onMap) {
      const dx = this.#offsets[2 * i]!;
      const dy = this.#offsets[2 * i + 1]!;
      const length = Math.hypot(dx, dy);
      if (length <= 8) continue; // within the dot: nothing to show
      // From the marker's place to its true place, before it was moved by (dx, dy) px.
      const x = this.#xs[i]!;
      const y = this.#ys[i]!;
      const start = 8 / length / scale;
      paths[+(this.#entries[i]?.partner.role === 'lead')] +=
        `M${(x - dx * start).toFixed(2)} ${(y - dy * start).toFixed(2)}L${(x - dx / scale).toFixed(2)} ${(y - dy / scale).toFixed(2)}`;
    }
    return html`<svg
      class="leaders"
      viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}"
      aria-hidden="true"
      focusable="false"
    >
      <path d=${paths[0]!} />
      <path class="lead" d=${paths[1]!} />
    </svg>`;
  }

  #renderLegend(): TemplateResult {
    const roles = ROLES.filter((role) => this.#entries.some((e) => (e.partner.role ?? 'partner') === role));
    return html`<ul class="legend" aria-hidden="true" ?hidden=${roles.length < 2}>
      ${roles.map(
        (role) =>
          html`<li>
            <span class="shape ${role}">${role === 'lead' ? STAR : nothing}</span>${this.#roleText(role)}
          </li>`,
      )}
    </ul>`;
  }

  #renderDetails(locale: string): TemplateResult | typeof nothing {
    const entry = this.selected === undefined ? undefined : this.#entries[this.#indexOf(this.selected)];
    if (!entry) return nothing;
    const p = entry.partner;
    const policy = localize(p.policyInstrument, locale);
    const description = localize(p.description, locale);
    const host = p.url ? new URL(p.url).host || p.url : '';
    return html`<section part="details" class="details" aria-labelledby="details-heading">
      ${this.#heading('details-heading', localize(p.name, locale))}
      <button
        part="close-button"
        type="button"
        class="close"
        aria-label=${msg('Close details', { id: 'partner-map.close', desc: 'Button that closes the partner details.' })}
        @click=${() => void this.#close()}
      >
        <span aria-hidden="true">×</span>
      </button>
      <dl>
        ${[
          [
            msg('Role', { id: 'partner-map.role', desc: 'Label in the partner details, before the role.' }),
            this.#roleText(p.role),
          ],
          [
            msg('Location', {
              id: 'partner-map.location',
              desc: 'Label in the partner details, before city and country.',
            }),
            this.#placeName(p, locale, p.region),
          ],
          [
            msg('Policy instrument', {
              id: 'partner-map.policy',
              desc: 'Label in the partner details, before the regional policy the partner works to improve.',
            }),
            policy,
          ],
          [
            msg('Website', {
              id: 'partner-map.website',
              desc: 'Label in the partner details, before the link to its website.',
            }),
            p.url && html`<a href=${p.url} rel="noopener">${host}</a>`,
          ],
        ].map(([label, value]) =>
          value
            ? html`
                <dt>${label}</dt>
                <dd>${value}</dd>
              `
            : nothing,
        )}
      </dl>
      ${description ? html`<p class="description">${description}</p>` : nothing}
    </section>`;
  }

  #renderList(locale: string): TemplateResult {
    return html`<section part="list" class="list" aria-labelledby="list-heading">
      ${this.#heading('list-heading', msg('Partners', { id: 'partner-map.list-heading', desc: 'Heading of the list of partners.' }))}
      <ul @click=${this.#handleMarkerClick}>
        ${Array.from({ length: Math.ceil(this.#listed / LIST_CHUNK) }, (_, c) => {
          const end = Math.min(this.#listed, (c + 1) * LIST_CHUNK);
          return guard([this._layout, this.selected, locale, end], () =>
            this.#entries.slice(c * LIST_CHUNK, end).map(
              ({ partner: p }, j) =>
                html`<li>
                  <span class="shape ${p.role ?? 'partner'}" aria-hidden="true"
                    >${p.role === 'lead' ? STAR : nothing}</span
                  >
                  <button
                    type="button"
                    data-index=${c * LIST_CHUNK + j}
                    aria-expanded=${p.id === this.selected ? 'true' : 'false'}
                  >
                    ${localize(p.name, locale)}
                  </button>
                  <span class="place"
                    >${this.#placeName(p, locale)}${
                      p.role === 'lead' ? html` · <strong>${this.#roleText('lead')}</strong>` : nothing
                    }</span
                  >
                </li>`,
            ),
          );
        })}
      </ul>
    </section>`;
  }

  #renderStatus(): TemplateResult | typeof nothing {
    if (this._status === 'loading') {
      return html`<p part="status" class="status" role="status">
        ${msg('Loading partners…', { id: 'partner-map.loading', desc: 'Shown while the partner data loads.' })}
      </p>`;
    }
    if (this._status !== 'error') return nothing;
    return html`<p part="status" class="status error" role="alert">
      ${
        this._errorCode === 'no-partners'
          ? msg('There are no partners to show.', {
              id: 'partner-map.error-empty',
              desc: 'Shown instead of the markers when the data holds no valid partner.',
            })
          : msg('The partners could not be loaded.', {
              id: 'partner-map.error-load',
              desc: 'Shown instead of the markers when the partner data could not be loaded or read.',
            })
      }
    </p>`;
  }

  protected override render(): TemplateResult {
    const view = this.#view;
    const locale = getLocale();
    return html`<div part="base" class="base" @keydown=${this.#handleKeyDown}>
      <div class="layout ${view}">
        ${view !== 'list' ? this.#renderMap() : nothing}
        <div class="side">
          <div class="scroll">
            ${view === 'list' ? this.#renderStatus() : nothing}
            ${
              this._status === 'ready' && this.#listed
                ? [this.#renderDetails(locale), this.#renderList(locale)]
                : nothing
            }
          </div>
        </div>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'secon-partner-map': SeconPartnerMap;
  }
  interface HTMLElementEventMap {
    'secon-partner-select': CustomEvent<SeconPartnerSelectDetail>;
  }
}
