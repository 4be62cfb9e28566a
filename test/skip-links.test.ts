import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { SeconSkipLinks } from '../src/components/skip-links/skip-links.js';
import { getLocale, setLocale } from '../src/internal/locale.js';
import {
  captureConsole,
  deepActiveElement,
  emulate,
  resetLocale,
  setPageLang,
  shadow,
} from './helpers/util.js';

const links = (el: SeconSkipLinks) => [...shadow(el).querySelectorAll('a')];
const labels = (el: SeconSkipLinks) => links(el).map((a) => a.textContent?.trim());

async function page(content: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${content}</div>`);
  const el = wrapper.querySelector('secon-skip-links')!;
  await el.updateComplete;
  return { wrapper, el };
}

describe('<secon-skip-links>', () => {
  afterEach(resetLocale);

  describe('default links', () => {
    it('offers "Skip to main content" pointing at <main>, and no menu link without `menu`', async () => {
      const { el } = await page(
        html`<secon-skip-links></secon-skip-links>
          <main id="content-x">Text</main>`,
      );
      expect(labels(el)).to.deep.equal(['Skip to main content']);
      expect(links(el)[0]!.getAttribute('href')).to.equal('#content-x');
    });

    it('adds "Skip to context menu" when `menu` names an element', async () => {
      const { el } = await page(
        html`<secon-skip-links menu="#side"></secon-skip-links>
          <nav id="side"><a href="/a">A</a></nav>
          <main>Text</main>`,
      );
      expect(labels(el)).to.deep.equal(['Skip to main content', 'Skip to context menu']);
    });

    it('tries the fallback targets in order: main, [role=main], #main-content, #main, #content', async () => {
      const { el, wrapper } = await page(
        html`<secon-skip-links></secon-skip-links>
          <div id="content">c</div>
          <div id="main">m</div>
          <div id="main-content">mc</div>
          <div role="main" id="rm">r</div>`,
      );
      const href = () => links(el)[0]!.getAttribute('href');
      expect(href()).to.equal('#rm');
      wrapper.querySelector('#rm')!.remove();
      el.requestUpdate();
      await el.updateComplete;
      expect(href()).to.equal('#main-content');
      wrapper.querySelector('#main-content')!.remove();
      el.requestUpdate();
      await el.updateComplete;
      expect(href()).to.equal('#main');
      wrapper.querySelector('#main')!.remove();
      el.requestUpdate();
      await el.updateComplete;
      expect(href()).to.equal('#content');
    });

    it('uses the `main` attribute before any fallback', async () => {
      const { el } = await page(
        html`<secon-skip-links main="#article"></secon-skip-links>
          <main id="m">m</main>
          <article id="article">a</article>`,
      );
      expect(links(el)[0]!.getAttribute('href')).to.equal('#article');
    });
  });

  describe('bad selectors and missing targets', () => {
    it('leaves out a link whose selector is not valid CSS and names it in the console', async () => {
      let el!: SeconSkipLinks;
      const warnings = await captureConsole('warn', async () => {
        ({ el } = await page(
          html`<secon-skip-links main="##oops[" menu="nav"></secon-skip-links>
            <nav>n</nav>`,
        ));
      });
      expect(labels(el)).to.deep.equal(['Skip to context menu']);
      expect(warnings.join('\n')).to.contain('"##oops["').and.contain('not valid CSS');
    });

    it('leaves out a link whose selector matches nothing and names it in the console', async () => {
      let el!: SeconSkipLinks;
      const warnings = await captureConsole('warn', async () => {
        ({ el } = await page(
          html`<secon-skip-links menu="#no-such-menu"></secon-skip-links>
            <main>m</main>`,
        ));
      });
      expect(labels(el)).to.deep.equal(['Skip to main content']);
      expect(warnings.join('\n')).to.contain('"#no-such-menu"').and.contain('matches nothing');
    });

    it('renders no link and says why when the page has no main content', async () => {
      let el!: SeconSkipLinks;
      const warnings = await captureConsole('warn', async () => {
        ({ el } = await page(
          html`<secon-skip-links></secon-skip-links>
            <div>nothing here</div>`,
        ));
      });
      expect(links(el)).to.have.length(0);
      expect(warnings.join('\n')).to.contain('no main content found');
    });

    it('warns once, not on every render', async () => {
      const warnings = await captureConsole('warn', async () => {
        const { el } = await page(
          html`<secon-skip-links menu="#gone"></secon-skip-links>
            <main>m</main>`,
        );
        el.offset = 10;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((w) => w.includes('#gone'))).to.have.length(1);
    });
  });

  describe('child links', () => {
    it('uses light-DOM links as they are, even inside the <p> and <br> wpautop adds', async () => {
      const { el } = await page(
        html`<secon-skip-links
            ><p><a href="#news">Zu den Nachrichten</a><br /></p>
            <p></p>
            <a href="#footer-x">Zur Fußzeile</a></secon-skip-links
          >
          <section id="news">n</section>
          <footer id="footer-x">f</footer>`,
      );
      expect(labels(el)).to.deep.equal(['Zu den Nachrichten', 'Zur Fußzeile']);
      expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal(['#news', '#footer-x']);
    });

    it('leaves out a child link whose target does not exist, saying why', async () => {
      let el!: SeconSkipLinks;
      const warnings = await captureConsole('warn', async () => {
        ({ el } = await page(
          html`<secon-skip-links><a href="#here">Here</a><a href="#missing">Missing</a></secon-skip-links>
            <div id="here">h</div>`,
        ));
      });
      expect(labels(el)).to.deep.equal(['Here']);
      expect(warnings.join('\n')).to.contain('"#missing"');
    });

    it('drops a javascript: child link', async () => {
      let el!: SeconSkipLinks;
      const warnings = await captureConsole('warn', async () => {
        ({ el } = await page(
          html`<secon-skip-links
            ><a href="javascript:alert(1)">Bad</a><a href="/sitemap">Sitemap</a></secon-skip-links
          >`,
        ));
      });
      expect(labels(el)).to.deep.equal(['Sitemap']);
      expect(warnings.join('\n')).to.contain('unsafe');
    });

    it('leaves out a child link without text, naming its href', async () => {
      let el!: SeconSkipLinks;
      const warnings = await captureConsole('warn', async () => {
        ({ el } = await page(
          html`<secon-skip-links><a href="#t-empty"> </a><a href="#t-empty">Target</a></secon-skip-links>
            <div id="t-empty">t</div>`,
        ));
      });
      expect(labels(el)).to.deep.equal(['Target']);
      expect(warnings.join('\n')).to.contain('"#t-empty" has no text');
    });

    it('keeps a child link whose fragment is not valid percent-encoding when an element has that id', async () => {
      const { el, wrapper } = await page(
        html`<secon-skip-links><a href="#100%">Full</a></secon-skip-links>
          <div id="100%">t</div>`,
      );
      expect(labels(el)).to.deep.equal(['Full']);
      links(el)[0]!.click();
      expect(document.activeElement).to.equal(wrapper.querySelector('[id="100%"]'));
    });

    it('picks up links added after the element upgraded (parsed later)', async () => {
      const { el, wrapper } = await page(
        html`<secon-skip-links></secon-skip-links>
          <main>m</main>`,
      );
      const target = document.createElement('div');
      target.id = 'late-target';
      wrapper.append(target);
      const a = document.createElement('a');
      a.href = '#late-target';
      a.textContent = 'Late link';
      el.append(a);
      await waitUntil(() => labels(el).includes('Late link'));
      expect(labels(el)).to.deep.equal(['Late link']);
    });
  });

  describe('keyboard and focus', () => {
    it('is hidden by clipping until focused, then visible; hidden again when focus leaves', async () => {
      const { el, wrapper } = await page(
        html`<button id="before">before</button><secon-skip-links></secon-skip-links>
          <button id="after">after</button>
          <main>m</main>`,
      );
      const link = links(el)[0]!;
      const style = getComputedStyle(link);
      expect(style.display).not.to.equal('none');
      expect(style.visibility).not.to.equal('hidden');
      expect(link.getBoundingClientRect().width).to.be.at.most(1);
      await expect(el).to.be.accessible();

      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(link);
      const box = link.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(40);
      expect(box.height).to.be.greaterThan(20);
      expect(box.top).to.be.within(0, 40);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(wrapper.querySelector('#after'));
      expect(link.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('moves focus to a non-focusable target with a temporary tabindex="-1"', async () => {
      const { el, wrapper } = await page(
        html`<button id="before">before</button><secon-skip-links></secon-skip-links>
          <main id="main-x">
            <p>m</p>
            <button id="inside">inside</button>
          </main>`,
      );
      const main = wrapper.querySelector('main')!;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement).to.equal(main);
      expect(main.getAttribute('tabindex')).to.equal('-1');
      // The next Tab continues from the main content.
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(wrapper.querySelector('#inside'));
      expect(main.hasAttribute('tabindex')).to.equal(false);
      expect(links(el)).to.have.length(1);
    });

    it('lets a link to another page navigate, without moving focus', async () => {
      const { el } = await page(html`<secon-skip-links><a href="/sitemap">Sitemap</a></secon-skip-links>`);
      let prevented: boolean | undefined;
      const stop = (event: Event) => {
        prevented = event.defaultPrevented;
        event.preventDefault(); // keep the test page
      };
      window.addEventListener('click', stop);
      try {
        links(el)[0]!.click();
      } finally {
        window.removeEventListener('click', stop);
      }
      expect(prevented).to.equal(false);
    });

    it('leaves focus where it is and says why when the target left the page', async () => {
      const { el, wrapper } = await page(
        html`<button id="before-gone">before</button
          ><secon-skip-links><a href="#gone">Gone</a></secon-skip-links>
          <div id="gone">g</div>`,
      );
      wrapper.querySelector('#gone')!.remove();
      const link = links(el)[0]!;
      link.focus();
      const warnings = await captureConsole('warn', () => link.click());
      expect(deepActiveElement()).to.equal(link);
      expect(warnings.join('\n')).to.contain('the target of "Gone" is gone from the page');
    });

    it('moves focus to an SVG target, such as an inline chart', async () => {
      const { el, wrapper } = await page(
        html`<secon-skip-links><a href="#chart">Chart</a></secon-skip-links>
          <svg id="chart" width="10" height="10" role="img" aria-label="Chart"></svg>`,
      );
      links(el)[0]!.click();
      const chart = wrapper.querySelector('#chart')!;
      expect(document.activeElement).to.equal(chart);
      expect(chart.getAttribute('tabindex')).to.equal('-1');
    });

    it('leaves an already focusable target as it is', async () => {
      const { el, wrapper } = await page(
        html`<secon-skip-links main="#search"></secon-skip-links><input id="search" aria-label="Search" />`,
      );
      const input = wrapper.querySelector('input')!;
      links(el)[0]!.click();
      expect(document.activeElement).to.equal(input);
      expect(input.hasAttribute('tabindex')).to.equal(false);
    });

    it('keeps an existing tabindex of the target', async () => {
      const { el, wrapper } = await page(
        html`<secon-skip-links></secon-skip-links>
          <main tabindex="-1">m</main>`,
      );
      const main = wrapper.querySelector('main')!;
      links(el)[0]!.click();
      expect(document.activeElement).to.equal(main);
      main.blur();
      expect(main.getAttribute('tabindex')).to.equal('-1');
    });

    it('scrolls the target clear of a sticky header of `offset` pixels', async () => {
      const { el, wrapper } = await page(
        html`<secon-skip-links offset="80"></secon-skip-links>
          <div style="height: 3000px">spacer</div>
          <main>m</main>
          <div style="height: 3000px">spacer</div>`,
      );
      links(el)[0]!.click();
      const top = wrapper.querySelector('main')!.getBoundingClientRect().top;
      expect(top).to.be.closeTo(80, 2);
      window.scrollTo(0, 0);
    });

    it('scrolls the target to the top, and says why, when `offset` is no number of pixels', async () => {
      let result!: Awaited<ReturnType<typeof page>>;
      const warnings = await captureConsole('warn', async () => {
        result = await page(
          html`<secon-skip-links offset="80px"></secon-skip-links>
            <div style="height: 3000px">spacer</div>
            <main>m</main>
            <div style="height: 3000px">spacer</div>`,
        );
        links(result.el)[0]!.click();
        // A later update names the same value, not "NaN", and only once.
        result.el.requestUpdate();
        await result.el.updateComplete;
      });
      expect(result.wrapper.querySelector('main')!.getBoundingClientRect().top).to.be.closeTo(0, 2);
      expect(warnings).to.deep.equal([
        '<secon-skip-links>: offset "80px" is not a number of pixels; 0 is used.',
      ]);
      window.scrollTo(0, 0);
    });

    it('reflects `main` and `menu`, and leaves `offset` as the page wrote it', async () => {
      const { el } = await page(
        html`<secon-skip-links offset="4em"></secon-skip-links>
          <main>m</main>`,
      );
      el.main = 'main';
      el.menu = '#m';
      await el.updateComplete;
      expect(el.getAttribute('offset')).to.equal('4em');
      expect(el.getAttribute('main')).to.equal('main');
      expect(el.getAttribute('menu')).to.equal('#m');
      el.offset = 64;
      await el.updateComplete;
      expect(el.getAttribute('offset')).to.equal('4em');
    });
  });

  describe('media', () => {
    afterEach(() => emulate({}));

    it('stays visible and outlined in forced-colours mode', async function () {
      const { el } = await page(
        html`<secon-skip-links></secon-skip-links>
          <main>m</main>`,
      );
      if (!(await emulate({ forcedColors: 'active' }))) this.skip();
      const link = links(el)[0]!;
      link.focus();
      const style = getComputedStyle(link);
      expect(link.getBoundingClientRect().width).to.be.greaterThan(40);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      await expect(el).to.be.accessible();
    });

    it('is left out of print', async function () {
      const { el } = await page(
        html`<secon-skip-links></secon-skip-links>
          <main>m</main>`,
      );
      if (!(await emulate({ media: 'print' }))) this.skip();
      const link = links(el)[0]!;
      link.focus();
      expect(getComputedStyle(link).display).to.equal('none');
    });
  });

  describe('locale', () => {
    it('follows <html lang> and switches when the page changes it', async () => {
      const { el } = await page(
        html`<secon-skip-links menu="nav"></secon-skip-links>
          <nav>n</nav>
          <main>m</main>`,
      );
      await setPageLang('bg', 'bg');
      expect(labels(el)).to.deep.equal([
        'Прескочи към основното съдържание на страницата',
        'Прескочи до контекстното меню',
      ]);
      await setPageLang('de-AT', 'de');
      expect(labels(el)).to.deep.equal(['Zum Hauptinhalt springen', 'Zur Bereichsnavigation springen']);
      await setPageLang('fr', 'en');
      expect(labels(el)[0]).to.equal('Skip to main content');
      await setPageLang(null, 'en');
      expect(labels(el)[0]).to.equal('Skip to main content');
    });

    it('has its own text in every locale', async () => {
      const { el } = await page(
        html`<secon-skip-links menu="nav"></secon-skip-links>
          <nav>n</nav>
          <main>m</main>`,
      );
      const seen = new Set<string>();
      for (const locale of ['en', 'bg', 'de', 'el', 'es', 'hu', 'lv', 'nl', 'pl', 'pt', 'ro']) {
        await setLocale(locale);
        await el.updateComplete;
        seen.add(labels(el).join('|'));
      }
      expect(seen.size).to.equal(11);
    });

    it('setLocale with an unsupported code warns and keeps the locale', async () => {
      await setLocale('pl');
      const warnings = await captureConsole('warn', () => setLocale('xx'));
      expect(getLocale()).to.equal('pl');
      expect(warnings.join('\n')).to.contain('"xx"');
    });
  });
});
