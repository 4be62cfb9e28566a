// The XSS corpus: well-known payloads pushed through every text and URL input of every
// element (attributes, properties, child markup, inline JSON, feeds, server answers).
// Every payload sets a global flag when it runs; the flag must stay unset, no element in
// any shadow root may carry an event-handler attribute or an unsafe URL, and text from
// data must show as the very text given.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { SeconNewsCard } from '../src/components/news-card/news-card.js';
import type { SeconNewsList } from '../src/components/news-list/news-list.js';
import type { SeconPartnerMap } from '../src/components/partner-map/partner-map.js';
import type { Partner } from '../src/components/partner-map/partners.js';
import type { SeconSkipLinks } from '../src/components/skip-links/skip-links.js';
import type { SeconSubscribe } from '../src/components/subscribe/subscribe.js';
import type { SeconErrorDetail } from '../src/internal/events.js';
import { mockEndpoint } from './helpers/mock.js';
import { captureConsole, resetLocale, shadow } from './helpers/util.js';

declare global {
  interface Window {
    __seconXss?: unknown;
  }
}

/** What every payload runs, if anything ever runs it. */
const X = 'window.__seconXss=1';

/** Payloads for text inputs: markup, attribute break-outs, template and CSS injection. */
const TEXT = [
  `<script>${X}</script>`,
  `<SCRIPT SRC=data:,${X}></SCRIPT>`,
  `<img src=x onerror=${X}>`,
  `<img src="x" onerror="${X}">`,
  `<IMG SRC=# oNeRrOr=${X}//>`,
  `<svg onload=${X}>`,
  `<svg/onload=${X}>`,
  `<svg><script>${X}</script></svg>`,
  `<svg><a xlink:href="javascript:${X}"><text y="20">x</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${X}>`,
  `<noscript><p title="</noscript><img src=x onerror=${X}>">`,
  `<!--<img src="--><img src=x onerror=${X}//">`,
  `"><script>${X}</script>`,
  `'><img src=x onerror=${X}>`,
  `" onmouseover="${X}" x="`,
  `' autofocus onfocus='${X}`,
  `</title></style></textarea></script><script>${X}</script>`,
  `<iframe srcdoc="<script>parent.__seconXss=1</script>"></iframe>`,
  `<iframe src="javascript:parent.__seconXss=1"></iframe>`,
  `<object data="javascript:${X}"></object>`,
  `<embed src="javascript:${X}">`,
  `<body onload=${X}>`,
  `<details open ontoggle=${X}>`,
  `<input autofocus onfocus=${X}>`,
  `<form action="javascript:${X}"><button>go</button></form>`,
  `<a href="javascript:${X}">click</a>`,
  `<a href="&#x6A;avascript&#x3A;${X}">click</a>`,
  `<a href="jav&#x09;ascript:${X}">click</a>`,
  `<style>@import 'javascript:${X}';</style>`,
  `<div style="background:url(javascript:${X})">x</div>`,
  `x:expression(${X})`,
  `width: expression(${X});`,
  '${' + X + '}',
  '`${' + X + '}`',
  `{{constructor.constructor('${X}')()}}`,
  `<%= ${X} %>`,
  `\u2028\u2029<script>${X}</script>`,
  `＜script＞${X}＜/script＞`,
  `%3Cscript%3E${X}%3C/script%3E`,
  `&lt;script&gt;${X}&lt;/script&gt;`,
  `Община & "Хасково" <b>новини</b>`,
];

/** Payloads for URL inputs: unsafe schemes with case, white space, entity and control-character tricks. */
const URLS = [
  `javascript:${X}`,
  `JaVaScRiPt:${X}`,
  ` javascript:${X}`,
  `\tjava\tscript:${X}`,
  `java\nscript:${X}`,
  `java\rscript:${X}`,
  `\x01javascript:${X}`,
  `\x00javascript:${X}`,
  `\x7fjavascript:${X}`,
  `javascript://%0a${X}`,
  `javascript:/*--></title></style></textarea></script><svg/onload=${X}>*/`,
  `jav&#x09;ascript:${X}`,
  `&#106;avascript:${X}`,
  `javascript&colon;${X}`,
  `data:text/html,<script>${X}</script>`,
  `data:text/html;base64,${btoa(`<script>${X}</script>`)}`,
  `DATA:image/svg+xml,<svg onload=${X}>`,
  ` data:,${X}`,
  `vbscript:${X}`,
  `VBScript:msgbox(1)`,
  `file:///etc/passwd`,
  `blob:https://www.haskovo.bg/0`,
  `livescript:${X}`,
];

const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];
const URL_ATTRIBUTES = [
  'href',
  'xlink:href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
];
const FORBIDDEN = 'script,iframe,frame,object,embed,base,meta,foreignObject,applet';
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** `root` and every shadow root below it, however deep (cards inside a list, say). */
function shadowRoots(root: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (el: Element) => {
    if (el.shadowRoot) {
      roots.push(el.shadowRoot);
      el.shadowRoot.querySelectorAll('*').forEach(visit);
    }
  };
  visit(root);
  root.querySelectorAll('*').forEach(visit);
  return roots;
}

/** Nothing that can run or link to script in any shadow root of `el`. */
function expectInert(el: Element, context: string): void {
  expect(window.__seconXss, `a payload ran (${context})`).to.equal(undefined);
  const roots = shadowRoots(el);
  expect(roots.length, `<${el.localName}> rendered`).to.be.above(0);
  for (const root of roots) {
    const host = (root.host as Element).localName;
    const forbidden = root.querySelector(FORBIDDEN);
    expect(forbidden?.outerHTML, `<${host}> holds executable markup (${context})`).to.equal(undefined);
    for (const node of root.querySelectorAll('*')) {
      for (const { name, value } of node.attributes) {
        expect(/^on/i.test(name), `<${host}> ${node.localName}[${name}="${value}"] (${context})`).to.equal(
          false,
        );
        if (!URL_ATTRIBUTES.includes(name.toLowerCase())) continue;
        for (const candidate of name === 'srcset'
          ? value.split(',').map((s) => s.trim().split(/\s+/)[0]!)
          : [value]) {
          const protocol = new URL(candidate, document.baseURI).protocol;
          expect(SAFE_SCHEMES, `<${host}> ${node.localName}[${name}="${value}"] (${context})`).to.include(
            protocol,
          );
        }
      }
    }
  }
}

/** Text of all shadow roots of `el`, white space collapsed. */
const shownText = (el: Element) =>
  collapse(
    shadowRoots(el)
      .map((r) => r.textContent)
      .join(' '),
  );

/** Waits for anything a payload could have scheduled: image errors, loads, focus. */
const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));

/** Runs `fn` with console warnings and errors collected, not printed. */
async function quietly<T>(fn: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  let result!: T;
  let errors: string[] = [];
  const warnings = await captureConsole('warn', async () => {
    errors = await captureConsole('error', async () => {
      result = await fn();
    });
  });
  return { result, lines: [...warnings, ...errors] };
}

describe('XSS corpus', () => {
  before(resetLocale);
  beforeEach(() => {
    delete window.__seconXss;
  });
  afterEach(() => {
    expect(window.__seconXss, 'a payload ran').to.equal(undefined);
  });

  it('the corpus can run: the same payloads do set the flag when a page parses them as HTML', async () => {
    // Proves the flag and the payloads work, so that the flag staying unset below means something.
    const probe = document.createElement('div');
    document.body.append(probe);
    probe.innerHTML = `<img src=x onerror=${X}>`;
    await new Promise((r) => setTimeout(r, 300));
    probe.remove();
    const ran = window.__seconXss;
    delete window.__seconXss;
    expect(ran).to.equal(1);
  });

  describe('<secon-news-card>', () => {
    it('shows text attributes and properties as text', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      await quietly(async () => {
        for (const [i, p] of TEXT.entries()) {
          const byAttribute = document.createElement('secon-news-card') as SeconNewsCard;
          for (const name of [
            'headline',
            'summary',
            'category',
            'image-alt',
            'published',
            'modified',
            'heading-level',
          ])
            byAttribute.setAttribute(name, p);
          byAttribute.setAttribute('href', `https://www.haskovo.bg/news/${i}`);
          byAttribute.setAttribute('image', '/test/fixtures/news/picture.svg');
          const byProperty = document.createElement('secon-news-card') as SeconNewsCard;
          Object.assign(byProperty, { headline: p, summary: p, category: p, imageAlt: p, published: p });
          byProperty.href = `https://www.haskovo.bg/news/${i}`;
          wrapper.replaceChildren(byAttribute, byProperty);
          await Promise.all([byAttribute.updateComplete, byProperty.updateComplete]);
          await settle();
          for (const card of [byAttribute, byProperty]) {
            expectInert(card, p);
            const heading = shadow(card).querySelector('h2,h3,h4,h5,h6')!;
            expect(collapse(heading.textContent!), p).to.equal(collapse(p));
            // Headline, summary and category: each the very text given.
            expect(shownText(card).split(collapse(p)).length - 1, p).to.be.at.least(3);
            expect(shadow(card).querySelector('[part=link]')?.getAttribute('href')).to.equal(
              `https://www.haskovo.bg/news/${i}`,
            );
          }
          const img = shadow(byAttribute).querySelector('img');
          if (img) expect(img.getAttribute('alt'), p).to.equal(p);
        }
      });
    });

    it('links nothing and loads nothing from unsafe href and image, as attributes, properties or child markup', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const { lines } = await quietly(async () => {
        for (const u of URLS) {
          const byAttribute = document.createElement('secon-news-card') as SeconNewsCard;
          byAttribute.setAttribute('headline', 'Новини');
          byAttribute.setAttribute('href', u);
          byAttribute.setAttribute('image', u);
          const byProperty = document.createElement('secon-news-card') as SeconNewsCard;
          Object.assign(byProperty, { headline: 'Новини', href: u, image: u });
          // A CMS's article markup, as the card reads it from its children.
          const byChildren = document.createElement('secon-news-card') as SeconNewsCard;
          const heading = byChildren.appendChild(document.createElement('h3'));
          const a = heading.appendChild(document.createElement('a'));
          a.setAttribute('href', u);
          a.textContent = 'Новини';
          const img = byChildren.appendChild(document.createElement('img'));
          img.setAttribute('src', u);
          img.setAttribute('srcset', `${u} 2x`);
          img.alt = '';
          wrapper.replaceChildren(byAttribute, byProperty, byChildren);
          await Promise.all([byAttribute, byProperty, byChildren].map((c) => c.updateComplete));
          await settle();
          for (const card of [byAttribute, byProperty, byChildren]) {
            expectInert(card, JSON.stringify(u));
            const link = shadow(card).querySelector('a[href]');
            // A disguise that breaks the scheme (`javascript&colon;x`) is a harmless relative link.
            if (link)
              expect(new URL(u, document.baseURI).protocol, JSON.stringify(u)).to.equal(location.protocol);
            expect(collapse(shadow(card).querySelector('h2,h3,h4,h5,h6')!.textContent!)).to.equal('Новини');
          }
        }
      });
      expect(lines.join('\n')).to.contain('javascript:');
    });
  });

  describe('<secon-news-list>', () => {
    /** Feed text as XML 1.0 can carry it: escaped, without the control characters it forbids. */
    // eslint-disable-next-line no-control-regex -- exactly the characters XML forbids
    const clean = (s: string) => s.replace(/[\0-\x08\x0b\x0c\x0e-\x1f]/g, '');
    const xml = (s: string) => clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const link = (i: number) => `https://www.haskovo.bg/news/${i}`;
    const LIMIT = TEXT.length + URLS.length;

    const feeds = {
      rss: () =>
        `<?xml version="1.0"?><rss version="2.0"><channel><title>${xml(TEXT[0]!)}</title>${TEXT.map(
          (p, i) =>
            `<item><title>${xml(p)}</title><link>${link(i)}</link><description>${xml(p)}</description>` +
            `<category>${xml(p)}</category><pubDate>${xml(p)}</pubDate><enclosure url="${xml(URLS[i % URLS.length]!)}" type="image/png"/></item>`,
        ).join('')}${URLS.map(
          (u, i) =>
            `<item><title>Link ${i}</title><link>${xml(u)}</link><guid>${xml(u)}</guid>` +
            `<description><![CDATA[<a href="${clean(u).replace(/]]>/g, '')}">x</a><img src=x onerror=${X}>]]></description></item>`,
        ).join('')}</channel></rss>`,
      atom: () =>
        `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(TEXT[13]!)}">${TEXT.map(
          (p, i) =>
            `<entry><title type="${i % 2 ? 'html' : 'text'}">${xml(p)}</title><link href="${link(i)}"/>` +
            `<summary type="html">${xml(p)}</summary><category term="${xml(p)}"/><updated>${xml(p)}</updated></entry>`,
        ).join('')}${URLS.map(
          (u, i) =>
            `<entry><title>Link ${i}</title><link rel="alternate" href="${xml(u)}"/>` +
            `<link rel="enclosure" type="image/png" href="${xml(u)}"/><content type="xhtml">${xml(u)}</content></entry>`,
        ).join('')}</feed>`,
      json: () =>
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: TEXT[0],
          language: TEXT[3],
          items: [
            ...TEXT.map((p, i) => ({
              id: p,
              title: p,
              url: link(i),
              summary: p,
              content_html: p,
              tags: [p],
              date_published: p,
              image: URLS[i % URLS.length],
            })),
            ...URLS.map((u, i) => ({
              id: String(i),
              title: `Link ${i}`,
              url: u,
              external_url: u,
              banner_image: u,
            })),
          ],
        }),
      wordpress: () =>
        JSON.stringify([
          ...TEXT.map((p, i) => ({
            id: i,
            title: { rendered: p },
            link: link(i),
            date: p,
            excerpt: { rendered: p },
            _embedded: {
              'wp:featuredmedia': [{ source_url: URLS[i % URLS.length], alt_text: p }],
              'wp:term': [[{ name: p }]],
            },
          })),
          ...URLS.map((u, i) => ({
            id: 1000 + i,
            title: { rendered: `Link ${i}` },
            link: u,
            jetpack_featured_media_url: u,
          })),
        ]),
    };

    for (const [format, body] of Object.entries(feeds)) {
      it(`${format}: payloads in titles, summaries, categories, dates and links stay inert`, async () => {
        const mock = await mockEndpoint({
          body: body(),
          type: format === 'rss' || format === 'atom' ? `application/${format}+xml` : 'application/json',
        });
        const { result: el } = await quietly(async () => {
          const list = await fixture<SeconNewsList>(
            html`<secon-news-list src=${`${mock.url}/feed`} limit=${LIMIT}></secon-news-list>`,
          );
          const base = () => shadow(list).querySelector('[part=base]');
          for (let t = 0; t < 200 && base()?.getAttribute('aria-busy') !== 'false'; t++)
            await new Promise((r) => setTimeout(r, 25));
          const cards = [...shadow(list).querySelectorAll<SeconNewsCard>('secon-news-card')];
          await Promise.all(cards.map((c) => c.updateComplete));
          // Let every image load or fail (and its card say so) while the console is collected.
          const images = cards.flatMap((c) => [...shadow(c).querySelectorAll('img')]);
          for (let t = 0; t < 100 && !images.every((img) => img.complete); t++)
            await new Promise((r) => setTimeout(r, 20));
          await settle();
          return list;
        });
        expect(shadow(el).querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('false');
        const cards = [...shadow(el).querySelectorAll<SeconNewsCard>('secon-news-card')];
        expect(cards.length, 'cards shown').to.be.above(TEXT.length / 2);
        expectInert(el, format);
        const headlines = cards.map((c) => collapse(shadow(c).querySelector('h2,h3,h4,h5,h6')!.textContent!));
        if (format === 'json') {
          // JSON Feed titles are plain text: each payload is a headline, character for character.
          for (const p of TEXT) expect(headlines, p).to.include(collapse(p));
        }
        // Only links that are safe (a scheme broken by its disguise is a relative link) made a card.
        for (const [i, u] of URLS.entries()) {
          if (!headlines.includes(`Link ${i}`)) continue;
          const href = shadow(cards[headlines.indexOf(`Link ${i}`)]!).querySelector('a')!.href;
          expect(SAFE_SCHEMES, `${JSON.stringify(u)} → ${href}`).to.include(new URL(href).protocol);
        }
      });
    }

    it('an unsafe src is not fetched and says so', async () => {
      for (const u of URLS.slice(0, 6)) {
        const seen: SeconErrorDetail[] = [];
        const { result: el } = await quietly(async () => {
          const list = await fixture<SeconNewsList>(
            html`<secon-news-list
              src=${u}
              @secon-error=${(e: CustomEvent<SeconErrorDetail>) => seen.push(e.detail)}
              ><p>Всички новини</p></secon-news-list
            >`,
          );
          for (let t = 0; t < 100 && !seen.length; t++) await new Promise((r) => setTimeout(r, 20));
          await settle();
          return list;
        });
        expect(seen.length, JSON.stringify(u)).to.be.above(0);
        expectInert(el, JSON.stringify(u));
      }
    });
  });

  describe('<secon-subscribe>', () => {
    it('shows organization and list names as text, and links no unsafe privacy-href or action', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      await quietly(async () => {
        for (const [i, p] of TEXT.entries()) {
          const list = p.replace(/\s+/g, '');
          // Working: organization, list ids and heading level from the payload.
          const working = document.createElement('secon-subscribe') as SeconSubscribe;
          working.setAttribute('action', 'https://lists.haskovo.bg/subscribe');
          working.setAttribute('privacy-href', 'https://www.haskovo.bg/privacy');
          working.setAttribute('organization', p);
          working.setAttribute('lists', `news ${list}`);
          working.setAttribute('with-name', '');
          working.setAttribute('heading-level', p);
          // Misconfigured: an unsafe privacy-href, or an unsafe action given as a property.
          const badPrivacy = document.createElement('secon-subscribe') as SeconSubscribe;
          badPrivacy.setAttribute('action', 'https://lists.haskovo.bg/subscribe');
          badPrivacy.setAttribute('privacy-href', URLS[i % URLS.length]!);
          badPrivacy.setAttribute('organization', p);
          badPrivacy.setAttribute('provider', p);
          const badAction = document.createElement('secon-subscribe') as SeconSubscribe;
          Object.assign(badAction, {
            action: URLS[i % URLS.length],
            privacyHref: 'https://www.haskovo.bg/privacy',
            organization: p,
          });
          wrapper.replaceChildren(working, badPrivacy, badAction);
          await Promise.all([working.updateComplete, badPrivacy.updateComplete, badAction.updateComplete]);
          await settle();
          for (const el of [working, badPrivacy, badAction]) expectInert(el, p);
          expect(!!shadow(working).querySelector('form'), `form shown (${p})`).to.equal(true);
          if (/\S/.test(p)) expect(shownText(working), p).to.contain(collapse(p));
          if (list) expect(shownText(working), p).to.contain(list);
          expect(!!shadow(working).querySelector('h2'), `h2 (${p})`).to.equal(true);
          // A misconfigured form is not offered: no form, nothing that posts. (A disguise that
          // breaks the scheme, such as a leading DEL, makes a harmless relative URL.)
          const u = URLS[i % URLS.length]!;
          if (!SAFE_SCHEMES.includes(new URL(u, document.baseURI).protocol))
            for (const el of [badPrivacy, badAction])
              expect(
                shadow(el).querySelector('form')?.outerHTML.slice(0, 120),
                `a form (${JSON.stringify(u)})`,
              ).to.equal(undefined);
        }
      });
    });

    it('keeps the server’s message out of the page: 400 answers with payloads show the localized error', async () => {
      const mock = await mockEndpoint(
        TEXT.slice(0, 12).map((p) => ({
          status: 400,
          type: 'application/json',
          body: JSON.stringify({ message: p, error: p }),
        })),
      );
      const el = await fixture<SeconSubscribe>(
        html`<secon-subscribe
          action=${mock.url}
          provider="json"
          privacy-href="https://www.haskovo.bg/privacy"
          organization="Община Хасково"
        ></secon-subscribe>`,
      );
      const field = shadow(el).querySelector<HTMLInputElement>('#email')!;
      field.value = 'ana.petrova@example.org';
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      shadow(el).querySelector<HTMLInputElement>('#consent')!.click();
      await el.updateComplete;
      const { lines } = await quietly(async () => {
        for (const p of TEXT.slice(0, 12)) {
          const failed = new Promise<CustomEvent<SeconErrorDetail>>((resolve) =>
            el.addEventListener('secon-error', resolve as EventListener, { once: true }),
          );
          shadow(el).querySelector<HTMLButtonElement>('button[type=submit], button')!.click();
          const { detail } = await failed;
          await el.updateComplete;
          await settle();
          expect(detail.code, p).to.equal('rejected');
          expectInert(el, p);
          if (/[<>]/.test(p)) expect(shownText(el), p).not.to.contain(collapse(p));
        }
      });
      expect(lines.length).to.be.at.least(12);
      expect((await mock.requests()).length).to.equal(12);
    });
  });

  describe('<secon-skip-links>', () => {
    it('shows child link labels as text, leaves out unsafe hrefs, and survives hostile selectors', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <main id="content">Съдържание</main>
          <nav id="menu">Меню</nav>
        </div>`,
      );
      await quietly(async () => {
        for (const [i, p] of TEXT.entries()) {
          const withChildren = document.createElement('secon-skip-links') as SeconSkipLinks;
          const toMain = withChildren.appendChild(document.createElement('a'));
          toMain.setAttribute('href', '#content');
          toMain.textContent = p;
          const unsafe = withChildren.appendChild(document.createElement('a'));
          unsafe.setAttribute('href', URLS[i % URLS.length]!);
          unsafe.textContent = `Unsafe ${i}`;
          const defaults = document.createElement('secon-skip-links') as SeconSkipLinks;
          defaults.setAttribute('main', p);
          defaults.setAttribute('menu', p);
          wrapper.append(withChildren, defaults);
          await Promise.all([withChildren.updateComplete, defaults.updateComplete]);
          await settle();
          expectInert(withChildren, p);
          expectInert(defaults, p);
          const labels = [...shadow(withChildren).querySelectorAll('a')].map((a) => collapse(a.textContent!));
          if (/\S/.test(p)) expect(labels, p).to.include(collapse(p));
          // Only a disguise that breaks the scheme (a harmless relative link) is kept.
          if (labels.includes(`Unsafe ${i}`))
            expect(new URL(URLS[i % URLS.length]!, document.baseURI).protocol).to.equal(location.protocol);
          withChildren.remove();
          defaults.remove();
        }
      });
    });
  });

  describe('<secon-partner-map>', () => {
    const partnersWith = (payloads: string[]): Partner[] =>
      payloads.map((p, i) => ({
        id: `${p}#${i}`,
        name: { en: p, bg: p },
        country: ['BG', 'GR', 'RO', 'LV', 'ES', 'NL', 'PL', 'PT', 'HU', 'DE'][i % 10]!,
        lat: 40 + (i % 15),
        lon: -5 + ((i * 7) % 30),
        city: p,
        region: p,
        role: i === 0 ? 'lead' : 'partner',
        url: URLS[i % URLS.length],
        policyInstrument: { en: p },
        description: p,
      }));

    async function openEach(el: SeconPartnerMap, partners: Partner[], context: string): Promise<void> {
      for (const partner of partners) {
        el.selected = partner.id;
        await el.updateComplete;
        const details = shadow(el).querySelector('[part="details"]');
        expect(!!details, `${context}: details of ${partner.id}`).to.equal(true);
        const name = (partner.name as Record<string, string>)['en']!;
        if (/\S/.test(name)) expect(collapse(details!.textContent!), name).to.contain(collapse(name));
        expectInert(el, `${context}: ${partner.id}`);
      }
    }

    it('the partners property: names, places, descriptions and ids show as text; unsafe websites are not linked', async () => {
      const partners = partnersWith(TEXT);
      const { result: el, lines } = await quietly(async () => {
        const map = await fixture<SeconPartnerMap>(
          html`<secon-partner-map .partners=${partners}></secon-partner-map>`,
        );
        await map.updateComplete;
        return map;
      });
      await settle();
      expectInert(el, 'partners property');
      const names = [...shadow(el).querySelectorAll('.marker')].map((m) => m.getAttribute('aria-label'));
      expect(names).to.deep.equal(TEXT);
      await quietly(() => openEach(el, partners, 'property'));
      // Unsafe websites were refused with a console line naming the field.
      expect(lines.join('\n')).to.contain('"url"');
    });

    it('an inline <script type="application/json"> and a src document with payloads stay inert', async () => {
      const partners = partnersWith(TEXT.slice(0, 16));
      const inline = document.createElement('script');
      inline.type = 'application/json';
      inline.textContent = JSON.stringify({ partners });
      const mock = await mockEndpoint({
        type: 'application/geo+json',
        body: JSON.stringify({
          type: 'FeatureCollection',
          features: partners.map(({ lat, lon, ...properties }) => ({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [lon, lat] },
            properties,
          })),
        }),
      });
      const { result } = await quietly(async () => {
        const byScript = document.createElement('secon-partner-map') as SeconPartnerMap;
        byScript.append(inline);
        const bySrc = document.createElement('secon-partner-map') as SeconPartnerMap;
        bySrc.setAttribute('src', `${mock.url}/partners.geojson`);
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.append(byScript, bySrc);
        for (let t = 0; t < 200 && shadow(bySrc).querySelectorAll('.marker').length < partners.length; t++)
          await new Promise((r) => setTimeout(r, 25));
        await Promise.all([byScript.updateComplete, bySrc.updateComplete]);
        await settle();
        return [byScript, bySrc];
      });
      for (const el of result) {
        expectInert(el, el.getAttribute('src') ?? 'inline script');
        expect(
          [...shadow(el).querySelectorAll('.marker')].map((m) => m.getAttribute('aria-label')),
        ).to.deep.equal(TEXT.slice(0, 16));
        await quietly(() => openEach(el, partners, el.getAttribute('src') ?? 'inline'));
      }
    });

    it('an unsafe src is not fetched and a hostile selected attribute opens nothing', async () => {
      for (const u of URLS.slice(0, 6)) {
        const seen: SeconErrorDetail[] = [];
        const { result: el } = await quietly(async () => {
          const map = await fixture<SeconPartnerMap>(
            html`<secon-partner-map
              src=${u}
              selected=${TEXT[0]!}
              @secon-error=${(e: CustomEvent<SeconErrorDetail>) => seen.push(e.detail)}
            ></secon-partner-map>`,
          );
          for (let t = 0; t < 100 && !seen.length; t++) await new Promise((r) => setTimeout(r, 20));
          await settle();
          return map;
        });
        expect(seen.length, JSON.stringify(u)).to.be.above(0);
        expectInert(el, JSON.stringify(u));
      }
    });
  });
});
