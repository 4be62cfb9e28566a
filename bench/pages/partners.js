// The partners of the map benchmarks (bench/pages/partner-map.html and
// bench/pages/leaflet.html), so that both maps draw exactly the same data.

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
