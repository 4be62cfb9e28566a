/** An arrow key's direction on the map. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * A uniform grid over points (about four per cell), so that "the nearest marker in this
 * direction" looks at the cells around a marker, ring by ring, instead of every marker:
 * with 10,000 partners an arrow key stays far below one frame.
 */
export class PointGrid {
  readonly #xs: ArrayLike<number>;
  readonly #ys: ArrayLike<number>;
  readonly #ids: readonly number[];
  readonly #x0: number;
  readonly #y0: number;
  readonly #size: number;
  readonly #cols: number;
  readonly #rows: number;
  /** Points of cell c are #items[#start[c]] … #items[#start[c + 1] - 1]. */
  readonly #start: Int32Array;
  readonly #items: Int32Array;

  /** Indexes the points `ids` (indices into `xs`/`ys`). */
  constructor(xs: ArrayLike<number>, ys: ArrayLike<number>, ids: readonly number[]) {
    this.#xs = xs;
    this.#ys = ys;
    this.#ids = ids;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const i of ids) {
      x0 = Math.min(x0, xs[i]!);
      x1 = Math.max(x1, xs[i]!);
      y0 = Math.min(y0, ys[i]!);
      y1 = Math.max(y1, ys[i]!);
    }
    const n = Math.max(ids.length, 1);
    const w = Math.max(x1 - x0, 0);
    const h = Math.max(y1 - y0, 0);
    this.#size = Math.max(2 * Math.sqrt((w * h) / n), Math.max(w, h) / (2 * Math.sqrt(n)), 1e-6);
    this.#x0 = Number.isFinite(x0) ? x0 : 0;
    this.#y0 = Number.isFinite(y0) ? y0 : 0;
    this.#cols = Math.floor(w / this.#size) + 1;
    this.#rows = Math.floor(h / this.#size) + 1;
    const cells = this.#cols * this.#rows;
    const start = new Int32Array(cells + 1);
    const cellOf = ids.map((i) => this.#cell(xs[i]!, ys[i]!));
    for (const c of cellOf) start[c + 1]!++;
    for (let c = 0; c < cells; c++) start[c + 1]! += start[c]!;
    const fill = start.slice(0, cells);
    this.#items = new Int32Array(ids.length);
    ids.forEach((i, k) => (this.#items[fill[cellOf[k]!]!++] = i));
    this.#start = start;
  }

  #col(x: number): number {
    return Math.min(this.#cols - 1, Math.max(0, Math.floor((x - this.#x0) / this.#size)));
  }

  #row(y: number): number {
    return Math.min(this.#rows - 1, Math.max(0, Math.floor((y - this.#y0) / this.#size)));
  }

  #cell(x: number, y: number): number {
    return this.#row(y) * this.#cols + this.#col(x);
  }

  /**
   * The point nearest to `from` in `direction`, or -1. Distance across the direction
   * counts double, so that a point straight ahead wins over a closer one far to the
   * side. Points at the very same place are visited in index order (right and down go
   * forward, left and up back), so that every one of them stays reachable.
   */
  nearest(from: number, direction: Direction): number {
    const fx = this.#xs[from]!;
    const fy = this.#ys[from]!;
    const horizontal = direction === 'left' || direction === 'right';
    const sign = direction === 'right' || direction === 'down' ? 1 : -1;
    const cx = this.#col(fx);
    const cy = this.#row(fy);
    let best = -1;
    let bestScore = Infinity;
    const maxRing = Math.max(this.#cols, this.#rows);
    for (let r = 0; r <= maxRing; r++) {
      // Every point of ring r is at least (r - 1) cells away along one axis.
      const reach = Math.max(0, r - 1) * this.#size;
      if (reach * reach >= bestScore) break;
      for (let gy = cy - r; gy <= cy + r; gy++) {
        if (gy < 0 || gy >= this.#rows) continue;
        const edge = gy === cy - r || gy === cy + r;
        for (let gx = cx - r; gx <= cx + r; gx += edge ? 1 : 2 * r) {
          if (gx < 0 || gx >= this.#cols) continue;
          const c = gy * this.#cols + gx;
          for (let k = this.#start[c]!; k < this.#start[c + 1]!; k++) {
            const i = this.#items[k]!;
            if (i === from) continue;
            const dx = this.#xs[i]! - fx;
            const dy = this.#ys[i]! - fy;
            const ahead = sign * (horizontal ? dx : dy);
            const side = horizontal ? dy : dx;
            let score: number;
            if (ahead > 0) score = ahead * ahead + 4 * side * side;
            else if (ahead === 0 && side === 0 && sign * (i - from) > 0) score = Math.abs(i - from) * 1e-12;
            else continue;
            if (score < bestScore || (score === bestScore && i < best)) {
              bestScore = score;
              best = i;
            }
          }
        }
      }
    }
    return best;
  }

  /** Number of points indexed. */
  get size(): number {
    return this.#ids.length;
  }
}

/**
 * Offsets (in the units of `xs`/`ys`, pairs dx, dy per point) that move markers whose
 * `size`-wide targets overlap apart, in a ring around their centre that keeps their
 * compass order: Athens and Tripoli, a few pixels apart on a phone, become two
 * separate targets. Crowds of more than `maxGroup` markers stay where they are
 * (zooming in separates them; the list reaches every partner).
 */
export function spreadOut(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  ids: readonly number[],
  size: number,
  maxGroup = 8,
): Float64Array {
  const offsets = new Float64Array(xs.length * 2);
  const cells = new Map<number, number[]>();
  const key = (gx: number, gy: number) => gx * 1e6 + gy;
  const cellOf = (i: number) => [Math.floor(xs[i]! / size), Math.floor(ys[i]! / size)] as const;
  for (const i of ids) {
    const [gx, gy] = cellOf(i);
    const list = cells.get(key(gx, gy));
    if (list) list.push(i);
    else cells.set(key(gx, gy), [i]);
  }
  const parent = new Int32Array(xs.length).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const crowded = new Uint8Array(xs.length);
  for (const i of ids) {
    const [gx, gy] = cellOf(i);
    for (let ny = gy - 1; ny <= gy + 1; ny++) {
      for (let nx = gx - 1; nx <= gx + 1; nx++) {
        const others = cells.get(key(nx, ny));
        if (!others) continue;
        if (others.length > maxGroup) {
          crowded[i] = 1;
          continue;
        }
        for (const j of others) {
          if (j <= i || Math.abs(xs[j]! - xs[i]!) >= size || Math.abs(ys[j]! - ys[i]!) >= size) continue;
          parent[find(j)] = find(i);
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (const i of ids) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  for (const group of groups.values()) {
    const m = group.length;
    if (m < 2 || m > maxGroup || group.some((i) => crowded[i])) continue;
    let cx = 0;
    let cy = 0;
    for (const i of group) {
      cx += xs[i]! / m;
      cy += ys[i]! / m;
    }
    const angle = (i: number) => Math.atan2(ys[i]! - cy, xs[i]! - cx);
    group.sort((a, b) => angle(a) - angle(b) || a - b);
    const radius = (size + 2) / (2 * Math.sin(Math.PI / m));
    const start = angle(group[0]!);
    group.forEach((i, k) => {
      const a = start + (2 * Math.PI * k) / m;
      offsets[2 * i] = cx + radius * Math.cos(a) - xs[i]!;
      offsets[2 * i + 1] = cy + radius * Math.sin(a) - ys[i]!;
    });
  }
  return offsets;
}
