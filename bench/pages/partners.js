// The partners of the map benchmarks (bench/pages/partner-map.html, load-partner-map.html
// and leaflet.html), so that both maps draw exactly the same data, and how many of them a
// partner map shows.

const countries = ['PT', 'ES', 'FR', 'DE', 'PL', 'RO', 'BG', 'GR', 'IT', 'LV'];

/** `n` partners spread over Europe, the same for a given `n` on every run. */
export function partners(n) {
  let seed = 42;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `Partner ${i}`,
    country: countries[i % countries.length],
    city: `City ${i}`,
    lat: 36 + random() * 24,
    lon: -9 + random() * 38,
    role: i === 0 ? 'lead' : 'partner',
  }));
}

/**
 * Partners a <secon-partner-map> shows: one per marker, and a group's `data-count` for a
 * marker that groups nearby partners (`.marker.group`).
 */
export function shownOnMap(el) {
  let count = 0;
  for (const marker of el.shadowRoot?.querySelectorAll('.marker') ?? [])
    count += marker.classList.contains('group') ? Number(marker.dataset.count) : 1;
  return count;
}
