import { version } from './version.js';

/** Static marker every secon element class carries, so another copy can read its version. */
export interface SeconElementClass extends CustomElementConstructor {
  seconVersion?: string;
}

let warnedAbout: string | undefined;

/**
 * Defines `tag` unless it is already defined. A page that loads the bundle twice, or
 * the ES module and the classic script together, keeps the first definition: a second
 * copy is a no-op, with one console warning when its version differs.
 */
export function defineElement(tag: string, ctor: SeconElementClass): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as SeconElementClass | undefined;
  if (existing) {
    const other = existing.seconVersion ?? 'unknown';
    if (existing !== ctor && other !== version && warnedAbout !== other) {
      warnedAbout = other;
      console.warn(
        `secon-elements ${version} was loaded on a page where secon-elements ${other} already defines <${tag}>; ` +
          `the elements of ${other} stay in use. Load only one copy.`,
      );
    }
    return;
  }
  ctor.seconVersion = version;
  registry.define(tag, ctor);
}
