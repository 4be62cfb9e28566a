/**
 * secon-elements, for bundler users. Importing this module defines nothing: import
 * `secon-elements/define` (or call `defineElement`) to register the tags.
 */
export { SeconSkipLinks } from './components/skip-links/skip-links.js';
export {
  SeconPartnerMap,
  type Partner,
  type PartnerData,
  type PartnerRole,
  type LocalizedText,
  type SeconPartnerSelectDetail,
} from './components/partner-map/partner-map.js';
export { SeconNewsCard, type NewsCardVariant } from './components/news-card/news-card.js';
export { SeconNewsList } from './components/news-list/news-list.js';
export {
  SeconSubscribe,
  type SeconSubscribeSubmitDetail,
  type SeconSubscribeSuccessDetail,
  type SubscribeProvider,
} from './components/subscribe/subscribe.js';
export { setLocale, getLocale, supportedLocales } from './internal/locale.js';
export type { SeconLocale } from './internal/locale.js';
export { defineElement } from './internal/define-element.js';
export type { SeconErrorDetail } from './internal/events.js';
export { version } from './internal/version.js';
