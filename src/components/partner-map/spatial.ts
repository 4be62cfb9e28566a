/** An arrow key's direction on the map. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The marker (one of `ids`) nearest to `from` in `direction`, or -1. Distance across the
 * direction counts double, so that a marker straight ahead wins over a closer one far
 * to the side. Markers at the very same place are visited in index order (right and
 * down go forward, left and up back), so that each of them stays reachable.
 *
 * One pass over the markers: about 0.1 ms for 10,000 of them, so no spatial index is
 * needed to keep an arrow key far below one frame.
 */
export function nearest(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  ids: readonly number[],
  from: number,
  direction: Direction,
): number {
  const horizontal = direction === 'left' || direction === 'right';
  const sign = direction === 'right' || direction === 'down' ? 1 : -1;
  let best = -1;
  let bestScore = Infinity;
  for (const i of ids) {
    const dx = xs[i]! - xs[from]!;
    const dy = ys[i]! - ys[from]!;
    const ahead = sign * (horizontal ? dx : dy);
    const side = horizontal ? dy : dx;
    const score =
      ahead > 0
        ? ahead * ahead + 4 * side * side
        : !ahead && !side && sign * (i - from) > 0
          ? Math.abs(i - from) * 1e-9
          : Infinity;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/**
 * Offsets (pairs dx, dy per marker, in the units of `xs`/`ys`) that move markers whose
 * `size`-wide targets overlap apart, in a ring around their centre that keeps their
 * compass order: Athens and Tripoli, a few pixels apart on a phone, become two separate
 * targets. Groups of more than `maxGroup`, and maps of more than 1,500 markers, stay as
 * they are: zooming in separates them, and the list reaches every partner.
 */
export function spreadOut(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  ids: readonly number[],
  size: number,
  maxGroup = 8,
): Float64Array {
  const offsets = new Float64Array(xs.length * 2);
  if (ids.length > 1500) return offsets;
  const group: number[][] = [];
  for (const i of ids) group[i] = [i];
  // From left to right, each marker is compared only with those less than `size` to its right.
  const order = [...ids].sort((a, b) => xs[a]! - xs[b]!);
  order.forEach((a, p) => {
    for (let q = p + 1; q < order.length && xs[order[q]!]! - xs[a]! < size; q++) {
      const b = order[q]!;
      const ga = group[a]!;
      const gb = group[b]!;
      if (ga === gb || Math.abs(ys[a]! - ys[b]!) >= size) continue;
      ga.push(...gb);
      for (const i of gb) group[i] = ga;
    }
  });
  for (const members of new Set(ids.map((i) => group[i]!))) {
    const m = members.length;
    if (m < 2 || m > maxGroup) continue;
    let cx = 0;
    let cy = 0;
    for (const i of members) {
      cx += xs[i]! / m;
      cy += ys[i]! / m;
    }
    const angle = (i: number) => Math.atan2(ys[i]! - cy, xs[i]! - cx);
    members.sort((a, b) => angle(a) - angle(b) || a - b);
    const radius = (size + 2) / (2 * Math.sin(Math.PI / m));
    const start = angle(members[0]!);
    members.forEach((i, k) => {
      const a = start + (2 * Math.PI * k) / m;
      offsets[2 * i] = cx + radius * Math.cos(a) - xs[i]!;
      offsets[2 * i + 1] = cy + radius * Math.sin(a) - ys[i]!;
    });
  }
  return offsets;
}
