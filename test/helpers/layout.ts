/** Layout checks for the pages the layout and host tests open: reflow and clipped text. */
import { waitUntil } from '@open-wc/testing';
import { TAGS, openFrame } from './frames.js';
import type { FrameWindow } from './frames.js';

const HTML = 'http://www.w3.org/1999/xhtml';

/** Sub-pixel rounding allowed, in CSS px. */
const SLACK = 1;

interface Bound {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** What sets the bound, for the message. */
  name: string;
  /** It clips vertically too (overflow hidden or clip), rather than scrolling or showing. */
  clipsY: boolean;
}

const describe = (el: Element): string =>
  el.localName +
  (el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : '') +
  (el.id ? `#${el.id}` : '') +
  (typeof el.className === 'string' && el.className.trim()
    ? `.${el.className.trim().split(/\s+/).join('.')}`
    : '');

/** Hidden on purpose: clipped to nothing for screen readers only. */
const visuallyHidden = (style: CSSStyleDeclaration): boolean =>
  style.clipPath === 'inset(50%)' || /^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(style.clip);

/** Fields and pictures, drawn whatever their styles (a button without background or border is not). */
const REPLACED = ['img', 'input', 'select', 'textarea', 'video', 'canvas', 'iframe'];

/**
 * The part's own box is seen: a control or picture, a background, a border or a shadow.
 * A box that only lays out its children (a positioning layer) may reach anywhere unseen;
 * its children and text are checked.
 */
const paints = (el: Element, style: CSSStyleDeclaration): boolean =>
  style.display !== 'contents' &&
  (REPLACED.includes(el.localName) ||
    !/^(transparent|rgba\(.*, 0\))$/.test(style.backgroundColor) ||
    style.backgroundImage !== 'none' ||
    style.boxShadow !== 'none' ||
    (['top', 'right', 'bottom', 'left'] as const).some(
      (side) =>
        style.getPropertyValue(`border-${side}-style`) !== 'none' &&
        parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0,
    ));

/**
 * What breaks reflow in the frame: a horizontal scroll bar of the page, any seen part of
 * an element's shadow tree (text included) reaching out of the element's box horizontally,
 * and any text cut off by a part that clips (overflow hidden or clip, text-overflow).
 * Parts hidden for screen readers only, and those not rendered, are left out.
 * `tags`: the elements to check, every secon element of the page by default.
 */
export function layoutProblems(win: Window, tags: readonly string[] = TAGS): string[] {
  const problems: string[] = [];
  const doc = win.document;
  const root = doc.documentElement;
  if (root.scrollWidth > root.clientWidth + SLACK)
    problems.push(
      `the page scrolls horizontally: ${root.scrollWidth} px of content in ${root.clientWidth} px`,
    );

  const outside = (rect: DOMRect, bound: Bound): string | undefined => {
    if (rect.width === 0 && rect.height === 0) return undefined;
    if (rect.left < bound.left - SLACK || rect.right > bound.right + SLACK)
      return `${Math.round(rect.left)}–${Math.round(rect.right)} px is outside ${bound.name} (${Math.round(bound.left)}–${Math.round(bound.right)} px)`;
    if (bound.clipsY && (rect.top < bound.top - SLACK || rect.bottom > bound.bottom + SLACK))
      return `${Math.round(rect.top)}–${Math.round(rect.bottom)} px is cut off vertically by ${bound.name} (${Math.round(bound.top)}–${Math.round(bound.bottom)} px)`;
    return undefined;
  };

  const walk = (parent: ParentNode, bound: Bound, path: string): void => {
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (!node.textContent?.trim()) continue;
        const range = doc.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          const problem = outside(rect, bound);
          if (problem) {
            problems.push(`${path} text "${node.textContent.trim().slice(0, 40)}": ${problem}`);
            break;
          }
        }
        continue;
      }
      // HTML only: the map's drawing (SVG) is clipped by its frame by design.
      if (node.nodeType !== Node.ELEMENT_NODE || (node as Element).namespaceURI !== HTML) continue;
      const el = node as HTMLElement;
      const style = win.getComputedStyle(el);
      if (style.display === 'none' || visuallyHidden(style)) continue;
      // Moved out of the window for everyone (the sign-up form's trap for robots).
      if (el.getAttribute('aria-hidden') === 'true' && el.getBoundingClientRect().right <= 0) continue;
      const here = `${path} > ${describe(el)}`;
      if (paints(el, style)) {
        const problem = outside(el.getBoundingClientRect(), bound);
        if (problem) {
          // Its own parts go with it: one message for the part that sticks out.
          problems.push(`${here}: ${problem}`);
          continue;
        }
      }
      let inner = bound;
      const clipX = style.overflowX !== 'visible';
      if (clipX || style.overflowY !== 'visible') {
        const r = el.getBoundingClientRect();
        const clipsY = ['hidden', 'clip'].includes(style.overflowY);
        inner = {
          left: clipX ? Math.max(bound.left, r.left) : bound.left,
          right: clipX ? Math.min(bound.right, r.right) : bound.right,
          top: clipsY ? r.top : bound.top,
          bottom: clipsY ? r.bottom : bound.bottom,
          name: clipX ? here : bound.name,
          clipsY: clipsY || bound.clipsY,
        };
      }
      if (el.shadowRoot) walk(el.shadowRoot, inner, here);
      if (el.localName === 'slot') continue;
      walk(el, inner, here);
    }
  };

  for (const tag of tags) {
    for (const host of doc.querySelectorAll(tag)) {
      const name = tag + (host.id ? `#${host.id}` : '');
      const style = win.getComputedStyle(host);
      if (style.display === 'none') continue;
      // Skip links take no room (display: contents): their links must stay in the window.
      const contents = style.display === 'contents';
      const box = host.getBoundingClientRect();
      const bound: Bound = contents
        ? { left: 0, right: root.clientWidth, top: 0, bottom: 0, name: 'the window', clipsY: false }
        : {
            left: box.left,
            right: box.right,
            top: box.top,
            bottom: box.bottom,
            name: `the box of <${name}>`,
            clipsY: false,
          };
      if (!host.shadowRoot) problems.push(`<${name}> has no shadow root`);
      else walk(host.shadowRoot, bound, `<${name}>`);
    }
  }
  return problems;
}

interface Lit extends HTMLElement {
  updateComplete: Promise<boolean>;
}

/** Every element of the page rendered and settled: lists and maps loaded, fonts ready. */
export async function settled(win: Window): Promise<void> {
  await waitUntil(() => TAGS.every((t) => win.customElements.get(t)), 'the elements were not defined', {
    timeout: 5000,
  });
  const all = () => [...win.document.querySelectorAll<Lit>(TAGS.join(','))];
  await Promise.all(all().map((e) => e.updateComplete));
  for (const list of win.document.querySelectorAll('secon-news-list')) {
    await waitUntil(
      () => list.shadowRoot!.querySelector('[part=base][aria-busy=false]'),
      'a news list did not finish loading',
      { timeout: 5000 },
    );
    await Promise.all(
      [...list.shadowRoot!.querySelectorAll<Lit>('secon-news-card')].map((c) => c.updateComplete),
    );
  }
  for (const map of win.document.querySelectorAll('secon-partner-map')) {
    await waitUntil(() => map.shadowRoot!.querySelector('[part=marker]'), 'a partner map drew no marker', {
      timeout: 5000,
    });
    await (map as Lit).updateComplete; // its list, which follows the markers
  }
  await win.document.fonts.ready;
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
}

/** The page of every element in the states that matter for layout, in a container of `style`. */
export function statesPage(script: string, mock: string, style = ''): string {
  const card = (variant: string) =>
    `<secon-news-card variant="${variant}" headline="Regionalentwicklungsstrategiekonferenz: SECON partners meet in Haskovo" href="/news/meeting" published="2026-03-10" modified="2026-03-14T09:30:00+02:00" category="Social economy" summary="Ten partners from seven countries compared how their regions support social enterprises." image="/test/fixtures/news/picture.svg" image-alt="Partners in front of the town hall"></secon-news-card>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <script src="/test/bundle/recorder.js"></script>
    <script type="module" src="${script}"></script></head>
    <body style="margin: 1.5em"><div id="container" style="${style}"><secon-skip-links menu="#nav"></secon-skip-links>
    <nav id="nav"><a href="/">Home</a></nav>
    <main id="main-content">
    ${card('vertical')}${card('horizontal')}${card('compact')}
    <div style="display: flex; gap: 1em">${card('vertical')}</div>
    <secon-news-list id="loaded" src="/test/fixtures/hosts/news.xml" limit="2"></secon-news-list>
    <secon-news-list id="failed" src="/test/fixtures/news/malformed.xml"></secon-news-list>
    <secon-subscribe id="problems" action="/mock/${mock}" lists="news events" with-name
      privacy-href="/privacy" organization="Haskovo Municipality"></secon-subscribe>
    <secon-subscribe id="done" action="/mock/${mock}" privacy-href="/privacy"></secon-subscribe>
    <secon-partner-map selected="peloponnese"></secon-partner-map>
    </main></div></body></html>`;
}

/**
 * Opens the states page in a frame of `width` × `height` CSS px and brings every element
 * into its state: the sign-up form submitted empty (error summary), the other sign-up
 * done, a partner's details open. `script` loads the elements; `style` styles their container.
 */
export async function openStates(
  script: string,
  width: number,
  height: number,
  style = '',
): Promise<FrameWindow> {
  const mock = `layout-${Math.random().toString(36).slice(2)}`;
  const win = await openFrame((frame) => (frame.srcdoc = statesPage(script, mock, style)), width, height);
  await settled(win);
  const doc = win.document;
  const problems = doc.querySelector<Lit>('#problems')!;
  problems.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click();
  const done = doc.querySelector<Lit & { showSuccess(): Promise<void> }>('#done')!;
  await done.showSuccess();
  await waitUntil(
    () => problems.shadowRoot!.querySelector('[part=error-summary]'),
    'no error summary after an empty submit',
  );
  const map = doc.querySelector('secon-partner-map')!;
  await waitUntil(() => map.shadowRoot!.querySelector('[part=details]'), 'the partner details did not open');
  // Scrolled into view by the focus moves; layout is measured from the top.
  win.scrollTo(0, 0);
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
  return win;
}
