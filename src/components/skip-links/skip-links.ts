import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { SeconElement } from '../../internal/secon-element.js';
import { tokens } from '../../internal/styles.js';
import { safeUrl } from '../../internal/safe-url.js';
import { checked, warnOnce } from '../../internal/attributes.js';
import { styles } from './skip-links.styles.js';
import { focusTarget } from './focus-target.js';

/** Where `<main>` is looked for when the `main` attribute is absent, first match wins. */
export const MAIN_FALLBACKS = ['main', '[role=main]', '#main-content', '#main', '#content'] as const;

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

interface SkipLink {
  label: string;
  href: string;
  /** Returns the target at the moment of use; `undefined` for a link to another page. */
  target?: () => Element | null;
}

/**
 * Skip links: invisible until focused, then shown at the top of the viewport. Following
 * one moves keyboard focus to its target and scrolls it into view clear of a sticky
 * header.
 *
 * Without child links it offers "Skip to main content" and, when `menu` is set, "Skip to
 * context menu", in the page's language. Child links (`<a href="#id">label</a>`) replace
 * the defaults: they work before the script loads and get the same hiding and focus
 * handling after it. Put the element first in `<body>`.
 *
 * @tagname secon-skip-links
 * @summary Localized skip links with focus management.
 *
 * @csspart base - The wrapper of the links.
 * @csspart link - Each link.
 *
 * @cssprop --secon-skip-links-background - Background of a focused link (default: the focus colour).
 * @cssprop --secon-skip-links-color - Text colour of a focused link.
 * @cssprop --secon-skip-links-top - Distance of a focused link from the top of the viewport.
 * @cssprop --secon-skip-links-left - Distance of a focused link from the left of the viewport.
 * @cssprop --secon-skip-links-padding - Padding of a focused link.
 * @cssprop --secon-skip-links-font-size - Font size of a focused link.
 */
export class SeconSkipLinks extends SeconElement {
  static override styles = [tokens, styles];
  static override properties = {
    main: { reflect: true },
    menu: { reflect: true },
    // Not reflected: a value that is no number would be written back as "NaN".
    offset: { type: Number },
  };

  #childObserver?: MutationObserver;
  #onReady = (): void => this.requestUpdate();

  /** CSS selector of the main content; when absent the usual landmarks are tried. */
  declare main?: string;

  /** CSS selector of the context (section) menu; without it there is no menu link. */
  declare menu?: string;

  /** Height in CSS pixels of a sticky header that must not cover the target. */
  offset = 0;

  /** `offset`, checked before each update. */
  #offset = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // Child links may be parsed after the element upgrades, or be edited later.
    this.#childObserver = new MutationObserver(() => this.requestUpdate());
    this.#childObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href'],
    });
    // Targets usually come after the element in the page: look again once parsed.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.#onReady, { once: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
    document.removeEventListener('DOMContentLoaded', this.#onReady);
  }

  #warn(message: string): void {
    // Only once the page is parsed: a target may simply not exist yet.
    if (document.readyState !== 'loading') warnOnce(this, message);
  }

  /** Finds the element `selector` names; warns and returns null when it is invalid or absent. */
  #query(selector: string, attribute: string): Element | null {
    let found: Element | null;
    try {
      found = document.querySelector(selector);
    } catch {
      this.#warn(`the ${attribute} selector "${selector}" is not valid CSS; its link is left out.`);
      return null;
    }
    if (!found) this.#warn(`the ${attribute} selector "${selector}" matches nothing; its link is left out.`);
    return found;
  }

  #mainTarget(): Element | null {
    if (this.main) return this.#query(this.main, 'main');
    for (const selector of MAIN_FALLBACKS) {
      const found = document.querySelector(selector);
      if (found) return found;
    }
    this.#warn(
      `no main content found (tried ${MAIN_FALLBACKS.join(', ')}); set the main attribute. The link is left out.`,
    );
    return null;
  }

  #defaultLinks(): SkipLink[] {
    const links: SkipLink[] = [];
    const main = this.#mainTarget();
    if (main) {
      links.push({
        label: msg('Skip to main content', {
          id: 'skip-links.main',
          desc: 'Skip link, first thing a keyboard user reaches on the page: jumps to the main content.',
        }),
        href: main.id ? `#${main.id}` : '#',
        target: () => this.#mainTarget(),
      });
    }
    if (this.menu) {
      const selector = this.menu;
      const menu = this.#query(selector, 'menu');
      if (menu) {
        links.push({
          label: msg('Skip to context menu', {
            id: 'skip-links.menu',
            desc: 'Skip link: jumps to the menu of the current section of the site.',
          }),
          href: menu.id ? `#${menu.id}` : '#',
          target: () => this.#query(selector, 'menu'),
        });
      }
    }
    return links;
  }

  #childLinks(): SkipLink[] {
    const links: SkipLink[] = [];
    for (const anchor of this.querySelectorAll('a[href]')) {
      const raw = anchor.getAttribute('href') ?? '';
      const label = (anchor.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!label) {
        this.#warn(`the child link to "${raw}" has no text; it is left out.`);
        continue;
      }
      if (raw.startsWith('#')) {
        const id = decodeFragment(raw.slice(1));
        const exists = () => (id ? document.getElementById(id) : null);
        if (!exists()) {
          this.#warn(`the link "${label}" points to "${raw}", but no element has that id; it is left out.`);
          continue;
        }
        links.push({ label, href: raw, target: exists });
      } else {
        const href = safeUrl(raw);
        if (!href) {
          this.#warn(`the link "${label}" has an unsafe or invalid href "${raw}"; it is left out.`);
          continue;
        }
        links.push({ label, href });
      }
    }
    return links;
  }

  #handleClick(event: MouseEvent, link: SkipLink): void {
    if (!link.target) return;
    event.preventDefault();
    const target = link.target();
    if (!target) {
      this.#warn(`the target of "${link.label}" is gone from the page.`);
      return;
    }
    focusTarget(target, this.#offset);
  }

  #renderLink(link: SkipLink): TemplateResult {
    return html`<a part="link" href=${link.href} @click=${(e: MouseEvent) => this.#handleClick(e, link)}
      >${link.label}</a
    >`;
  }

  protected override willUpdate(): void {
    const offset = this.offset;
    this.#offset = checked(this, 'offset', offset, offset >= 0 && offset < 1 / 0, 'a number of pixels', 0);
  }

  protected override render(): TemplateResult {
    const hasChildLinks = this.querySelector('a[href]') !== null;
    const links = hasChildLinks ? this.#childLinks() : this.#defaultLinks();
    return html`<div part="base">${links.length ? links.map((l) => this.#renderLink(l)) : nothing}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'secon-skip-links': SeconSkipLinks;
  }
}
