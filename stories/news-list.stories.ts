import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';

interface Args {
  src: string;
  limit: number;
  headingLevel: number;
  variant: 'vertical' | 'horizontal' | 'compact';
  timeout: number;
}

const meta: Meta<Args> = {
  title: 'Elements/News list',
  component: 'secon-news-list',
  args: { src: '/assets/news/rss.xml', limit: 10, headingLevel: 3, variant: 'vertical', timeout: 15000 },
  argTypes: {
    src: {
      control: 'select',
      options: [
        '/assets/news/rss.xml',
        '/assets/news/atom.xml',
        '/assets/news/feed.json',
        '/assets/news/wp-posts.json',
        '/assets/news/empty.json',
        '/assets/news/malformed.xml',
        '/assets/news/missing.xml',
      ],
      description: 'Feed URL (RSS, Atom, JSON Feed or WordPress posts)',
    },
    limit: { control: { type: 'number', min: 1 } },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    variant: { control: 'inline-radio', options: ['vertical', 'horizontal', 'compact'] },
    timeout: { control: { type: 'number', min: 100 } },
  },
  render: ({ src, limit, headingLevel, variant, timeout }) => html`
    <secon-news-list
      src=${src}
      limit=${limit}
      heading-level=${headingLevel}
      variant=${variant}
      timeout=${timeout}
    >
      <p><a href="https://www.interregeurope.eu/secon">All SECON news on the Interreg Europe site</a></p>
    </secon-news-list>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** RSS 2.0 of Haskovo Municipality, newest first; the English item keeps `lang="en"`. */
export const Rss: Story = {};

/** Atom 1.0 (German, with an English entry). */
export const Atom: Story = { args: { src: '/assets/news/atom.xml' } };

/** JSON Feed 1.1 (Portuguese). */
export const JsonFeed: Story = { args: { src: '/assets/news/feed.json' } };

/** A WordPress REST API posts response with embedded featured image and category. */
export const WordPress: Story = { args: { src: '/assets/news/wp-posts.json' } };

/** Two items at a time: "Show more" adds two and moves focus to the first new one. */
export const ShowMore: Story = { args: { limit: 2 } };

/** One column of horizontal cards. */
export const Horizontal: Story = { args: { variant: 'horizontal', limit: 3 } };

/** Compact cards in a sidebar. */
export const CompactSidebar: Story = {
  args: { variant: 'compact', limit: 3 },
  render: (args) => html`<aside style="max-width: 20rem">${meta.render!(args, {} as never)}</aside>`,
};

/**
 * While the feed loads: placeholder cards keep the room, `aria-busy="true"`, and the
 * fallback link stays. (Here the request is held open so that the state stays.)
 */
export const Loading: Story = {
  args: { src: '/assets/news/held-open.xml', limit: 3, timeout: 3_600_000 },
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input, init) =>
      String(input).includes('held-open')
        ? new Promise((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
          )
        : original(input, init);
    return () => {
      window.fetch = original;
    };
  },
};

/** An empty feed: "No news yet." (not an error). */
export const Empty: Story = { args: { src: '/assets/news/empty.json' } };

/** The feed does not exist (404): a localized message, the fallback link stays, `secon-error` fires. */
export const NotFound: Story = { args: { src: '/assets/news/missing.xml' } };

/** Broken XML: the same message; the console says what is wrong. */
export const Malformed: Story = { args: { src: '/assets/news/malformed.xml' } };
