import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { SeconElement } from '../../internal/secon-element.js';
import { tokens } from '../../internal/styles.js';
import { emitError } from '../../internal/events.js';
import { fetchText, isTimeout } from '../../internal/fetch-text.js';
import { checked, headingLevel, timeLimit, warnOnce } from '../../internal/attributes.js';
import { cardVariant } from '../news-card/variant.js';
import type { NewsCardVariant } from '../news-card/variant.js';
import { FeedError, newestFirst, readFeed, toCard } from './feeds.js';
import type { Card, FeedItem } from './feeds.js';
import { styles } from './news-list.styles.js';

type Status = 'idle' | 'loading' | 'loaded' | 'empty' | 'error';

const primary = (lang = '') => lang.split(/[-_]/)[0]!.toLowerCase();

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
  static override properties = {
    status: { state: true },
    cards: { state: true },
    src: {},
    limit: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
    variant: {},
  };

  #controller?: AbortController;
  #items: FeedItem[] = [];
  #next = 0;
  #url = '';
  #base = '';

  private status: Status = 'idle';
  private cards: Card[] = [];

  /** URL of the feed: RSS 2.0, Atom 1.0, JSON Feed 1.1 or a WordPress `/wp-json/wp/v2/posts` URL. */
  declare src?: string;

  /** How many items are shown, and how many more each "Show more" adds. */
  limit = 10;

  /** Level of the cards' headings, 2–6. */
  headingLevel = 3;

  /** Milliseconds to wait for the feed before giving up. */
  timeout = 15000;

  /** Layout of the cards: `vertical` (a grid), `horizontal` or `compact` (one column). */
  variant: NewsCardVariant = 'vertical';

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back on the page while its request had been cancelled: ask again.
    if (this.hasUpdated && this.status === 'loading' && !this.#controller) void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || !this.hasUpdated) void this.#load();
    else if (changed.has('limit')) this.#show(this.#items);
  }

  get #limit(): number {
    return Math.floor(checked(this, 'limit', this.limit, this.limit >= 1, 'a number above 0', 10));
  }

  #warn = (message: string): void => console.warn(`<secon-news-list>: ${this.#url}: ${message}`);

  #abort(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }

  /** Shows the first `limit` of `items`. */
  #show(items: FeedItem[]): void {
    this.#items = items;
    this.#next = 0;
    this.cards = [];
    this.#fill();
  }

  /** Turns the next items into cards until `limit` more are shown or the feed is exhausted. */
  #fill(): void {
    const cards = [...this.cards];
    const wanted = cards.length + this.#limit;
    while (cards.length < wanted && this.#next < this.#items.length) {
      const card = toCard(this.#items[this.#next++]!, this.#base, this.#warn);
      if (card) cards.push(card);
    }
    this.cards = cards;
  }

  async #load(): Promise<void> {
    this.#abort();
    this.#show([]);
    this.status = 'idle';
    const src = (this.#url = this.src?.trim() ?? '');
    if (!src) {
      warnOnce(this, 'no src.');
      return;
    }
    this.status = 'loading';
    // Taken off the page before this update: ask when it is put back (connectedCallback).
    if (!this.isConnected) return;
    const controller = (this.#controller = new AbortController());
    const timeout = timeLimit(this, this.timeout);
    try {
      const [response, body] = await fetchText(src, {}, timeout, controller);
      if (!response.ok) throw new FeedError('http', `answered HTTP ${response.status}.`);
      const all = readFeed(body, response.headers.get('content-type') ?? '');
      this.#base = response.url;
      this.#show(newestFirst(all));
      if (all.length && !this.cards.length)
        throw new FeedError('no-items', 'has no item with a title and a safe link.');
      this.status = all.length ? 'loaded' : 'empty';
    } catch (e) {
      // Cancelled because the element left the page or `src` changed: nothing to report.
      if (controller !== this.#controller) return;
      this.#fail(isTimeout(e) ? new FeedError('timeout', `did not answer within ${timeout} ms.`) : e);
    }
  }

  #fail(e: unknown): void {
    const { code, message } =
      e instanceof FeedError
        ? e
        : new FeedError('network', `could not be fetched (${e}); a feed on another site needs CORS headers.`);
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

  protected override render(): TemplateResult {
    const { status } = this;
    const loading = status === 'loading';
    const message = {
      loading: msg('Loading news…', {
        id: 'news-list.loading',
        desc: 'News list: read to screen-reader users while the news is being fetched.',
      }),
      empty: msg('No news yet.', {
        id: 'news-list.empty',
        desc: 'News list: shown instead of the news when the feed has no items.',
      }),
      error: msg('The news could not be loaded.', {
        id: 'news-list.error',
        desc: 'News list: shown when the news feed cannot be fetched or read.',
      }),
    }[status as string];
    const context = primary(this.closest('[lang]')?.getAttribute('lang') ?? '');
    // Checked here, so that a wrong value is named once, not by every card.
    const level = headingLevel(this, this.headingLevel, 3);
    const variant = cardVariant(this, this.variant);
    const items = loading
      ? Array.from({ length: Math.min(this.#limit, 12) }, () => html`<li class="skeleton"></li>`)
      : this.cards.map(
          (item) =>
            html`<li>
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
                .headingLevel=${level}
                .variant=${variant}
                lang=${ifDefined(item.lang && primary(item.lang) !== context ? item.lang : undefined)}
              ></secon-news-card>
            </li>`,
        );

    // Placeholders are hidden from assistive technology; role=list keeps the list a list
    // for Safari's VoiceOver despite list-style: none.
    return html`<div part="base" class=${variant} aria-busy=${loading}>
      <p part="message" role="status" class=${loading || !message ? 'visually-hidden' : status}>${message}</p>
      <ul part="list" role="list" aria-hidden=${ifDefined(loading || undefined)} ?hidden=${!items.length}>
        ${items}
      </ul>
      ${
        status === 'loaded' && this.#next < this.#items.length
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
