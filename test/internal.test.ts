// The shared helpers in src/internal/, at the edges the element tests do not reach.
// The order of the tests matters: locale and Trusted Types keep module state, which
// is fresh in this page until the first test here uses it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../src/define.js';
import type { SeconSkipLinks } from '../src/components/skip-links/skip-links.js';
import type { SeconNewsCard } from '../src/components/news-card/news-card.js';
import type { SeconPartnerMap } from '../src/components/partner-map/partner-map.js';
import { templates as bg } from '../src/generated/locales/bg.js';
import { getLocale, matchLocale } from '../src/internal/locale.js';
import { trustedHTML } from '../src/internal/trusted-types.js';
import { heading } from '../src/internal/heading.js';
import { checked, headingLevel, oneOf, timeLimit } from '../src/internal/attributes.js';
import { defineElement } from '../src/internal/define-element.js';
import { version } from '../src/internal/version.js';
import { captureConsole, resetLocale, shadow } from './helpers/util.js';

describe('locale', () => {
  after(resetLocale);

  it('reads <html lang> before any element has started localization', () => {
    document.documentElement.setAttribute('lang', 'de-AT');
    expect(getLocale()).to.equal('de');
    document.documentElement.removeAttribute('lang');
    expect(getLocale()).to.equal('en');
  });

  it('matches a locale by its primary subtag and ignores what is not one', () => {
    expect(matchLocale(' pt_BR ')).to.equal('pt');
    expect(matchLocale('EL')).to.equal('el');
    expect(matchLocale(null)).to.equal(undefined);
    expect(matchLocale(undefined)).to.equal(undefined);
    expect(matchLocale('fr')).to.equal(undefined);
  });

  it('renders the first element in the page language at once', async () => {
    document.documentElement.setAttribute('lang', 'bg');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <secon-skip-links></secon-skip-links>
        <main id="m-bg">m</main>
      </div>`,
    );
    const el = wrapper.querySelector<SeconSkipLinks>('secon-skip-links')!;
    await waitUntil(() => getLocale() === 'bg');
    await el.updateComplete;
    expect(shadow(el).querySelector('a')!.textContent!.trim()).to.equal(bg['skip-links.main']);
  });
});

describe('trustedHTML', () => {
  const own = Object.getOwnPropertyDescriptor(window, 'trustedTypes');
  const useFactory = (value: unknown) =>
    Object.defineProperty(window, 'trustedTypes', { value, configurable: true, writable: true });
  afterEach(() => {
    if (own) Object.defineProperty(window, 'trustedTypes', own);
    else delete (window as { trustedTypes?: unknown }).trustedTypes;
  });

  it('passes markup through where the browser has no Trusted Types', () => {
    useFactory(undefined);
    expect(trustedHTML('<b>x</b>')).to.equal('<b>x</b>');
  });

  it('tries "secon", then "lit-html", and leaves the string as it is when the CSP allows neither', () => {
    const tried: string[] = [];
    useFactory({
      createPolicy(name: string) {
        tried.push(name);
        throw new TypeError(`policy ${name} disallowed`);
      },
    });
    expect(trustedHTML('<i>y</i>')).to.equal('<i>y</i>');
    expect(tried).to.deep.equal(['secon', 'lit-html']);
  });

  it('uses the "lit-html" name where the CSP allows only that one, and creates the policy once', () => {
    const tried: string[] = [];
    useFactory({
      createPolicy(name: string, rules: { createHTML(input: string): string }) {
        tried.push(name);
        if (name !== 'lit-html') throw new TypeError(`policy ${name} disallowed`);
        return { createHTML: (input: string) => `[${name}]${rules.createHTML(input)}` };
      },
    });
    expect(trustedHTML('<p>a</p>')).to.equal('[lit-html]<p>a</p>');
    expect(trustedHTML('<p>b</p>')).to.equal('[lit-html]<p>b</p>');
    expect(tried).to.deep.equal(['secon', 'lit-html']);
  });
});

describe('heading', () => {
  const tag = (level: number) => {
    const host = document.createElement('div');
    render(heading(level, 'Title'), host);
    const h = host.querySelector('[part="heading"]')!;
    return `${h.localName} ${h.textContent}`;
  };

  it('renders h2–h6 as asked, and h3 for any other level (h1 belongs to the page)', () => {
    expect([2, 3, 4, 5, 6].map(tag)).to.deep.equal([
      'h2 Title',
      'h3 Title',
      'h4 Title',
      'h5 Title',
      'h6 Title',
    ]);
    expect([1, 7, Number.NaN].map(tag)).to.deep.equal(['h3 Title', 'h3 Title', 'h3 Title']);
  });
});

describe('attribute checks', () => {
  const host = (attributes: Record<string, string> = {}) => {
    const el = document.createElement('secon-internal-host');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    return el;
  };

  it('keeps a valid or unset value, silently', async () => {
    const el = host();
    const warnings = await captureConsole('warn', () => {
      expect(checked(el, 'size', 4, true, 'a size', 1)).to.equal(4);
      expect(checked(el, 'size', undefined, false, 'a size', 1)).to.equal(1);
      expect(checked(el, 'size', null, false, 'a size', 1)).to.equal(1);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('uses the fallback for a wrong value and names it once per element', async () => {
    const a = host();
    const b = host();
    const warnings = await captureConsole('warn', () => {
      for (const el of [a, a, b]) expect(checked(el, 'size', 9, false, 'a size', 1)).to.equal(1);
      expect(checked(a, 'size', 8, false, 'a size', 1)).to.equal(1);
    });
    expect(warnings).to.deep.equal([
      '<secon-internal-host>: size "9" is not a size; 1 is used.',
      '<secon-internal-host>: size "9" is not a size; 1 is used.',
      '<secon-internal-host>: size "8" is not a size; 1 is used.',
    ]);
  });

  it('names what the page wrote when a number attribute is no number', async () => {
    const warnings = await captureConsole('warn', () => {
      expect(timeLimit(host({ timeout: '15s' }), Number.NaN)).to.equal(15000);
      expect(headingLevel(host({ 'heading-level': 'two' }), Number.NaN, 2)).to.equal(2);
    });
    expect(warnings).to.deep.equal([
      '<secon-internal-host>: timeout "15s" is not a number above 0; 15000 is used.',
      '<secon-internal-host>: heading-level "two" is not 2–6; 2 is used.',
    ]);
  });

  it("takes one of a keyword attribute's options, else the first, naming them all", async () => {
    const el = host({ fit: 'Cover' });
    const warnings = await captureConsole('warn', () => {
      expect(oneOf(el, 'fit', 'fill', ['contain', 'cover', 'fill'])).to.equal('fill');
      expect(oneOf(el, 'fit', undefined, ['contain', 'cover', 'fill'])).to.equal('contain');
      expect(oneOf(el, 'fit', 'Cover', ['contain', 'cover', 'fill'])).to.equal('contain');
    });
    expect(warnings).to.deep.equal([
      '<secon-internal-host>: fit "Cover" is not contain, cover or fill; contain is used.',
    ]);
  });

  it('takes heading levels 2–6 and time limits above 0', async () => {
    const el = host();
    const warnings = await captureConsole('warn', () => {
      expect([2, 3, 4, 5, 6].map((level) => headingLevel(el, level, 3))).to.deep.equal([2, 3, 4, 5, 6]);
      expect([1, 7, 2.5, -3].map((level) => headingLevel(el, level, 3))).to.deep.equal([3, 3, 3, 3]);
      expect([1, 500].map((ms) => timeLimit(el, ms))).to.deep.equal([1, 500]);
      expect([0, -1].map((ms) => timeLimit(el, ms))).to.deep.equal([15000, 15000]);
    });
    expect(warnings).to.have.length(6);
  });
});

describe('defineElement', () => {
  it('keeps a definition made by someone else and warns once, naming the tag', async () => {
    class Theirs extends HTMLElement {}
    class Ours extends HTMLElement {}
    customElements.define('secon-internal-theirs', Theirs);
    const warnings = await captureConsole('warn', () => {
      defineElement('secon-internal-theirs', Ours);
      defineElement('secon-internal-theirs', Ours);
    });
    expect(customElements.get('secon-internal-theirs')).to.equal(Theirs);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`secon-elements ${version} was loaded`);
    expect(warnings[0]).to.contain('secon-elements unknown already defines <secon-internal-theirs>');
  });

  it('does nothing where there is no custom element registry (a server-side import)', () => {
    const own = Object.getOwnPropertyDescriptor(window, 'customElements');
    Object.defineProperty(window, 'customElements', { value: undefined, configurable: true });
    try {
      defineElement('secon-internal-no-registry', class extends HTMLElement {});
    } finally {
      if (own) Object.defineProperty(window, 'customElements', own);
      else delete (window as { customElements?: unknown }).customElements;
    }
    expect(customElements.get('secon-internal-no-registry')).to.equal(undefined);
  });

  it('is silent when the same copy defines a tag again', async () => {
    const warnings = await captureConsole('warn', () =>
      defineElement('secon-skip-links', customElements.get('secon-skip-links')!),
    );
    expect(warnings).to.deep.equal([]);
  });
});

/** Resolves with whether a task (setTimeout) ran before `promise` settled. */
async function taskRanBefore(promise: Promise<unknown>): Promise<boolean> {
  let ran = false;
  setTimeout(() => (ran = true));
  await promise;
  return ran;
}

describe('SeconElement: first render', () => {
  let host: HTMLElement;
  beforeEach(() => (host = document.body.appendChild(document.createElement('div'))));
  afterEach(() => host.remove());

  it('an element with content of its own keeps showing it, then renders in a task of its own', async () => {
    host.innerHTML = `<secon-news-card><article>
      <h3><a href="/news/1">Kick-off in Kalamata</a></h3><p>The partners met.</p>
    </article></secon-news-card>`;
    const card = host.querySelector<SeconNewsCard>('secon-news-card')!;
    // Upgraded, not rendered yet: its own article stays on screen through a slot.
    expect(card.hasUpdated).to.equal(false);
    expect(card.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    expect(card.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(await taskRanBefore(card.updateComplete)).to.equal(true);
    expect(card.shadowRoot!.querySelector(':scope > slot')).to.equal(null);
    expect(card.shadowRoot!.querySelector('a')!.textContent).to.contain('Kick-off in Kalamata');
  });

  it('an empty element renders at once, so the room a page reserves for it is kept', async () => {
    const map = host.appendChild(document.createElement('secon-partner-map')) as SeconPartnerMap;
    const firstUpdate = new Promise<void>((resolve) => map.addController({ hostUpdated: resolve }));
    expect(await taskRanBefore(firstUpdate)).to.equal(false);
    expect(map.shadowRoot!.querySelector('svg')).to.exist;
    expect(map.getBoundingClientRect().height).to.be.greaterThan(0);
    // The list beside or below the map follows in a task of its own.
    expect(map.shadowRoot!.querySelector('.list')).to.equal(null);
    // The markers wait for the map's width, which a ResizeObserver gives while the first
    // frame renders: an observer made after the map's own sees them in that same frame.
    const frame = map.shadowRoot!.querySelector('.frame')!;
    const markers = new Promise<number>((resolve) => {
      const observer = new ResizeObserver(() => {
        observer.disconnect();
        resolve(map.shadowRoot!.querySelectorAll('.marker').length);
      });
      observer.observe(frame);
    });
    expect(await markers).to.equal(10);
    await map.updateComplete;
    expect(map.shadowRoot!.querySelectorAll('.list li')).to.have.length(10);
  });
});
