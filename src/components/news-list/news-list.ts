import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { SeconElement } from '../../internal/secon-element.js';
import { tokens } from '../../internal/styles.js';
import { emitError } from '../../internal/events.js';
import type { NewsCardVariant } from '../news-card/news-card.js';
import { FeedError, readFeed, toText, usableItems } from './feeds.js';
import type { FeedItem } from './feeds.js';
import { styles } from './news-list.styles.js';

type Status = 'idle' | 'loading' | 'loaded' | 'empty' | 'error';

const primary = (lang = '') => lang.split(/[-_]/)[0]!.toLowerCase();

/** Cuts a long summary (a whole article, in some feeds) at a word boundary. */
const shorten = (text: string) =>
  text.length > 300 ? `${text.slice(0, text.lastIndexOf(' ', 299) + 1 || 300).trimEnd()}…` : text;

/**
 * The latest news from a feed, as a list of `<secon-news-card>`s, newest first.
 *
 * Reads RSS 2.0, Atom 1.0, JSON Feed 1.1 and the WordPress REST API posts endpoint,
 * recognised from the content. The feed must be on the page's own site or send CORS
 * headers. While it loads, placeholder cards keep the room the news will take; if it
 * cannot be loaded, a localized message says so and the element's own content (say, a
 * link to the partner's news page) stays visible. That content is replaced once the
 * news has rendered.
 *
 * @tagname secon-news-list
 * @summary News from an RSS, Atom, JSON Feed or WordPress feed, as accessible cards.
 *
 * @slot - Fallback content: shown before the script runs, while the feed loads and when it fails.
 *
 * @fires secon-error - The feed could not be used. `detail.code`: `network` (no answer: offline, or
 *   no CORS headers), `timeout`, `http` (an error status), `malformed` (broken XML or JSON),
 *   `not-a-feed`, `no-items` (no item has a title and a safe link), `blocked` (Trusted Types
 *   forbid parsing: allow the `secon` policy). `detail.message` is English, for logs.
 *
 * @csspart base - The wrapper of everything.
 * @csspart list - The `<ul>` of cards (and of the placeholders while loading).
 * @csspart card - Each `<secon-news-card>`.
 * @csspart message - The message shown while loading (to screen readers only), when the feed is empty and when it fails.
 * @csspart show-more - The "Show more" button.
 * @csspart fallback - The box of the fallback content.
 *
 * @cssprop --secon-news-list-gap - Space between cards.
 * @cssprop --secon-news-list-column-width - Narrowest column of cards; as many columns as fit are used.
 */
export class SeconNewsList extends SeconElement {
  static override styles = [tokens, styles];

  #controller?: AbortController;
  #items: FeedItem[] = [];
  #next = 0;
  #url = '';

  @state() private status: Status = 'idle';
  @state() private cards: FeedItem[] = [];

  /** URL of the feed: RSS 2.0, Atom 1.0, JSON Feed 1.1 or a WordPress `/wp-json/wp/v2/posts` URL. */
  @property() src?: string;

  /** How many items are shown, and how many more each "Show more" adds. */
  @property({ type: Number }) limit = 10;

  /** Level of the cards' headings, 2–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Milliseconds to wait for the feed before giving up. */
  @property({ type: Number }) timeout = 15000;

  /** Layout of the cards: `vertical` (a grid), `horizontal` or `compact` (one column). */
  @property() variant: NewsCardVariant = 'vertical';

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back on the page while its request had been cancelled: ask again.
    if (this.hasUpdated && this.status === 'loading' && !this.#controller) void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller?.abort();
    this.#controller = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || !this.hasUpdated) void this.#load();
    else if (changed.has('limit') && this.#items.length) {
      this.cards = [];
      this.#next = 0;
      this.#fill();
    }
  }

  get #limit(): number {
    return this.limit >= 1 ? Math.floor(this.limit) : 10;
  }

  #warn = (message: string): void => console.warn(`<secon-news-list>: ${this.#url}: ${message}`);

  /** Turns the next items into cards until `limit` more are shown or the feed is exhausted. */
  #fill(): void {
    const cards = [...this.cards];
    const wanted = cards.length + this.#limit;
    while (cards.length < wanted && this.#next < this.#items.length) {
      const item = this.#items[this.#next++]!;
      const title = toText(item.title);
      if (title)
        cards.push({
          ...item,
          title,
          summary: shorten(toText(item.summary)),
          category: toText(item.category),
        });
      else this.#warn(`item ${item.position} has no title; it is skipped.`);
    }
    this.cards = cards;
  }

  async #load(): Promise<void> {
    this.#controller?.abort();
    this.#controller = undefined;
    this.#items = [];
    this.#next = 0;
    this.cards = [];
    this.status = 'idle';
    const src = this.src?.trim();
    if (!src) {
      if (this.isConnected) console.warn('<secon-news-list>: no src; only the fallback content is shown.');
      return;
    }
    const controller = (this.#controller = new AbortController());
    const timeout = this.timeout > 0 ? this.timeout : 15000;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    this.status = 'loading';
    this.#url = src;
    try {
      let response: Response;
      let body: string;
      try {
        this.#url = new URL(src, document.baseURI).href;
        response = await fetch(this.#url, { signal: controller.signal });
        if (!response.ok) throw new FeedError('http', `answered HTTP ${response.status}.`);
        body = await response.text();
        controller.signal.throwIfAborted();
      } catch (e) {
        throw timedOut ? new FeedError('timeout', `did not answer within ${timeout} ms.`) : e;
      }
      const all = readFeed(body, response.headers.get('content-type') ?? '');
      this.#items = usableItems(all, response.url || this.#url, this.#warn);
      this.#fill();
      if (all.length && !this.cards.length)
        throw new FeedError('no-items', `has ${all.length} items, none with a title and a safe link.`);
      this.status = all.length ? 'loaded' : 'empty';
    } catch (e) {
      // Cancelled because the element left the page or `src` changed: nothing to report.
      if (controller === this.#controller) this.#fail(e);
    } finally {
      clearTimeout(timer);
    }
  }

  #fail(e: unknown): void {
    const { code, message } =
      e instanceof FeedError
        ? e
        : {
            code: 'network',
            message: `could not be fetched (${e}); a feed on another site must send CORS headers.`,
          };
    this.status = 'error';
    emitError(this, code, `the feed "${this.#url}" ${message}`);
  }

  async #handleShowMore(): Promise<void> {
    const first = this.cards.length;
    try {
      this.#fill();
    } catch (e) {
      return this.#fail(e);
    }
    await this.updateComplete;
    const cards = this.renderRoot.querySelectorAll('secon-news-card');
    const card = cards[first] ?? cards[cards.length - 1];
    await card?.updateComplete;
    card?.focus();
  }

  #renderCard(item: FeedItem, context: string): TemplateResult {
    return html`<li>
      <secon-news-card
        part="card"
        .headline=${item.title}
        .href=${item.link}
        .published=${item.published}
        .modified=${item.modified}
        .summary=${item.summary}
        .image=${item.image}
        .imageAlt=${item.imageAlt}
        .category=${item.category}
        .headingLevel=${this.headingLevel}
        .variant=${this.variant}
        lang=${ifDefined(item.lang && primary(item.lang) !== context ? item.lang : undefined)}
      ></secon-news-card>
    </li>`;
  }

  protected override render(): TemplateResult {
    const { status } = this;
    const loading = status === 'loading';
    const message =
      status === 'loading'
        ? msg('Loading news…', {
            id: 'news-list.loading',
            desc: 'News list: read to screen-reader users while the news is being fetched.',
          })
        : status === 'empty'
          ? msg('No news yet.', {
              id: 'news-list.empty',
              desc: 'News list: shown instead of the news when the feed has no items.',
            })
          : status === 'error'
            ? msg('The news could not be loaded.', {
                id: 'news-list.error',
                desc: 'News list: shown when the news feed cannot be fetched or read.',
              })
            : '';
    const context = primary(this.closest('[lang]')?.getAttribute('lang') ?? '');
    const more = status === 'loaded' && this.#next < this.#items.length;

    return html`<div part="base" class=${this.variant} aria-busy=${loading ? 'true' : 'false'}>
      <p part="message" role="status" class=${loading || !message ? 'visually-hidden' : status}>${message}</p>
      ${
        loading
          ? html`<ul part="list" aria-hidden="true">
              ${Array.from({ length: Math.min(this.#limit, 12) }, () => html`<li class="skeleton"></li>`)}
            </ul>`
          : this.cards.length
            ? html`<ul part="list" role="list">
                ${this.cards.map((item) => this.#renderCard(item, context))}
              </ul>`
            : nothing
      }
      ${
        more
          ? html`<button part="show-more" type="button" @click=${this.#handleShowMore}>
              ${msg('Show more', {
                id: 'news-list.show-more',
                desc: 'News list: button under the news that shows the next items.',
              })}
            </button>`
          : nothing
      }
      <div part="fallback" ?hidden=${status === 'loaded' || status === 'empty'}><slot></slot></div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'secon-news-list': SeconNewsList;
  }
}
