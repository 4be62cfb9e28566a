// A bundler user's application that configured @lit/localize itself owns the locale;
// the elements then follow it and say so once. Its own page: the configuration is global.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import '../src/define.js';
import type { SeconSkipLinks } from '../src/components/skip-links/skip-links.js';
import { captureConsole, shadow } from './helpers/util.js';

describe('an application that configured @lit/localize first', () => {
  it('keeps its locale and the elements say why <html lang> is not followed', async () => {
    configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: () => Promise.reject(new Error('not used')),
    });
    document.documentElement.setAttribute('lang', 'de');
    let el!: SeconSkipLinks;
    const warnings = await captureConsole('warn', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <secon-skip-links></secon-skip-links>
          <main id="m-owned">m</main>
        </div>`,
      );
      el = wrapper.querySelector<SeconSkipLinks>('secon-skip-links')!;
      await el.updateComplete;
    });
    document.documentElement.setAttribute('lang', 'en');
    expect(warnings).to.deep.equal([
      'secon-elements: @lit/localize is already configured by this application, which then decides the language of the elements.',
    ]);
    expect(shadow(el).querySelector('a')!.textContent!.trim()).to.equal('Skip to main content');
  });
});
