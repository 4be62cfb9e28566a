import { oneOf } from '../../internal/attributes.js';

/** How a news card lays out its image and text. */
export type NewsCardVariant = 'vertical' | 'horizontal' | 'compact';

/**
 * `variant` when it is one of the three, else `vertical`, with a console warning. Its own
 * module, so that the news list checks its `variant` without the card's code.
 */
export const cardVariant = (host: Element, variant: string | undefined): NewsCardVariant =>
  oneOf(host, 'variant', variant, ['vertical', 'horizontal', 'compact']);
