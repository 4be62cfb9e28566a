/**
 * Every way a webmaster loads the bundle that test/bundle/bundle.test.ts does not already
 * cover: `defer`, `async`, the script at the end of <body>, elements inserted later with
 * innerHTML, and properties set on elements before the bundle defined them. In each case
 * all five elements must render and keep what the page gave them, with no uncaught error.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { TAGS, closeFrames, openFrame, page } from '../helpers/frames.js';
import type { FrameWindow } from '../helpers/frames.js';

const FEED = '/test/fixtures/hosts/news.xml';

/** All five elements as a webmaster pastes them. */
const ELEMENTS = `<secon-skip-links></secon-skip-links>
  <main>
    <secon-news-card headline="Haskovo hosts the SECON partner meeting" href="/news/meeting" published="2026-03-10"></secon-news-card>
    <secon-news-list src="${FEED}" limit="2"></secon-news-list>
    <secon-subscribe action="/mock/loading-test" privacy-href="/privacy" organization="Haskovo Municipality"></secon-subscribe>
    <secon-partner-map view="list"></secon-partner-map>
  </main>`;

/** The same as WordPress's wpautop leaves them: in <p>, with <br> and empty <p> among the children. */
const WPAUTOP = `<p><secon-skip-links><br />
  </secon-skip-links></p>
  <main>
  <p><secon-news-card headline="Haskovo hosts the SECON partner meeting" href="/news/meeting" published="2026-03-10"><br />
  </secon-news-card></p>
  <p><secon-news-list src="${FEED}" limit="2"><br />
  <a href="/news">All news</a><br />
  </secon-news-list></p>
  <p><secon-subscribe action="/mock/loading-test" privacy-href="/privacy" organization="Haskovo Municipality"><br />
  </secon-subscribe></p>
  <p><secon-partner-map view="list"><br />
  <p></p>
  </secon-partner-map></p>
  </main>`;

const TWO_PARTNERS = [
  {
    id: 'haskovo',
    name: 'Haskovo Municipality',
    country: 'BG',
    city: 'Haskovo',
    lat: 41.93,
    lon: 25.55,
    role: 'lead',
  },
  { id: 'porto', name: 'Porto Social Economy Forum', country: 'PT', city: 'Porto', lat: 41.16, lon: -8.63 },
];

interface Lit extends HTMLElement {
  updateComplete: Promise<boolean>;
}

afterEach(closeFrames);

/** Opens a page with the error recorder, `head` and `body`; resolves on its load event. */
async function load(head: string, body: string): Promise<FrameWindow> {
  return openFrame((frame) => {
    frame.srcdoc = page(head, body);
  });
}

async function defined(win: FrameWindow): Promise<void> {
  await waitUntil(
    () => TAGS.every((t) => win.customElements.get(t)),
    'the bundle did not define the elements',
    {
      timeout: 5000,
    },
  );
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const inShadow = (el: Element, selector: string) => el.shadowRoot?.querySelectorAll(selector) ?? [];

/** Waits until every element in `root` has rendered what the page gave it. */
async function expectRendered(win: FrameWindow, root: ParentNode = win.document): Promise<void> {
  const [skip, card, list, subscribe, map] = TAGS.map((t) => root.querySelector(t)!);
  await Promise.all([skip, card, list, subscribe, map].map((el) => (el as Lit).updateComplete));
  expect(text(inShadow(skip!, 'a')[0])).to.equal('Skip to main content');
  expect(text(inShadow(card!, '[part=heading]')[0])).to.equal('Haskovo hosts the SECON partner meeting');
  expect(inShadow(subscribe!, 'input[type=email]')).to.have.length(1);
  await waitUntil(() => inShadow(list!, '[part=card]').length === 2, 'the news list did not show the feed', {
    timeout: 5000,
  });
  await waitUntil(() => inShadow(map!, '[part=list] li').length === 10, 'the partner list did not appear');
  expect(win.__errors, 'errors and failed loads').to.deep.equal([]);
  // CMS markup among the children is ignored without a word.
  expect(win.__warnings, 'console warnings').to.deep.equal([]);
}

const classic = (attrs = '') => `<script src="/dist/secon-elements.iife.js"${attrs}></script>`;
const module = (attrs = '') => `<script type="module" src="/dist/secon-elements.js"${attrs}></script>`;

describe('loading the bundle', () => {
  const ways: [string, string, string][] = [
    ['a classic script with defer in <head>', classic(' defer'), ELEMENTS],
    ['a classic script with async in <head>', classic(' async'), ELEMENTS],
    ['a module script with async in <head>', module(' async'), ELEMENTS],
    ['a classic script at the end of <body>', '', ELEMENTS + classic()],
    ['a module script at the end of <body>', '', ELEMENTS + module()],
    ['a classic script at the top of <head>, before wpautop markup', classic(), WPAUTOP],
    ['a module script at the end of <body>, after wpautop markup', '', WPAUTOP + module()],
  ];
  for (const [name, head, body] of ways) {
    it(`${name}: every element renders`, async () => {
      const win = await load(head, body);
      await defined(win);
      await expectRendered(win);
    });
  }

  it('elements inserted later with innerHTML render', async () => {
    const win = await load(module(), '<div id="slot"></div>');
    await defined(win);
    const slot = win.document.getElementById('slot')!;
    slot.innerHTML = ELEMENTS;
    await expectRendered(win, slot);
    // And again, replacing the first ones: nothing of the old elements is left behind.
    slot.innerHTML = ELEMENTS;
    await expectRendered(win, slot);
    expect(win.document.querySelectorAll('secon-partner-map')).to.have.length(1);
  });

  describe('properties set before the bundle defined the elements take effect', () => {
    for (const [name, connected] of [
      ['on elements in the page', true],
      ['on elements not yet in the page', false],
    ] as const) {
      it(name, async () => {
        const win = await load(
          '',
          '<div id="slot"></div><nav id="menu">Menu</nav><section id="start">Start</section>',
        );
        const doc = win.document;
        const slot = doc.getElementById('slot')!;
        const create = (tag: string, props: Record<string, unknown>) => {
          const el = doc.createElement(tag);
          Object.assign(el, props);
          if (connected) slot.append(el);
          return el;
        };
        const skip = create('secon-skip-links', { main: '#start', menu: '#menu' });
        const card = create('secon-news-card', {
          headline: 'Set as a property',
          href: '/news/p',
          headingLevel: 4,
        });
        const list = create('secon-news-list', { src: FEED, limit: 1 });
        const subscribe = create('secon-subscribe', {
          action: '/mock/loading-props',
          privacyHref: '/privacy',
          withName: true,
        });
        const map = create('secon-partner-map', { partners: TWO_PARTNERS, view: 'list' });
        const script = doc.createElement('script');
        script.src = '/dist/secon-elements.js';
        script.type = 'module';
        doc.head.append(script);
        await defined(win);
        if (!connected) slot.append(skip, card, list, subscribe, map);
        await Promise.all([skip, card, list, subscribe, map].map((el) => (el as Lit).updateComplete));

        expect([...inShadow(skip, 'a')].map(text)).to.deep.equal([
          'Skip to main content',
          'Skip to context menu',
        ]);
        expect((skip as unknown as { main: string }).main).to.equal('#start');
        const heading = inShadow(card, '[part=heading]')[0]!;
        expect(heading.localName).to.equal('h4');
        expect(text(heading)).to.equal('Set as a property');
        expect((inShadow(card, '[part=link]')[0] as HTMLAnchorElement | undefined)?.pathname).to.equal(
          '/news/p',
        );
        await waitUntil(
          () => inShadow(list, '[part=card]').length === 1,
          'limit 1 from the property was not applied',
          {
            timeout: 5000,
          },
        );
        expect(inShadow(subscribe, 'input[name=name]'), 'with-name from the property').to.have.length(1);
        await waitUntil(
          () => inShadow(map, '[part=list] li').length === 2,
          'the partners property was ignored',
        );
        expect([...inShadow(map, '[part=list] li')].map(text).join(' | ')).to.contain('Haskovo Municipality');
        expect(inShadow(map, '[part=map]'), 'view from the property').to.have.length(0);
        expect(win.__errors, 'errors and failed loads').to.deep.equal([]);
      });
    }
  });
});
