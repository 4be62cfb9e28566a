/**
 * Leaves private and protected members out, so the manifest and Storybook's docs show the
 * public API only; with them the attributes the analyzer read from a `static properties`
 * entry of a private field (internal state).
 */
const publicApiOnly = {
  name: 'public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.members) continue;
        const hidden = (m) => m.name.startsWith('#') || m.privacy === 'private' || m.privacy === 'protected';
        const internal = new Set(declaration.members.filter(hidden).map((m) => m.name));
        declaration.members = declaration.members.filter((m) => !hidden(m));
        if (declaration.attributes)
          declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName));
      }
    }
  },
};

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly],
};
