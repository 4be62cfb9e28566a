/**
 * Entry of the two single-file bundles (`secon-elements.js` and
 * `secon-elements.iife.js`): defines every element and exposes the API as the
 * `SeconElements` global. When another copy already owns the page, this copy defines
 * only what is not defined yet and its exports delegate to the global (see publish()),
 * so that `setLocale` always steers the elements actually in use.
 */
import './define.js';
import * as api from './index.js';
import { publish } from './internal/global-api.js';
import type { Api } from './internal/global-api.js';

// Asked of the page's API at each call (see global-api.ts).
export { setLocale, getLocale } from './internal/global-api.js';

// The page's API always has every class: the first copy's, or this one's added to it.
const owner = publish(api) as Api;

export const { version, supportedLocales, defineElement } = owner;
export const SeconSkipLinks: Api['SeconSkipLinks'] = owner.SeconSkipLinks;
export const SeconPartnerMap: Api['SeconPartnerMap'] = owner.SeconPartnerMap;
export const SeconNewsCard: Api['SeconNewsCard'] = owner.SeconNewsCard;
export const SeconNewsList: Api['SeconNewsList'] = owner.SeconNewsList;
export const SeconSubscribe: Api['SeconSubscribe'] = owner.SeconSubscribe;
