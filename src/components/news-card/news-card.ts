import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SeconElement } from '../../internal/secon-element.js';
import { heading } from '../../internal/heading.js';
import { headingLevel, warnOnce } from '../../internal/attributes.js';
import { cardVariant } from './variant.js';
import type { NewsCardVariant } from './variant.js';
import { tokens } from '../../internal/styles.js';
import { safeUrl } from '../../internal/safe-url.js';
import { calendarDay, formatDate, parseIsoDate } from '../../internal/dates.js';
import { getLocale } from '../../internal/locale.js';
import { styles } from './news-card.styles.js';

/** The layouts of a card. */
export type { NewsCardVariant } from './variant.js';

/** What the child markup says, under the names of the properties it stands in for. */
type CardData = Partial<
  Record<
    | 'headline'
    | 'href'
    | 'published'
    | 'modified'
    | 'summary'
    | 'image'
    | 'imageAlt'
    | 'imageSrcset'
    | 'imageSizes'
    | 'category',
    string | null
  > & { headingLevel: number }
>;

const HEADINGS = 'h1,h2,h3,h4,h5,h6';
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
const attr = (el: Element | null | undefined, name: string) => el?.getAttribute(name);

/**
 * A news item as a card: image, category, headline, dates and summary in an
 * `<article>`. The headline's link is the card's only focusable element and covers the
 * whole card, so the card is one click target and one tab stop, while its text can
 * still be selected.
 *
 * Content comes from attributes, or from ordinary article markup inside the element
 * (a heading with a link, `<time datetime>`, a paragraph, an image), which is visible
 * and indexable before the script loads; attributes win where both are given.
 *
 * @tagname secon-news-card
 * @summary An accessible news card with a single link, localized dates and lazy image.
 *
 * @slot - Optional article markup the card is read from: `h2`–`h6` with an `a href`,
 *   `time[datetime]` (the first is the publication date, a second or one with
 *   `itemprop="dateModified"` the modification date), a `p` (summary), an `img`, and an
 *   element with `rel="tag"` or `data-category` (category). It is not displayed once
 *   the element has upgraded.
 *
 * @csspart base - The `<article>`.
 * @csspart image - The box of the image, which keeps its aspect ratio before the image loads.
 * @csspart body - The box of the text.
 * @csspart category - The category tag.
 * @csspart heading - The heading.
 * @csspart link - The headline link.
 * @csspart dates - The line with the dates.
 * @csspart summary - The summary.
 *
 * @cssprop --secon-news-card-background - Background of the card.
 * @cssprop --secon-news-card-border - Border of the card.
 * @cssprop --secon-news-card-radius - Corner radius of the card.
 * @cssprop --secon-news-card-padding - Padding of the text.
 * @cssprop --secon-news-card-shadow - Shadow of a hovered card.
 * @cssprop --secon-news-card-image-ratio - Aspect ratio of the image (default `3 / 2`).
 * @cssprop --secon-news-card-placeholder - Background of the image box before the image loads or when it fails.
 * @cssprop --secon-news-card-heading-size - Font size of the headline.
 * @cssprop --secon-news-card-link-color - Colour of the headline.
 * @cssprop --secon-news-card-category-color - Colour of the category tag.
 */
export class SeconNewsCard extends SeconElement {
  static override styles = [tokens, styles];
  static override properties = {
    failedImage: { state: true },
    headline: {},
    href: {},
    published: {},
    modified: {},
    summary: {},
    image: {},
    imageAlt: { attribute: 'image-alt' },
    imageSrcset: { attribute: 'image-srcset' },
    imageSizes: { attribute: 'image-sizes' },
    category: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    variant: {},
  };

  #observer?: MutationObserver;
  #pointer?: [number, number];
  #onReady = (): void => this.requestUpdate();

  declare private failedImage?: string;

  /** The headline, which is also the name of the link. */
  declare headline?: string;

  /** Where the card links to. An unsafe URL (`javascript:`, `data:`) shows the headline without a link. */
  declare href?: string;

  /** Publication date, ISO 8601 (`2023-05-25` or `2023-05-25T10:30:00+03:00`). */
  declare published?: string;

  /** Modification date, ISO 8601; shown as "Last modified: …" when it falls on a later day than `published`. */
  declare modified?: string;

  /** A plain-text summary. */
  declare summary?: string;

  /** URL of the image. */
  declare image?: string;

  /** Text alternative of the image; empty by default, since the headline names the item. */
  declare imageAlt?: string;

  /** `srcset` of the image. */
  declare imageSrcset?: string;

  /** `sizes` of the image. */
  declare imageSizes?: string;

  /** A category, shown as a tag. */
  declare category?: string;

  /** Level of the heading, 2–6. Default: the level of a child heading, else 3. */
  declare headingLevel?: number;

  /** Layout: `vertical` (default), `horizontal` (image beside the text when there is room) or `compact`. */
  variant: NewsCardVariant = 'vertical';

  override connectedCallback(): void {
    super.connectedCallback();
    // Child markup may be parsed after the element upgrades, or be edited later.
    this.#observer = new MutationObserver(() => this.requestUpdate());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** Focuses the headline link. */
  override focus(options?: FocusOptions): void {
    const link = this.renderRoot?.querySelector('a');
    if (link) link.focus(options);
    else super.focus(options);
  }

  /** What the child markup says; attributes are given precedence in render(). */
  #fromChildren(): CardData {
    const $ = (selector: string) => this.querySelector(selector);
    const heading = $(HEADINGS);
    const img = $('img');
    const times = [...this.querySelectorAll('time[datetime]')];
    const modified = $('time[itemprop=dateModified]') ?? times[1];
    // The first paragraph that is not the category or a wrapper of the other parts.
    const summary = [...this.querySelectorAll('p:not([data-category])')].find(
      (p) => !p.querySelector(`${HEADINGS},time,img,[rel~=tag],[data-category]`) && text(p),
    );
    return {
      headline: text(heading),
      href: attr(heading?.querySelector('a[href]') ?? $('a[href]:not([rel~=tag])'), 'href'),
      published: attr(
        times.find((t) => t !== modified),
        'datetime',
      ),
      modified: attr(modified, 'datetime'),
      summary: text(summary),
      image: attr(img, 'src'),
      imageAlt: attr(img, 'alt'),
      imageSrcset: attr(img, 'srcset'),
      imageSizes: attr(img, 'sizes'),
      category: text($('[rel~=tag],[data-category]')),
      headingLevel: heading ? +heading.localName[1]! : undefined,
    };
  }

  #handleError(src: string): void {
    warnOnce(this, `image "${src}" failed to load.`);
    this.failedImage = src;
  }

  #handlePointerDown(e: PointerEvent): void {
    this.#pointer = [e.clientX, e.clientY];
  }

  /** A click on the text (which sits above the stretched link, so it can be selected) follows the link. */
  #handleClick(e: MouseEvent): void {
    const link = this.renderRoot.querySelector('a');
    const [x, y] = this.#pointer ?? [e.clientX, e.clientY];
    if (
      !link ||
      e.button ||
      e.ctrlKey ||
      e.metaKey ||
      e.shiftKey ||
      e.altKey ||
      e.composedPath().includes(link) ||
      Math.hypot(e.clientX - x, e.clientY - y) > 5 ||
      String(getSelection())
    )
      return;
    link.click();
  }

  protected override render(): TemplateResult {
    const own = this.#fromChildren();
    const get = <K extends keyof CardData>(key: K) => (this as CardData)[key] ?? own[key];
    const read = <T>(
      key: 'href' | 'image' | 'published' | 'modified',
      parse: (value?: string | null) => T,
      what: string,
    ) => {
      const value = get(key);
      const result = parse(value);
      if (value && !result) warnOnce(this, `${key} "${value}" is not ${what}; it is left out.`);
      return result;
    };
    const headline = this.headline?.trim() || own.headline;
    const href = read('href', safeUrl, 'a safe URL');
    const src = read('image', safeUrl, 'a safe URL');
    const published = read('published', parseIsoDate, 'an ISO 8601 date');
    const modified = read('modified', parseIsoDate, 'an ISO 8601 date');
    const summary = get('summary');
    const category = get('category');
    const level = headingLevel(this, get('headingLevel'), 3);
    if (!headline) {
      // Children may still be on their way while the page is parsed.
      if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', this.#onReady, { once: true });
      else warnOnce(this, 'no headline.');
    }
    const showModified = modified && (!published || calendarDay(modified) > calendarDay(published));

    return html`<article
      part="base"
      class=${cardVariant(this, this.variant)}
      @click=${this.#handleClick}
      @pointerdown=${this.#handlePointerDown}
    >
      <div part="body">
        ${headline ? heading(level, href ? html`<a part="link" href=${href}>${headline}</a>` : headline) : nothing}
        ${category ? html`<p part="category">${category}</p>` : nothing}
        ${
          published || showModified
            ? html`<p part="dates" lang=${getLocale()}>
                ${published ? html`<time datetime=${published.raw}>${formatDate(published)}</time>` : nothing}
                ${
                  showModified
                    ? html`<time datetime=${modified.raw}
                        >${msg(str`Last modified: ${formatDate(modified)}`, {
                          id: 'news-card.last-modified',
                          desc: 'News card: date of the latest change to the news item, shown after its publication date.',
                        })}</time
                      >`
                    : nothing
                }
              </p>`
            : nothing
        }
        ${summary ? html`<p part="summary">${summary}</p>` : nothing}
      </div>
      ${
        src
          ? html`<div part="image" class=${this.failedImage === src ? 'failed' : ''}>
              <img
                src=${src}
                srcset=${get('imageSrcset') || nothing}
                sizes=${get('imageSizes') || nothing}
                alt=${get('imageAlt') ?? ''}
                loading="lazy"
                decoding="async"
                @error=${() => this.#handleError(src)}
              />
            </div>`
          : nothing
      }
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'secon-news-card': SeconNewsCard;
  }
}
