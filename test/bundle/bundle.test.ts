/**
 * Loads the production bundles from dist/ into real pages (iframes), the way a webmaster
 * does, and fails on any uncaught error, failed request or broken registration.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closeFrames, openFrame, page } from '../helpers/frames.js';
import type { FrameWindow as Frame } from '../helpers/frames.js';

const LIT_GLOBALS = [
  'litHtmlVersions',
  'litElementVersions',
  'reactiveElementVersions',
  'litPropertyMetadata',
];

interface FrameWindow extends Frame {
  SeconElements?: {
    setLocale(code: string): Promise<void>;
    getLocale(): string;
    version: string;
    supportedLocales: readonly string[];
  } & Record<string, unknown>;
}

let manifestTags: string[] = [];
before(async () => {
  const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as {
    modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
  };
  manifestTags = manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName!),
  );
});

afterEach(closeFrames);

/**
 * A page with an error/warning recorder, then `head` scripts, then `body`; it waits until
 * `tags` (default: every element in the manifest) are defined.
 */
function load(head: string, body = '', lang = 'en', tags?: string[]): Promise<FrameWindow> {
  return open((frame) => {
    frame.srcdoc = page(head, body, lang);
  }, tags);
}

/** The same page served under a strict Content-Security-Policy with Trusted Types. */
function loadStrict(scripts: string[], body: string, lang = 'en', tags?: string[]): Promise<FrameWindow> {
  const query = new URLSearchParams({ body, lang });
  for (const src of scripts) query.append('script', src);
  return open((frame) => {
    frame.src = `/csp-page?${query}`;
  }, tags);
}

async function open(setup: (frame: HTMLIFrameElement) => void, tags = manifestTags): Promise<FrameWindow> {
  const win = (await openFrame(setup)) as FrameWindow;
  await waitUntil(
    () => win.SeconElements && tags.every((t) => win.customElements.get(t)),
    'bundle did not define the elements',
    { timeout: 5000 },
  );
  // Give a second copy time to run and any late failure time to surface.
  await new Promise((r) => setTimeout(r, 200));
  return win;
}

const PAGE = '<secon-skip-links></secon-skip-links><main id="main">Main</main>';
const esm = (src = '/dist/secon-elements.js') => `<script type="module" src="${src}"></script>`;
const classic = (src = '/dist/secon-elements.iife.js') => `<script src="${src}"></script>`;

function expectHealthy(win: FrameWindow): void {
  expect(win.__errors, 'errors and failed requests').to.deep.equal([]);
  expect(manifestTags.length).to.be.greaterThan(0);
  for (const tag of manifestTags) expect(win.customElements.get(tag), tag).to.exist;
  const api = win.SeconElements!;
  expect(api.version).to.match(/^\d+\.\d+\.\d+/);
  expect(api.setLocale).to.be.a('function');
  expect(api.getLocale).to.be.a('function');
  expect(api['SeconSkipLinks']).to.equal(win.customElements.get('secon-skip-links'));
}

const linkText = (win: FrameWindow) =>
  win.document.querySelector('secon-skip-links')!.shadowRoot!.querySelector('a')?.textContent?.trim();

describe('the built bundles', () => {
  for (const file of ['/dist/secon-elements.js', '/dist/secon-partner-map.js']) {
    it(`${file} is one self-contained production module`, async () => {
      const source = await (await fetch(file)).text();
      expect(/^\s*import[\s{*]/m.test(source), 'static import').to.equal(false);
      expect(/\bimport\s*\(/.test(source), 'dynamic import').to.equal(false);
      expect(source.includes('lit.dev/msg/dev-mode'), "Lit's dev mode").to.equal(false);
      expect(source.includes('sourceMappingURL'), 'a source map to fetch').to.equal(false);
    });
  }

  it('the ES module defines every element and works', async () => {
    const win = await load(esm(), PAGE, 'bg');
    expectHealthy(win);
    await waitUntil(() => linkText(win) === 'Прескочи към основното съдържание на страницата');
    win.document.documentElement.lang = 'de';
    await waitUntil(() => linkText(win) === 'Zum Hauptinhalt springen', 'did not follow <html lang>');
  });

  it('the classic script exposes one global, SeconElements, and works', async () => {
    const win = await load(classic(), PAGE);
    expectHealthy(win);
    const added = Object.keys(win).filter(
      (k) => !win.__globalsBefore.includes(k) && !k.startsWith('__') && !LIT_GLOBALS.includes(k),
    );
    expect(added).to.deep.equal(['SeconElements']);
    await win.SeconElements!.setLocale('pl');
    await waitUntil(() => linkText(win) === 'Przejdź do treści głównej');
  });

  it('the ES module loaded twice is harmless', async () => {
    const win = await load(esm() + esm('/dist/secon-elements.js?copy=2'), PAGE);
    expectHealthy(win);
    expect(win.__warnings).to.deep.equal([]);
  });

  it('the classic script loaded twice is harmless', async () => {
    const win = await load(classic() + classic('/dist/secon-elements.iife.js?copy=2'), PAGE);
    expectHealthy(win);
    expect(win.__warnings).to.deep.equal([]);
  });

  it('the ES module and the classic script together are harmless, and setLocale steers the elements in use', async () => {
    const win = await load(classic() + esm(), PAGE);
    expectHealthy(win);
    expect(win.__warnings).to.deep.equal([]);
    const module = await (
      win as unknown as { eval(s: string): Promise<{ setLocale(c: string): Promise<void> }> }
    ).eval("import('/dist/secon-elements.js')");
    await module.setLocale('el');
    await waitUntil(() => linkText(win) === 'Μετάβαση στο κύριο περιεχόμενο');
  });

  it('a different version already on the page gives one warning naming both versions', async () => {
    const win = await load(classic('/bundle-variant/9.9.9/secon-elements.iife.js') + classic(), PAGE);
    expectHealthy(win);
    expect(win.SeconElements!.version).to.equal('9.9.9');
    expect(win.__warnings).to.have.length(1);
    expect(win.__warnings[0]).to.contain('9.9.9');
    const other = (await (await fetch('/package.json')).json()) as { version: string };
    expect(win.__warnings[0]).to.contain(other.version);
  });

  it('a classic script at the top of <head> finds targets and child links parsed after it', async () => {
    const win = await load(
      classic(),
      `<secon-skip-links menu="#menu"></secon-skip-links>
       <secon-skip-links id="custom"><p><a href="#footer">Zur Fußzeile</a><br></p></secon-skip-links>
       <nav id="menu">menu</nav><main>Main</main><footer id="footer">f</footer>`,
    );
    expectHealthy(win);
    const texts = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent?.trim());
    const [defaults, custom] = [...win.document.querySelectorAll('secon-skip-links')];
    await waitUntil(() => texts(defaults!).length === 2, 'default links did not appear');
    expect(texts(defaults!)).to.deep.equal(['Skip to main content', 'Skip to context menu']);
    expect(texts(custom!)).to.deep.equal(['Zur Fußzeile']);
    expect(win.__warnings).to.deep.equal([]);
  });

  it('upgrades elements that were parsed before the script ran', async () => {
    const win = await load('', PAGE + classic());
    expectHealthy(win);
    expect(linkText(win)).to.equal('Skip to main content');
  });

  describe('the partner map alone: secon-partner-map.js', () => {
    const MAP =
      '<secon-skip-links></secon-skip-links><main id="main"><secon-partner-map></secon-partner-map></main>';
    const mapOnly = (type: 'module' | 'classic' = 'module') =>
      type === 'module' ? esm('/dist/secon-partner-map.js') : classic('/dist/secon-partner-map.iife.js');
    const zoomIn = (win: FrameWindow) =>
      win.document
        .querySelector('secon-partner-map')!
        .shadowRoot!.querySelector('[part~="zoom-button"]')
        ?.getAttribute('aria-label');
    const markers = (win: FrameWindow) =>
      win.document.querySelector('secon-partner-map')!.shadowRoot!.querySelectorAll('[part~="marker"]')
        .length;

    it('holds the map and its texts, and nothing of the other elements', async () => {
      const source = await (await fetch('/dist/secon-partner-map.js')).text();
      for (const other of ['secon-news-card', 'secon-news-list', 'secon-subscribe', 'secon-skip-links'])
        expect(source.includes(other), other).to.equal(false);
      // Texts of the other elements in German, of the map in German.
      expect(source.includes('Nachrichten')).to.equal(false);
      expect(source.includes('Vergrößern')).to.equal(true);
    });

    for (const type of ['module', 'classic'] as const) {
      it(`as a ${type} script defines only <secon-partner-map>, which works, and SeconElements with its API`, async () => {
        const win = await load(mapOnly(type), MAP, 'de', ['secon-partner-map']);
        expect(win.__errors).to.deep.equal([]);
        await waitUntil(() => markers(win) === 10, 'the map did not draw the partners');
        expect(zoomIn(win)).to.equal('Vergrößern');
        for (const tag of manifestTags.filter((t) => t !== 'secon-partner-map'))
          expect(win.customElements.get(tag), tag).to.equal(undefined);
        const api = win.SeconElements!;
        expect(api['SeconPartnerMap']).to.equal(win.customElements.get('secon-partner-map'));
        expect(api['SeconNewsCard']).to.equal(undefined);
        expect(api.version).to.match(/^\d+\.\d+\.\d+/);
        expect(api.supportedLocales).to.have.length(11);
        expect(api.getLocale()).to.equal('de');
        await api.setLocale('pl');
        await waitUntil(() => zoomIn(win) === 'Powiększ', 'setLocale did not reach the map');
        if (type === 'classic') {
          const added = Object.keys(win).filter(
            (k) => !win.__globalsBefore.includes(k) && !k.startsWith('__') && !LIT_GLOBALS.includes(k),
          );
          expect(added).to.deep.equal(['SeconElements']);
        }
        expect(win.__warnings).to.deep.equal([]);
      });
    }

    for (const [name, head] of [
      ['the map alone, then the whole library', mapOnly() + esm()],
      ['the whole library, then the map alone', esm() + mapOnly()],
      ['the map alone as a classic script, then the whole library', mapOnly('classic') + classic()],
    ] as const) {
      it(`${name}: each element defined once, setLocale steers them all`, async () => {
        const win = await load(head, MAP, 'en');
        expectHealthy(win);
        expect(win.__warnings).to.deep.equal([]);
        await waitUntil(() => markers(win) === 10, 'the map did not draw the partners');
        const api = win.SeconElements!;
        expect(api['SeconNewsCard']).to.equal(win.customElements.get('secon-news-card'));
        expect(api['SeconPartnerMap']).to.equal(win.customElements.get('secon-partner-map'));
        await api.setLocale('lv');
        await waitUntil(
          () => linkText(win) === 'Pāriet uz galveno saturu' && zoomIn(win) === 'Tuvināt',
          `setLocale did not reach both elements: "${linkText(win)}", "${zoomIn(win)}"`,
        );
        // The whole library's own exports steer both as well.
        const module = await (
          win as unknown as { eval(s: string): Promise<{ setLocale(c: string): Promise<void> }> }
        ).eval("import('/dist/secon-elements.js')");
        await module.setLocale('ro');
        await waitUntil(() => linkText(win) === 'Salt la conținutul principal' && zoomIn(win) === 'Mărește');
        // And so do the map-alone file's, whichever copy came first.
        const mapModule = await (
          win as unknown as { eval(s: string): Promise<{ setLocale(c: string): Promise<void> }> }
        ).eval("import('/dist/secon-partner-map.js')");
        await mapModule.setLocale('hu');
        await waitUntil(
          () => linkText(win) === 'Ugrás a fő tartalomra' && zoomIn(win) === 'Nagyítás',
          `the map-alone module's setLocale did not reach both: "${linkText(win)}", "${zoomIn(win)}"`,
        );
        expect(win.__errors).to.deep.equal([]);
      });
    }

    it('renders under a strict Content-Security-Policy with Trusted Types, beside the whole library', async () => {
      const alone = await loadStrict(['/dist/secon-partner-map.js'], MAP, 'bg', ['secon-partner-map']);
      await waitUntil(() => markers(alone) === 10, 'the map did not draw the partners');
      expect(zoomIn(alone)).to.equal('Увеличи');
      expect(alone.__violations).to.deep.equal([]);
      expect(alone.__errors).to.deep.equal([]);
      const both = await loadStrict(
        ['/dist/secon-partner-map.iife.js', '/dist/secon-elements.js'],
        MAP,
        'es',
      );
      expectHealthy(both);
      await waitUntil(() => markers(both) === 10 && zoomIn(both) === 'Acercar');
      expect(both.__violations).to.deep.equal([]);
    });
  });

  describe('under a strict Content-Security-Policy with Trusted Types', () => {
    for (const file of ['/dist/secon-elements.js', '/dist/secon-elements.iife.js']) {
      it(`${file} renders and switches language with no violation`, async () => {
        const win = await loadStrict([file], PAGE, 'bg');
        expectHealthy(win);
        await waitUntil(() => linkText(win) === 'Прескочи към основното съдържание на страницата');
        win.document.documentElement.lang = 'ro';
        await waitUntil(() => linkText(win) === 'Salt la conținutul principal');
        expect(win.__violations).to.deep.equal([]);
      });
    }

    it('works next to another copy of Lit that owns the "lit-html" policy', async () => {
      const win = await loadStrict(
        ['/node_modules/lit-html/lit-html.js', '/dist/secon-elements.js'],
        PAGE,
        'lv',
      );
      expectHealthy(win);
      await waitUntil(() => linkText(win) === 'Pāriet uz galveno saturu');
      expect(win.__violations).to.deep.equal([]);
    });

    it('the module and the classic script together create no second policy', async () => {
      const win = await loadStrict(['/dist/secon-elements.iife.js', '/dist/secon-elements.js'], PAGE, 'nl');
      expectHealthy(win);
      await waitUntil(() => linkText(win) === 'Direct naar de hoofdinhoud');
      expect(win.__violations).to.deep.equal([]);
    });
  });
});
