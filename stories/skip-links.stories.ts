import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';

interface Args {
  main?: string;
  menu?: string;
  offset?: number;
}

const page = (content: unknown) => html`
  <p style="margin: 0 0 1rem">Press <kbd>Tab</kbd> to reveal the skip links, then <kbd>Enter</kbd>.</p>
  ${content}
`;

const meta: Meta<Args> = {
  title: 'Elements/Skip links',
  component: 'secon-skip-links',
  args: { menu: '#context-menu', offset: 0 },
  argTypes: {
    main: { control: 'text', description: 'CSS selector of the main content' },
    menu: { control: 'text', description: 'CSS selector of the context menu' },
    offset: { control: { type: 'number', min: 0 }, description: 'Sticky header height in CSS px' },
  },
  render: ({ main, menu, offset }) =>
    page(html`
      <secon-skip-links
        main=${main || nothing}
        menu=${menu || nothing}
        offset=${offset ?? 0}
      ></secon-skip-links>
      <nav id="context-menu" aria-label="Section">
        <ul>
          <li><a href="#a">News</a></li>
          <li><a href="#b">Projects</a></li>
        </ul>
      </nav>
      <main id="main-content"><h1>Main content</h1></main>
    `),
};
export default meta;

type Story = StoryObj<Args>;

/** The two localized default links; switch the locale in the toolbar. */
export const Default: Story = {};

/** Focused state, as a keyboard user sees it after the first Tab. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('secon-skip-links')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector('a')!.focus();
  },
};

/** Child links replace the defaults and work before the script loads. */
export const CustomLinks: Story = {
  render: () =>
    page(html`
      <secon-skip-links>
        <a href="#news">Skip to the news</a>
        <a href="#footer">Skip to contact details</a>
      </secon-skip-links>
      <section id="news"><h2>News</h2></section>
      <footer id="footer"><h2>Contact</h2></footer>
    `),
};

/** A `menu` selector that matches nothing: the link is left out and the console says why. */
export const MissingTarget: Story = {
  args: { menu: '#no-such-menu' },
};

/** A sticky header of 80 px: the target scrolls clear of it. */
export const StickyHeader: Story = {
  args: { offset: 80 },
  render: ({ offset }) => html`
    <header style="position: sticky; top: 0; height: 80px; background: #0b4f8a; color: #fff; padding: 1rem">
      Sticky header
    </header>
    <secon-skip-links offset=${offset ?? 80}></secon-skip-links>
    <div style="height: 150vh">Scroll content</div>
    <main id="main-content"><h1>Main content, clear of the header</h1></main>
    <div style="height: 150vh"></div>
  `,
};
