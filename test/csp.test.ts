/**
 * Every element, loaded from each production bundle, in pages served under the strict
 * Content-Security-Policy with Trusted Types that README.md and SECURITY.md give
 * (test/server/csp-page.mjs): each feature a visitor uses works, and the page records no
 * `securitypolicyviolation`, no uncaught error and no failed load (test/bundle/recorder.js).
 * Also all five elements beside another copy of Lit in use, and the CMS host pages of
 * test/hosts/ under the same policy.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { TAGS, closeFrames, openFrame } from './helpers/frames.js';
import type { FrameWindow } from './helpers/frames.js';
import { mockEndpoint } from './helpers/mock.js';
import type { Mock } from './helpers/mock.js';

const BUNDLES = ['/dist/secon-elements.js', '/dist/secon-elements.iife.js'];
const HOSTS = ['wordpress', 'drupal', 'joomla', 'typo3', 'hostile'];
const FEED = '/test/fixtures/csp/news.xml';
const PICTURE = '/test/fixtures/news/picture.svg';
const FEED_TITLES = ['SECON partners meet in Haskovo', 'Policy & practice', 'Call for social enterprises'];

interface Lit extends HTMLElement {
  updateComplete: Promise<boolean>;
}

/** Opens `url` in a frame and waits until the bundle has defined every element. */
async function open(url: string): Promise<FrameWindow> {
  const win = await openFrame((frame) => (frame.src = url), 1024, 700);
  await waitUntil(
    () => TAGS.every((t) => win.customElements.get(t)),
    'the bundle did not define the elements',
    {
      timeout: 5000,
    },
  );
  return win;
}

/** /csp-page with the recorder, then `scripts`, then `body`. */
function strictPage(scripts: string[], body: string, lang = 'en'): Promise<FrameWindow> {
  const query = new URLSearchParams({ body, lang });
  for (const src of scripts) query.append('script', src);
  return open(`/csp-page?${query}`);
}

/** No violation, no uncaught error, no failed load, after a moment for late ones. */
async function expectClean(win: FrameWindow): Promise<void> {
  await new Promise((r) => setTimeout(r, 100));
  expect(win.__violations, 'Content-Security-Policy violations').to.deep.equal([]);
  expect(win.__errors, 'errors and failed loads').to.deep.equal([]);
}

const el = (win: Window, selector: string) => win.document.querySelector<Lit>(selector)!;
const inside = <T extends Element = HTMLElement>(host: Element, selector: string) =>
  host.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function deepActive(win: Window): Element | null {
  let active = win.document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function pictureLoaded(img: HTMLImageElement | null, what: string): Promise<void> {
  expect(img, what).to.exist;
  await waitUntil(() => img!.complete && img!.naturalWidth > 0, `${what} did not load`, { timeout: 5000 });
}

const cards = (list: Element) => [...list.shadowRoot!.querySelectorAll<Lit>('secon-news-card')];
const headlines = (list: Element) => cards(list).map((c) => text(inside(c, '[part=heading]')));

/** Waits until the list shows `count` cards, each rendered. */
async function listShows(list: Element, count: number): Promise<void> {
  await waitUntil(() => cards(list).length === count, `the list did not show ${count} cards`, {
    timeout: 5000,
  });
  await Promise.all(cards(list).map((c) => c.updateComplete));
}

async function requestsOf(mock: Mock, count: number) {
  await waitUntil(async () => (await mock.requests()).length >= count, `expected ${count} request(s)`, {
    timeout: 5000,
  });
  return mock.requests();
}

/** Types a valid address, ticks the consent, submits, and checks what arrives and what is shown. */
async function signUp(win: FrameWindow, form: Lit, mock: Mock): Promise<void> {
  const email = inside<HTMLInputElement>(form, '#email')!;
  email.value = 'ana.petrova@example.org';
  email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  inside<HTMLInputElement>(form, '#consent')!.click();
  await form.updateComplete;
  inside<HTMLButtonElement>(form, '[part=button]')!.click();
  const [request] = await requestsOf(mock, 1);
  expect(request!.method).to.equal('POST');
  expect(new URLSearchParams(request!.body).get('email')).to.equal('ana.petrova@example.org');
  await waitUntil(() => inside(form, '[part=success]'), 'no success message', { timeout: 5000 });
  const success = inside(form, '[part=success]')!;
  expect(text(success)).to.equal('Check your inbox to confirm your subscription.');
  await waitUntil(() => deepActive(win) === success, 'the success message did not take focus');
}

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  afterEach(closeFrames);

  it('the test page serves the documented policy and enforces it: inline CSS is refused and reported, and so are strings for HTML sinks where the engine has Trusted Types', async () => {
    const response = await fetch(`/csp-page?${new URLSearchParams({ script: BUNDLES[0]! })}`);
    // The very policy README.md and SECURITY.md tell webmasters to set.
    for (const doc of ['/README.md', '/SECURITY.md']) {
      const line = (await (await fetch(doc)).text()).match(/^Content-Security-Policy: (.+)$/m)?.[1];
      expect(response.headers.get('content-security-policy'), doc).to.equal(line);
    }
    const win = await strictPage([BUNDLES[0]!], '<p id="p">Text</p>');
    const style = win.document.createElement('style');
    style.textContent = '#p { color: rgb(255, 0, 0) }';
    win.document.head.append(style);
    await waitUntil(() => win.__violations.some((v) => v.startsWith('style-src')), 'no violation reported');
    expect(win.getComputedStyle(win.document.getElementById('p')!).color).not.to.equal('rgb(255, 0, 0)');
    if ('trustedTypes' in win) {
      expect(() => (win.document.getElementById('p')!.innerHTML = '<b>x</b>')).to.throw();
      await waitUntil(() => win.__violations.some((v) => v.startsWith('require-trusted-types-for')));
    }
  });

  for (const bundle of BUNDLES) {
    describe(bundle, () => {
      it('<secon-skip-links>: the link moves focus to the main content, and the element requests nothing', async () => {
        const win = await strictPage(
          [bundle],
          '<secon-skip-links></secon-skip-links><main id="main">Main</main>',
        );
        const skip = el(win, 'secon-skip-links');
        await skip.updateComplete;
        const link = inside<HTMLAnchorElement>(skip, 'a')!;
        expect(text(link)).to.equal('Skip to main content');
        link.click();
        await waitUntil(() => deepActive(win) === win.document.getElementById('main'), 'focus did not move');
        await new Promise((r) => setTimeout(r, 200));
        // Every request of the page, fetch() included; only the two scripts it names.
        const requested = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
        expect(requested).to.deep.equal(['/test/bundle/recorder.js', bundle]);
        await expectClean(win);
      });

      it('<secon-news-card>: link, category, dates in the page language, summary and picture; child markup too', async () => {
        const win = await strictPage(
          [bundle],
          `<secon-news-card id="attrs" headline="Haskovo hosts the SECON partner meeting" href="/news/meeting"
             published="2026-03-10" modified="2026-03-14T09:30:00+02:00" category="SECON"
             summary="Ten partners compared how their regions support social enterprises."
             image="${PICTURE}" image-alt="Partners in front of the town hall"></secon-news-card>
           <secon-news-card id="markup"><article><img src="${PICTURE}" alt="" width="300" height="200">
             <h2><a href="/news/call">Call for social enterprises</a></h2>
             <p><time datetime="2026-01-19">19 January 2026</time></p>
             <p>Enterprises can apply until 28 February.</p></article></secon-news-card>`,
        );
        const card = el(win, '#attrs');
        await card.updateComplete;
        const link = inside<HTMLAnchorElement>(card, '[part=link]')!;
        expect(link.href).to.equal(new URL('/news/meeting', location.href).href);
        expect(text(link)).to.equal('Haskovo hosts the SECON partner meeting');
        expect(inside(card, 'h3')).to.exist;
        expect(text(inside(card, '[part=category]'))).to.equal('SECON');
        expect([...card.shadowRoot!.querySelectorAll('time')].map(text)).to.deep.equal([
          'March 10, 2026',
          'Last modified: March 14, 2026',
        ]);
        expect(text(inside(card, '[part=summary]'))).to.equal(
          'Ten partners compared how their regions support social enterprises.',
        );
        const img = inside<HTMLImageElement>(card, 'img');
        await pictureLoaded(img, 'the picture');
        expect(img!.alt).to.equal('Partners in front of the town hall');

        const fromMarkup = el(win, '#markup');
        await fromMarkup.updateComplete;
        expect(inside<HTMLAnchorElement>(fromMarkup, 'h2 [part=link]')!.href).to.equal(
          new URL('/news/call', location.href).href,
        );
        expect(text(inside(fromMarkup, 'time'))).to.equal('January 19, 2026');
        await pictureLoaded(inside<HTMLImageElement>(fromMarkup, 'img'), 'the picture from the markup');

        // A switch of the page language renders the dates again.
        win.document.documentElement.lang = 'de';
        await waitUntil(
          () => text(inside(card, 'time')) === '10. März 2026',
          'the dates did not follow <html lang>',
        );
        await expectClean(win);
      });

      it('<secon-news-list>: reads a feed with HTML in its text, newest first, with pictures; "Show more" moves focus', async () => {
        const win = await strictPage(
          [bundle],
          `<secon-news-list src="${FEED}" limit="3"><p><a href="/news/">All news</a></p></secon-news-list>`,
        );
        const list = el(win, 'secon-news-list');
        await listShows(list, 3);
        // Feed HTML was parsed in an inert document (through the `secon` policy) down to its text.
        expect(headlines(list)).to.deep.equal(FEED_TITLES);
        const first = cards(list)[0]!;
        expect(text(inside(first, '[part=summary]'))).to.equal(
          'Ten partners from seven countries visited social enterprises.',
        );
        expect(text(inside(first, '[part=category]'))).to.equal('SECON');
        expect(text(inside(first, 'time'))).to.equal('March 10, 2026');
        expect(inside<HTMLAnchorElement>(first, '[part=link]')!.href).to.equal(
          new URL('/news/secon-meeting', location.href).href,
        );
        await pictureLoaded(inside<HTMLImageElement>(first, 'img'), 'the picture of the first item');
        expect(inside(list, '[part=fallback]')!.hidden, 'the fallback gives way').to.equal(true);

        inside(list, '[part=show-more]')!.click();
        await listShows(list, 4);
        expect(headlines(list)[3]).to.equal('Older news');
        const link = inside(cards(list)[3]!, '[part=link]');
        await waitUntil(() => deepActive(win) === link, 'focus did not move to the first new item');
        expect(inside(list, '[part=show-more]'), 'no more to show').to.equal(null);
        await expectClean(win);
      });

      it('<secon-news-list>: a feed that answers 404 shows the error message and keeps the fallback', async () => {
        // Answered late enough for the test to listen for the error first.
        const mock = await mockEndpoint({ status: 404, type: 'text/plain', body: 'Not found', delay: 300 });
        const win = await strictPage(
          [bundle],
          `<secon-news-list src="${mock.url}"><p><a href="/news/">All news</a></p></secon-news-list>`,
          'bg',
        );
        const codes: string[] = [];
        win.document.addEventListener('secon-error', (e) =>
          codes.push((e as CustomEvent<{ code: string }>).detail.code),
        );
        const list = el(win, 'secon-news-list');
        const failed = 'Новините не можаха да бъдат заредени.';
        await waitUntil(() => text(inside(list, '[part=message]')) === failed, 'no error message', {
          timeout: 5000,
        });
        expect(inside(list, '[part=fallback]')!.hidden).to.equal(false);
        expect(cards(list)).to.have.length(0);
        expect(codes).to.deep.equal(['http']);
        await expectClean(win);
      });

      it('<secon-subscribe>: an empty submit focuses the error summary, whose link leads to the field; a valid one is sent and thanked', async () => {
        const mock = await mockEndpoint({ body: '{"confirm":true}' });
        const win = await strictPage(
          [bundle],
          `<secon-subscribe action="${mock.url}" privacy-href="/privacy" organization="Haskovo Municipality"></secon-subscribe>`,
        );
        const form = el(win, 'secon-subscribe');
        await form.updateComplete;
        inside<HTMLButtonElement>(form, '[part=button]')!.click();
        await waitUntil(() => inside(form, '[part=error-summary]'), 'no error summary');
        const summary = inside(form, '[part=error-summary]')!;
        await waitUntil(() => deepActive(win) === summary, 'the error summary did not take focus');
        const links = [...summary.querySelectorAll('a')];
        expect(links.map(text)).to.deep.equal([
          'Enter your email address, like name@example.com',
          'Tick the box to agree',
        ]);
        expect(inside(form, '#email')!.getAttribute('aria-invalid')).to.equal('true');
        links[0]!.click();
        await waitUntil(
          () => deepActive(win) === inside(form, '#email'),
          'the link did not lead to the field',
        );
        expect(await mock.requests()).to.deep.equal([]);

        await signUp(win, form, mock);
        await expectClean(win);
      });
    });

    it(`all five elements from ${bundle}, beside another copy of Lit in use that owns the "lit-html" policy`, async () => {
      const mock = await mockEndpoint({ body: '{"confirm":true}' });
      const win = await strictPage(
        ['/test/fixtures/csp/other-lit.js', bundle],
        `<secon-skip-links></secon-skip-links>
         <main id="main">
           <secon-news-card headline="Haskovo hosts the SECON partner meeting" href="/news/meeting"
             published="2026-03-10" image="${PICTURE}"></secon-news-card>
           <secon-news-list src="${FEED}" limit="3"><p><a href="/news/">All news</a></p></secon-news-list>
           <secon-partner-map></secon-partner-map>
           <secon-subscribe action="${mock.url}" privacy-href="/privacy"></secon-subscribe>
         </main>`,
      );
      await waitUntil(() => win.document.getElementById('other-lit'), "the page's own Lit did not render");
      expect(text(win.document.getElementById('other-lit'))).to.equal(
        "Rendered by the page's own copy of Lit",
      );

      const skip = el(win, 'secon-skip-links');
      await skip.updateComplete;
      const skipLink = inside<HTMLAnchorElement>(skip, 'a')!;
      expect(text(skipLink)).to.equal('Skip to main content');
      skipLink.click();
      await waitUntil(
        () => deepActive(win) === win.document.getElementById('main'),
        'the skip link did not move focus',
      );

      const card = el(win, 'secon-news-card');
      await card.updateComplete;
      expect(text(inside(card, '[part=link]'))).to.equal('Haskovo hosts the SECON partner meeting');
      await pictureLoaded(inside<HTMLImageElement>(card, 'img'), 'the picture');

      const list = el(win, 'secon-news-list');
      await listShows(list, 3);
      expect(headlines(list)).to.deep.equal(FEED_TITLES);

      const map = el(win, 'secon-partner-map');
      await waitUntil(() => map.shadowRoot?.querySelectorAll('[part=marker]').length === 10, 'no markers', {
        timeout: 5000,
      });
      map.shadowRoot!.querySelector<HTMLElement>('[part=marker]')!.click();
      await waitUntil(() => text(inside(map, '[part=details]')) !== '', 'no details for the chosen partner');

      await signUp(win, el(win, 'secon-subscribe'), mock);
      await expectClean(win);
    });
  }

  for (const name of HOSTS) {
    it(`the ${name} host page, its own inline CSS allowed by hash: all five elements work`, async () => {
      const win = await open(`/csp-page?host=${name}`);
      const list = el(win, 'secon-news-list');
      await listShows(list, 3);
      const map = el(win, 'secon-partner-map');
      await waitUntil(() => map.shadowRoot?.querySelectorAll('[part=marker]').length === 10, 'no markers', {
        timeout: 5000,
      });
      const card = el(win, 'secon-news-card');
      await card.updateComplete;
      expect(text(inside(card, '[part=link]'))).to.equal('Haskovo hosts the SECON partner meeting');
      await pictureLoaded(inside<HTMLImageElement>(card, 'img'), 'the picture');
      expect(text(inside(el(win, 'secon-skip-links'), 'a'))).to.equal('Skip to main content');

      // The page's own endpoint is shared with test/hosts.test.ts, which expects it unused.
      const mock = await mockEndpoint({ body: '{"confirm":true}' });
      const form = el(win, 'secon-subscribe');
      form.setAttribute('action', mock.url);
      await form.updateComplete;
      await signUp(win, form, mock);
      await expectClean(win);
      expect(win.__warnings).to.deep.equal([]);
    });
  }
});
