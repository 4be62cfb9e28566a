import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { getLocale, setLocale } from '../../src/internal/locale.js';

/** Records console calls of one kind while `run` runs; returns them as joined strings. */
export async function captureConsole(
  kind: 'warn' | 'error',
  run: () => unknown | Promise<unknown>,
): Promise<string[]> {
  const seen: string[] = [];
  const original = console[kind];
  console[kind] = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console[kind] = original;
  }
  return seen;
}

/** Sets `<html lang>` as a host page's language picker would, and waits for the switch. */
export async function setPageLang(lang: string | null, expected: string): Promise<void> {
  if (lang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', lang);
  await waitUntil(() => getLocale() === expected, `locale did not become ${expected}`);
  // Let every element render the new locale.
  await new Promise((r) => setTimeout(r));
}

/** Puts the page back in English between tests. */
export async function resetLocale(): Promise<void> {
  document.documentElement.setAttribute('lang', 'en');
  await setLocale('en');
  await new Promise((r) => setTimeout(r));
}

/** The shadow root of `el`, which every secon element has. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export interface Emulation {
  media?: 'print' | 'screen';
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
}

/**
 * Emulates print, forced colours or reduced motion for the rest of the test (call it with
 * `{}` to undo). Resolves false where the engine's driver cannot, so the test can
 * `this.skip()` rather than pass without checking anything.
 */
export async function emulate(options: Emulation): Promise<boolean> {
  const features = [
    { name: 'forced-colors', value: options.forcedColors ?? '' },
    { name: 'prefers-reduced-motion', value: options.reducedMotion ?? '' },
  ];
  const ok = await executeServerCommand<boolean, { features: typeof features; media?: string }>(
    'secon-emulate',
    { features, ...(options.media ? { media: options.media } : {}) },
  );
  if (!ok) return false;
  const want = [
    options.media ? matchMedia(options.media).matches : true,
    options.forcedColors ? matchMedia(`(forced-colors: ${options.forcedColors})`).matches : true,
    options.reducedMotion ? matchMedia(`(prefers-reduced-motion: ${options.reducedMotion})`).matches : true,
  ];
  return want.every(Boolean);
}
