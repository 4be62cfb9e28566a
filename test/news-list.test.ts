import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { SeconNewsList } from '../src/components/news-list/news-list.js';
import type { SeconNewsCard } from '../src/components/news-card/news-card.js';
import type { SeconErrorDetail } from '../src/internal/events.js';
import { mockEndpoint } from './helpers/mock.js';
import type { MockResponse } from './helpers/mock.js';
import { captureConsole, deepActiveElement, resetLocale, setPageLang, shadow } from './helpers/util.js';

const cards = (el: SeconNewsList) => [...shadow(el).querySelectorAll<SeconNewsCard>('secon-news-card')];
const cardLink = (card: SeconNewsCard) => shadow(card).querySelector('a');
const titles = (el: SeconNewsList) =>
  cards(el).map((c) => shadow(c).querySelector('h1,h2,h3,h4,h5,h6')?.textContent?.trim());
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part=${name}]`);
const base = (el: SeconNewsList) => part(el, 'base')!;
const visible = (e: Element | null) => !!e && e.getBoundingClientRect().height > 1;
const shownMessage = (el: SeconNewsList) => {
  const m = part(el, 'message')!;
  return m.classList.contains('visually-hidden') || !visible(m) ? '' : m.textContent!.trim();
};

async function settled(el: SeconNewsList, timeout = 8000): Promise<void> {
  await waitUntil(() => base(el)?.getAttribute('aria-busy') === 'false', 'still loading', { timeout });
  await el.updateComplete;
  await Promise.all(cards(el).map((c) => c.updateComplete));
}

interface Setup {
  el: SeconNewsList;
  wrapper: HTMLElement;
  errors: SeconErrorDetail[];
  warnings: string[];
  consoleErrors: string[];
}

/** A news list reading `src`, settled, with its events and console lines recorded. */
async function newsList(
  src: string,
  attributes: { limit?: number; timeout?: number; headingLevel?: number; variant?: string } = {},
  fallback = html`<p><a href="https://www.haskovo.bg/news">Всички новини</a></p>`,
): Promise<Setup> {
  const errors: SeconErrorDetail[] = [];
  let wrapper!: HTMLElement;
  let consoleErrors: string[] = [];
  const warnings = await captureConsole('warn', async () => {
    consoleErrors = await captureConsole('error', async () => {
      wrapper = await fixture<HTMLElement>(
        html`<div>
          <secon-news-list
            src=${src}
            limit=${attributes.limit ?? 10}
            timeout=${attributes.timeout ?? 15000}
            heading-level=${attributes.headingLevel ?? 3}
            variant=${attributes.variant ?? 'vertical'}
            @secon-error=${(e: CustomEvent<SeconErrorDetail>) => errors.push(e.detail)}
            >${fallback}</secon-news-list
          >
        </div>`,
      );
      await settled(wrapper.querySelector('secon-news-list')!);
    });
  });
  return { el: wrapper.querySelector('secon-news-list')!, wrapper, errors, warnings, consoleErrors };
}

const fixtureFeed = async (file: string, extra: MockResponse = {}) =>
  (await mockEndpoint({ fixture: `news/${file}`, type: 'application/xml', ...extra })).url;

/** An RSS document with `count` items dated one hour apart, in shuffled order. */
function bigRss(count: number): string {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = (i * 7919) % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const start = Date.UTC(2023, 0, 1);
  const items = order
    .map(
      (i) => `<item><title>Item ${i}</title><link>https://example.org/${i}</link>
      <pubDate>${new Date(start + i * 3_600_000).toUTCString()}</pubDate>
      <description>&lt;p&gt;Summary &lt;b&gt;${i}&lt;/b&gt;&lt;/p&gt;</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`;
}

describe('<secon-news-list>', () => {
  afterEach(resetLocale);

  describe('RSS 2.0', () => {
    it('renders a list of cards, newest first, undated items last', async () => {
      const { el } = await newsList(await fixtureFeed('rss.xml'));
      expect(shadow(el).querySelector('ul')!.getAttribute('role')).to.equal('list');
      expect(shadow(el).querySelectorAll('ul > li > secon-news-card')).to.have.length(5);
      expect(titles(el)).to.deep.equal([
        'Policy & practice bold',
        'Kick-off in Kalamata',
        'Older item',
        'Undated news',
        'Bad date',
      ]);
      await expect(el).to.be.accessible();
    });

    it('resolves relative links and images against the feed URL', async () => {
      const src = await fixtureFeed('rss.xml');
      const { el } = await newsList(src);
      const kickOff = cards(el)[1]!;
      expect(cardLink(kickOff)!.href).to.equal(new URL('/news/kick-off', src).href);
      expect(shadow(kickOff).querySelector('img')!.getAttribute('src')).to.equal(
        new URL('images/kalamata.jpg', src).href,
      );
      expect(cardLink(cards(el)[3]!)!.href).to.equal(new URL('news/undated', src).href);
      expect(shadow(cards(el)[0]!).querySelector('img')!.getAttribute('src')).to.equal(
        'https://example.org/thumb.jpg',
      );
    });

    it('reduces HTML in titles and summaries to plain text without running or loading anything', async () => {
      const beacon = await mockEndpoint({ status: 204 });
      const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
        <item><title>Tracked &lt;img src="${beacon.url}/title.png"&gt;</title><link>https://example.org/1</link>
        <description><![CDATA[<p>Hello <img src="${beacon.url}/summary.png" onerror="window.__seconPwned = 4">world</p><script>window.__seconPwned = 5</script><iframe src="${beacon.url}/frame"></iframe><style>p{}</style>]]></description></item>
        </channel></rss>`;
      const src = (await mockEndpoint({ body: feed, type: 'application/rss+xml' })).url;
      const { el } = await newsList(src);
      const card = cards(el)[0]!;
      expect(titles(el)).to.deep.equal(['Tracked']);
      expect(shadow(card).querySelector('[part=summary]')!.textContent).to.equal('Hello world');
      const fixtureFeedList = await newsList(await fixtureFeed('rss.xml'));
      const summaries = cards(fixtureFeedList.el).map(
        (c) => shadow(c).querySelector('[part=summary]')?.textContent,
      );
      expect(summaries[1]).to.equal('The partners met in Kalamata. Second paragraph & more.');
      expect(summaries[0]).to.equal('Escaped HTML summary.');
      for (const c of [...cards(el), ...cards(fixtureFeedList.el)])
        expect(shadow(c).querySelector('script,strong,b,em,iframe,style,p img')).to.equal(null);
      await new Promise((r) => setTimeout(r, 300));
      expect(await beacon.requests()).to.have.length(0);
      expect((window as { __seconPwned?: number }).__seconPwned).to.equal(undefined);
    });

    it('shows dates and categories, and keeps an item language that differs from the page', async () => {
      const { el } = await newsList(await fixtureFeed('rss.xml'));
      const [policy, kickOff] = cards(el);
      expect(shadow(kickOff!).querySelector('time')!.getAttribute('datetime')).to.equal(
        '2023-05-26T06:30:00.000Z',
      );
      // 06:30 UTC, shown on the local calendar day.
      expect(shadow(kickOff!).querySelector('time')!.textContent).to.equal(
        new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date('2023-05-26T06:30:00Z')),
      );
      expect(shadow(kickOff!).querySelector('[part=category]')!.textContent).to.equal('Projects');
      // The channel is Bulgarian and the page English: cards carry lang="bg", except the English item.
      expect(policy!.getAttribute('lang')).to.equal('bg');
      expect(kickOff!.hasAttribute('lang')).to.equal(false);
    });

    it('skips items without a title or a safe link, and shows items with a bad date without it, saying why', async () => {
      const src = await fixtureFeed('rss.xml');
      const { el, warnings, errors } = await newsList(src);
      const log = warnings.join('\n');
      const own = warnings.filter((w) => w.startsWith('<secon-news-list>'));
      expect(own).to.have.length(5);
      expect(own.every((w) => w.startsWith(`<secon-news-list>: ${src}: item `))).to.be.true;
      expect(log).to.contain('item 5: no title; skipped.');
      expect(log).to.contain('item 6: no safe link; skipped.');
      expect(log).to.contain('item 7: no safe link "javascript:alert(1)"; skipped.');
      expect(log).to.contain('item 8: date "sometime in May" is not valid; left out.');
      expect(log).to.contain('item 8: image "javascript:alert(1)" is not valid; left out.');
      const bad = cards(el)[4]!;
      expect(shadow(bad).querySelector('time')).to.equal(null);
      expect(shadow(bad).querySelector('img')).to.equal(null);
      expect(errors).to.have.length(0);
    });

    it('reads RSS served with a wrong content type, since the content decides', async () => {
      for (const type of ['text/plain', 'text/html', 'application/octet-stream']) {
        const { el, errors } = await newsList(await fixtureFeed('rss.xml', { type }));
        expect(cards(el), type).to.have.length(5);
        expect(errors).to.have.length(0);
      }
    });
  });

  describe('Atom 1.0', () => {
    it('renders entries with their alternate link, html and xhtml text, language and dates', async () => {
      const src = await fixtureFeed('atom.xml', { type: 'application/atom+xml' });
      const { el, warnings } = await newsList(src);
      expect(titles(el)).to.deep.equal(['A < B & C', 'Treffen in Mannheim']);
      const [second, first] = cards(el);
      expect(cardLink(first!)!.href).to.equal(new URL('entries/1', src).href);
      expect(shadow(first!).querySelector('[part=summary]')!.textContent).to.equal(
        'Die Partner trafen sich in Mannheim.',
      );
      expect(shadow(first!).querySelector('[part=category]')!.textContent).to.equal('Veranstaltungen');
      expect(
        [...shadow(first!).querySelectorAll('time')].map((t) => t.getAttribute('datetime')),
      ).to.deep.equal(['2023-06-10T10:00:00+02:00', '2023-06-12T08:00:00Z']);
      expect(first!.getAttribute('lang')).to.equal('de');
      expect(second!.hasAttribute('lang')).to.equal(false);
      expect(shadow(second!).querySelector('[part=summary]')!.textContent).to.equal('Hello world & all');
      expect(shadow(second!).querySelector('time')!.getAttribute('datetime')).to.equal(
        '2023-07-01T00:00:00Z',
      );
      expect(shadow(second!).querySelector('img')!.getAttribute('src')).to.equal(
        new URL('/images/2.png', src).href,
      );
      expect(warnings.join('\n')).to.contain('item 3: no safe link');
      await expect(el).to.be.accessible();
    });
  });

  describe('JSON Feed 1.1', () => {
    it('renders items, plain-text summaries as text and content_html reduced to text', async () => {
      const src = (await mockEndpoint({ fixture: 'news/feed.json', type: 'application/feed+json' })).url;
      const { el, warnings } = await newsList(src);
      expect(titles(el)).to.deep.equal(['Reunião em Oliveira de Azeméis', 'Second', 'English item']);
      const [first, second, english] = cards(el);
      expect(shadow(first!).querySelector('[part=summary]')!.textContent).to.equal(
        'Plain <b>summary</b> & text',
      );
      expect(shadow(second!).querySelector('[part=summary]')!.textContent).to.equal('HTML content here');
      expect(cardLink(second!)!.href).to.equal(new URL('noticias/2', src).href);
      expect(shadow(second!).querySelector('[part=category]')!.textContent).to.equal('Notícias');
      expect(shadow(second!).textContent).to.contain('Last modified: September 20, 2023');
      expect(first!.getAttribute('lang')).to.equal('pt-PT');
      expect(english!.hasAttribute('lang')).to.equal(false);
      const log = warnings.join('\n');
      expect(log).to.contain('item 3: no title');
      expect(log).to.contain('item 4: no safe link "javascript:alert(1)"');
      expect(log).to.contain('item 6: no title; skipped.');
      await expect(el).to.be.accessible();
    });
  });

  describe('WordPress REST API', () => {
    it('renders posts with their featured image, category and UTC dates', async () => {
      const src = (await mockEndpoint({ fixture: 'news/wp-posts.json' })).url;
      const { el } = await newsList(`${src}/wp-json/wp/v2/posts?_embed`);
      expect(titles(el)).to.deep.equal(['Съвместна среща – Хасково', 'По-стара новина']);
      const [post, older] = cards(el);
      expect(cardLink(post!)!.href).to.equal('https://www.haskovo.bg/?p=101');
      expect(shadow(post!).querySelector('[part=summary]')!.textContent).to.equal('Текст на новината … […]');
      expect(shadow(post!).querySelector('[part=category]')!.textContent).to.equal('Проекти & програми');
      const img = shadow(post!).querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(new URL('/wp-content/uploads/2023/05/kalamata.jpg', src).href);
      expect(img.alt).to.equal('Партньорите в Каламата');
      expect(
        [...shadow(post!).querySelectorAll('time')].map((t) => t.getAttribute('datetime')),
      ).to.deep.equal(['2023-05-26T06:30:00Z', '2023-09-09T07:00:00Z']);
      expect(shadow(older!).querySelector('img')!.getAttribute('src')).to.contain('old.jpg');
      expect(shadow(older!).querySelector('[part=summary]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('limit, heading level, variant and "Show more"', () => {
    it('shows `limit` items and moves focus to the first new item on "Show more"', async () => {
      const { el } = await newsList(await fixtureFeed('rss.xml'), { limit: 2 });
      expect(titles(el)).to.deep.equal(['Policy & practice bold', 'Kick-off in Kalamata']);
      const button = part(el, 'show-more')!;
      expect(button.textContent!.trim()).to.equal('Show more');
      await expect(el).to.be.accessible();

      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => cards(el).length === 4, 'no more items');
      await waitUntil(() => deepActiveElement() === cardLink(cards(el)[2]!), 'focus did not move');
      expect(titles(el)[2]).to.equal('Older item');

      part(el, 'show-more')!.focus();
      await sendKeys({ press: ' ' });
      await waitUntil(() => cards(el).length === 5, 'no more items');
      await waitUntil(() => deepActiveElement() === cardLink(cards(el)[4]!), 'focus did not move');
      expect(part(el, 'show-more')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('passes heading-level and variant to the cards', async () => {
      const { el } = await newsList(await fixtureFeed('rss.xml'), { headingLevel: 2, variant: 'compact' });
      for (const card of cards(el)) {
        expect(shadow(card).querySelector('h2')).to.exist;
        expect(card.variant).to.equal('compact');
      }
      await expect(el).to.be.accessible();
    });

    it('gives its cards level 3 when `heading-level` is out of range, and says so once', async () => {
      const { el, warnings } = await newsList(await fixtureFeed('rss.xml'), { headingLevel: 7 });
      expect(cards(el).length).to.be.above(1);
      for (const card of cards(el)) expect(shadow(card).querySelector('h3')).to.exist;
      expect(warnings.filter((w) => w.includes('heading-level'))).to.deep.equal([
        '<secon-news-list>: heading-level "7" is not 2–6; 3 is used.',
      ]);
    });

    it('renders the newest 10 of a 1,000-item feed quickly, then 10 more', async () => {
      const src = (await mockEndpoint({ body: bigRss(1000), type: 'application/rss+xml' })).url;
      const started = performance.now();
      const { el } = await newsList(src);
      const elapsed = performance.now() - started;
      expect(titles(el)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `Item ${999 - i}`));
      expect(shadow(cards(el)[0]!).querySelector('[part=summary]')!.textContent).to.equal('Summary 999');
      expect(elapsed).to.be.below(3000);
      part(el, 'show-more')!.click();
      await waitUntil(() => cards(el).length === 20, 'no more items');
      expect(titles(el)[19]).to.equal('Item 980');
    });

    it('shows 10 items when `limit` is 0, negative or no number, and says why', async () => {
      const src = (await mockEndpoint({ body: bigRss(12), type: 'application/rss+xml' })).url;
      const { el, warnings } = await newsList(src, { limit: 0 });
      expect(cards(el)).to.have.length(10);
      const later = await captureConsole('warn', async () => {
        el.limit = -3;
        await el.updateComplete;
        expect(cards(el)).to.have.length(10);
        el.setAttribute('limit', 'six');
        await el.updateComplete;
        expect(cards(el)).to.have.length(10);
      });
      expect(part(el, 'show-more')).to.exist;
      expect([...warnings, ...later].filter((w) => w.includes('limit'))).to.deep.equal([
        '<secon-news-list>: limit "0" is not a number above 0; 10 is used.',
        '<secon-news-list>: limit "-3" is not a number above 0; 10 is used.',
        '<secon-news-list>: limit "six" is not a number above 0; 10 is used.',
      ]);
    });

    it('reads a feed whatever the server calls it (application/octet-stream)', async () => {
      const src = await fixtureFeed('rss.xml', { type: 'application/octet-stream' });
      const { el, errors } = await newsList(src, { limit: 2 });
      expect(errors).to.deep.equal([]);
      expect(titles(el)).to.deep.equal(['Policy & practice bold', 'Kick-off in Kalamata']);
    });

    it('waits the default 15 s, not zero, when `timeout` is 0 or negative, and says why', async () => {
      const { el, errors, warnings } = await newsList(await fixtureFeed('rss.xml', { delay: 300 }), {
        limit: 2,
        timeout: 0,
      });
      expect(errors).to.deep.equal([]);
      expect(titles(el)).to.deep.equal(['Policy & practice bold', 'Kick-off in Kalamata']);
      expect(warnings).to.include('<secon-news-list>: timeout "0" is not a number above 0; 15000 is used.');
    });

    it('gives its cards the vertical variant when `variant` is unknown, and says so once', async () => {
      const { el, warnings } = await newsList(await fixtureFeed('rss.xml'), { variant: 'big' });
      expect(cards(el).length).to.be.above(1);
      for (const card of cards(el)) expect(card.variant).to.equal('vertical');
      expect(warnings.filter((w) => w.includes('variant'))).to.deep.equal([
        '<secon-news-list>: variant "big" is not vertical, horizontal or compact; vertical is used.',
      ]);
    });

    it('shows fewer cards again when limit is lowered', async () => {
      const { el } = await newsList(await fixtureFeed('rss.xml'));
      el.limit = 3;
      await el.updateComplete;
      expect(cards(el)).to.have.length(3);
    });
  });

  describe('loading', () => {
    it('reserves room with placeholder cards and aria-busy, keeps the fallback, then shows the news', async () => {
      const src = await fixtureFeed('rss.xml', { delay: 1500 });
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <secon-news-list src=${src} limit="4"
            ><p><a id="fb" href="https://www.haskovo.bg/news">Всички новини</a></p></secon-news-list
          >
        </div>`,
      );
      const el = wrapper.querySelector('secon-news-list')!;
      // With fallback content of its own, the list renders in a task of its own.
      await el.updateComplete;
      expect(base(el).getAttribute('aria-busy')).to.equal('true');
      const skeletonList = shadow(el).querySelector('ul')!;
      expect(skeletonList.getAttribute('aria-hidden')).to.equal('true');
      expect(skeletonList.querySelectorAll('li')).to.have.length(4);
      const reserved = skeletonList.getBoundingClientRect().height;
      expect(reserved).to.be.greaterThan(200);
      const message = part(el, 'message')!;
      expect(message.getAttribute('role')).to.equal('status');
      expect(message.textContent!.trim()).to.equal('Loading news…');
      expect(shownMessage(el)).to.equal('');
      expect(visible(wrapper.querySelector('#fb'))).to.be.true;
      await expect(el).to.be.accessible();

      await settled(el);
      expect(cards(el)).to.have.length(4);
      expect(base(el).getAttribute('aria-busy')).to.equal('false');
      // The fallback is replaced once the news is there.
      expect(visible(wrapper.querySelector('#fb'))).to.be.false;
      expect(part(el, 'fallback')!.hidden).to.be.true;
    });

    it('cancels the request when the element leaves the page, without an error', async () => {
      const mock = await mockEndpoint({ hang: true });
      const { wrapper, el, errors } = await (async () => {
        const errors: SeconErrorDetail[] = [];
        const wrapper = await fixture<HTMLElement>(
          html`<div>
            <secon-news-list
              src=${mock.url}
              @secon-error=${(e: CustomEvent<SeconErrorDetail>) => errors.push(e.detail)}
            ></secon-news-list>
          </div>`,
        );
        return { wrapper, el: wrapper.querySelector('secon-news-list')!, errors };
      })();
      await waitUntil(async () => (await mock.requests()).length === 1, 'no request');
      const consoleErrors = await captureConsole('error', async () => {
        el.remove();
        await waitUntil(async () => (await mock.requests())[0]!.aborted, 'request not aborted', {
          timeout: 5000,
        });
      });
      expect(errors).to.have.length(0);
      expect(consoleErrors).to.have.length(0);
      expect(wrapper.querySelector('secon-news-list')).to.equal(null);
    });

    it('asks again when it is put back on the page', async () => {
      const mock = await mockEndpoint([{ hang: true }, { fixture: 'news/rss.xml', type: 'application/xml' }]);
      const wrapper = await fixture<HTMLElement>(
        html`<div><secon-news-list src=${mock.url}></secon-news-list></div>`,
      );
      const el = wrapper.querySelector('secon-news-list')!;
      await waitUntil(async () => (await mock.requests()).length === 1, 'no request');
      el.remove();
      await captureConsole('warn', async () => {
        wrapper.append(el);
        await settled(el);
      });
      expect(cards(el)).to.have.length(5);
      expect(await mock.requests()).to.have.length(2);
    });

    it('asks nothing when it leaves the page before its first update, and asks once put back', async () => {
      const mock = await mockEndpoint({ fixture: 'news/rss.xml', type: 'application/xml' });
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('secon-news-list');
      el.src = mock.url;
      wrapper.append(el);
      el.remove();
      await el.updateComplete;
      // A request sent now would reach the test server well within this time.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await mock.requests()).to.have.length(0);
      await captureConsole('warn', async () => {
        wrapper.append(el);
        await settled(el);
      });
      expect(cards(el)).to.have.length(5);
      expect(await mock.requests()).to.have.length(1);
    });

    it('drops a request in flight when src changes', async () => {
      const slow = await mockEndpoint({ hang: true });
      const { el, errors } = await (async () => {
        const errors: SeconErrorDetail[] = [];
        const el = await fixture<SeconNewsList>(
          html`<secon-news-list
            src=${slow.url}
            @secon-error=${(e: CustomEvent<SeconErrorDetail>) => errors.push(e.detail)}
          ></secon-news-list>`,
        );
        return { el, errors };
      })();
      await waitUntil(async () => (await slow.requests()).length === 1, 'no request');
      await captureConsole('warn', async () => {
        el.src = await fixtureFeed('rss.xml');
        await waitUntil(async () => (await slow.requests())[0]!.aborted, 'first request not aborted');
        await settled(el);
      });
      expect(cards(el)).to.have.length(5);
      expect(errors).to.have.length(0);
    });
  });

  describe('empty feed', () => {
    for (const [name, response] of [
      ['RSS', { fixture: 'news/empty-rss.xml', type: 'application/rss+xml' }],
      ['Atom', { fixture: 'news/empty-atom.xml', type: 'application/atom+xml' }],
      ['JSON Feed', { fixture: 'news/empty.json' }],
      ['WordPress', { body: '[]' }],
    ] as [string, MockResponse][]) {
      it(`shows "No news yet." for an empty ${name} feed, which is not an error`, async () => {
        const src = (await mockEndpoint(response)).url;
        const { el, errors, consoleErrors, wrapper } = await newsList(src);
        expect(shownMessage(el)).to.equal('No news yet.');
        expect(cards(el)).to.have.length(0);
        expect(errors).to.have.length(0);
        expect(consoleErrors).to.have.length(0);
        expect(visible(wrapper.querySelector('p a'))).to.be.false;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('failures', () => {
    const cases: [string, MockResponse | MockResponse[], string, string][] = [
      ['404', { status: 404, body: 'Not found', type: 'text/plain' }, 'http', 'HTTP 404'],
      ['500', { status: 500, body: 'Oops', type: 'text/plain' }, 'http', 'HTTP 500'],
      ['a dropped connection', { drop: true }, 'network', 'could not be fetched'],
      [
        'malformed XML',
        { fixture: 'news/malformed.xml', type: 'application/xml' },
        'malformed',
        'not well-formed XML',
      ],
      [
        'malformed JSON',
        { body: '{"version": "https://jsonfeed.org/version/1.1", "items": [', type: 'application/json' },
        'malformed',
        'not valid JSON',
      ],
      ['an HTML page', { fixture: 'news/not-a-feed.html', type: 'text/html' }, 'not-a-feed', '(text/html'],
      [
        'JSON that is not a feed',
        { body: '{"hello": "world"}' },
        'not-a-feed',
        'not an RSS, Atom, JSON Feed',
      ],
      ['plain text', { body: 'hello', type: 'text/plain' }, 'not-a-feed', 'not an RSS, Atom, JSON Feed'],
      [
        'a feed whose items are all unusable',
        {
          body: '{"version":"https://jsonfeed.org/version/1.1","items":[{"title":"x","url":"javascript:1"},{"url":"/a"}]}',
        },
        'no-items',
        'no item with a title and a safe link',
      ],
    ];
    for (const [name, response, code, text] of cases) {
      it(`${name}: a localized message, the fallback stays, secon-error "${code}", the console names the URL`, async () => {
        const src = (await mockEndpoint(response)).url;
        const { el, errors, consoleErrors, wrapper } = await newsList(src);
        expect(shownMessage(el)).to.equal('The news could not be loaded.');
        expect(part(el, 'message')!.getAttribute('role')).to.equal('status');
        expect(visible(wrapper.querySelector('p a'))).to.be.true;
        expect(cards(el)).to.have.length(0);
        expect(errors).to.have.length(1);
        expect(errors[0]!.code).to.equal(code);
        expect(errors[0]!.message).to.contain(src).and.contain(text);
        expect(consoleErrors.join('\n')).to.contain('<secon-news-list>').and.contain(src);
        await expect(el).to.be.accessible();
      });
    }

    it('gives up after `timeout` ms on a server that never answers, and cancels the request', async () => {
      const mock = await mockEndpoint({ hang: true });
      const started = performance.now();
      const { el, errors } = await newsList(mock.url, { timeout: 400 });
      expect(performance.now() - started).to.be.within(350, 5000);
      expect(errors.map((e) => e.code)).to.deep.equal(['timeout']);
      expect(errors[0]!.message).to.contain('400 ms');
      expect(shownMessage(el)).to.equal('The news could not be loaded.');
      await waitUntil(async () => (await mock.requests())[0]?.aborted, 'request not cancelled');
    });

    it('a feed on another origin without CORS headers fails with a hint; with them it works', async () => {
      const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const blocked = new URL((await fixtureFeed('rss.xml')).replace(location.hostname, other));
      const { el, errors } = await newsList(blocked.href);
      expect(shownMessage(el)).to.equal('The news could not be loaded.');
      expect(errors[0]!.code).to.equal('network');
      expect(errors[0]!.message).to.contain('CORS');

      const allowed = (
        await fixtureFeed('rss.xml', { headers: { 'access-control-allow-origin': '*' } })
      ).replace(location.hostname, other);
      const ok = await newsList(allowed);
      expect(cards(ok.el)).to.have.length(5);
    });

    it('shows the localized failure message in Bulgarian, and in German after a switch', async () => {
      await setPageLang('bg', 'bg');
      const { el } = await newsList((await mockEndpoint({ status: 404 })).url);
      expect(shownMessage(el)).to.equal('Новините не можаха да бъдат заредени.');
      await expect(el).to.be.accessible();
      await setPageLang('de', 'de');
      await el.updateComplete;
      expect(shownMessage(el)).to.equal('Die Nachrichten konnten nicht geladen werden.');
    });

    it('without src shows only its fallback and says why', async () => {
      let el!: SeconNewsList;
      const warnings = await captureConsole('warn', async () => {
        el = await fixture<SeconNewsList>(html`<secon-news-list><a href="/news">News</a></secon-news-list>`);
      });
      expect(warnings.join('\n')).to.contain('no src');
      expect(visible(el.querySelector('a'))).to.be.true;
      expect(cards(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('locale', () => {
    it('renders cards, "Show more" and messages in the page language, and follows a switch', async () => {
      await setPageLang('bg', 'bg');
      const { el } = await newsList(await fixtureFeed('rss.xml'), { limit: 2 });
      expect(part(el, 'show-more')!.textContent!.trim()).to.equal('Покажи още');
      const kickOff = new Date('2023-05-26T06:30:00Z');
      expect(shadow(cards(el)[1]!).querySelector('time')!.textContent).to.equal(
        new Intl.DateTimeFormat('bg', { dateStyle: 'long' }).format(kickOff),
      );
      expect(shadow(cards(el)[1]!).querySelector('time')!.textContent).to.match(/^2[567] май 2023 г\.$/);
      // The Bulgarian channel needs no lang on its cards in a Bulgarian page; the English item does.
      expect(cards(el)[0]!.hasAttribute('lang')).to.equal(false);
      expect(cards(el)[1]!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();

      await setPageLang('el', 'el');
      await el.updateComplete;
      await cards(el)[1]!.updateComplete;
      expect(part(el, 'show-more')!.textContent!.trim()).to.equal('Εμφάνιση περισσότερων');
      expect(shadow(cards(el)[1]!).querySelector('time')!.textContent).to.equal(
        new Intl.DateTimeFormat('el', { dateStyle: 'long' }).format(kickOff),
      );
      expect(shadow(cards(el)[1]!).querySelector('time')!.textContent).to.match(/Μαΐου 2023$/);
    });
  });
});
