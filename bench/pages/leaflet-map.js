// The peer of <secon-partner-map> in `npm run bench`: the same partners drawn with
// Leaflet 1.9 and Leaflet.markercluster, offline (the map's own country outlines as
// GeoJSON, no tiles). Loaded by bench/pages/leaflet.html after leaflet.js and
// leaflet.markercluster.js; its bytes count as the glue a site would write.
/* global L */

/** Above this many partners, markers are clustered. */
const CLUSTER_FROM = 1000;
/** Zoom levels above the fitted one: the partner map zooms to 8×, that is 2³. */
const ZOOM_LEVELS = 3;

/** The country outlines, written by bench/cases/map-vs-leaflet.mjs. */
export const outlines = fetch(new URL('../tmp/europe-outlines.geojson', import.meta.url)).then((r) =>
  r.json(),
);

/** One element per partner's popup, made when the popup first opens. */
function popup(p) {
  const box = document.createElement('div');
  const name = document.createElement('strong');
  name.textContent = p.name;
  box.append(name, document.createElement('br'), `${p.city}, ${p.country}`);
  if (p.role === 'lead') box.append(document.createElement('br'), 'Lead partner');
  return box;
}

const icons = {
  lead: L.divIcon({ className: 'bench-marker lead', iconSize: [24, 24] }),
  partner: L.divIcon({ className: 'bench-marker', iconSize: [24, 24] }),
};

/**
 * Draws `partners` and the `geojson` outlines on a new map in `container`, clustered
 * from CLUSTER_FROM partners on unless `cluster` says otherwise. Markers are
 * `L.marker`s with a div icon: focusable buttons named by the partner's name (title), as
 * the partner map's markers are, where `L.circleMarker` paths take no keyboard focus.
 */
export function draw(container, partners, geojson, cluster = partners.length >= CLUSTER_FROM) {
  const [west, south, east, north] = geojson.bbox;
  const bounds = L.latLngBounds([south, west], [north, east]);
  const map = L.map(container, { zoomSnap: 1, maxZoom: 18 });
  const zoom = map.getBoundsZoom(bounds);
  map.setMinZoom(zoom);
  map.setMaxZoom(zoom + ZOOM_LEVELS);
  map.setView(bounds.getCenter(), zoom, { animate: false });
  const countries = new Set(partners.map((p) => p.country));
  L.geoJSON(geojson, {
    style: (f) => ({
      weight: 1,
      color: '#8c8c8c',
      fillColor: countries.has(f.id) ? '#b9d3ee' : '#e6e6e6',
      fillOpacity: 1,
    }),
    interactive: false,
  }).addTo(map);
  const markers = partners.map((p) =>
    L.marker([p.lat, p.lon], {
      icon: p.role === 'lead' ? icons.lead : icons.partner,
      title: p.name,
      keyboard: true,
    }).bindPopup(() => popup(p)),
  );
  const layer = cluster
    ? L.markerClusterGroup({ chunkedLoading: false }).addLayers(markers)
    : L.featureGroup(markers);
  map.addLayer(layer);
  return { map, layer };
}

/** Partners the map shows (each cluster counts its members), and whether every one's icon is in the DOM. */
export function shown({ layer }) {
  const visible = layer._featureGroup ? layer._featureGroup.getLayers() : layer.getLayers();
  let count = 0;
  for (const l of visible) {
    if (!l._icon?.isConnected) return { count: -1, icons: 0 };
    count += l.getChildCount ? l.getChildCount() : 1;
  }
  return { count, icons: visible.length };
}
