import { checked } from '../../internal/attributes.js';

/** How a news card lays out its image and text. */
export type NewsCardVariant = 'vertical' | 'horizontal' | 'compact';

/**
 * `variant` when it is one of the three, else `vertical`, with a console warning. Its own
 * module, so that the news list checks its `variant` without the card's code.
 */
export const cardVariant = (host: Element, variant: string | undefined): NewsCardVariant =>
  checked(
    host,
    'variant',
    variant as NewsCardVariant,
    /^(vertical|horizontal|compact)$/.test(variant!),
    'vertical, horizontal or compact',
    'vertical',
  );
