import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import { setLocale, supportedLocales } from '../src/index.js';

setCustomElementsManifest(manifest);

const names = new Intl.DisplayNames(['en'], { type: 'language' });

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the elements (sets <html lang>, as a partner site would)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: supportedLocales.map((code) => ({
          value: code,
          title: `${code} — ${new Intl.DisplayNames([code], { type: 'language' }).of(code)} (${names.of(code)})`,
        })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      const locale = String(context.globals['locale'] ?? 'en');
      document.documentElement.lang = locale;
      void setLocale(locale);
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
