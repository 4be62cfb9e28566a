import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform as esbuild } from 'esbuild';
import { defineConfig } from 'vite';
import type { Plugin, UserConfig } from 'vite';
import { filterMessages, isLocaleModule } from './scripts/messages-filter.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The project's own TypeScript sources, which the bundle-only transforms below rewrite. */
const SOURCE = /[/\\]src[/\\].*\.ts$/;

/**
 * The single-file bundles carry their own copy of Lit. Under Trusted Types a second
 * `createPolicy('lit-html')` (the host page's own Lit, or our bundle loaded twice) is a
 * CSP violation and throws while the bundle loads. So our copy of lit-html goes through
 * `trustedHTML()` (src/internal/trusted-types.ts), which creates the `secon` policy on
 * first render only. The webmaster's CSP line stays `trusted-types lit-html secon`.
 */
function sharedTrustedTypesPolicy(): Plugin {
  const pattern = /(\w+)\?\1\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\):void 0/;
  const helper = fileURLToPath(new URL('./src/internal/trusted-types.ts', import.meta.url));
  return {
    name: 'secon-trusted-types-policy',
    enforce: 'pre',
    transform(code, id) {
      if (!/[/\\]lit-html[/\\]lit-html\.js$/.test(id)) return null;
      if (!pattern.test(code)) throw new Error(`lit-html changed: no createPolicy("lit-html") in ${id}`);
      return (
        `import { trustedHTML as __seconTrustedHTML } from ${JSON.stringify(helper)};\n` +
        code.replace(pattern, (_, factory: string) => `${factory}?{createHTML:__seconTrustedHTML}:void 0`)
      );
    },
  };
}

/**
 * The `desc` of a `msg()` call tells translators where a text appears (it ends up in
 * xliff/); the page never needs it, so the bundles leave it out.
 */
function stripTranslatorNotes(): Plugin {
  const literal = String.raw`'(?:[^'\\]|\\.)*'`;
  const first = new RegExp(String.raw`(\{\s*)desc:\s*${literal}\s*,\s*`, 'g');
  const other = new RegExp(String.raw`,\s*desc:\s*${literal}`, 'g');
  return {
    name: 'secon-strip-translator-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!SOURCE.test(id) || !code.includes('desc:')) return null;
      return code.replace(first, '$1').replace(other, '');
    },
  };
}

/**
 * Minifies the CSS of Lit's css`` templates (comments, white space): Vite leaves
 * template literals as they are. Interpolations are kept in place.
 */
function minifyLitCss(): Plugin {
  const template = /\bcss`([^`]*)`/g;
  return {
    name: 'secon-minify-lit-css',
    enforce: 'pre',
    async transform(code, id) {
      if (!SOURCE.test(id) || !code.includes('css`')) return null;
      let result = '';
      let last = 0;
      for (const match of code.matchAll(template)) {
        const holes: string[] = [];
        const css = match[1]!.replace(/\$\{[^}]*\}/g, (hole) => `--secon-hole-${holes.push(hole) - 1}`);
        const { code: minified } = await esbuild(css, { loader: 'css', minify: true });
        const restored = minified.trim().replace(/--secon-hole-(\d+)/g, (_, i: string) => holes[Number(i)]!);
        result += code.slice(last, match.index) + 'css`' + restored + '`';
        last = match.index + match[0].length;
      }
      return result + code.slice(last);
    },
  };
}

/**
 * Each generated locale module (src/generated/locales/) repeats every message id. The
 * bundles keep the ids once, in a shared list, and each locale only its texts in that
 * order. A locale whose ids differ from the list is left as it is.
 */
function sharedMessageIds(): Plugin {
  const idsModule = '\0secon-message-ids';
  const entry = /^\s*'([^']+)': (.*),$/;
  const parse = (code: string) => {
    const start = code.indexOf('export const templates = {');
    const end = code.lastIndexOf('};');
    if (start < 0 || end < start) return undefined;
    const lines = code
      .slice(start, end)
      .split('\n')
      .slice(1)
      .filter((line) => line.trim());
    const entries = lines.map((line) => entry.exec(line));
    if (entries.some((m) => !m)) return undefined;
    return {
      head: code.slice(0, start),
      ids: entries.map((m) => m![1]!),
      values: entries.map((m) => m![2]!),
    };
  };
  // The first locale module read sets the list; the ids module is only imported by
  // transformed locale modules, so it is loaded after that.
  let ids: string[] | undefined;
  return {
    name: 'secon-shared-message-ids',
    enforce: 'pre',
    buildStart() {
      ids = undefined;
    },
    resolveId: (id) => (id === idsModule ? id : null),
    load: (id) => (id === idsModule ? `export default ${JSON.stringify(ids ?? [])};` : null),
    transform(code, id) {
      if (!/[/\\]generated[/\\]locales[/\\]\w+\.ts$/.test(id)) return null;
      const parsed = parse(code);
      if (!parsed) return null;
      ids ??= parsed.ids;
      if (parsed.ids.join('\n') !== ids.join('\n')) return null;
      return (
        `${parsed.head}import ids from ${JSON.stringify(idsModule)};\n` +
        `const values = [${parsed.values.join(',\n')}];\n` +
        'export const templates = Object.fromEntries(ids.map((id, i) => [id, values[i]]));\n'
      );
    },
  };
}

/**
 * @lit/localize hashes a message's text into an id when `msg()` is given none. Every
 * message here has its own id (`npm run i18n:check` fails on a hashed one), so the
 * bundles leave the hashing out.
 */
function messageIdsGiven(): Plugin {
  const pattern = /export function generateMsgId\([^)]*\) \{[\s\S]*?\n\}/;
  return {
    name: 'secon-message-ids-given',
    enforce: 'pre',
    transform(code, id) {
      if (!/[/\\]@lit[/\\]localize[/\\]internal[/\\]id-generation\.js$/.test(id)) return null;
      if (!pattern.test(code)) throw new Error(`@lit/localize changed: no generateMsgId() in ${id}`);
      return code
        .replace(/^import .*fnv1a64.*$/m, '')
        .replace(pattern, 'export function generateMsgId() {\n  return "";\n}');
    },
  };
}

/**
 * After minification the only line breaks left are inside template literals, where
 * they are the indentation of Lit's html`` templates: one space renders the same
 * (HTML collapses white space, and no template holds a <pre>) and weighs less.
 */
function collapseTemplateWhitespace(): Plugin {
  return {
    name: 'secon-collapse-template-whitespace',
    generateBundle(_, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') output.code = output.code.replace(/\n[ \t]*/g, ' ');
      }
    },
  };
}

/** The partner map's own bundles carry only its texts, not the other elements'. */
function onlyMessagesOf(prefix: string): Plugin {
  return {
    name: 'secon-only-messages-of',
    enforce: 'pre',
    load: (id) =>
      isLocaleModule(id)
        ? filterMessages(readFileSync(id, 'utf8'), (message) => message.startsWith(prefix))
        : null,
  };
}

const shared: UserConfig = {
  define: { __SECON_VERSION__: JSON.stringify(version) },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    reportCompressedSize: false,
  },
};

/**
 * `vite build` (mode `production`) writes the two single-file bundles a webmaster
 * copies: `secon-elements.js` (ES module) and `secon-elements.iife.js` (classic
 * script). Both are self-contained and minified, with Lit's production build and
 * every locale inside. `vite build --mode partner-map` writes the same two for the
 * partner map alone (`secon-partner-map.js`, `.iife.js`), for pages that show only the
 * map. `vite build --mode package` writes the side-effect-free module
 * entries for bundler users (`index.js`, `define.js`), with Lit left as a dependency.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'package') {
    return {
      ...shared,
      build: {
        ...shared.build,
        minify: false,
        sourcemap: true,
        lib: { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  const name = mode === 'partner-map' ? 'secon-partner-map' : 'secon-elements';
  return {
    ...shared,
    plugins: [
      sharedTrustedTypesPolicy(),
      stripTranslatorNotes(),
      minifyLitCss(),
      sharedMessageIds(),
      collapseTemplateWhitespace(),
      messageIdsGiven(),
      ...(name === 'secon-partner-map' ? [onlyMessagesOf('partner-map.')] : []),
    ],
    build: {
      ...shared.build,
      minify: true,
      // No source map: the file is copied alone, and a map beside it would be a second file.
      sourcemap: false,
      rolldownOptions: {
        input: `src/${name === 'secon-elements' ? 'bundle' : 'bundle-partner-map'}.ts`,
        // The classic script publishes its API through the SeconElements global itself
        // (see src/internal/global-api.ts), so the IIFE's exports object is deliberately unnamed.
        checks: { missingNameOptionForIifeExport: false },
        preserveEntrySignatures: 'strict',
        output: [
          { format: 'es', entryFileNames: `${name}.js`, codeSplitting: false },
          { format: 'iife', entryFileNames: `${name}.iife.js`, codeSplitting: false },
        ],
      },
    },
  };
});
