import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';
import type { Partner } from '../src/index.js';

interface Args {
  src: string;
  view: 'both' | 'map' | 'list';
  selected: string;
  headingLevel: number;
  timeout: number;
}

const meta: Meta<Args> = {
  title: 'Elements/Partner map',
  component: 'secon-partner-map',
  args: { src: '', view: 'both', selected: '', headingLevel: 3, timeout: 15000 },
  argTypes: {
    src: {
      control: 'select',
      options: [
        '',
        '/assets/partner-map/partners.json',
        '/assets/partner-map/partners.geojson',
        '/assets/partner-map/bad-entries.json',
        '/assets/partner-map/missing.json',
        '/assets/partner-map/not-json.html',
        '/assets/partner-map/invalid-json.txt',
        '/assets/partner-map/not-a-list.json',
        '/assets/partner-map/no-valid.json',
      ],
      description: 'URL of JSON or GeoJSON partners (empty: the built-in SECON partners)',
    },
    view: { control: 'inline-radio', options: ['both', 'map', 'list'] },
    selected: {
      control: 'select',
      options: [
        '',
        'peloponnese',
        'rhein-neckar',
        'flemish-brabant',
        'harghita',
        'mazowieckie',
        'oliveira-de-azemeis',
        'riga',
        'extremadura',
        'haskovo',
        'kmop',
      ],
      description: 'Id of the partner whose details are open',
    },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    timeout: { control: { type: 'number', min: 100 } },
  },
  render: ({ src, view, selected, headingLevel, timeout }) => html`
    <secon-partner-map
      src=${src || nothing}
      view=${view}
      selected=${selected || nothing}
      heading-level=${headingLevel}
      timeout=${timeout}
    ></secon-partner-map>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The ten SECON partners, built in: no request, no tile server, no API key. */
export const Default: Story = {};

/** The details of the lead partner are open (`selected="peloponnese"`). */
export const DetailsOpen: Story = { args: { selected: 'peloponnese' } };

// One story per language, through the locale toolbar: partner names and policy
// instruments in the partner's language where given, country names from Intl.
/** English. */
export const English: Story = { globals: { locale: 'en' } };
/** Bulgarian. */
export const Bulgarian: Story = { globals: { locale: 'bg' }, args: { selected: 'haskovo' } };
/** German. */
export const German: Story = { globals: { locale: 'de' }, args: { selected: 'rhein-neckar' } };
/** Greek. */
export const Greek: Story = { globals: { locale: 'el' }, args: { selected: 'peloponnese' } };
/** Spanish. */
export const Spanish: Story = { globals: { locale: 'es' }, args: { selected: 'extremadura' } };
/** Hungarian. */
export const Hungarian: Story = { globals: { locale: 'hu' }, args: { selected: 'harghita' } };
/** Latvian. */
export const Latvian: Story = { globals: { locale: 'lv' }, args: { selected: 'riga' } };
/** Dutch. */
export const Dutch: Story = { globals: { locale: 'nl' }, args: { selected: 'flemish-brabant' } };
/** Polish. */
export const Polish: Story = { globals: { locale: 'pl' }, args: { selected: 'mazowieckie' } };
/** Portuguese (European). */
export const Portuguese: Story = { globals: { locale: 'pt' }, args: { selected: 'oliveira-de-azemeis' } };
/** Romanian. */
export const Romanian: Story = { globals: { locale: 'ro' }, args: { selected: 'harghita' } };

/** Partners from a `<script type="application/json">` child: the data is in the page, indexable. */
export const InlineData: Story = {
  render: ({ view }) => html`
    <secon-partner-map view=${view}>
      <script type="application/json">
        {
          "partners": [
            {
              "id": "kalamata",
              "name": "Kalamata kick-off venue",
              "country": "GR",
              "city": "Kalamata",
              "lat": 37.0366,
              "lon": 22.1144,
              "role": "lead"
            },
            {
              "id": "plovdiv",
              "name": "Plovdiv Social Enterprises Network",
              "country": "BG",
              "city": "Plovdiv",
              "lat": 42.1354,
              "lon": 24.7453
            }
          ]
        }
      </script>
    </secon-partner-map>
  `,
};

/** `src` pointing to JSON (`{"partners": [...]}`), here a cross-border network around Haskovo. */
export const SrcJson: Story = { args: { src: '/assets/partner-map/partners.json' } };

/** `src` pointing to a GeoJSON FeatureCollection of points. */
export const GeoJson: Story = { args: { src: '/assets/partner-map/partners.geojson' } };

function manyPartners(count: number): Partner[] {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const countries = ['PT', 'ES', 'FR', 'BE', 'DE', 'PL', 'LV', 'RO', 'BG', 'GR', 'IT', 'AT'];
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i + 1}`,
    name: `Social enterprise ${i + 1}`,
    country: countries[i % countries.length]!,
    city: `Town ${i + 1}`,
    lat: 37 + random() * 20,
    lon: -8 + random() * 34,
    role: i === 0 ? ('lead' as const) : i % 25 === 0 ? ('advisory' as const) : ('partner' as const),
  }));
}

/** 100 partners: the most that each keep a marker of their own at every zoom level. */
export const HundredPartners: Story = {
  render: ({ view }) =>
    html`<secon-partner-map view=${view} .partners=${manyPartners(100)}></secon-partner-map>`,
};

/** 200 partners: markers close together become groups; press one to zoom in on it. */
export const TwoHundredPartners: Story = {
  render: ({ view }) =>
    html`<secon-partner-map view=${view} .partners=${manyPartners(200)}></secon-partner-map>`,
};

/** 10,000 partners: groups, only the part in view drawn when zoomed in, the list filled in after the map. */
export const TenThousandPartners: Story = {
  render: ({ view }) =>
    html`<secon-partner-map view=${view} .partners=${manyPartners(10000)}></secon-partner-map>`,
};

/** Invalid entries are skipped with a console warning each; the valid one shows. */
export const BadEntries: Story = { args: { src: '/assets/partner-map/bad-entries.json' } };

/** Error: `src` answers 404. */
export const ErrorNotFound: Story = { args: { src: '/assets/partner-map/missing.json' } };

/** Error: `src` answers an HTML page instead of JSON. */
export const ErrorNotJson: Story = { args: { src: '/assets/partner-map/not-json.html' } };

/** Error: `src` answers broken JSON. */
export const ErrorInvalidJson: Story = { args: { src: '/assets/partner-map/invalid-json.txt' } };

/** Error: the JSON is not a list of partners. */
export const ErrorNotAList: Story = { args: { src: '/assets/partner-map/not-a-list.json' } };

/** Error: no entry is valid. */
export const ErrorNoValidPartners: Story = { args: { src: '/assets/partner-map/no-valid.json' } };

/**
 * Error: `src` cannot be reached (nothing listens at that port). A server that never answers
 * shows the same message once `timeout` has passed.
 */
export const ErrorUnreachable: Story = { args: { src: 'http://localhost:1/partners.json', timeout: 2000 } };

/** The list alone (`view="list"`), usable without the map. */
export const ListOnly: Story = { args: { view: 'list' } };

/** The map alone (`view="map"`); the list still prints. */
export const MapOnly: Story = { args: { view: 'map' } };

/** A 320 px container: Athens and Tripoli are moved apart, each with its own 24 px target. */
export const Narrow320: Story = {
  render: (args) => html`<div style="width: 320px">${meta.render!(args, {} as never)}</div>`,
};

/** A dark theme through the global `--secon-*` tokens and the map's own properties. */
export const DarkTheme: Story = {
  args: { selected: 'riga' },
  render: (args) => html`
    <div
      style="
        padding: 1rem;
        background: #111418;
        color: #e8eaed;
        --secon-color-primary: #8ab4f8;
        --secon-color-text: #e8eaed;
        --secon-color-muted: #b4b9c0;
        --secon-color-surface: #1b1f24;
        --secon-color-surface-alt: #23282e;
        --secon-color-border: #8d939a;
        --secon-partner-map-sea: #0e2338;
        --secon-partner-map-land: #2a3037;
        --secon-partner-map-partner-country: #5b4a1c;
        --secon-partner-map-border: #6c737b;
        --secon-partner-map-marker: #8ab4f8;
        --secon-partner-map-lead-marker: #ff8a80;
        --secon-partner-map-marker-outline: #111418;
      "
    >
      ${meta.render!(args, {} as never)}
    </div>
  `,
};
