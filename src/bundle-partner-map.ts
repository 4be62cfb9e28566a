/**
 * Entry of the single-file bundles of the partner map alone (`secon-partner-map.js` and
 * `secon-partner-map.iife.js`), for a page that shows only the map: it defines
 * `<secon-partner-map>` and exposes its part of the API as the `SeconElements` global.
 * Loaded with `secon-elements.js` on one page, in either order, the two copies share the
 * global (see publish()) and every element is defined once.
 */
import { defineElement as define } from './internal/define-element.js';
import { SeconPartnerMap as PartnerMap } from './components/partner-map/partner-map.js';
import {
  getLocale as ownGetLocale,
  setLocale as ownSetLocale,
  supportedLocales as locales,
} from './internal/locale.js';
import { version as ownVersion } from './internal/version.js';
import { publish } from './internal/global-api.js';
import type { Api } from './internal/global-api.js';

// Asked of the page's API at each call (see global-api.ts).
export { setLocale, getLocale } from './internal/global-api.js';

define('secon-partner-map', PartnerMap);

const owner = publish({
  setLocale: ownSetLocale,
  getLocale: ownGetLocale,
  version: ownVersion,
  supportedLocales: locales,
  defineElement: define,
  SeconPartnerMap: PartnerMap,
});

export const { version, supportedLocales, defineElement } = owner;
export const SeconPartnerMap: Api['SeconPartnerMap'] = owner.SeconPartnerMap!;
