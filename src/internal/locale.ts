import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import * as bg from '../generated/locales/bg.js';
import * as de from '../generated/locales/de.js';
import * as el from '../generated/locales/el.js';
import * as es from '../generated/locales/es.js';
import * as hu from '../generated/locales/hu.js';
import * as lv from '../generated/locales/lv.js';
import * as nl from '../generated/locales/nl.js';
import * as pl from '../generated/locales/pl.js';
import * as pt from '../generated/locales/pt.js';
import * as ro from '../generated/locales/ro.js';

/** A locale code secon-elements has translations for. */
export type SeconLocale = (typeof allLocales)[number];

/** Every locale is compiled into the bundle: a page never fetches a translation. */
const templates: Record<string, LocaleModule> = { bg, de, el, es, hu, lv, nl, pl, pt, ro };

export const supportedLocales: readonly SeconLocale[] = allLocales;

let controls: ReturnType<typeof configureLocalization> | undefined;
let started = false;

/** The primary subtag of `code` when it is a supported locale (`de-AT` → `de`). */
export function matchLocale(code: string | null | undefined): SeconLocale | undefined {
  const primary = (code ?? '')
    .trim()
    .replace(/[-_][\s\S]*$/, '')
    .toLowerCase();
  return (allLocales as readonly string[]).includes(primary) ? (primary as SeconLocale) : undefined;
}

/** The locale `<html lang>` asks for, or English. */
export function pageLocale(): SeconLocale {
  return matchLocale(document.documentElement.getAttribute('lang')) ?? sourceLocale;
}

/**
 * Configures @lit/localize the first time an element needs it (so importing the
 * package has no side effect) and starts following `<html lang>`: a language picker
 * that changes it re-renders every element without a reload.
 */
export function ensureLocalization(): void {
  if (started) return;
  started = true;
  try {
    controls = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => Promise.resolve(templates[locale]!),
    });
  } catch {
    // A bundler user's own application configured @lit/localize first: it owns the locale.
    console.warn(
      'secon-elements: @lit/localize is already configured by this application, which then decides the language of the elements.',
    );
    return;
  }
  const initial = pageLocale();
  if (initial !== sourceLocale) void controls.setLocale(initial);
  const localize = controls;
  new MutationObserver(() => {
    const next = pageLocale();
    if (next !== localize.getLocale()) void localize.setLocale(next);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/** The active locale code, e.g. `"bg"`. */
export function getLocale(): SeconLocale {
  return (controls?.getLocale() as SeconLocale | undefined) ?? pageLocale();
}

/**
 * Switches every element to `code` (a supported locale, or a tag whose primary subtag
 * is one). The most recent choice wins: a later change of `<html lang>` applies again.
 * An unsupported code leaves the locale as it is and warns in the console.
 */
export async function setLocale(code: string): Promise<void> {
  const locale = matchLocale(code);
  if (!locale) {
    console.warn(
      `secon-elements: setLocale("${String(code)}") ignored: supported locales are ${allLocales.join(', ')}.`,
    );
    return;
  }
  ensureLocalization();
  await controls?.setLocale(locale);
}
