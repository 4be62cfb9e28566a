/**
 * Entry of the two single-file bundles (`secon-elements.js` and
 * `secon-elements.iife.js`): defines every element and exposes the API as the
 * `SeconElements` global. When another copy already owns the page, this copy defines
 * nothing, leaves the global to the first copy and its exports delegate to it, so that
 * `setLocale` always steers the elements actually in use.
 */
import './define.js';
import * as api from './index.js';

type Api = typeof api;

declare global {
  var SeconElements: Api | undefined;
}

const owner: Api = (globalThis.SeconElements ??= Object.freeze({ ...api }));

export const setLocale: Api['setLocale'] = (code) => owner.setLocale(code);
export const getLocale: Api['getLocale'] = () => owner.getLocale();
export const { version, supportedLocales, defineElement } = owner;
export const SeconSkipLinks: Api['SeconSkipLinks'] = owner.SeconSkipLinks;
export const SeconPartnerMap: Api['SeconPartnerMap'] = owner.SeconPartnerMap;
export const SeconNewsCard: Api['SeconNewsCard'] = owner.SeconNewsCard;
export const SeconNewsList: Api['SeconNewsList'] = owner.SeconNewsList;
export const SeconSubscribe: Api['SeconSubscribe'] = owner.SeconSubscribe;
