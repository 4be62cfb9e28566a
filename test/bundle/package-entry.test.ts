/** The package entries for bundler users: `secon-elements` defines nothing, `secon-elements/define` everything. */
import { expect } from '@open-wc/testing';

const entry = (name: string) => `/dist/${name}.js`;

describe('the package entries', () => {
  it('importing the package defines no element and starts nothing', async () => {
    const api = (await import(/* @vite-ignore */ entry('index'))) as Record<string, unknown>;
    expect(api['SeconSkipLinks']).to.be.a('function');
    expect(api['setLocale']).to.be.a('function');
    expect(api['getLocale']).to.be.a('function');
    expect(api['version']).to.be.a('string');
    expect(customElements.get('secon-skip-links')).to.equal(undefined);
    expect((globalThis as { SeconElements?: unknown }).SeconElements).to.equal(undefined);
  });

  it('secon-elements/define registers every element', async () => {
    const api = (await import(/* @vite-ignore */ entry('index'))) as Record<string, unknown>;
    await import(/* @vite-ignore */ entry('define'));
    expect(customElements.get('secon-skip-links')).to.equal(api['SeconSkipLinks']);
  });
});
