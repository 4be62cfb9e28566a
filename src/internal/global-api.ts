import type * as library from '../index.js';

/** What the `SeconElements` global offers: the whole library's API, or a single element's part of it. */
export type Api = typeof library;
export type PartialApi = Pick<
  Api,
  'setLocale' | 'getLocale' | 'version' | 'supportedLocales' | 'defineElement'
> &
  Partial<Api>;

declare global {
  var SeconElements: PartialApi | undefined;
}

/**
 * Publishes `api` as the `SeconElements` global of a single-file bundle and returns the
 * API the page uses. The first copy on a page owns the global. A later copy that has
 * nothing more (the module and the classic script of one bundle) defines nothing and
 * leaves it alone. A later copy with more (the whole library after the map alone, or the
 * reverse) adds what only it has, and `setLocale` then steers the elements of both copies.
 */
export function publish(api: PartialApi): PartialApi {
  const first = globalThis.SeconElements;
  if (!first) return (globalThis.SeconElements = Object.freeze({ ...api }));
  if (Object.keys(api).every((key) => key in first)) return first;
  return (globalThis.SeconElements = Object.freeze({
    ...api,
    ...first,
    setLocale: async (code: string) => {
      await Promise.all([first.setLocale(code), api.setLocale(code)]);
    },
  }));
}

/**
 * `setLocale` and `getLocale` as a bundle exports them: they ask the page's API at the
 * moment of the call, so that a copy loaded later and joined to it is steered too.
 */
export const setLocale: Api['setLocale'] = (code) => globalThis.SeconElements!.setLocale(code);
export const getLocale: Api['getLocale'] = () => globalThis.SeconElements!.getLocale();
