import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { SeconPartnerMap } from '../src/components/partner-map/partner-map.js';
import type { Partner } from '../src/components/partner-map/partners.js';
import { VIEW_HEIGHT, VIEW_WIDTH, countryPaths, project } from '../src/data/europe-geometry.js';

const COUNTRIES = countryPaths();
import { SECON_PARTNERS } from '../src/data/partners.js';
import { setLocale } from '../src/internal/locale.js';
import type { SeconErrorDetail } from '../src/internal/events.js';
import { mockEndpoint } from './helpers/mock.js';
import {
  captureConsole,
  deepActiveElement,
  emulate,
  resetLocale,
  setPageLang,
  shadow,
} from './helpers/util.js';

const isChromium = navigator.userAgent.includes('Chrome');

const markers = (el: SeconPartnerMap) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.marker')];
const marker = (el: SeconPartnerMap, name: string) => {
  const found = markers(el).find((m) => m.getAttribute('aria-label') === name);
  if (!found) throw new Error(`no marker named ${name}`);
  return found;
};
const markerNames = (el: SeconPartnerMap) => markers(el).map((m) => m.getAttribute('aria-label'));
const listItems = (el: SeconPartnerMap) =>
  [...shadow(el).querySelectorAll('.list li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const listButton = (el: SeconPartnerMap, name: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('.list button')].find(
    (b) => b.textContent!.trim() === name,
  )!;
const details = (el: SeconPartnerMap) => shadow(el).querySelector<HTMLElement>('[part="details"]');
/** What the details say, without the close button's decorative "×". */
const detailsText = (el: SeconPartnerMap) => {
  const copy = details(el)?.cloneNode(true) as HTMLElement | undefined;
  copy?.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return copy?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
};
const zoomButton = (el: SeconPartnerMap, name: string) =>
  shadow(el).querySelector<HTMLButtonElement>(`[part="zoom-button"][aria-label="${name}"]`)!;
const status = (el: SeconPartnerMap) =>
  shadow(el).querySelector('[part="status"]')?.textContent!.trim() ?? '';
const viewport = (el: SeconPartnerMap) => shadow(el).querySelector<HTMLElement>('.viewport')!;
const frame = (el: SeconPartnerMap) => shadow(el).querySelector<HTMLElement>('.frame')!;
const focusedName = () =>
  deepActiveElement()?.getAttribute('aria-label') ?? deepActiveElement()?.textContent?.trim();
const center = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2] as const;

/** Expects the marker named `name` where the projection puts (lon, lat), inside the frame's 1 px border. */
function expectAtPlace(el: SeconPartnerMap, name: string, lon: number, lat: number): void {
  const box = frame(el).getBoundingClientRect();
  const [x, y] = project(lon, lat);
  const [cx, cy] = center(marker(el, name).getBoundingClientRect());
  expect(cx - box.left - 1, name).to.be.closeTo((x / VIEW_WIDTH) * (box.width - 2), 1.5);
  expect(cy - box.top - 1, name).to.be.closeTo((y / VIEW_HEIGHT) * (box.height - 2), 1.5);
}
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

async function render(template: ReturnType<typeof html>, width = 640): Promise<SeconPartnerMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.querySelector('secon-partner-map')!;
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  return el;
}

const errors = (el: SeconPartnerMap) => {
  const seen: SeconErrorDetail[] = [];
  el.addEventListener('secon-error', (e) => seen.push(e.detail));
  return seen;
};

const valid = (id: string, extra: Partial<Partner> = {}): Partner => ({
  id,
  name: `Partner ${id}`,
  country: 'DE',
  lat: 50,
  lon: 10,
  ...extra,
});

describe('<secon-partner-map>', () => {
  afterEach(resetLocale);

  describe('the built-in SECON partnership', () => {
    it('shows the ten partners as marker buttons and in the list, without a request of its own', async () => {
      const start = performance.now();
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      expect(markerNames(el)).to.deep.equal([
        'Region of Peloponnese',
        'Verband Region Rhein-Neckar',
        'Province of Flemish Brabant',
        'Harghita County Council',
        'Mazowieckie Region (Mazovia)',
        'Municipality of Oliveira de Azeméis',
        'Riga Planning Region',
        'Junta de Extremadura — Ministry of Agriculture, Rural Development, Population and Territory',
        'Municipality of Haskovo',
        'KMOP – Social Action and Innovation Centre',
      ]);
      for (const m of markers(el)) expect(m.localName).to.equal('button');
      expect(listItems(el)).to.have.length(10);
      expect(listItems(el)[0]).to.equal('Region of Peloponnese Tripoli, Greece · Lead partner');
      expect(listItems(el)[8]).to.equal('Municipality of Haskovo Haskovo, Bulgaria');
      // Requests that began before the render (the test page's own modules) may end during it.
      // WebKit asks for the test page's /favicon.ico whenever it likes: that is not the map's.
      const requests = performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime >= start && new URL(r.name).pathname !== '/favicon.ico');
      expect(requests.map((r) => r.name)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('highlights the nine partner countries', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      // A path for each run of partner or other countries, in the outlines' order.
      const partnerCountries = ['BE', 'BG', 'DE', 'ES', 'GR', 'LV', 'PL', 'PT', 'RO'];
      const outlines = Object.entries(COUNTRIES);
      const paths = [...shadow(el).querySelectorAll('.land path')];
      const joined = (list: Element[]) => list.map((p) => p.getAttribute('d')).join('');
      expect(joined(paths)).to.equal(outlines.map(([, d]) => d).join(''));
      expect(joined(paths.filter((p) => p.classList.contains('partner-country')))).to.equal(
        outlines
          .filter(([code]) => partnerCountries.includes(code))
          .map(([, d]) => d)
          .join(''),
      );
      expect(paths.length).to.be.below(outlines.length / 2);
      const fill = (p: Element) => getComputedStyle(p).fill;
      const plain = shadow(el).querySelector('.land path:not(.partner-country)')!;
      expect(fill(shadow(el).querySelector('.land path.partner-country')!)).not.to.equal(fill(plain));
    });

    it('paints San Marino and the Vatican over Italy when only Italy has a partner', async () => {
      const el = await render(html`<secon-partner-map view="map"></secon-partner-map>`);
      el.partners = [{ id: 'rome', name: 'Rome', country: 'IT', lat: 41.9, lon: 12.5 }];
      await el.updateComplete;
      const paths = [...shadow(el).querySelectorAll('.land path')];
      const holding = (code: string) =>
        paths.findIndex((p) => p.getAttribute('d')!.includes(COUNTRIES[code]!));
      expect(paths[holding('IT')]!.classList.contains('partner-country')).to.equal(true);
      for (const code of ['SM', 'VA']) {
        expect(paths[holding(code)]!.classList.contains('partner-country'), code).to.equal(false);
        expect(holding(code), code).to.be.above(holding('IT'));
      }
    });

    it('draws the EU, the EEA, the Western Balkans, Ukraine, Moldova, the UK, Switzerland, Turkey and the small states', () => {
      const required =
        'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO AL BA ME MK RS XK UA MD GB CH TR AD MC SM VA';
      for (const code of required.split(' ')) expect(COUNTRIES[code], code).to.be.a('string').and.match(/^M/);
    });

    it("puts each partner's marker inside its own country", async () => {
      const svgEl = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svgEl.setAttribute('viewBox', `0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`);
      document.body.append(svgEl);
      try {
        for (const p of SECON_PARTNERS) {
          const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
          path.setAttribute('d', COUNTRIES[p.country]!);
          svgEl.append(path);
          const [x, y] = project(p.lon, p.lat);
          expect(path.isPointInFill(new DOMPoint(x, y)), `${p.id} in ${p.country}`).to.equal(true);
          // And not inside a neighbour.
          for (const [code, d] of Object.entries(COUNTRIES)) {
            if (code === p.country) continue;
            path.setAttribute('d', d);
            expect(path.isPointInFill(new DOMPoint(x, y)), `${p.id} not in ${code}`).to.equal(false);
          }
        }
      } finally {
        svgEl.remove();
      }
    });

    it('places the markers where the projection puts them', async () => {
      const el = await render(html`<secon-partner-map view="map"></secon-partner-map>`, 800);
      const riga = SECON_PARTNERS.find((p) => p.id === 'riga')!;
      expectAtPlace(el, 'Riga Planning Region', riga.lon, riga.lat);
    });

    it('moves the markers to the new places when new partners take the place of the old', async () => {
      const at = (id: string, lat: number, lon: number) => ({ id, name: id, country: 'DE', lat, lon });
      const el = await render(html`<secon-partner-map view="map"></secon-partner-map>`, 800);
      el.partners = [at('a', 48, 2), at('b', 60, 25)];
      await el.updateComplete;
      await nextFrame();
      const moved = [at('a', 41, 24), at('b', 52, -6)];
      el.partners = moved;
      await el.updateComplete;
      await nextFrame();
      for (const p of moved) expectAtPlace(el, p.id, p.lon, p.lat);
    });

    it('makes the lead partner distinct by shape and explains the shapes', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      const lead = marker(el, 'Region of Peloponnese');
      expect(lead.querySelector('svg.star')).to.exist;
      expect(markers(el).filter((m) => m.querySelector('svg.star'))).to.have.length(1);
      const legend = [...shadow(el).querySelectorAll('.legend li')].map((li) => li.textContent!.trim());
      expect(legend).to.deep.equal(['Lead partner', 'Partner']);
    });

    it('reserves the map’s aspect ratio before any data has arrived', async () => {
      const mock = await mockEndpoint({ fixture: 'partner-map/partners.json', delay: 400 });
      const el = await render(html`<secon-partner-map view="map" src=${mock.url}></secon-partner-map>`, 500);
      const loading = el.getBoundingClientRect().height;
      expect(frame(el).getBoundingClientRect().height).to.be.closeTo((500 * VIEW_HEIGHT) / VIEW_WIDTH, 2);
      expect(status(el)).to.equal('Loading partners…');
      await waitUntil(() => markers(el).length === 3, 'data did not arrive');
      await nextFrame();
      expect(el.getBoundingClientRect().height).to.equal(loading);
    });
  });

  describe('pointer targets', () => {
    it('gives every marker a target of at least 24 × 24 px, at every zoom level', async () => {
      const el = await render(html`<secon-partner-map view="map"></secon-partner-map>`, 400);
      for (let i = 0; i < 6; i++) {
        for (const m of markers(el)) {
          const r = m.getBoundingClientRect();
          expect(r.width, `${m.getAttribute('aria-label')} width`).to.be.at.least(23.9);
          expect(r.height).to.be.at.least(23.9);
        }
        zoomButton(el, 'Zoom in').click();
        await el.updateComplete;
        await nextFrame();
      }
    });

    it('places the markers once a map that started hidden is shown (as in a closed tab or <details>)', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 480px" hidden><secon-partner-map view="map"></secon-partner-map></div>`,
      );
      const el = wrapper.querySelector('secon-partner-map')!;
      await el.updateComplete;
      await nextFrame();
      // Nothing to place them by yet: no marker is drawn at a wrong place, none takes focus.
      expect(markers(el)).to.have.length(0);
      wrapper.hidden = false;
      await waitUntil(() => markers(el).length === SECON_PARTNERS.length, 'markers after showing');
      await el.updateComplete;
      await nextFrame();
      const riga = SECON_PARTNERS.find((p) => p.id === 'riga')!;
      expectAtPlace(el, 'Riga Planning Region', riga.lon, riga.lat);
      expect(markers(el).filter((m) => m.tabIndex === 0)).to.have.length(1);
    });

    it('keeps Athens and Tripoli apart on a 320 px map, by pointer and by keyboard', async () => {
      const el = await render(html`<secon-partner-map view="map"></secon-partner-map>`, 320);
      const tripoli = marker(el, 'Region of Peloponnese');
      const athens = marker(el, 'KMOP – Social Action and Innovation Centre');
      const [tx, ty] = project(22.3794, 37.5089);
      const [ax, ay] = project(23.7275, 37.9838);
      const scale = frame(el).clientWidth / VIEW_WIDTH;
      expect(Math.hypot((tx - ax) * scale, (ty - ay) * scale)).to.be.below(24); // they would overlap
      const a = athens.getBoundingClientRect();
      const t = tripoli.getBoundingClientRect();
      // WCAG 2.5.8: 24 px circles around the two targets do not intersect.
      expect(Math.hypot(center(a)[0] - center(t)[0], center(a)[1] - center(t)[1])).to.be.at.least(24);
      // What a pointer hits at each centre is that marker.
      const hit = (r: DOMRect) =>
        shadow(el)
          .elementFromPoint(...center(r))
          ?.closest('.marker')
          ?.getAttribute('aria-label');
      expect(hit(a)).to.equal('KMOP – Social Action and Innovation Centre');
      expect(hit(t)).to.equal('Region of Peloponnese');
      // Tripoli stays south-west of Athens.
      expect(center(t)[0]).to.be.below(center(a)[0]);
      expect(center(t)[1]).to.be.above(center(a)[1]);
      // Each opens its own partner.
      athens.click();
      await el.updateComplete;
      expect(el.selected).to.equal('kmop');
      tripoli.click();
      await el.updateComplete;
      expect(el.selected).to.equal('peloponnese');
      // By keyboard: from Tripoli, right reaches Athens; from Athens, left reaches Tripoli.
      await el.updateComplete;
      (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
      el.selected = undefined;
      await el.updateComplete;
      tripoli.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedName()).to.equal('KMOP – Social Action and Innovation Centre');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedName()).to.equal('Region of Peloponnese');
    });

    it('draws a line from a marker moved apart back to its true place', async () => {
      const el = await render(html`<secon-partner-map view="map"></secon-partner-map>`, 320);
      const athens = marker(el, 'KMOP – Social Action and Innovation Centre');
      // One path holds the lines: each from 8 px off a moved marker's centre to its true place.
      const lines = () =>
        [
          ...shadow(el)
            .querySelector('.leaders path:not(.lead)')!
            .getAttribute('d')!
            .matchAll(/-?[\d.]+/g),
        ]
          .map(Number)
          .reduce<number[][]>((all, v, i) => (i % 4 ? all[all.length - 1]!.push(v) : all.push([v]), all), []);
      const box = frame(el).getBoundingClientRect();
      const onScreen = (x: number, y: number) => [
        box.left + 1 + (x / VIEW_WIDTH) * (box.width - 2),
        box.top + 1 + (y / VIEW_HEIGHT) * (box.height - 2),
      ];
      // Athens and Tripoli overlap at this width: both move apart, and a line is drawn for
      // each moved 8 px or more.
      const drawn = [
        ['kmop', athens],
        ['peloponnese', marker(el, 'Region of Peloponnese')],
      ].flatMap(([id, button]) => {
        const partner = SECON_PARTNERS.find((p) => p.id === id)!;
        const [tx, ty] = project(partner.lon, partner.lat);
        const line = lines().find(([, , x, y]) => Math.hypot(x! - tx, y! - ty) < 0.01);
        if (!line) return [];
        const [cx, cy] = center((button as HTMLElement).getBoundingClientRect());
        const [sx, sy] = onScreen(line[0]!, line[1]!);
        const [ex, ey] = onScreen(tx, ty);
        return [[Math.hypot(sx - cx!, sy - cy!), Math.hypot(ex - cx!, ey - cy!)]];
      });
      expect(drawn.length).to.be.above(0);
      for (const [start, end] of drawn) {
        expect(start).to.be.closeTo(8, 1.5);
        expect(end).to.be.at.least(start! - 0.5);
      }
      const style = getComputedStyle(shadow(el).querySelector('.leaders path')!);
      expect(style.stroke).to.equal(getComputedStyle(athens).color);
      expect(style.strokeWidth).to.equal('2px');
      zoomButton(el, 'Zoom in').click();
      zoomButton(el, 'Zoom in').click();
      await el.updateComplete;
      zoomButton(el, 'Zoom in').click();
      await el.updateComplete;
      await nextFrame();
      // Zoomed in far enough, they no longer overlap: they sit at their true places, no line.
      expect(lines()).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('is one tab stop, entered after "Skip the map"', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      expect(markers(el).filter((m) => m.tabIndex === 0)).to.have.length(1);
      const skip = shadow(el).querySelector<HTMLButtonElement>('.skip')!;
      skip.focus();
      expect(skip.textContent!.trim()).to.equal('Skip the map');
      await sendKeys({ press: 'Tab' });
      expect(focusedName()).to.equal('Region of Peloponnese');
      await sendKeys({ press: 'Tab' });
      expect(focusedName()).to.equal('Zoom in');
    });

    it('"Skip the map" moves focus past the map to the list', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      shadow(el).querySelector<HTMLButtonElement>('.skip')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Partners');
      await sendKeys({ press: 'Tab' });
      expect(focusedName()).to.equal('Region of Peloponnese');
      expect(deepActiveElement()?.closest('.list')).to.exist;
    });

    it('moves to the nearest marker in the direction of the arrow, Home and End to the ends', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      marker(el, 'Municipality of Oliveira de Azeméis').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedName()).to.match(/^Junta de Extremadura/);
      marker(el, 'Province of Flemish Brabant').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedName()).to.equal('Verband Region Rhein-Neckar');
      marker(el, 'Mazowieckie Region (Mazovia)').focus();
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedName()).to.equal('Riga Planning Region');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedName()).to.equal('Mazowieckie Region (Mazovia)');
      marker(el, 'Municipality of Haskovo').focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedName()).to.equal('KMOP – Social Action and Innovation Centre');
      await sendKeys({ press: 'End' });
      expect(focusedName()).to.equal('KMOP – Social Action and Innovation Centre');
      await sendKeys({ press: 'Home' });
      expect(focusedName()).to.equal('Region of Peloponnese');
      // Still one tab stop, now on the focused marker.
      expect(
        markers(el)
          .filter((m) => m.tabIndex === 0)
          .map((m) => m.getAttribute('aria-label')),
      ).to.deep.equal(['Region of Peloponnese']);
      // Nothing further west than Oliveira de Azeméis: focus stays.
      marker(el, 'Municipality of Oliveira de Azeméis').focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedName()).to.equal('Municipality of Oliveira de Azeméis');
    });

    it('prefers a marker straight ahead, and reaches markers at the very same place', async () => {
      const el = await render(
        html`<secon-partner-map
          .partners=${[
            valid('centre', { lat: 48, lon: 10 }),
            valid('east', { lat: 48, lon: 16 }),
            valid('north-east-near', { lat: 50.2, lon: 12 }),
            valid('twin-a', { lat: 44, lon: 10 }),
            valid('twin-b', { lat: 44, lon: 10 }),
            valid('twin-c', { lat: 44, lon: 10 }),
          ]}
        ></secon-partner-map>`,
      );
      marker(el, 'Partner centre').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedName()).to.equal('Partner east');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedName()).to.equal('Partner centre');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedName()).to.match(/^Partner twin-/);
      const seen = new Set([focusedName()]);
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'ArrowDown' });
        seen.add(focusedName());
        await sendKeys({ press: 'ArrowRight' });
        seen.add(focusedName());
      }
      for (const twin of ['twin-a', 'twin-b', 'twin-c']) expect([...seen]).to.include(`Partner ${twin}`);
    });

    it('opens the details with Enter, moves focus into them, and Escape returns it to the marker', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      marker(el, 'Municipality of Haskovo').focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = await oneEvent(el, 'secon-partner-select');
      expect(event.detail.partner.id).to.equal('haskovo');
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('haskovo');
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Municipality of Haskovo');
      expect(details(el)!.contains(deepActiveElement())).to.equal(true);
      expect(getComputedStyle(deepActiveElement()!).outlineStyle, 'focus ring on the heading').to.equal(
        'solid',
      );
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(details(el)?.outerHTML ?? null).to.equal(null);
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(focusedName()).to.equal('Municipality of Haskovo');
      expect(marker(el, 'Municipality of Haskovo').tabIndex).to.equal(0);
    });

    it('opens the details with Space too', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      marker(el, 'Riga Planning Region').focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.selected).to.equal('riga');
    });

    it('shows a visible focus ring and a short instruction, visible while a marker has focus', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      const instruction = shadow(el).querySelector<HTMLElement>('.help')!;
      expect(getComputedStyle(instruction).clipPath).to.equal('inset(50%)');
      const m = marker(el, 'Riga Planning Region');
      m.focus();
      await sendKeys({ press: 'ArrowDown' });
      const focused = deepActiveElement() as HTMLElement;
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(focused).outlineWidth)).to.be.at.least(2);
      const help = shadow(el).getElementById(focused.getAttribute('aria-describedby')!)!;
      expect(help === instruction).to.equal(true);
      expect(help.textContent!.trim()).to.equal('Arrow keys move between partners.');
      expect(getComputedStyle(help).clipPath).to.equal('none');
      const box = help.getBoundingClientRect();
      expect(box.width * box.height).to.be.above(100);
    });

    it('zooms with + and - on a marker', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      marker(el, 'Riga Planning Region').focus();
      await sendKeys({ press: '+' });
      await el.updateComplete;
      expect(viewport(el).style.transform).to.contain('scale(1.5)');
      await sendKeys({ press: '-' });
      await el.updateComplete;
      expect(viewport(el).style.transform).to.contain('scale(1)');
    });
  });

  describe('details', () => {
    it('show name, role, city, country, policy instrument and a website link', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      marker(el, 'Region of Peloponnese').click();
      await el.updateComplete;
      expect(detailsText(el)).to.equal(
        'Region of Peloponnese Role Lead partner Location Tripoli, Greece Policy instrument Regional Operational Programme Peloponnese 2021–2027 (ERDF and ESF+): human resources, social inclusion, poverty reduction, cohesion Website www.ppel.gov.gr',
      );
      const link = details(el)!.querySelector('a')!;
      expect(link.href).to.equal('https://www.ppel.gov.gr/');
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Region of Peloponnese');
      await expect(el).to.be.accessible();
    });

    it('show the description, and leave out what a partner does not have', async () => {
      const el = await render(html`<secon-partner-map selected="kmop"></secon-partner-map>`);
      expect(detailsText(el)).to.equal(
        'KMOP – Social Action and Innovation Centre Role Partner Location Athens, Greece Website www.kmop.gr Knowledge partner of the project, with no policy instrument of its own.',
      );
    });

    it('close with the close button, which returns focus to the marker', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      marker(el, 'Riga Planning Region').click();
      await el.updateComplete;
      const close = shadow(el).querySelector<HTMLButtonElement>('[part="close-button"]')!;
      expect(close.getAttribute('aria-label')).to.equal('Close details');
      close.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(details(el)?.outerHTML ?? null).to.equal(null);
      expect(focusedName()).to.equal('Riga Planning Region');
    });

    it('open from the page through `selected`, without secon-partner-select and without taking focus', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      let events = 0;
      el.addEventListener('secon-partner-select', () => events++);
      const before = document.activeElement;
      el.setAttribute('selected', 'harghita');
      await el.updateComplete;
      expect(detailsText(el)).to.contain('Harghita County Council');
      expect(listButton(el, 'Harghita County Council').getAttribute('aria-expanded')).to.equal('true');
      expect(marker(el, 'Harghita County Council').getAttribute('aria-expanded')).to.equal('true');
      expect(document.activeElement === before).to.equal(true);
      el.selected = undefined;
      await el.updateComplete;
      expect(details(el)?.outerHTML ?? null).to.equal(null);
      expect(events).to.equal(0);
    });

    it('warn when `selected` names no partner', async () => {
      let el!: SeconPartnerMap;
      const warnings = await captureConsole('warn', async () => {
        el = await render(html`<secon-partner-map selected="atlantis"></secon-partner-map>`);
      });
      expect(details(el)?.outerHTML ?? null).to.equal(null);
      expect(warnings.join('\n')).to.contain('selected="atlantis" matches no partner');
    });
  });

  describe('list', () => {
    it('opens a partner from the list, in sync with the map, and Escape returns focus to the list', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      const button = listButton(el, 'Riga Planning Region');
      button.focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = await oneEvent(el, 'secon-partner-select');
      expect(event.detail.partner.id).to.equal('riga');
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(marker(el, 'Riga Planning Region').getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(deepActiveElement() === button).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('`view="list"` shows the list alone, usable on its own', async () => {
      const el = await render(html`<secon-partner-map view="list"></secon-partner-map>`);
      expect(shadow(el).querySelector('[part="map"]')?.outerHTML ?? null).to.equal(null);
      expect(listItems(el)).to.have.length(10);
      await expect(el).to.be.accessible();
      listButton(el, 'Municipality of Haskovo').click();
      await el.updateComplete;
      expect(detailsText(el)).to.contain('Haskovo, Bulgaria');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Municipality of Haskovo');
    });

    it('`view="map"` shows the map alone', async () => {
      const el = await render(html`<secon-partner-map view="map"></secon-partner-map>`);
      expect(markers(el)).to.have.length(10);
      const list = shadow(el).querySelector<HTMLElement>('.list')!;
      expect(getComputedStyle(list).display).to.equal('none');
      await expect(el).to.be.accessible();
    });

    it('shows the list when printed, even with `view="map"`', async function () {
      if (!isChromium) this.skip(); // print media emulation is a Chromium (CDP) feature
      const el = await render(html`<secon-partner-map view="map"></secon-partner-map>`);
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(shadow(el).querySelector('.list')!).display).to.equal('block');
        expect(getComputedStyle(shadow(el).querySelector('.controls')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('zoom and pan', () => {
    it('has Zoom in, Zoom out and Reset zoom buttons', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      const zoomIn = zoomButton(el, 'Zoom in');
      const zoomOut = zoomButton(el, 'Zoom out');
      const reset = zoomButton(el, 'Reset zoom');
      expect(zoomOut.getAttribute('aria-disabled')).to.equal('true');
      zoomIn.click();
      await el.updateComplete;
      expect(viewport(el).style.transform).to.contain('scale(1.5)');
      expect(zoomOut.getAttribute('aria-disabled')).to.equal('false');
      zoomIn.click();
      await el.updateComplete;
      expect(viewport(el).style.transform).to.contain('scale(2.25)');
      zoomOut.click();
      await el.updateComplete;
      expect(viewport(el).style.transform).to.contain('scale(1.5)');
      reset.click();
      await el.updateComplete;
      expect(viewport(el).style.transform).to.contain('scale(1)');
      for (let i = 0; i < 10; i++) zoomIn.click();
      await el.updateComplete;
      expect(viewport(el).style.transform).to.contain('scale(8)');
      expect(zoomIn.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('pans to keep the marker that has focus in view', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      for (let i = 0; i < 5; i++) zoomButton(el, 'Zoom in').click();
      await el.updateComplete;
      await nextFrame();
      marker(el, 'Riga Planning Region').focus();
      await el.updateComplete;
      await aTimeout(300); // the pan's transition
      const box = frame(el).getBoundingClientRect();
      const r = marker(el, 'Riga Planning Region').getBoundingClientRect();
      expect(r.left).to.be.within(box.left, box.right);
      expect(r.top).to.be.within(box.top, box.bottom);
    });

    it('never takes the mouse wheel from the page: it zooms only with Ctrl, and says so', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      const hint = shadow(el).querySelector<HTMLElement>('.wheel-hint')!;
      expect(hint.hidden).to.equal(true);
      const plain = new WheelEvent('wheel', {
        deltaY: 100,
        bubbles: true,
        cancelable: true,
        clientX: 100,
        clientY: 100,
      });
      frame(el).dispatchEvent(plain);
      await el.updateComplete;
      expect(plain.defaultPrevented).to.equal(false);
      expect(viewport(el).style.transform).to.contain('scale(1)');
      expect(hint.hidden).to.equal(false);
      expect(hint.textContent!.trim()).to.equal('To zoom, hold Ctrl and scroll.');
      expect(getComputedStyle(hint).display).not.to.equal('none');
      const withCtrl = new WheelEvent('wheel', {
        deltaY: -100,
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
      });
      frame(el).dispatchEvent(withCtrl);
      await el.updateComplete;
      expect(withCtrl.defaultPrevented).to.equal(true);
      expect(viewport(el).style.transform).not.to.contain('scale(1)');
    });

    it('pans by dragging, and the click that ends a drag opens nothing', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      zoomButton(el, 'Zoom in').click();
      zoomButton(el, 'Zoom in').click();
      await el.updateComplete;
      const before = viewport(el).style.transform;
      const target = marker(el, 'Mazowieckie Region (Mazovia)');
      const [x, y] = center(target.getBoundingClientRect());
      const pointer = (type: string, dx: number) =>
        target.dispatchEvent(
          new PointerEvent(type, {
            pointerId: 7,
            button: 0,
            clientX: x + dx,
            clientY: y,
            bubbles: true,
            composed: true,
          }),
        );
      pointer('pointerdown', 0);
      pointer('pointermove', 30);
      pointer('pointermove', 60);
      pointer('pointerup', 60);
      target.click();
      await el.updateComplete;
      expect(viewport(el).style.transform).not.to.equal(before);
      expect(el.selected).to.equal(undefined);
      await aTimeout(10);
      target.click();
      await el.updateComplete;
      expect(el.selected).to.equal('mazowieckie');
    });

    it('pans only with the primary button of the pointer that went down, when zoomed, and not from the controls', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      const target = marker(el, 'Mazowieckie Region (Mazovia)');
      const [x, y] = center(target.getBoundingClientRect());
      const pointer = (on: Element, type: string, dx: number, init: PointerEventInit = {}) =>
        on.dispatchEvent(
          new PointerEvent(type, {
            pointerId: 7,
            button: 0,
            clientX: x + dx,
            clientY: y,
            bubbles: true,
            composed: true,
            ...init,
          }),
        );
      const drag = (on: Element, down: PointerEventInit = {}, move: PointerEventInit = {}, by = 60) => {
        pointer(on, 'pointerdown', 0, down);
        pointer(on, 'pointermove', by, move);
        pointer(on, 'pointerup', by, move);
      };
      const transform = () => viewport(el).style.transform;
      const start = transform();
      drag(target); // not zoomed: there is nothing to pan
      await el.updateComplete;
      expect(transform()).to.equal(start);

      zoomButton(el, 'Zoom in').click();
      await el.updateComplete;
      const zoomed = transform();
      drag(target, { button: 2 });
      drag(zoomButton(el, 'Zoom out'));
      drag(target, {}, { pointerId: 8 });
      pointer(target, 'pointerup', 0); // ends the drag of pointer 7 that the other pointer could not
      drag(target, {}, {}, 2); // a tremble, not a drag
      await el.updateComplete;
      expect(transform()).to.equal(zoomed);
      target.click();
      await el.updateComplete;
      expect(el.selected).to.equal('mazowieckie');
    });

    it('moves nothing by itself: zoom and pan are instant, so reduced motion needs no exception', async () => {
      const el = await render(html`<secon-partner-map></secon-partner-map>`);
      zoomButton(el, 'Zoom in').click();
      await el.updateComplete;
      marker(el, 'Riga Planning Region').focus();
      await el.updateComplete;
      const animated = [viewport(el), ...markers(el), frame(el)].filter(
        (node) =>
          getComputedStyle(node)
            .transitionDuration.split(', ')
            .some((d) => d !== '0s') || node.getAnimations().length > 0,
      );
      expect(animated.map((node) => node.className)).to.deep.equal([]);
      expect(getComputedStyle(markers(el)[1]!, '::after').transitionDuration).to.equal('0s');
    });

    it('keeps its own colours in forced-colours mode', async function () {
      if (!(await emulate({ forcedColors: 'active' }))) this.skip();
      try {
        // The page's own marker colour gives way to the system's.
        const el = await render(
          html`<secon-partner-map
            style="--secon-partner-map-marker: rgb(1, 2, 3)"
            .partners=${[...SECON_PARTNERS, { id: 'near', name: 'Near Athens', country: 'GR', lat: 38, lon: 23.7 }]}
          ></secon-partner-map>`,
          320,
        );
        const system = (color: string) => {
          const probe = document.body.appendChild(document.createElement('span'));
          probe.style.color = color;
          const value = getComputedStyle(probe).color;
          probe.remove();
          return value;
        };
        const lead = getComputedStyle(marker(el, 'Region of Peloponnese')).color;
        const other = getComputedStyle(marker(el, 'Riga Planning Region')).color;
        expect(lead).not.to.equal(other);
        expect([lead, other]).to.deep.equal([system('LinkText'), system('CanvasText')]);
        const line = shadow(el).querySelector('.leaders path:not(.lead)')!;
        expect(line.getAttribute('d')).not.to.equal('');
        expect(getComputedStyle(line).stroke).to.equal(system('CanvasText'));
        await expect(el).to.be.accessible();
      } finally {
        await emulate({});
      }
    });
  });

  describe('many partners', () => {
    /** `n` partners over central Europe, the same on every run. */
    const many = (n: number): Partner[] => {
      let seed = 7;
      const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
      return Array.from({ length: n }, (_, i) =>
        valid(`p${i}`, { lat: 40 + random() * 15, lon: -5 + random() * 30 }),
      );
    };
    const groups = (el: SeconPartnerMap) => markers(el).filter((m) => m.classList.contains('group'));
    const shownOnMap = (el: SeconPartnerMap) =>
      markers(el).reduce((sum, m) => sum + Number(m.dataset['count'] ?? 1), 0);
    /** The window of the map on screen, as fractions of the whole map: [left, top, zoom]. */
    const visibleWindow = (el: SeconPartnerMap) => {
      const match = /scale\(([\d.]+)\) translate\((-?[\d.]+)%, (-?[\d.]+)%\)/.exec(
        viewport(el).style.transform,
      )!;
      return [-Number(match[2]) / 100, -Number(match[3]) / 100, Number(match[1])] as const;
    };

    it('keeps a marker for each of up to 100 partners, and groups close markers above that', async () => {
      const hundred = await render(
        html`<secon-partner-map view="map" .partners=${many(100)}></secon-partner-map>`,
      );
      expect(markers(hundred)).to.have.length(100);
      expect(groups(hundred)).to.have.length(0);
      const el = await render(html`<secon-partner-map .partners=${many(300)}></secon-partner-map>`);
      expect(groups(el).length).to.be.greaterThan(5);
      expect(markers(el).length).to.be.below(150);
      // Each partner counts once, in its own marker or in one group.
      expect(shownOnMap(el)).to.equal(300);
      for (const group of groups(el)) {
        expect(Number(group.dataset['count'])).to.be.at.least(2);
        expect(group.textContent!.trim()).to.equal(group.dataset['count']);
        expect(group.getAttribute('aria-label')).to.equal(`${group.dataset['count']} partners here. Zoom in`);
        expect(group.getAttribute('part')).to.equal('marker group');
        const r = group.getBoundingClientRect();
        expect(r.width).to.be.at.least(23.9);
        expect(r.height).to.be.at.least(23.9);
      }
      // The list still names every partner.
      expect(listItems(el)).to.have.length(300);
      // The lead partner keeps its own marker, a star, among the groups.
      const lead = await render(
        html`<secon-partner-map
          .partners=${many(300).map((p, i) => (i === 150 ? { ...p, role: 'lead' as const } : p))}
        ></secon-partner-map>`,
      );
      expect(marker(lead, 'Partner p150').classList.contains('lead')).to.equal(true);
      expect(marker(lead, 'Partner p150').querySelector('.star')).to.exist;
      expect(markers(el).filter((m) => m.tabIndex === 0)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('zooms in on a group when it is pressed, until its partners have markers of their own', async () => {
      const el = await render(
        html`<secon-partner-map view="map" .partners=${many(300)}></secon-partner-map>`,
      );
      const biggest = groups(el).sort((a, b) => Number(b.dataset['count']) - Number(a.dataset['count']))[0]!;
      const [x, y] = center(biggest.getBoundingClientRect());
      biggest.focus();
      let presses = 0;
      while ((deepActiveElement() as HTMLElement).classList.contains('group')) {
        const count = Number((deepActiveElement() as HTMLElement).dataset['count']);
        await sendKeys({ press: presses % 2 ? ' ' : 'Enter' });
        await el.updateComplete;
        await nextFrame();
        presses++;
        // Focus stays on the map, on the marker that shows the partner it followed.
        const now = deepActiveElement() as HTMLElement;
        expect(now.classList.contains('marker'), 'focus stays on a marker').to.equal(true);
        expect(now.tabIndex).to.equal(0);
        if (now.classList.contains('group')) expect(Number(now.dataset['count'])).to.be.at.most(count);
        expect(presses, 'presses before the group splits').to.be.at.most(3);
      }
      expect(visibleWindow(el)[2]).to.be.greaterThan(1);
      // The group stayed about where it was, so the partners appear where the group was.
      const [nx, ny] = center((deepActiveElement() as HTMLElement).getBoundingClientRect());
      const box = frame(el).getBoundingClientRect();
      expect(Math.abs(nx - x) < box.width / 2 && Math.abs(ny - y) < box.height / 2).to.equal(true);
      expect(focusedName()).to.match(/^Partner p\d+$/);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(detailsText(el)).to.contain(focusedName() ?? 'no details');
    });

    it('zooms in on a group that is clicked', async () => {
      const el = await render(
        html`<secon-partner-map view="map" .partners=${many(300)}></secon-partner-map>`,
      );
      const count = groups(el).length;
      groups(el)[0]!.click();
      await el.updateComplete;
      expect(visibleWindow(el)[2]).to.be.closeTo(2.25, 0.01);
      expect(groups(el).length).not.to.equal(count);
      expect(shownOnMap(el)).to.be.below(300); // part of the map is out of view now
    });

    it('draws only the markers near the part in view when zoomed in, and more as it pans', async () => {
      const partners = many(1000);
      const el = await render(html`<secon-partner-map view="map" .partners=${partners}></secon-partner-map>`);
      for (let i = 0; i < 6; i++) zoomButton(el, 'Zoom in').click();
      await el.updateComplete;
      await nextFrame();
      expect(groups(el), 'no groups at the closest zoom').to.have.length(0);
      const drawn = () => new Set(markerNames(el));
      const first = drawn();
      expect(first.size).to.be.greaterThan(0).and.below(600);
      // Every partner in view has its marker.
      const [left, top, k] = visibleWindow(el);
      const inView = partners.filter((p) => {
        const [x, y] = project(p.lon, p.lat);
        const u = x / VIEW_WIDTH - left;
        const v = y / VIEW_HEIGHT - top;
        return u >= 0 && u <= 1 / k && v >= 0 && v <= 1 / k;
      });
      expect(inView.length).to.be.greaterThan(5);
      for (const p of inView) expect(first.has(p.name as string), p.id).to.equal(true);
      // Arrow keys pan the map along; the markers that come into view are drawn.
      markers(el)[0]!.focus();
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
      }
      expect([...drawn()].some((name) => !first.has(name!))).to.equal(true);
      expect(markers(el).filter((m) => m.tabIndex === 0)).to.have.length(1);
    });

    it('gives the tab stop to the group that holds the partner set through `selected`', async () => {
      const partners = [...many(300), valid('alone', { name: 'Alone in Helsinki', lat: 60.17, lon: 24.94 })];
      const el = await render(html`<secon-partner-map .partners=${partners}></secon-partner-map>`);
      const lonely = marker(el, 'Alone in Helsinki');
      const grouped = partners.find((p) => !markerNames(el).includes(p.name as string))!;
      el.selected = grouped.id;
      await el.updateComplete;
      expect(detailsText(el)).to.contain(grouped.name);
      const stop = markers(el).filter((m) => m.tabIndex === 0);
      expect(stop).to.have.length(1);
      expect(stop[0]!.classList.contains('group')).to.equal(true);
      el.selected = 'alone';
      await el.updateComplete;
      expect(markers(el).filter((m) => m.tabIndex === 0)).to.deep.equal([lonely]);
    });

    it('names groups in the active locale', async () => {
      setLocale('bg');
      const el = await render(html`<secon-partner-map .partners=${many(300)}></secon-partner-map>`);
      const group = groups(el)[0]!;
      expect(group.getAttribute('aria-label')).to.equal(`Партньори тук: ${group.dataset['count']}. Увеличи`);
      setLocale('de');
      await el.updateComplete;
      expect(group.getAttribute('aria-label')).to.equal(
        `${group.dataset['count']} Partner an diesem Ort. Vergrößern`,
      );
    });

    it('fills the list after the map’s first frame, a few hundred partners per task', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
      const el = document.createElement('secon-partner-map');
      el.partners = many(1000);
      const listed: number[] = [];
      el.addController({ hostUpdated: () => listed.push(shadow(el).querySelectorAll('.list li').length) });
      wrapper.append(el);
      await new Promise<void>((resolve) => el.addController({ hostUpdated: resolve }));
      expect(shadow(el).querySelector('.list'), 'no list in the first update').to.equal(null);
      expect(shownOnMap(el) === 1000 || markers(el).length === 0).to.equal(true);
      await el.updateComplete;
      expect(listItems(el)).to.have.length(1000);
      expect(listItems(el)[999]).to.equal('Partner p999 Germany');
      const steps = listed.filter((n, i) => n > 0 && n !== listed[i - 1]);
      expect(steps.length, `list sizes seen: ${listed.join(', ')}`).to.be.at.least(3);
      expect(steps[steps.length - 1]).to.equal(1000);
    });

    it('stops filling the list when it leaves the page, and finishes once put back', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
      const el = document.createElement('secon-partner-map');
      el.partners = many(1000);
      wrapper.append(el);
      await new Promise<void>((resolve) => el.addController({ hostUpdated: resolve }));
      el.remove();
      await el.updateComplete; // resolves although the list is not complete
      expect(listItems(el).length).to.be.below(1000);
      await aTimeout(50);
      const left = listItems(el).length;
      await aTimeout(50);
      expect(listItems(el).length, 'nothing is drawn while off the page').to.equal(left);
      wrapper.append(el);
      await el.updateComplete;
      expect(listItems(el)).to.have.length(1000);
    });

    it('keeps groups visible in forced-colours mode', async function () {
      const el = await render(
        html`<secon-partner-map view="map" .partners=${many(300)}></secon-partner-map>`,
      );
      if (!(await emulate({ forcedColors: 'active' }))) this.skip();
      try {
        const group = groups(el)[0]!;
        const style = getComputedStyle(group);
        expect(style.backgroundColor).not.to.equal(getComputedStyle(frame(el)).backgroundColor);
        expect(style.color).not.to.equal(style.backgroundColor);
        await expect(el).to.be.accessible();
      } finally {
        await emulate({});
      }
    });
  });

  describe('data sources', () => {
    it('takes partners from the property, as an array, {partners} or GeoJSON', async () => {
      const el = await render(
        html`<secon-partner-map .partners=${[valid('a'), valid('b')]}></secon-partner-map>`,
      );
      expect(markerNames(el)).to.deep.equal(['Partner a', 'Partner b']);
      el.partners = { partners: [valid('c')] };
      await el.updateComplete;
      expect(markerNames(el)).to.deep.equal(['Partner c']);
      el.partners = {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [24.7453, 42.1354] },
            properties: { id: 'plovdiv', name: 'Plovdiv', country: 'BG' },
          },
        ],
      };
      await el.updateComplete;
      expect(markerNames(el)).to.deep.equal(['Plovdiv']);
      expect(listItems(el)).to.deep.equal(['Plovdiv Bulgaria']);
    });

    it('reads an inline <script type="application/json">, even one parsed after the element upgraded', async () => {
      const el = await render(
        html`<secon-partner-map>
          <p><br /></p>
          <script type="application/json">
            [{ "id": "x", "name": "Inline partner", "country": "HU", "lat": 47.5, "lon": 19.04 }]
          </script>
        </secon-partner-map>`,
      );
      expect(markerNames(el)).to.deep.equal(['Inline partner']);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify([valid('late')]);
      el.querySelector('script')!.replaceWith(script);
      await waitUntil(() => markerNames(el)[0] === 'Partner late', 'the replaced script was not read');
    });

    it('loads JSON from `src`', async () => {
      const mock = await mockEndpoint({ fixture: 'partner-map/partners.json' });
      const el = await render(
        html`<secon-partner-map src=${mock.url + '/partners.json'}></secon-partner-map>`,
      );
      await waitUntil(() => markers(el).length === 3);
      expect(markerNames(el)).to.deep.equal([
        'Kalamata Chamber',
        'Plovdiv Social Enterprises Network',
        'Porto Social Economy Forum',
      ]);
      const requests = await mock.requests();
      expect(requests).to.have.length(1);
      expect(requests[0]!.headers['accept']).to.contain('application/json');
      // A relative url resolves against the data's own address.
      el.selected = 'kalamata';
      await el.updateComplete;
      expect(details(el)!.querySelector('a')!.href).to.equal(new URL('/about/kalamata', mock.url).href);
      await expect(el).to.be.accessible();
    });

    it('loads GeoJSON from `src`, skipping features that are not points', async () => {
      const mock = await mockEndpoint({
        fixture: 'partner-map/partners.geojson',
        type: 'application/geo+json',
      });
      let el!: SeconPartnerMap;
      const warnings = await captureConsole('warn', async () => {
        el = await render(html`<secon-partner-map src=${mock.url}></secon-partner-map>`);
        await waitUntil(() => markers(el).length === 2);
      });
      expect(markerNames(el)).to.deep.equal(['Vienna Social Fund', 'Ljubljana Cooperative Hub']);
      expect(warnings.join('\n')).to.contain('partner 3 ("line"): "geometry" must be a Point');
    });

    it('cancels a load still under way when the element leaves the page, and reports nothing', async () => {
      const mock = await mockEndpoint({ hang: true });
      const el = await render(
        html`<secon-partner-map src=${mock.url + '/partners.json'}></secon-partner-map>`,
      );
      await waitUntil(async () => (await mock.requests()).length === 1, 'no request');
      const seen: Event[] = [];
      document.addEventListener('secon-error', (e) => seen.push(e), { once: true });
      const logged = await captureConsole('error', async () => {
        el.remove();
        await waitUntil(async () => (await mock.requests())[0]!.aborted, 'the request was not cancelled');
        await aTimeout(50);
      });
      expect(seen).to.deep.equal([]);
      expect(logged).to.deep.equal([]);
    });

    it('asks nothing when it leaves the page before its first update, and loads once put back', async () => {
      const mock = await mockEndpoint({ fixture: 'partner-map/partners.json' });
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('secon-partner-map');
      el.src = mock.url;
      host.append(el);
      el.remove();
      await el.updateComplete;
      // A request sent now would reach the test server well within this time.
      await aTimeout(300);
      expect(await mock.requests()).to.have.length(0);
      host.append(el);
      await waitUntil(() => markers(el).length > 0, 'no markers');
      expect(await mock.requests()).to.have.length(1);
    });

    it('prefers the property to the inline script, and the inline script to `src`', async () => {
      const mock = await mockEndpoint({ fixture: 'partner-map/partners.json' });
      const el = await render(
        html`<secon-partner-map src=${mock.url} .partners=${[valid('prop')]}>
          <script type="application/json">
            [{ "id": "x", "name": "Inline partner", "country": "HU", "lat": 47.5, "lon": 19.04 }]
          </script>
        </secon-partner-map>`,
      );
      expect(markerNames(el)).to.deep.equal(['Partner prop']);
      el.partners = undefined;
      await el.updateComplete;
      expect(markerNames(el)).to.deep.equal(['Inline partner']);
      el.querySelector('script')!.remove();
      await waitUntil(() => markers(el).length === 3, 'src was not used');
      expect(await mock.requests()).to.have.length(1);
    });
  });

  describe('bad input', () => {
    const cases: [string, unknown, string][] = [
      ['a missing id', { name: 'No id', country: 'DE', lat: 50, lon: 10 }, 'partner 2: "id" is required'],
      ['a repeated id', valid('good'), 'partner 2 ("good"): "id" repeats an earlier entry'],
      ['a missing name', { id: 'n', country: 'DE', lat: 50, lon: 10 }, 'partner 2 ("n"): "name" is required'],
      [
        'an unknown country',
        valid('c', { country: 'QQ' }),
        'partner 2 ("c"): "country" must be an ISO 3166-1 alpha-2 code',
      ],
      [
        'a missing lat',
        { id: 'l', name: 'L', country: 'DE', lon: 10 },
        'partner 2 ("l"): "lat" must be a number from -90 to 90',
      ],
      [
        'a text lat',
        valid('l', { lat: '50' as never }),
        'partner 2 ("l"): "lat" must be a number from -90 to 90 (got "50")',
      ],
      [
        'a lat out of range',
        valid('l', { lat: 91 }),
        'partner 2 ("l"): "lat" must be a number from -90 to 90 (got 91)',
      ],
      [
        'a missing lon',
        { id: 'o', name: 'O', country: 'DE', lat: 50 },
        'partner 2 ("o"): "lon" must be a number from -180 to 180',
      ],
      [
        'a lon out of range',
        valid('o', { lon: -181 }),
        'partner 2 ("o"): "lon" must be a number from -180 to 180 (got -181)',
      ],
      [
        'a numeric country',
        valid('c', { country: 276 as never }),
        'partner 2 ("c"): "country" must be an ISO 3166-1 alpha-2 code',
      ],
      [
        'a lat that is not even JSON',
        valid('l', { lat: 10n as never }),
        'partner 2 ("l"): "lat" must be a number from -90 to 90 (got 10)',
      ],
      [
        'a text lon',
        valid('o', { lon: 'east' as never }),
        'partner 2 ("o"): "lon" must be a number from -180 to 180 (got "east")',
      ],
    ];
    for (const [what, entry, warning] of cases) {
      it(`skips an entry with ${what}, says so, and shows the valid ones`, async () => {
        let el!: SeconPartnerMap;
        const warnings = await captureConsole('warn', async () => {
          el = await render(
            html`<secon-partner-map .partners=${[valid('good'), entry]}></secon-partner-map>`,
          );
        });
        expect(markerNames(el)).to.deep.equal(['Partner good']);
        expect(warnings.join('\n')).to.contain('<secon-partner-map>: the partners property: ' + warning);
        expect(warnings.join('\n')).to.contain('the entry is skipped');
      });
    }

    it('drops an unsafe url but keeps the partner', async () => {
      let el!: SeconPartnerMap;
      const warnings = await captureConsole('warn', async () => {
        el = await render(
          html`<secon-partner-map
            .partners=${[valid('js', { url: 'javascript:alert(1)' }), valid('data', { url: 'data:text/html,x' })]}
            selected="js"
          ></secon-partner-map>`,
        );
      });
      expect(markerNames(el)).to.deep.equal(['Partner js', 'Partner data']);
      expect(details(el)!.querySelector('a')?.outerHTML ?? null).to.equal(null);
      expect(warnings.join('\n')).to.contain(
        'partner 1 ("js"): "url" is not a safe http(s), mailto or relative URL',
      );
      expect(warnings.join('\n')).to.contain('partner 2 ("data"): "url"');
    });

    it('counts an unknown role as partner, with a warning', async () => {
      let el!: SeconPartnerMap;
      const warnings = await captureConsole('warn', async () => {
        el = await render(
          html`<secon-partner-map
            .partners=${[valid('r', { role: 'boss' as never })]}
            selected="r"
          ></secon-partner-map>`,
        );
      });
      expect(detailsText(el)).to.contain('Role Partner');
      expect(marker(el, 'Partner r').querySelector('svg')?.outerHTML ?? null).to.equal(null);
      expect(warnings.join('\n')).to.contain(
        'partner 1 ("r"): "role" must be lead, partner or advisory (got "boss")',
      );
    });

    it('lists a partner that lies outside the drawn map, without a marker, and says so', async () => {
      let el!: SeconPartnerMap;
      const warnings = await captureConsole('warn', async () => {
        el = await render(
          html`<secon-partner-map
            .partners=${[valid('in'), valid('far', { name: 'Far away', country: 'NZ', lat: -41.3, lon: 174.8 })]}
          ></secon-partner-map>`,
        );
      });
      expect(markerNames(el)).to.deep.equal(['Partner in']);
      expect(listItems(el)).to.deep.equal(['Partner in Germany', 'Far away New Zealand']);
      expect(warnings.join('\n')).to.contain(
        '<secon-partner-map>: the partners property: "far" lies outside the map; it is only listed.',
      );
    });

    it('shows a name given in another language only, and skips an empty GeoJSON feature', async () => {
      let el!: SeconPartnerMap;
      const warnings = await captureConsole('warn', async () => {
        el = await render(
          html`<secon-partner-map
            .partners=${{
              type: 'FeatureCollection',
              features: [
                null,
                {
                  type: 'Feature',
                  geometry: { type: 'Point', coordinates: [10, 50] },
                  properties: { id: 'de', name: { de: 'Nur auf Deutsch' }, country: 'DE' },
                },
              ],
            }}
          ></secon-partner-map>`,
        );
      });
      expect(markerNames(el)).to.deep.equal(['Nur auf Deutsch']);
      expect(warnings.join('\n')).to.contain('<secon-partner-map>: the partners property: partner 1');
    });

    for (const bad of ['second', '9', '1', '2.5']) {
      it(`uses heading level 3 when \`heading-level\` is "${bad}", and says so once`, async () => {
        let el!: SeconPartnerMap;
        const warnings = await captureConsole('warn', async () => {
          el = await render(
            html`<secon-partner-map heading-level=${bad} .partners=${[valid('h')]}></secon-partner-map>`,
          );
          el.selected = 'h';
          await el.updateComplete;
        });
        expect(shadow(el).querySelector('.list [role="heading"]')!.getAttribute('aria-level')).to.equal('3');
        expect(details(el)!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
        expect(el.getAttribute('heading-level'), 'the attribute is left as the page wrote it').to.equal(bad);
        expect(warnings).to.deep.equal([
          `<secon-partner-map>: heading-level "${bad}" is not 2–6; 3 is used.`,
        ]);
      });
    }

    it('waits the default 15 s when `timeout` is no number of milliseconds, and says why', async () => {
      const mock = await mockEndpoint({ fixture: 'partner-map/partners.json', delay: 300 });
      let el!: SeconPartnerMap;
      const warnings = await captureConsole('warn', async () => {
        el = await render(html`<secon-partner-map timeout="15s" src=${mock.url}></secon-partner-map>`);
        await waitUntil(() => markers(el).length === 3, 'data did not arrive');
      });
      expect(status(el)).to.equal('');
      expect(warnings).to.deep.equal([
        '<secon-partner-map>: timeout "15s" is not a number above 0; 15000 is used.',
      ]);
    });

    it('shows map and list when `view` is unknown, and says why', async () => {
      let el!: SeconPartnerMap;
      const warnings = await captureConsole('warn', async () => {
        el = await render(html`<secon-partner-map view="grid"></secon-partner-map>`);
      });
      expect(markers(el)).to.have.length(10);
      expect(listItems(el)).to.have.length(10);
      expect(getComputedStyle(shadow(el).querySelector('.list')!).display).not.to.equal('none');
      expect(warnings).to.deep.equal([
        '<secon-partner-map>: view "grid" is not both, map or list; both is used.',
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows names containing HTML as text', async () => {
      const name = '<img src=x onerror="window.__pwned=1"><b>Bold</b>';
      const el = await render(
        html`<secon-partner-map .partners=${[valid('h', { name })]} selected="h"></secon-partner-map>`,
      );
      expect(marker(el, name)).to.exist;
      expect(listButton(el, name)).to.exist;
      expect(details(el)!.querySelector('img, b')?.outerHTML ?? null).to.equal(null);
      expect(shadow(el).querySelector('.list img, .list b')?.outerHTML ?? null).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows a localized error when no valid entry remains', async () => {
      let el!: SeconPartnerMap;
      let seen!: SeconErrorDetail[];
      await captureConsole('warn', () =>
        captureConsole('error', async () => {
          el = await render(html`<secon-partner-map></secon-partner-map>`);
          seen = errors(el);
          el.partners = [{ id: 'x' } as never];
          await el.updateComplete;
        }),
      );
      expect(seen.map((e) => e.code)).to.deep.equal(['no-partners']);
      expect(status(el)).to.equal('There are no partners to show.');
      expect(markers(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows an error when the data is not a partner list', async () => {
      let el!: SeconPartnerMap;
      let seen!: SeconErrorDetail[];
      const logged = await captureConsole('error', async () => {
        el = await render(html`<secon-partner-map></secon-partner-map>`);
        seen = errors(el);
        el.partners = { hello: 'world' } as never;
        await el.updateComplete;
      });
      expect(seen.map((e) => e.code)).to.deep.equal(['invalid-data']);
      expect(logged.join('\n')).to.contain('the partners property holds no partner list');
      expect(status(el)).to.equal('The partners could not be loaded.');
    });

    it('shows an error for an inline script that is not JSON', async () => {
      let el!: SeconPartnerMap;
      const logged = await captureConsole('error', async () => {
        el = await render(
          html`<secon-partner-map
            ><script type="application/json">
              [{ "id":
            </script></secon-partner-map
          >`,
        );
      });
      expect(status(el)).to.equal('The partners could not be loaded.');
      expect(logged.join('\n')).to.contain('the inline <script type="application/json"> is not valid JSON');
    });

    const failures: [string, Parameters<typeof mockEndpoint>[0], string, string][] = [
      ['404', { status: 404, type: 'text/plain', body: 'Not found' }, 'load-failed', 'answered HTTP 404'],
      ['500', { status: 500, type: 'text/plain', body: 'Oops' }, 'load-failed', 'answered HTTP 500'],
      [
        'an HTML page',
        { fixture: 'partner-map/not-json.html', type: 'text/html' },
        'parse-failed',
        'did not return valid JSON (text/html',
      ],
      [
        'invalid JSON',
        { fixture: 'partner-map/invalid-json.txt', type: 'application/json' },
        'parse-failed',
        'did not return valid JSON (application/json',
      ],
      ['no answer', { hang: true }, 'load-failed', 'did not answer within 300 ms'],
      ['a dropped connection', { drop: true }, 'load-failed', 'could not be loaded: TypeError'],
    ];
    for (const [what, response, code, logLine] of failures) {
      it(`shows a localized error when \`src\` gives ${what}, and recovers when valid partners are set`, async () => {
        const mock = await mockEndpoint(response);
        let el!: SeconPartnerMap;
        const seen: SeconErrorDetail[] = [];
        const listener = (e: Event) => seen.push((e as CustomEvent<SeconErrorDetail>).detail);
        document.addEventListener('secon-error', listener);
        const logged = await captureConsole('error', async () => {
          // A short deadline only where the answer never comes: a loaded machine may take
          // longer than 300 ms to answer the others.
          el = await render(
            html`<secon-partner-map
              timeout=${what === 'no answer' ? 300 : 10000}
              src=${mock.url + '/partners.json'}
            ></secon-partner-map>`,
          );
          await waitUntil(() => status(el) !== 'Loading partners…', 'still loading', { timeout: 4000 });
        });
        document.removeEventListener('secon-error', listener);
        expect(seen).to.have.length(1);
        expect(seen[0]!.code).to.equal(code);
        expect(seen[0]!.message).to.contain(mock.url + '/partners.json');
        expect(logged.join('\n')).to.contain('<secon-partner-map>: ');
        expect(logged.join('\n')).to.contain(logLine);
        expect(shadow(el).querySelector('[role="alert"]')!.textContent!.trim()).to.equal(
          'The partners could not be loaded.',
        );
        await expect(el).to.be.accessible();
        el.partners = [valid('back')];
        await el.updateComplete;
        expect(status(el)).to.equal('');
        expect(markerNames(el)).to.deep.equal(['Partner back']);
      });
    }

    it('shows the error in the active locale', async () => {
      await setLocale('bg');
      const mock = await mockEndpoint({ status: 404 });
      let el!: SeconPartnerMap;
      await captureConsole('error', async () => {
        el = await render(html`<secon-partner-map src=${mock.url}></secon-partner-map>`);
        await waitUntil(() => shadow(el).querySelector('[role="alert"]'));
      });
      expect(status(el)).not.to.equal('The partners could not be loaded.');
      expect(status(el)).to.match(/[а-я]/);
    });
  });

  describe('the production bundle', () => {
    const reserved: [string, number, string][] = [
      ['map', 320, '1000 / 1020'],
      ['both', 1000, '1000 / 612'],
    ];
    for (const [view, width, ratio] of reserved) {
      it(`does not move the page when it upgrades a view="${view}" map ${width} px wide, with the documented rule`, async () => {
        const frameEl = document.createElement('iframe');
        frameEl.style.cssText = `width: ${width + 20}px; height: 900px; border: 0`;
        frameEl.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
          body { margin: 0 }
          secon-partner-map:not(:defined) { display: block; aspect-ratio: ${ratio}; }
          </style></head><body><div style="width: ${width}px"><secon-partner-map view="${view}"></secon-partner-map></div>
          <p id="after">After the map</p></body></html>`;
        const loaded = new Promise((r) => frameEl.addEventListener('load', r, { once: true }));
        document.body.append(frameEl);
        try {
          await loaded;
          const doc = frameEl.contentDocument!;
          const top = () => doc.getElementById('after')!.getBoundingClientRect().top;
          const before = top();
          expect(before).to.be.above(100);
          const script = doc.createElement('script');
          script.type = 'module';
          script.src = '/dist/secon-elements.js';
          doc.head.append(script);
          const map = () => doc.querySelector('secon-partner-map')!.shadowRoot;
          await waitUntil(() => map()?.querySelectorAll('.marker').length === 10, 'the map did not render', {
            timeout: 5000,
          });
          await new Promise((r) => frameEl.contentWindow!.requestAnimationFrame(() => setTimeout(r, 50)));
          expect(top()).to.be.closeTo(before, 1);
        } finally {
          frameEl.remove();
        }
      });
    }

    it('works under a strict Content-Security-Policy with Trusted Types, inline data included', async () => {
      const body = `<secon-partner-map view="map" selected="porto"><script type="application/json">
        [{"id": "porto", "name": "Porto", "country": "PT", "lat": 41.15, "lon": -8.63},
         {"id": "braga", "name": "Braga", "country": "PT", "lat": 41.55, "lon": -8.42}]
      </script></secon-partner-map>`;
      const frameEl = document.createElement('iframe');
      frameEl.style.cssText = 'width: 320px; height: 600px';
      frameEl.src = `/csp-page?${new URLSearchParams({ script: '/dist/secon-elements.js', body })}`;
      document.body.append(frameEl);
      try {
        await new Promise((r) => frameEl.addEventListener('load', r, { once: true }));
        const win = frameEl.contentWindow as Window & { __violations: string[]; __errors: string[] };
        const map = () => win.document.querySelector('secon-partner-map')?.shadowRoot;
        await waitUntil(() => map()?.querySelectorAll('.marker').length === 2, 'the map did not render', {
          timeout: 5000,
        });
        const rects = () => [...map()!.querySelectorAll('.marker')].map((m) => m.getBoundingClientRect());
        // Placed through the CSSOM: apart from each other, in Portugal's part of the map.
        await waitUntil(() => {
          const [porto, braga] = rects();
          return Math.hypot(porto!.x - braga!.x, porto!.y - braga!.y) >= 24;
        }, 'the markers were not moved apart');
        const box = map()!.querySelector('.frame')!.getBoundingClientRect();
        expect(rects()[0]!.left - box.left).to.be.within(0, box.width * 0.1);
        // The details come with the list, in a task after the map's first frame.
        await waitUntil(() => map()!.querySelector('[part="details"]'), 'no details');
        expect(map()!.querySelector('[part="details"]')!.textContent).to.contain('Porto');
        expect(win.__violations).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
      } finally {
        frameEl.remove();
      }
    });
  });

  describe('locale', () => {
    it('follows <html lang>: country names, partner names, controls and roles', async () => {
      const el = await render(html`<secon-partner-map selected="peloponnese"></secon-partner-map>`);
      await setPageLang('el', 'el');
      await el.updateComplete;
      expect(markerNames(el)[0]).to.equal('Περιφέρεια Πελοποννήσου');
      expect(listItems(el)[0]).to.contain('Τρίπολη, Ελλάδα');
      expect(zoomButton(el, 'Zoom in')?.outerHTML ?? null).to.equal(null);
      expect(detailsText(el)).to.contain('Περιφερειακό Πρόγραμμα');
      await setPageLang('de', 'de');
      await el.updateComplete;
      expect(listItems(el)[8]).to.contain('Haskovo, Bulgarien');
      expect(markerNames(el)[0]).to.equal('Region of Peloponnese');
      expect(shadow(el).querySelector('[part="zoom-button"]')!.getAttribute('aria-label')).to.equal(
        'Vergrößern',
      );
      await setPageLang('bg', 'bg');
      await el.updateComplete;
      expect(markerNames(el)[8]).to.equal('Община Хасково');
      expect(listItems(el)[8]).to.contain('Хасково, България');
      await expect(el).to.be.accessible();
    });
  });
});
