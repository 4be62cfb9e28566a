/**
 * The five elements in pages that reproduce real CMS output and CSS (test/hosts/*.html:
 * WordPress with wpautop, Drupal with CKEditor 5, Joomla, TYPO3, and a page of the rules
 * that most often break widgets), each loading the production bundle as that CMS does.
 *
 * Every element must render as it does on a clean page given the same column width and
 * the same inherited font (the fonts inherit from the host by design): the boxes of its
 * base and key inner parts agree within TOLERANCE CSS pixels, and the computed styles that
 * host rules could leak into (link and button colours, button looks, font sizes, box
 * model) are equal. Each element must also behave: one user path per element, by keyboard
 * where a person would use the keyboard. No uncaught error on any page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { TAGS, closeFrames, openFrame } from './helpers/frames.js';
import type { FrameWindow } from './helpers/frames.js';
import { sendKeys } from '@web/test-runner-commands';
import { layoutProblems, settled } from './helpers/layout.js';

/** Largest difference allowed between a box on the host page and on the clean page. */
const TOLERANCE = 1;

const HOSTS = ['wordpress', 'drupal', 'joomla', 'typo3', 'hostile'] as const;

/** The parts measured in each element's shadow root (the first match of each). */
const PARTS: Record<(typeof TAGS)[number], string[]> = {
  'secon-skip-links': ['[part=base]'],
  'secon-news-card': [
    '[part=base]',
    '[part=heading]',
    '[part=link]',
    '[part=dates]',
    '[part=summary]',
    '[part=image]',
  ],
  'secon-news-list': ['[part=base]', '[part=list]', '[part=card]'],
  'secon-subscribe': [
    '[part=base]',
    '[part=heading]',
    '[part=intro]',
    '[part=input]',
    'input[type=checkbox]',
    '[part=button]',
  ],
  'secon-partner-map': [
    '[part=base]',
    '[part=frame]',
    '[part=marker]',
    '[part=zoom-button]',
    '[part=list]',
    '[part=list] a',
  ],
};

/** Computed styles that host rules could leak into; compared as strings. */
const STYLES = [
  'font-size',
  'font-weight',
  'color',
  'background-color',
  'display',
  'box-sizing',
  'padding-top',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'border-top-left-radius',
  'text-decoration-line',
  'cursor',
  'appearance',
] as const;

/** Inherited typography copied from the host element to the clean page's wrapper. */
const FONT = ['font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'line-height'];

const FEED_TITLES = [
  'SECON partners meet in Haskovo to compare social-economy policies',
  'Regional stakeholder group discusses the action plan',
  'Call for social enterprises: share your good practice',
];

interface Lit extends HTMLElement {
  updateComplete: Promise<boolean>;
}

/** Phone widths, in CSS px: the narrowest (and 400 % zoom), and a common phone. */
const PHONES = [320, 375];

/** Opens a page and waits until every element has rendered what the page gave it. */
async function openRendered(setup: (frame: HTMLIFrameElement) => void, width = 1024): Promise<FrameWindow> {
  const win = await openFrame(setup, width, 700);
  // Every element rendered, the list loaded, fonts ready (the layout tests' wait), and
  // then what each host page holds.
  await settled(win);
  const shadow = (tag: string) => win.document.querySelector(tag)!.shadowRoot!;
  expect(
    shadow('secon-news-list').querySelectorAll('[part=card]'),
    'the news list shows the feed',
  ).to.have.length(3);
  expect(
    shadow('secon-partner-map').querySelectorAll('[part=marker]'),
    'the map draws its markers',
  ).to.have.length(10);
  return win;
}

type Snapshot = Record<string, string | number>;

/** Boxes and computed styles of each element's measured parts, keyed `tag part property`. */
function snapshot(win: FrameWindow): Snapshot {
  const out: Snapshot = {};
  for (const tag of TAGS) {
    const host = win.document.querySelector(tag)!;
    out[`${tag} host font-size`] = win.getComputedStyle(host).fontSize;
    for (const selector of PARTS[tag]) {
      // Inside the list, the first card's own parts are measured through its shadow root.
      const part = host.shadowRoot!.querySelector(selector);
      const key = `${tag} ${selector}`;
      if (!part) {
        out[key] = 'missing';
        continue;
      }
      const box = part.getBoundingClientRect();
      out[`${key} width`] = box.width;
      out[`${key} height`] = box.height;
      const style = win.getComputedStyle(part);
      for (const name of STYLES) out[`${key} ${name}`] = style.getPropertyValue(name);
    }
  }
  return out;
}

/** Differences between two snapshots beyond the tolerance, one readable line each. */
function differences(host: Snapshot, clean: Snapshot): string[] {
  const lines: string[] = [];
  for (const key of Object.keys(clean)) {
    const [a, b] = [host[key], clean[key]];
    // Lengths computed from a fluid font size (vw) may differ in the fifth digit.
    const px = [a, b].map((v) => (typeof v === 'string' && /^-?[\d.]+px$/.test(v) ? parseFloat(v) : NaN));
    const same =
      typeof a === 'number' && typeof b === 'number'
        ? Math.abs(a - b) <= TOLERANCE
        : a === b || Math.abs(px[0]! - px[1]!) < 0.01;
    if (!same) lines.push(`${key}: ${a} on the host page, ${b} on a clean page`);
  }
  return lines;
}

/** A clean page with the same elements (same attributes, no CMS markup), each in a
 * wrapper as wide as the element is on the host page and with the host's inherited font. */
function cleanPage(win: FrameWindow): string {
  const blocks = TAGS.map((tag) => {
    const el = win.document.querySelector(tag)!;
    const style = win.getComputedStyle(el);
    const font = FONT.map((p) => `${p}: ${style.getPropertyValue(p)}`).join('; ');
    const width = tag === 'secon-skip-links' ? '' : `width: ${el.getBoundingClientRect().width}px;`;
    const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`).join('');
    return `<div style="${width} ${font.replace(/"/g, "'")}"><${tag}${attrs}></${tag}></div>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script src="/test/bundle/recorder.js"></script>
    <script type="module" src="/dist/secon-elements.js"></script></head>
    <body style="margin: 0"><main id="main-content">${blocks.join('\n')}</main></body></html>`;
}

function deepActive(win: Window): Element | null {
  let active = win.document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

for (const name of HOSTS) {
  describe(`on a ${name} page`, () => {
    let win: FrameWindow;
    const el = (tag: string) => win.document.querySelector(tag) as Lit;
    const $ = (tag: string, selector: string) => el(tag).shadowRoot!.querySelector<HTMLElement>(selector)!;

    before(async function () {
      this.timeout(20_000);
      win = await openRendered((frame) => (frame.src = `/test/hosts/${name}.html`));
    });

    after(closeFrames);

    it('every element renders as on a clean page: same boxes, no leaked styles', async function () {
      this.timeout(20_000);
      const host = snapshot(win);
      const clean = await openRendered((frame) => (frame.srcdoc = cleanPage(win)));
      expect(differences(host, snapshot(clean))).to.deep.equal([]);
      expect(clean.__errors).to.deep.equal([]);
      // Not just equal: sensible. The text follows the host's font size, links and buttons
      // keep the library's colours, and the card image keeps its shape.
      const hostSize = parseFloat(win.getComputedStyle(el('secon-subscribe')).fontSize);
      expect(parseFloat(win.getComputedStyle($('secon-subscribe', '[part=input]')).fontSize)).to.be.at.least(
        hostSize * 0.99,
      );
      expect(win.getComputedStyle($('secon-news-card', '[part=link]')).color).not.to.equal('rgb(255, 0, 0)');
      expect(win.getComputedStyle($('secon-subscribe', '[part=button]')).cursor).to.equal('pointer');
      expect($('secon-news-card', '[part=image]').getBoundingClientRect().height).to.be.greaterThan(0);
    });

    for (const width of PHONES) {
      it(`at ${width} CSS px: every element renders as on a clean page, and nothing sticks out of it`, async function () {
        this.timeout(20_000);
        const opened: Window[] = [];
        try {
          const phone = await openRendered((frame) => (frame.src = `/test/hosts/${name}.html`), width);
          opened.push(phone);
          expect(phone.innerWidth).to.equal(width);
          expect(layoutProblems(phone)).to.deep.equal([]);
          const clean = await openRendered((frame) => (frame.srcdoc = cleanPage(phone)), width);
          opened.push(clean);
          expect(differences(snapshot(phone), snapshot(clean))).to.deep.equal([]);
          expect(layoutProblems(clean)).to.deep.equal([]);
          expect([...phone.__errors, ...clean.__errors]).to.deep.equal([]);
        } finally {
          // The tests below use the page opened first, which these frames would cover.
          for (const w of opened) w.frameElement?.remove();
        }
      });
    }

    it('skip links: following the link moves focus to the main content', async () => {
      const skip = el('secon-skip-links');
      const main = skip.getAttribute('main');
      const target = main ? win.document.querySelector(main) : win.document.querySelector('main');
      const link = $('secon-skip-links', 'a');
      expect(link.textContent?.trim()).to.equal('Skip to main content');
      // The frame first: WebKit sends the key to the frame that has focus, which a frame
      // removed by the test before may have left elsewhere.
      (win.frameElement as HTMLElement).focus();
      link.focus();
      await waitUntil(() => deepActive(win) === link, 'the skip link did not take focus');
      expect(link.getBoundingClientRect().width, 'visible when focused').to.be.greaterThan(10);
      // The target's focus event proves the move even when a loaded WebKit later takes
      // focus away from the whole frame.
      let reached = false;
      target!.addEventListener('focus', () => (reached = true), { once: true });
      await sendKeys({ press: 'Enter' });
      // WebKit's driver, on a loaded machine, now and then loses a key sent into a frame:
      // while the link still has focus and nothing happened, press Enter once more.
      await waitUntil(() => reached || deepActive(win) === target, '', { timeout: 1500 }).catch(async () => {
        if (deepActive(win) === link) await sendKeys({ press: 'Enter' });
      });
      await waitUntil(() => reached || deepActive(win) === target, 'focus did not move to the main content', {
        timeout: 3000,
      });
    });

    it("news card: the headline link is the card's only tab stop", async () => {
      const card = el('secon-news-card');
      const before = win.document.createElement('button');
      before.textContent = 'before';
      card.before(before);
      try {
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(deepActive(win)).to.equal($('secon-news-card', '[part=link]'));
        await sendKeys({ press: 'Tab' });
        const next = deepActive(win);
        expect(next && (card.contains(next) || card.shadowRoot!.contains(next)), 'a second stop in the card')
          .to.not.be.ok;
      } finally {
        before.remove();
      }
    });

    it('news list: shows the feed, newest first', () => {
      const headlines = [...el('secon-news-list').shadowRoot!.querySelectorAll('secon-news-card')].map((c) =>
        c.shadowRoot!.querySelector('[part=heading]')?.textContent?.trim(),
      );
      expect(headlines).to.deep.equal(FEED_TITLES);
      // The page's own fallback link gives way to the feed.
      expect($('secon-news-list', '[part=fallback]').hidden).to.equal(true);
    });

    it('sign-up: an empty submit shows inline errors and sends nothing', async () => {
      const button = $('secon-subscribe', '[part=button]');
      button.focus();
      await sendKeys({ press: 'Enter' });
      const email = $('secon-subscribe', 'input[type=email]');
      await waitUntil(
        () => email.getAttribute('aria-invalid') === 'true',
        'no inline error on the email field',
      );
      const error = $('secon-subscribe', `#${email.getAttribute('aria-describedby')!.split(' ')[0]}`);
      expect(error.textContent?.trim()).to.not.equal('');
      expect(error.getBoundingClientRect().height, 'the error is visible').to.be.greaterThan(0);
      const action = el('secon-subscribe').getAttribute('action')!.replace('/mock/', '/mock-admin/');
      const { requests } = (await (await fetch(action)).json()) as { requests: unknown[] };
      expect(requests).to.deep.equal([]);
    });

    it('partner map: an arrow key moves focus to the next marker', async () => {
      const markers = [...el('secon-partner-map').shadowRoot!.querySelectorAll<HTMLElement>('[part=marker]')];
      markers[0]!.focus();
      expect(deepActive(win)).to.equal(markers[0]);
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => deepActive(win) !== markers[0], 'focus stayed on the first marker');
      expect(markers).to.include(deepActive(win));
    });

    it('raised no uncaught error, no failed load and no warning', () => {
      expect(win.__errors).to.deep.equal([]);
      expect(win.__warnings).to.deep.equal([]);
    });
  });
}
