import { safeUrl } from '../../internal/safe-url.js';
import { feedDate, parseIsoDate } from '../../internal/dates.js';
import { trustedHTML } from '../../internal/trusted-types.js';

/** A feed item as read from the feed. `title`, `summary` and `category` are HTML (see {@link toText}). */
interface RawItem {
  title?: string;
  link?: string;
  published?: string;
  modified?: string;
  summary?: string;
  image?: string;
  imageAlt?: string;
  category?: string;
  lang?: string;
}

/** A feed item in the order of the list. */
export interface FeedItem extends RawItem {
  /** 1-based position in the feed, for console messages. */
  position: number;
  /** Publication time (or modification time when there is none); `-Infinity` for undated items. */
  time: number;
}

/** What a card shows: plain text, safe absolute URLs and ISO 8601 dates. */
export interface Card extends RawItem {
  title: string;
  link: string;
  summary: string;
  category: string;
}

/** Why a feed could not be used; `code` is the `secon-error` code. */
export class FeedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Parses `markup` into an inert document: nothing in it runs or loads, and it never
 * touches the page. Under Trusted Types this uses the library's `secon` policy.
 */
export function inert(markup: string, type: DOMParserSupportedType): Document {
  try {
    return new DOMParser().parseFromString(trustedHTML(markup), type);
  } catch (e) {
    throw new FeedError('blocked', `could not be parsed (${e}); allow "trusted-types lit-html secon".`);
  }
}

/** Escapes plain text so that it can go wherever feed HTML goes. */
const escape = (text: string | undefined) => text?.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** HTML from a feed reduced to plain text, parsed in an inert document; whitespace collapsed. */
export function toText(markup = ''): string {
  if (/[<&]/.test(markup)) {
    // Chrome reports the event-handler attributes of even an inert document to the page's
    // CSP: renaming them inside tags first spares a strict site those violation reports.
    const { body } = inert(
      markup.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/\son/gi, ' data-on')),
      'text/html',
    );
    for (const el of body.querySelectorAll('script,style,noscript,iframe,svg')) el.remove();
    for (const el of body.querySelectorAll('br,p,div,li,td,h1,h2,h3,h4,h5,h6')) el.append(' ');
    markup = body.textContent!;
  }
  return markup.replace(/\s+/g, ' ').trim();
}

const at = (value: unknown, ...keys: (string | number)[]): unknown =>
  keys.reduce((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);
/** The string at `keys` in JSON, else `undefined`. */
const str = (value: unknown, ...keys: (string | number)[]) => {
  const found = at(value, ...keys);
  return typeof found === 'string' ? found : undefined;
};

const kids = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);
const kid = (el: Element, name: string): Element | undefined => kids(el, name)[0];
const text = (el: Element, name: string) =>
  kids(el, name)
    .map((c) => c.textContent?.trim())
    .find(Boolean);
const attr = (el: Element | undefined, name: string) => el?.getAttribute(name) ?? undefined;
const isImage = (el: Element) => /^image\b/.test(String(attr(el, 'medium') ?? attr(el, 'type')));

function rss(root: Element): RawItem[] {
  const channel = kid(root, 'channel') ?? root;
  const lang = text(channel, 'language');
  return kids(channel, 'item').map((item) => {
    const guid = kid(item, 'guid');
    return {
      title: text(item, 'title'),
      link: text(item, 'link') ?? (attr(guid, 'isPermaLink') === 'false' ? undefined : text(item, 'guid')),
      published: text(item, 'pubDate') ?? text(item, 'date'),
      modified: text(item, 'modified'),
      summary: text(item, 'description') ?? text(item, 'encoded'),
      image: attr(
        [...kids(item, 'enclosure'), ...kids(item, 'content')].find(isImage) ?? kid(item, 'thumbnail'),
        'url',
      ),
      category: text(item, 'category'),
      lang: text(item, 'language') ?? lang,
    };
  });
}

/** Atom text constructs: `type="html"` is HTML, `text` and `xhtml` are read as text. */
const atomText = (el: Element | undefined) =>
  el && (attr(el, 'type') === 'html' ? el.textContent?.trim() : escape(el.textContent?.trim()));

function atom(root: Element): RawItem[] {
  return kids(root, 'entry').map((entry) => {
    const links = kids(entry, 'link');
    const published = text(entry, 'published');
    const category = kid(entry, 'category');
    return {
      title: atomText(kid(entry, 'title')),
      link: attr(
        links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate'),
        'href',
      ),
      published: published ?? text(entry, 'updated'),
      modified: published && text(entry, 'updated'),
      summary: atomText(kid(entry, 'summary') ?? kid(entry, 'content')),
      image:
        attr(
          links.find((l) => attr(l, 'rel') === 'enclosure' && isImage(l)),
          'href',
        ) ?? attr(kid(entry, 'thumbnail'), 'url'),
      category: escape(attr(category, 'label') ?? attr(category, 'term')),
      // xml:lang is inherited; [*|lang] matches it in its XML namespace.
      lang: attr(entry.closest('[*|lang]') ?? undefined, 'xml:lang'),
    };
  });
}

function jsonFeed(feed: unknown): RawItem[] {
  return (at(feed, 'items') as unknown[]).map((item) => ({
    title: escape(str(item, 'title')),
    link: str(item, 'url') ?? str(item, 'external_url'),
    published: str(item, 'date_published'),
    modified: str(item, 'date_modified'),
    summary: escape(str(item, 'summary') ?? str(item, 'content_text')) ?? str(item, 'content_html'),
    image: str(item, 'image') ?? str(item, 'banner_image'),
    category: escape(str(item, 'tags', 0)),
    lang: str(item, 'language') ?? str(feed, 'language'),
  }));
}

/** WordPress stores `*_gmt` dates in UTC without saying so. */
const gmt = (post: unknown, field: string) => {
  const utc = str(post, `${field}_gmt`);
  return utc ? `${utc}Z` : str(post, field);
};

function wordpress(posts: unknown[]): RawItem[] {
  return posts.map((post) => {
    const media = at(post, '_embedded', 'wp:featuredmedia', 0);
    return {
      title: str(post, 'title', 'rendered'),
      link: str(post, 'link'),
      published: gmt(post, 'date'),
      modified: gmt(post, 'modified'),
      summary: str(post, 'excerpt', 'rendered') ?? str(post, 'content', 'rendered'),
      image: str(media, 'source_url') ?? str(post, 'jetpack_featured_media_url'),
      imageAlt: str(media, 'alt_text'),
      category: str(post, '_embedded', 'wp:term', 0, 0, 'name'),
    };
  });
}

/**
 * Reads an RSS 2.0, Atom 1.0, JSON Feed 1.x or WordPress REST API posts
 * document, whatever its content type says. Throws a {@link FeedError}
 * (`malformed`, `not-a-feed`) when the text is none of them, or `blocked` when Trusted
 * Types forbid parsing.
 */
export function readFeed(body: string, type: string): RawItem[] {
  // trim() also drops a byte order mark.
  const source = body.trim();
  if (/^[[{]/.test(source)) {
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch (e) {
      throw new FeedError('malformed', `is not valid JSON (${e}).`);
    }
    // A JSON Feed is an object with `items`; WordPress answers with an array of posts.
    if (Array.isArray(at(json, 'items'))) return jsonFeed(json);
    if (Array.isArray(json)) return wordpress(json);
  } else if (source[0] === '<') {
    const doc = inert(source, 'application/xml');
    const error = doc.querySelector('parsererror');
    // An HTML page (a CMS's "not found" page, say) is not a feed, whether or not it parses as XML.
    if (error && !/html/.test(type) && !/^<(!doctype )?html/i.test(source))
      throw new FeedError(
        'malformed',
        `is not well-formed XML (${toText(error.textContent!).slice(0, 200)}).`,
      );
    const root = doc.documentElement;
    if (!error && root.localName === 'rss') return rss(root);
    if (!error && root.localName === 'feed') return atom(root);
  }
  throw new FeedError('not-a-feed', `is not an RSS, Atom, JSON Feed or WordPress feed (${type}).`);
}

/** The items newest first; undated items last, in feed order (sort is stable; -Infinity - -Infinity is NaN). */
export const newestFirst = (items: RawItem[]): FeedItem[] =>
  items
    .map((item, i) => ({
      ...item,
      position: i + 1,
      time: +(parseIsoDate(feedDate(item.published) ?? feedDate(item.modified))?.date ?? -Infinity),
    }))
    .sort((a, b) => b.time - a.time || 0);

/** Cuts a long summary (a whole article, in some feeds) at a word boundary. */
const shorten = (text: string) =>
  text.length > 300 ? `${text.slice(0, text.lastIndexOf(' ', 299) + 1 || 300).trimEnd()}…` : text;

/**
 * What the card of `item` shows, with its URLs resolved against `base` (the feed's URL);
 * `undefined` when it has no title or no safe link. `warn` hears of every item skipped or
 * shown without a date or image. Done only for the items shown, since reading their HTML
 * takes time.
 */
export function toCard(item: FeedItem, base: string, warn: (message: string) => void): Card | undefined {
  const name = `item ${item.position}`;
  const check = <T>(value: string | undefined, result: T, field: string) => {
    if (value && !result) warn(`${name}: ${field} "${value}" is not valid; left out.`);
    return result;
  };
  const title = toText(item.title);
  const link = safeUrl(item.link, base);
  if (!title || !link) {
    warn(`${name}: no ${title ? `safe link${item.link ? ` "${item.link}"` : ''}` : 'title'}; skipped.`);
    return;
  }
  return {
    ...item,
    title,
    link,
    published: check(item.published, feedDate(item.published), 'date'),
    modified: check(item.modified, feedDate(item.modified), 'date'),
    image: check(item.image, safeUrl(item.image, base), 'image'),
    summary: shorten(toText(item.summary)),
    category: toText(item.category),
  };
}
