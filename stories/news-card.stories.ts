import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';

interface Args {
  headline?: string;
  href?: string;
  published?: string;
  modified?: string;
  summary?: string;
  image?: string;
  imageAlt?: string;
  category?: string;
  headingLevel?: number;
  variant?: 'vertical' | 'horizontal' | 'compact';
  width?: string;
}

const SEED = {
  headline: 'SECON: Нова инициатива за насърчаване на социалната икономика в регионите на ЕС',
  href: 'https://www.interregeurope.eu/secon',
  published: '2023-05-26',
  modified: '2023-09-09',
  summary:
    'Проектът SECON, инициатива, финансирана от Интеррег Европа, стартира със своята начална среща на 24 и 25 май, отбелязвайки началото на съвместни усилия за подобряване на социалната икономика в европейските региони.',
  image: '/assets/news/secon-kick-off.svg',
  category: 'Европейски проекти',
};

const meta: Meta<Args> = {
  title: 'Elements/News card',
  component: 'secon-news-card',
  args: { ...SEED, imageAlt: '', headingLevel: 3, variant: 'vertical', width: '22rem' },
  argTypes: {
    published: { control: 'text', description: 'ISO 8601 date or date-time' },
    modified: { control: 'text', description: 'ISO 8601; shown when on a later day' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    variant: { control: 'inline-radio', options: ['vertical', 'horizontal', 'compact'] },
    width: { control: 'text', description: 'Width of the surrounding box (not an attribute)' },
  },
  render: (a) => html`
    <div style=${`max-width: ${a.width ?? '22rem'}`}>
      <secon-news-card
        headline=${a.headline ?? nothing}
        href=${a.href ?? nothing}
        published=${a.published || nothing}
        modified=${a.modified || nothing}
        summary=${a.summary || nothing}
        image=${a.image || nothing}
        image-alt=${a.imageAlt ?? nothing}
        category=${a.category || nothing}
        heading-level=${a.headingLevel ?? 3}
        variant=${a.variant ?? 'vertical'}
      ></secon-news-card>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed article of Haskovo Municipality: picture, category, dates, summary. Switch the locale in the toolbar. */
export const Vertical: Story = {};

/** The picture beside the text once the card is at least 32em wide; above it when narrower. */
export const Horizontal: Story = { args: { variant: 'horizontal', width: '48rem' } };

/** Small thumbnail, no summary: for sidebars. Below 16em the thumbnail goes. */
export const Compact: Story = { args: { variant: 'compact', width: '22rem' } };

/** Several cards side by side, as in a news page. */
export const Grid: Story = {
  render: () => html`
    <div style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr))">
      <secon-news-card
        headline=${SEED.headline}
        href=${SEED.href}
        published=${SEED.published}
        modified=${SEED.modified}
        summary=${SEED.summary}
        image=${SEED.image}
        category=${SEED.category}
      ></secon-news-card>
      <secon-news-card
        lang="en"
        headline="SECON kick-off meeting in Kalamata, Greece"
        href="https://www.interregeurope.eu/secon"
        published="2023-05-25T18:00:00+03:00"
        summary="The Region of Peloponnese welcomed the ten SECON partners to Kalamata."
        category="Interreg Europe"
      ></secon-news-card>
      <secon-news-card
        headline="Проектът SECON ще продължи до 31 май 2027 г."
        href="https://www.interregeurope.eu/secon"
        published="2023-03-01"
      ></secon-news-card>
    </div>
  `,
};

/** No picture: the text takes the whole card. */
export const WithoutImage: Story = { args: { image: '' } };

/** The picture cannot be loaded: a neutral box of the same size stays. */
export const ImageFails: Story = { args: { image: '/assets/news/no-such-picture.jpg' } };

/** Modified on the same day as published: no "Last modified" line. */
export const ModifiedSameDay: Story = { args: { modified: '2023-05-26T16:00:00+03:00' } };

/** An invalid date is left out (the console says which). */
export const InvalidDate: Story = { args: { published: '26.05.2023', modified: '' } };

/** An unsafe `href` (`javascript:`): the headline is shown without a link. */
export const UnsafeLink: Story = { args: { href: 'javascript:alert(1)' } };

/** Keyboard focus: one ring around the whole card. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('secon-news-card')!;
    await card.updateComplete;
    card.focus({ focusVisible: true } as FocusOptions);
  },
};

/**
 * Content written as ordinary article markup inside the element: visible and indexable
 * before the script runs, then shown as a card.
 */
export const LightDomContent: Story = {
  render: () => html`
    <div style="max-width: 48rem">
      <secon-news-card variant="horizontal">
        <article>
          <img src="/assets/news/secon-kick-off.svg" alt="" width="600" height="400" />
          <p data-category>Европейски проекти</p>
          <h3><a href=${SEED.href}>${SEED.headline}</a></h3>
          <p>
            <time datetime="2023-05-26">26 май 2023 г.</time>
            <time datetime="2023-09-09" itemprop="dateModified">Последна промяна: 9 септември 2023 г.</time>
          </p>
          <p>${SEED.summary}</p>
        </article>
      </secon-news-card>
    </div>
  `,
};
