/**
 * Layout robustness (WCAG 1.4.10 Reflow, 1.4.11, 1.4.12): every element in the states
 * that matter, on a page 320 CSS px wide and at 400 % zoom of a 1280 × 1024 window
 * (320 × 256 CSS px), with the production bundle; in forced colours; in a pseudo-locale
 * 40 % longer than English; and inside a host container whose inherited text styles
 * must not reach into the elements.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { TAGS, closeFrames } from './helpers/frames.js';
import type { FrameWindow } from './helpers/frames.js';
import { layoutProblems, openStates, settled } from './helpers/layout.js';
import { emulate, shadow } from './helpers/util.js';
import { english, templates } from './fixtures/pseudo/en-xa.js';

const BUNDLE = '/dist/secon-elements.js';
const PSEUDO = '/test/fixtures/pseudo/app.ts';

const SIZES = [
  { name: 'on a page 320 CSS px wide', width: 320, height: 640 },
  { name: 'at 400 % zoom of a 1280 × 1024 window (320 × 256 CSS px)', width: 320, height: 256 },
];

/** Focuses each skip link in turn: shown, it must fit the window with nothing cut off. */
function skipLinkProblems(win: Window): string[] {
  const problems: string[] = [];
  const links = [...shadow(win.document.querySelector('secon-skip-links')!).querySelectorAll('a')];
  if (links.length !== 2) problems.push(`${links.length} skip links, not 2`);
  for (const link of links) {
    link.focus();
    if (link.getBoundingClientRect().width < 40)
      problems.push(`"${link.textContent}" is not shown when focused`);
    problems.push(...layoutProblems(win, ['secon-skip-links']));
    link.blur();
  }
  return problems;
}

/** The text of every shadow tree of the page, nested ones included, whitespace collapsed. */
function shownText(win: Window): string {
  const parts: string[] = [];
  const walk = (root: ParentNode) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      else if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        if (el.shadowRoot) walk(el.shadowRoot);
        if (el.localName !== 'style') walk(el);
      }
    }
  };
  for (const host of win.document.querySelectorAll(TAGS.join(','))) walk(host.shadowRoot!);
  return parts.join(' ').replace(/\s+/g, ' ');
}

afterEach(closeFrames);

describe('reflow', () => {
  for (const { name, width, height } of SIZES) {
    it(`${name}: no horizontal scrolling, nothing outside its element, no text cut off`, async function () {
      this.timeout(20_000);
      const win = await openStates(BUNDLE, width, height);
      expect(win.innerWidth).to.equal(320);
      expect(layoutProblems(win)).to.deep.equal([]);
      expect(skipLinkProblems(win)).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('in a right-to-left page 320 CSS px wide as well', async function () {
    this.timeout(20_000);
    const win = await openStates(BUNDLE, 320, 640, 'direction: rtl');
    expect(layoutProblems(win)).to.deep.equal([]);
    expect(skipLinkProblems(win)).to.deep.equal([]);
  });

  it('the checks see a part that sticks out, a horizontal scroll and cut-off text', async function () {
    this.timeout(20_000);
    const win = await openStates(BUNDLE, 320, 640);
    const card = shadow(win.document.querySelector('secon-news-card')!);
    card.querySelector<HTMLElement>('[part=heading]')!.style.whiteSpace = 'nowrap';
    const list = shadow(win.document.querySelector('secon-news-list')!);
    list.querySelector<HTMLElement>('[part=list]')!.style.width = '400px';
    const problems = layoutProblems(win);
    expect(problems.some((p) => p.startsWith('the page scrolls horizontally'))).to.equal(true);
    expect(
      problems.some((p) =>
        /^<secon-news-list#loaded> > .*ul\[part=list\] > .*article\[part=base\].*: .* is outside the box/.test(
          p,
        ),
      ),
    ).to.equal(true);
    expect(
      problems.some((p) => /^<secon-news-card> .*text "Regional.*is outside .*article/.test(p)),
    ).to.equal(true);
  });
});

describe('pseudo-locale 40 % longer than English', () => {
  const shown = (id: keyof typeof templates) => {
    const t = templates[id];
    return typeof t === 'string' ? t : String(t.strings[0]);
  };

  it('has every message of xliff/ as it is today (else run node scripts/pseudo-locale.mjs)', async () => {
    const xliff = new DOMParser().parseFromString(await (await fetch('/xliff/de.xlf')).text(), 'text/xml');
    const sources = Object.fromEntries(
      [...xliff.querySelectorAll('trans-unit')].map((unit) => {
        const source = unit.querySelector('source')!.cloneNode(true) as Element;
        source.querySelectorAll('x').forEach((x) => x.remove());
        return [unit.id, source.textContent];
      }),
    );
    expect(english).to.deep.equal(sources);
    for (const [id, text] of Object.entries(english)) {
      const t = templates[id as keyof typeof templates];
      const pseudo = typeof t === 'string' ? t : t.strings.join('');
      expect(pseudo.length, id).to.be.at.least(text.length * 1.4);
    }
  });

  for (const { name, width, height } of [
    ...SIZES,
    { name: 'on a page 1024 CSS px wide', width: 1024, height: 700 },
  ]) {
    it(`${name}: every string is the pseudo one, and nothing is cut off or scrolls`, async function () {
      this.timeout(20_000);
      const win = await openStates(PSEUDO, width, height);
      await waitUntil(
        () => (win as FrameWindow & { __pseudoReady?: boolean }).__pseudoReady,
        'no pseudo-locale',
      );
      const text = shownText(win);
      for (const id of [
        'subscribe.heading',
        'subscribe.email',
        'subscribe.name',
        'subscribe.consent',
        'subscribe.submit',
        'subscribe.success',
        'news-list.error',
        'news-list.show-more',
        'partner-map.role',
        'partner-map.website',
      ] as const)
        expect(text, id).to.include(shown(id));
      expect(text).to.include(shown('news-card.last-modified'));
      const left = Object.values(english).filter((e) => e.length > 8 && text.includes(e));
      expect(left, 'English left among the pseudo-locale').to.deep.equal([]);
      expect(layoutProblems(win)).to.deep.equal([]);
      expect(skipLinkProblems(win)).to.deep.equal([]);
      expect(shadow(win.document.querySelector('secon-skip-links')!).textContent).to.include(
        shown('skip-links.main'),
      );
      expect(win.__errors).to.deep.equal([]);
    });
  }
});

describe('forced colours', () => {
  afterEach(() => emulate({}));

  /** Every side of `e` has a border the system colours will draw. */
  const bordered = (e: Element): string[] => {
    const s = getComputedStyle(e);
    return (['top', 'right', 'bottom', 'left'] as const)
      .filter(
        (side) =>
          parseFloat(s.getPropertyValue(`border-${side}-width`)) < 1 ||
          s.getPropertyValue(`border-${side}-style`) === 'none',
      )
      .map((side) => `${e.localName}[part=${e.getAttribute('part')}] has no ${side} border`);
  };

  /** Focuses `e` as the keyboard does and returns a problem if `ring` shows no outline. */
  const ringless = (e: HTMLElement, ring: Element = e): string[] => {
    e.focus();
    const s = getComputedStyle(ring);
    const ok = e.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    return ok ? [] : [`${e.localName} ${e.id || e.textContent?.trim()}: no focus outline (${s.outline})`];
  };

  it('news card: the card has an edge, the headline link looks a link and shows focus', async function () {
    const el = await fixture<HTMLElement>(
      html`<secon-news-card
        headline="SECON partners meet in Haskovo"
        href="/news/meeting"
        category="Social economy"
        published="2026-03-10"
        summary="Ten partners compared their policies."
      ></secon-news-card>`,
    );
    if (!(await emulate({ forcedColors: 'active' }))) this.skip();
    const root = shadow(el);
    const link = root.querySelector<HTMLElement>('[part=link]')!;
    const summary = root.querySelector('[part=summary]')!;
    expect(bordered(root.querySelector('[part=base]')!)).to.deep.equal([]);
    const linkStyle = getComputedStyle(link);
    expect(
      linkStyle.textDecorationLine.includes('underline') ||
        linkStyle.color !== getComputedStyle(summary).color,
      'the link is told apart from the text',
    ).to.equal(true);
    expect(ringless(link, root.querySelector('[part=base]')!)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('news list: "Show more" is drawn as a button and shows focus', async function () {
    this.timeout(10_000);
    const el = await fixture<HTMLElement>(
      html`<secon-news-list src="/test/fixtures/hosts/news.xml" limit="1"></secon-news-list>`,
    );
    await waitUntil(() => shadow(el).querySelector('[part=show-more]'), 'no Show more');
    const more = shadow(el).querySelector<HTMLElement>('[part=show-more]')!;
    if (!(await emulate({ forcedColors: 'active' }))) this.skip();
    expect(bordered(more)).to.deep.equal([]);
    expect(ringless(more)).to.deep.equal([]);
    const card = shadow(el).querySelector('secon-news-card')!;
    expect(bordered(shadow(card).querySelector('[part=base]')!)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('sign-up: fields, tick boxes and the button have edges; each shows focus; problems are framed', async function () {
    const el = await fixture<HTMLElement & { showSuccess(): Promise<void> }>(
      html`<secon-subscribe
        action="/mock/layout-forced"
        lists="news events"
        with-name
        privacy-href="/privacy"
      ></secon-subscribe>`,
    );
    if (!(await emulate({ forcedColors: 'active' }))) this.skip();
    const root = shadow(el);
    root.querySelector<HTMLElement>('[part=button]')!.click();
    await waitUntil(() => root.querySelector('[part=error-summary]'), 'no error summary');
    const summary = root.querySelector('[part=error-summary]')!;
    const problems = [
      ...bordered(summary),
      ...[...root.querySelectorAll('[part=input], [part=button]')].flatMap(bordered),
      ...[
        ...root.querySelectorAll<HTMLElement>('input:not([tabindex="-1"]), button, [part=error-summary] a'),
      ].flatMap((e) => ringless(e)),
    ];
    expect(problems).to.deep.equal([]);
    for (const box of root.querySelectorAll('[type=checkbox]'))
      expect(getComputedStyle(box).appearance, 'a native tick box, drawn in system colours').to.equal('auto');
    await expect(el).to.be.accessible();
    await el.showSuccess();
    const success = root.querySelector('[part=success]')!;
    expect(parseFloat(getComputedStyle(success).borderLeftWidth)).to.be.at.least(3);
    await expect(el).to.be.accessible();
  });

  it('partner map: markers, the open one, buttons and focus stay visible', async function () {
    const el = await fixture<HTMLElement>(
      html`<secon-partner-map selected="rhein-neckar"></secon-partner-map>`,
    );
    await waitUntil(() => shadow(el).querySelector('[part=details]'), 'no details');
    if (!(await emulate({ forcedColors: 'active' }))) this.skip();
    const root = shadow(el);
    const markers = [...root.querySelectorAll<HTMLElement>('[part=marker]')];
    const open = markers.find((m) => m.getAttribute('aria-expanded') === 'true')!;
    const other = markers.find((m) => m !== open && m.className === open.className)!;
    expect(getComputedStyle(open, '::after').boxShadow).not.to.equal(
      getComputedStyle(other, '::after').boxShadow,
    );
    expect(getComputedStyle(other, '::after').backgroundColor).not.to.equal(
      getComputedStyle(root.querySelector('[part=frame]')!).backgroundColor,
    );
    expect(
      [...root.querySelectorAll('[part=zoom-button], [part=close-button]')].flatMap(bordered),
    ).to.deep.equal([]);
    expect(
      [open, ...root.querySelectorAll<HTMLElement>('[part=zoom-button], [part=close-button]')].flatMap((e) =>
        ringless(e),
      ),
    ).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('every element passes axe in forced colours', async function () {
    this.timeout(10_000);
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <secon-skip-links></secon-skip-links>
        <main id="main-content">
          <secon-news-card headline="Haskovo" href="/news/1" summary="Ten partners."></secon-news-card>
          <secon-news-list src="/test/fixtures/hosts/news.xml" limit="1"></secon-news-list>
          <secon-subscribe action="/mock/layout-axe" privacy-href="/privacy"></secon-subscribe>
          <secon-partner-map></secon-partner-map>
        </main>
      </div>`,
    );
    await settled(window);
    if (!(await emulate({ forcedColors: 'active' }))) this.skip();
    for (const tag of TAGS) await expect(wrapper.querySelector(tag)).to.be.accessible();
  });
});

describe('text styles a host container passes down', () => {
  /** What a page's container may set that inherits into the shadow trees. */
  const LEAKS = [
    'text-align: right; white-space: nowrap; letter-spacing: 0.3em; text-transform: uppercase; line-height: 0',
    'text-align: center; white-space: pre; word-spacing: 2em; text-indent: 5em; font-style: italic; text-shadow: 0 1px 2px red',
    'text-align: justify; white-space: pre-line; word-break: break-all; text-indent: -3em; letter-spacing: -0.05em',
  ];
  /** Inherited properties compared on every rendered part. */
  const INHERITED = [
    'text-align',
    'white-space',
    'letter-spacing',
    'word-spacing',
    'text-transform',
    'text-indent',
    'font-style',
    'line-height',
    'word-break',
    'text-shadow',
  ];

  /** Box sizes and inherited styles of every rendered part of every element, by path. */
  const snapshot = (win: Window): Record<string, string> => {
    const out: Record<string, string> = {};
    const walk = (root: ParentNode, path: string) => {
      [...root.children].forEach((node, i) => {
        const here = `${path} > ${node.localName}:${i}`;
        const style = win.getComputedStyle(node);
        if (style.display === 'none') return;
        const box = node.getBoundingClientRect();
        out[`${here} size`] = `${Math.round(box.width)} × ${Math.round(box.height)}`;
        for (const p of INHERITED) out[`${here} ${p}`] = style.getPropertyValue(p);
        if (node.shadowRoot) walk(node.shadowRoot, here);
        if (node.localName !== 'svg') walk(node, here);
      });
    };
    for (const tag of TAGS)
      win.document.querySelectorAll(tag).forEach((host, i) => walk(host.shadowRoot!, `${tag}:${i}`));
    return out;
  };

  const differences = (leaky: Record<string, string>, clean: Record<string, string>) =>
    Object.keys(clean)
      .filter((key) => {
        const [a, b] = [leaky[key], clean[key]];
        if (a === b) return false;
        // Rounding of sub-pixel boxes.
        const [aw, ah] = (a ?? '').split(' × ').map(Number);
        const [bw, bh] = b!.split(' × ').map(Number);
        return !(key.endsWith(' size') && Math.abs(aw! - bw!) <= 1 && Math.abs(ah! - bh!) <= 1);
      })
      .map((key) => `${key}: ${leaky[key]} in the container, ${clean[key]} on a clean page`);

  for (const leak of LEAKS) {
    it(`render as on a clean page inside a container with ${leak}`, async function () {
      this.timeout(20_000);
      const clean = snapshot(await openStates(BUNDLE, 800, 600));
      closeFrames();
      const win = await openStates(BUNDLE, 800, 600, leak);
      // The container does pass them down: the page's own text shows them.
      const container = win.document.getElementById('container')!;
      expect(win.getComputedStyle(container).textAlign).to.equal(leak.match(/text-align: (\w+)/)![1]);
      expect(differences(snapshot(win), clean)).to.deep.equal([]);
      expect(Object.keys(clean).length).to.be.greaterThan(200);
    });
  }

  it('still follow the font, colour and direction of the page', async function () {
    this.timeout(20_000);
    const win = await openStates(
      BUNDLE,
      800,
      600,
      'direction: rtl; font-family: serif; font-size: 20px; --secon-color-text: rgb(1, 2, 3)',
    );
    const root = shadow(win.document.querySelector('#problems')!);
    const intro = root.querySelector('[part=intro]')!;
    const style = win.getComputedStyle(intro);
    expect(style.direction).to.equal('rtl');
    expect(style.fontFamily).to.equal('serif');
    expect(style.fontSize).to.equal('20px');
    expect(style.color).to.equal('rgb(1, 2, 3)');
    // Start is the right side in a right-to-left page.
    const base = root.querySelector('[part=base]')!.getBoundingClientRect();
    const text = win.document.createRange();
    text.selectNodeContents(intro);
    const line = text.getBoundingClientRect();
    expect(base.right - line.right, 'room on the right').to.be.below(line.left - base.left);
  });
});
