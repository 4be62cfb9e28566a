// Leaves messages out of a generated locale module (src/generated/locales/*.ts) as a build
// reads it: the partner map's own bundle (vite.config.ts) keeps only its texts, and
// scripts/size.mjs measures each element's share by building without its texts.

/** `source` without the message lines whose id `keep(id)` rejects. */
export function filterMessages(source, keep) {
  return source
    .split('\n')
    .filter((line) => {
      const id = /^\s*'([^']+)':/.exec(line)?.[1];
      return id === undefined || keep(id);
    })
    .join('\n');
}

/** Whether `id` is a generated locale module. */
export const isLocaleModule = (id) => /[/\\]generated[/\\]locales[/\\]\w+\.ts$/.test(id);
