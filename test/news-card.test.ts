import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { SeconNewsCard } from '../src/components/news-card/news-card.js';
import fc from 'fast-check';
import { setLocale } from '../src/internal/locale.js';
import { calendarDay, feedDate, formatDate, parseIsoDate } from '../src/internal/dates.js';
import { captureConsole, deepActiveElement, resetLocale, setPageLang, shadow } from './helpers/util.js';

const HEADLINE = 'SECON: Нова инициатива за насърчаване на социалната икономика в регионите на ЕС';
const SUMMARY =
  'Проектът SECON, инициатива, финансирана от Интеррег Европа, стартира със своята начална среща на 24 и 25 май.';
// A 3:2 picture served by the test runner.
const IMAGE = '/test/fixtures/news/picture.svg';

const q = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  shadow(el).querySelector(selector) as T | null;
const link = (el: Element) => q<HTMLAnchorElement>(el, 'a');
const heading = (el: Element) => q(el, 'h1,h2,h3,h4,h5,h6');
const times = (el: Element) => [...shadow(el).querySelectorAll('time')];
const focusables = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLElement>('a[href],button,input,select,textarea,[tabindex]')].filter(
    (e) => e.tabIndex >= 0,
  );

async function card(template: ReturnType<typeof html>): Promise<SeconNewsCard> {
  const el = await fixture<SeconNewsCard>(template);
  await el.updateComplete;
  return el;
}

describe('<secon-news-card>', () => {
  afterEach(resetLocale);

  describe('content', () => {
    it('renders an article whose h3 holds the only link, named by the headline alone', async () => {
      const el = await card(
        html`<secon-news-card
          headline=${HEADLINE}
          href="/news/secon"
          published="2023-05-26"
          summary=${SUMMARY}
          category="Проекти"
        ></secon-news-card>`,
      );
      const article = q(el, 'article')!;
      expect(article).to.exist;
      expect(heading(el)!.localName).to.equal('h3');
      expect(link(el)!.textContent!.trim()).to.equal(HEADLINE);
      expect(link(el)!.href).to.equal(new URL('/news/secon', location.href).href);
      expect(heading(el)!.contains(link(el))).to.be.true;
      expect(shadow(el).querySelectorAll('a')).to.have.length(1);
      expect(focusables(el)).to.deep.equal([link(el)]);
      expect(q(el, '[part=summary]')!.textContent).to.equal(SUMMARY);
      expect(q(el, '[part=category]')!.textContent).to.equal('Проекти');
      await expect(el).to.be.accessible();
    });

    it('shows the publication date as <time datetime> in the active locale', async () => {
      const el = await card(
        html`<secon-news-card headline="A" href="/a" published="2023-05-26"></secon-news-card>`,
      );
      const [time] = times(el);
      expect(time!.getAttribute('datetime')).to.equal('2023-05-26');
      expect(time!.textContent).to.equal('May 26, 2023');
    });

    it('renders text from attributes as text, never as HTML', async () => {
      const el = await card(
        html`<secon-news-card
          headline=${'<img src=x onerror=alert(1)>Hi'}
          href="/a"
          summary=${'<script>alert(1)</script>'}
          category=${'<b>x</b>'}
        ></secon-news-card>`,
      );
      expect(shadow(el).querySelector('script, b, img')).to.equal(null);
      expect(link(el)!.textContent).to.equal('<img src=x onerror=alert(1)>Hi');
      expect(q(el, '[part=summary]')!.textContent).to.equal('<script>alert(1)</script>');
    });

    for (const level of [2, 3, 4, 5, 6]) {
      it(`uses heading-level ${level}`, async () => {
        const el = await card(
          html`<secon-news-card headline="A" href="/a" heading-level=${level}></secon-news-card>`,
        );
        expect(heading(el)!.localName).to.equal(`h${level}`);
        expect(heading(el)!.contains(link(el))).to.be.true;
      });
    }

    for (const bad of ['1', '7', 'two', '2.5']) {
      it(`falls back to h3 for heading-level="${bad}" and says why, once`, async () => {
        let el!: SeconNewsCard;
        const warnings = await captureConsole('warn', async () => {
          el = await card(
            html`<secon-news-card headline="A" href="/a" heading-level=${bad}></secon-news-card>`,
          );
          el.headline = 'B';
          await el.updateComplete;
        });
        expect(heading(el)!.localName).to.equal('h3');
        expect(warnings).to.deep.equal([`<secon-news-card>: heading-level "${bad}" is not 2–6; 3 is used.`]);
      });
    }

    it('shows the headline as text, with no link, when href is unsafe', async () => {
      for (const href of [
        'javascript:alert(1)',
        ' JaVaScRiPt:alert(1)',
        'data:text/html,<script>alert(1)</script>',
      ]) {
        let el!: SeconNewsCard;
        const warnings = await captureConsole('warn', async () => {
          el = await card(html`<secon-news-card headline="Unsafe" href=${href}></secon-news-card>`);
        });
        expect(link(el)).to.equal(null);
        expect(heading(el)!.textContent!.trim()).to.equal('Unsafe');
        expect(focusables(el)).to.have.length(0);
        expect(warnings.join('\n')).to.contain('not a safe URL');
        await expect(el).to.be.accessible();
      }
    });

    it('renders no empty heading when there is no headline, and says so', async () => {
      let el!: SeconNewsCard;
      const warnings = await captureConsole('warn', async () => {
        el = await card(html`<secon-news-card href="/a" summary="Only a summary"></secon-news-card>`);
      });
      expect(heading(el)).to.equal(null);
      expect(warnings.join('\n')).to.contain('no headline');
    });
  });

  describe('dates', () => {
    it('shows "Last modified" when modified falls on a later day', async () => {
      const el = await card(
        html`<secon-news-card
          headline="A"
          href="/a"
          published="2023-05-26"
          modified="2023-09-09"
        ></secon-news-card>`,
      );
      const [published, modified] = times(el);
      expect(published!.getAttribute('datetime')).to.equal('2023-05-26');
      expect(modified!.getAttribute('datetime')).to.equal('2023-09-09');
      expect(modified!.textContent!.trim()).to.equal('Last modified: September 9, 2023');
      await expect(el).to.be.accessible();
    });

    it('leaves "Last modified" out on the same day, and when it is earlier', async () => {
      for (const [published, modified] of [
        ['2023-05-26T08:00:00Z', '2023-05-26T09:30:00Z'],
        ['2023-05-26', '2023-05-26T12:00:00'],
        ['2023-05-26T12:00:00', '2023-05-26'],
        ['2023-09-09', '2023-05-26'],
      ]) {
        const el = await card(
          html`<secon-news-card
            headline="A"
            href="/a"
            published=${published}
            modified=${modified}
          ></secon-news-card>`,
        );
        expect(times(el), `${published} / ${modified}`).to.have.length(1);
        expect(shadow(el).textContent).not.to.contain('Last modified');
      }
    });

    it('compares calendar days when one value has no time', async () => {
      // 23:30 local time on the 25th is the 25th; the date-only 26th is a later day.
      const el = await card(
        html`<secon-news-card
          headline="A"
          href="/a"
          published="2023-05-25T23:30:00"
          modified="2023-05-26"
        ></secon-news-card>`,
      );
      expect(times(el)[1]!.textContent!.trim()).to.equal('Last modified: May 26, 2023');
    });

    it('shows a date-only value as that calendar day, whatever the time zone', async () => {
      const el = await card(
        html`<secon-news-card
          headline="A"
          href="/a"
          published="2023-01-01"
          modified="2023-12-31"
        ></secon-news-card>`,
      );
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      expect(times(el)[0]!.textContent, zone).to.equal('January 1, 2023');
      expect(times(el)[1]!.textContent!.trim(), zone).to.equal('Last modified: December 31, 2023');
    });

    it('shows a date-time in the local time zone', async () => {
      const value = '2023-05-26T23:30:00Z';
      const el = await card(
        html`<secon-news-card headline="A" href="/a" published=${value}></secon-news-card>`,
      );
      const local = new Date(value);
      const months = [
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
      ];
      expect(times(el)[0]!.textContent).to.equal(
        `${months[local.getMonth()]} ${local.getDate()}, ${local.getFullYear()}`,
      );
      expect(times(el)[0]!.getAttribute('datetime')).to.equal(value);
    });

    it('still renders the card, without the date, when a date is invalid, and names it in the console', async () => {
      for (const bad of ['yesterday', '2023-02-30', '2023-13-01', '26/05/2023', '2023-05-26T25:00:00']) {
        let el!: SeconNewsCard;
        const warnings = await captureConsole('warn', async () => {
          el = await card(
            html`<secon-news-card
              headline="Still here"
              href="/a"
              published=${bad}
              modified=${bad}
            ></secon-news-card>`,
          );
        });
        expect(link(el)!.textContent, bad).to.equal('Still here');
        expect(times(el), bad).to.have.length(0);
        expect(warnings.join('\n')).to.contain(`"${bad}"`);
      }
    });

    it('shows "Last modified" alone when there is no publication date', async () => {
      const el = await card(
        html`<secon-news-card headline="A" href="/a" modified="2023-09-09"></secon-news-card>`,
      );
      expect(times(el)).to.have.length(1);
      expect(times(el)[0]!.textContent!.trim()).to.equal('Last modified: September 9, 2023');
    });
  });

  describe('date parsing (shared with <secon-news-list>)', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');

    it('reads every real calendar day as that day, and rejects impossible ones', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1900, max: 2200 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 31 }),
          (y, m, d) => {
            const value = `${y}-${pad(m)}-${pad(d)}`;
            const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
            const parsed = parseIsoDate(value);
            if (!real) return parsed === undefined;
            return parsed?.dateOnly === true && calendarDay(parsed) === value;
          },
        ),
      );
    });

    it('reads date-times with any offset as the same instant as the ECMAScript form', () => {
      fc.assert(
        fc.property(
          fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
          fc.integer({ min: -12 * 60, max: 14 * 60 }),
          fc.constantFrom(':', ''),
          (instant, offset, colon) => {
            const local = new Date(instant.getTime() + offset * 60_000);
            const sign = offset < 0 ? '-' : '+';
            const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}${colon}${pad(Math.abs(offset) % 60)}`;
            const value = `${local.toISOString().slice(0, 23)}${zone}`;
            return parseIsoDate(value)?.date.getTime() === instant.getTime();
          },
        ),
      );
    });

    it('reads a date-time without offset as local time, and a Z as UTC', () => {
      expect(parseIsoDate('2023-05-26T09:30:00')!.date.getTime()).to.equal(
        new Date(2023, 4, 26, 9, 30).getTime(),
      );
      expect(parseIsoDate('2023-05-26 09:30')!.date.getTime()).to.equal(
        new Date(2023, 4, 26, 9, 30).getTime(),
      );
      expect(parseIsoDate('2023-05-26T09:30:00z')!.date.toISOString()).to.equal('2023-05-26T09:30:00.000Z');
      expect(parseIsoDate('2023-05-26T09:30:00.250+03')!.date.toISOString()).to.equal(
        '2023-05-26T06:30:00.250Z',
      );
    });

    // These run in explicit time zones, so that they fail on a time-zone shift even where
    // the machine itself runs in UTC (as CI machines usually do).
    const ZONES = [
      'Pacific/Kiritimati',
      'Asia/Tokyo',
      'Europe/Sofia',
      'UTC',
      'America/New_York',
      'Pacific/Pago_Pago',
    ];
    const MONTHS =
      'January February March April May June July August September October November December'.split(' ');

    it('formats a date-only value as that very day in every time zone', () => {
      fc.assert(
        fc.property(
          fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }),
          fc.constantFrom(...ZONES),
          (instant, zone) => {
            const [y, m, d] = [instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate()];
            const parsed = parseIsoDate(`${pad(y, 4)}-${pad(m)}-${pad(d)}`)!;
            return formatDate(parsed, zone) === `${MONTHS[m - 1]} ${d}, ${y}`;
          },
        ),
      );
      expect(parseIsoDate('2023-01-01')!.date.toISOString()).to.equal('2023-01-01T00:00:00.000Z');
    });

    it('formats a date-time on the calendar day of the time zone it is shown in', () => {
      const late = parseIsoDate('2023-05-26T23:30:00Z')!;
      expect(formatDate(late, 'Europe/Sofia')).to.equal('May 27, 2023');
      expect(formatDate(late, 'America/New_York')).to.equal('May 26, 2023');
      const early = parseIsoDate('2023-01-01T01:00:00+02:00')!;
      expect(formatDate(early, 'Europe/Sofia')).to.equal('January 1, 2023');
      expect(formatDate(early, 'UTC')).to.equal('December 31, 2022');
    });

    it('takes the calendar day of a date-only value as it is at any offset, and that of a date-time at the offset', () => {
      // Offsets as Date#getTimezoneOffset gives them: UTC+14 is -840, UTC-11 is 660.
      for (const offset of [-840, -180, 0, 240, 660]) {
        expect(calendarDay(parseIsoDate('2023-05-26')!, offset), `${offset}`).to.equal('2023-05-26');
        expect(calendarDay(parseIsoDate('2023-12-31')!, offset), `${offset}`).to.equal('2023-12-31');
      }
      expect(calendarDay(parseIsoDate('2023-05-26T23:30:00Z')!, -180)).to.equal('2023-05-27');
      expect(calendarDay(parseIsoDate('2023-05-26T01:30:00Z')!, 240)).to.equal('2023-05-25');
      expect(calendarDay(parseIsoDate('2023-05-26T12:00:00Z')!, 0)).to.equal('2023-05-26');
    });

    it('reads the RFC 822 dates of RSS, and nothing else that is not ISO 8601', () => {
      expect(feedDate('Fri, 26 May 2023 09:30:00 +0300')).to.equal('2023-05-26T06:30:00.000Z');
      expect(feedDate('Fri, 26 May 2023 09:30:00 GMT')).to.equal('2023-05-26T09:30:00.000Z');
      expect(feedDate('26 May 2023 09:30 EST')).to.equal('2023-05-26T14:30:00.000Z');
      expect(feedDate('2023-05-26')).to.equal('2023-05-26');
      for (const bad of ['1', 'May 5', 'sometime in May', '2023-05-32', 'Fri, 32 May 2023 09:30:00 GMT', ''])
        expect(feedDate(bad), bad).to.equal(undefined);
    });
  });

  describe('locale', () => {
    it('shows dates and "Last modified" in Bulgarian, and switches without a reload', async () => {
      const el = await card(
        html`<secon-news-card
          headline=${HEADLINE}
          href="/a"
          published="2023-05-26"
          modified="2023-09-09"
        ></secon-news-card>`,
      );
      await setPageLang('bg', 'bg');
      await el.updateComplete;
      expect(times(el)[0]!.textContent).to.equal('26 май 2023 г.');
      expect(times(el)[1]!.textContent!.trim()).to.equal('Последна промяна: 9 септември 2023 г.');
      expect(q(el, '[part=dates]')!.getAttribute('lang')).to.equal('bg');
      await expect(el).to.be.accessible();

      await setPageLang('de-AT', 'de');
      await el.updateComplete;
      expect(times(el)[1]!.textContent!.trim()).to.equal('Zuletzt geändert: 9. September 2023');

      await setLocale('pt');
      await el.updateComplete;
      expect(times(el)[1]!.textContent!.trim()).to.equal('Última alteração: 9 de setembro de 2023');
    });

    it('marks the dates with the locale they are written in, inside a card in another language', async () => {
      await setPageLang('bg', 'bg');
      const el = await card(
        html`<secon-news-card
          lang="en"
          headline="SECON kick-off"
          href="/a"
          published="2023-05-26"
        ></secon-news-card>`,
      );
      expect(q(el, '[part=dates]')!.getAttribute('lang')).to.equal('bg');
      expect(times(el)[0]!.textContent).to.equal('26 май 2023 г.');
      await expect(el).to.be.accessible();
    });
  });

  describe('one link for the whole card', () => {
    it('is a single tab stop', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">before</button>
          <secon-news-card
            headline="A"
            href="#a"
            published="2023-05-26"
            summary="Text"
            category="News"
            image=${IMAGE}
          ></secon-news-card>
          <button id="after">after</button>
        </div>`,
      );
      const el = wrapper.querySelector('secon-news-card')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(link(el));
      // The focus ring goes round the whole card.
      expect(getComputedStyle(q(el, 'article')!).outlineStyle).to.equal('solid');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
    });

    it('stretches the link over the card, with the text above it so it can be selected', async () => {
      const el = await card(
        html`<secon-news-card
          style="width: 320px"
          headline="A headline"
          href="#a"
          summary="A summary long enough to be selected by a person who wants to quote it."
          image=${IMAGE}
        ></secon-news-card>`,
      );
      const centre = (e: Element) => {
        const r = e.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2] as const;
      };
      const hit = (e: Element) => shadow(el).elementFromPoint(...centre(e));
      expect(hit(q(el, '[part=image]')!)).to.equal(link(el));
      const box = q(el, 'article')!.getBoundingClientRect();
      expect(shadow(el).elementFromPoint(box.right - 4, box.bottom - 4)).to.equal(link(el));
      const summary = q(el, '[part=summary]')!;
      expect(hit(summary)).to.equal(summary);
      expect(getComputedStyle(summary).userSelect).not.to.equal('none');
    });

    it('follows the link on a click on the text, but not after selecting text or with a modifier key', async () => {
      const el = await card(
        html`<secon-news-card headline="A" href="#followed" summary="Some summary text"></secon-news-card>`,
      );
      let followed = 0;
      link(el)!.addEventListener('click', (e) => {
        followed += 1;
        e.preventDefault();
      });
      const summary = q(el, '[part=summary]')!;
      const r = summary.getBoundingClientRect();
      const at = (x: number, y: number, init: MouseEventInit = {}) => {
        summary.dispatchEvent(
          new PointerEvent('pointerdown', { clientX: x, clientY: y, bubbles: true, composed: true }),
        );
        summary.dispatchEvent(
          new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, composed: true, ...init }),
        );
      };
      at(r.left + 5, r.top + 5);
      expect(followed).to.equal(1);

      // A drag across the text selects it: no navigation.
      summary.dispatchEvent(
        new PointerEvent('pointerdown', {
          clientX: r.left + 2,
          clientY: r.top + 5,
          bubbles: true,
          composed: true,
        }),
      );
      summary.dispatchEvent(
        new MouseEvent('click', { clientX: r.right - 2, clientY: r.top + 5, bubbles: true, composed: true }),
      );
      expect(followed).to.equal(1);

      at(r.left + 5, r.top + 5, { ctrlKey: true });
      at(r.left + 5, r.top + 5, { button: 1 });
      expect(followed).to.equal(1);

      // Text already selected: no navigation. (WebKit ignores a script's selection inside a
      // shadow root, so only the engines that take it can check this.)
      const range = document.createRange();
      range.selectNodeContents(summary);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      if (selection.rangeCount) {
        at(r.left + 5, r.top + 5);
        expect(followed).to.equal(1);
      }
      selection.removeAllRanges();
      at(r.left + 5, r.top + 5);
      expect(followed).to.equal(2);
    });

    it('focus() focuses the headline link', async () => {
      const el = await card(html`<secon-news-card headline="A" href="#a"></secon-news-card>`);
      el.focus();
      expect(deepActiveElement()).to.equal(link(el));
    });
  });

  describe('image', () => {
    it('is lazy, keeps a 3:2 ratio before it loads and has an empty alt by default', async () => {
      const src = new URL(IMAGE, location.href).href;
      const el = await card(
        html`<secon-news-card style="width: 300px" headline="A" href="/a" image=${src}></secon-news-card>`,
      );
      const img = q<HTMLImageElement>(el, 'img')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('alt')).to.equal('');
      const box = q(el, '[part=image]')!.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(1.5, 0.02);
      await expect(el).to.be.accessible();
    });

    it('passes image-alt, image-srcset and image-sizes on, and follows --secon-news-card-image-ratio', async () => {
      const src = new URL(IMAGE, location.href).href;
      const el = await card(
        html`<secon-news-card
          style="width: 320px; --secon-news-card-image-ratio: 16 / 9"
          headline="A"
          href="/a"
          image=${src}
          image-alt="Partners around a table in Kalamata"
          image-srcset=${`${src} 300w`}
          image-sizes="300px"
        ></secon-news-card>`,
      );
      const img = q<HTMLImageElement>(el, 'img')!;
      expect(img.alt).to.equal('Partners around a table in Kalamata');
      expect(img.getAttribute('srcset')).to.equal(`${src} 300w`);
      expect(img.getAttribute('sizes')).to.equal('300px');
      const box = q(el, '[part=image]')!.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(16 / 9, 0.02);
    });

    it('shows a neutral placeholder of the same size when the image fails, and names it in the console', async () => {
      const missing = new URL('/test/fixtures/news/no-such-picture.jpg', location.href).href;
      let el!: SeconNewsCard;
      const warnings = await captureConsole('warn', async () => {
        el = await card(
          html`<secon-news-card
            style="width: 300px"
            headline="A"
            href="/a"
            image=${missing}
          ></secon-news-card>`,
        );
        q<HTMLImageElement>(el, 'img')!.loading = 'eager';
        await waitUntil(() => q(el, '[part=image]')!.classList.contains('failed'), 'no placeholder', {
          timeout: 5000,
        });
      });
      const box = q(el, '[part=image]')!;
      expect(getComputedStyle(q(el, 'img')!).opacity).to.equal('0');
      expect(getComputedStyle(box).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
      const { width, height } = box.getBoundingClientRect();
      expect(width / height).to.be.closeTo(1.5, 0.02);
      expect(warnings.join('\n')).to.contain(missing);
      await expect(el).to.be.accessible();
    });

    it('leaves out an image with an unsafe URL', async () => {
      let el!: SeconNewsCard;
      const warnings = await captureConsole('warn', async () => {
        el = await card(
          html`<secon-news-card headline="A" href="/a" image="javascript:alert(1)"></secon-news-card>`,
        );
      });
      expect(q(el, 'img')).to.equal(null);
      expect(warnings.join('\n')).to.contain('javascript:alert(1)');
    });
  });

  describe('variants', () => {
    const variant = (name: string, width: number) =>
      card(
        html`<secon-news-card
          style=${`width: ${width}px`}
          variant=${name}
          headline="SECON kick-off in Kalamata"
          href="/a"
          published="2023-05-26"
          summary="The partners met in Kalamata."
          category="Projects"
          image=${IMAGE}
        ></secon-news-card>`,
      );
    const beside = (el: SeconNewsCard) =>
      q(el, '[part=image]')!.getBoundingClientRect().right <=
      q(el, '[part=body]')!.getBoundingClientRect().left + 1;

    it('vertical (default): the image above the text', async () => {
      const el = await variant('vertical', 700);
      expect(q(el, '[part=image]')!.getBoundingClientRect().bottom).to.be.at.most(
        q(el, '[part=body]')!.getBoundingClientRect().top + 1,
      );
      await expect(el).to.be.accessible();
    });

    it('horizontal: the image beside the text when there is room, above it when narrow', async () => {
      const el = await variant('horizontal', 700);
      expect(beside(el)).to.be.true;
      await expect(el).to.be.accessible();
      el.style.width = '300px';
      await new Promise(requestAnimationFrame);
      expect(beside(el)).to.be.false;
    });

    it('compact: a small thumbnail beside the headline, without the summary; no thumbnail when very narrow', async () => {
      const el = await variant('compact', 400);
      expect(beside(el)).to.be.true;
      expect(q(el, '[part=image]')!.getBoundingClientRect().width).to.be.below(100);
      expect(getComputedStyle(q(el, '[part=summary]')!).display).to.equal('none');
      await expect(el).to.be.accessible();
      el.style.width = '200px';
      await new Promise(requestAnimationFrame);
      expect(getComputedStyle(q(el, '[part=image]')!).display).to.equal('none');
    });

    it('looks vertical when `variant` is unknown, and says why', async () => {
      let el!: SeconNewsCard;
      const warnings = await captureConsole('warn', async () => {
        el = await variant('sideways', 700);
      });
      expect(q(el, 'article')!.className).to.equal('vertical');
      expect(q(el, '[part=image]')!.getBoundingClientRect().bottom).to.be.at.most(
        q(el, '[part=body]')!.getBoundingClientRect().top + 1,
      );
      expect(warnings).to.deep.equal([
        '<secon-news-card>: variant "sideways" is not vertical, horizontal or compact; vertical is used.',
      ]);
    });

    it('shows the category before the headline, but reads the headline first', async () => {
      const el = await variant('vertical', 400);
      const category = q(el, '[part=category]')!;
      expect(category.getBoundingClientRect().bottom).to.be.at.most(heading(el)!.getBoundingClientRect().top);
      expect(heading(el)!.compareDocumentPosition(category) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    });
  });

  describe('light-DOM content', () => {
    const article = html`<secon-news-card>
      <p><img src="/test/fixtures/news/picture.svg" alt="" width="300" height="200" /></p>
      <h2><a href="/news/secon">${HEADLINE}</a></h2>
      <p>
        <time datetime="2023-05-26">26 май 2023</time> · <time datetime="2023-09-09">9 септември 2023</time>
      </p>
      <p>${SUMMARY}</p>
      <p><a href="/news/projects" rel="category tag">Проекти</a></p>
    </secon-news-card>`;

    it('reads a heading with a link, times, a paragraph, an image and a category from its children', async () => {
      const el = await card(article);
      expect(heading(el)!.localName).to.equal('h2');
      expect(link(el)!.textContent).to.equal(HEADLINE);
      expect(link(el)!.getAttribute('href')).to.equal(new URL('/news/secon', location.href).href);
      expect(times(el).map((t) => t.getAttribute('datetime'))).to.deep.equal(['2023-05-26', '2023-09-09']);
      expect(times(el)[1]!.textContent!.trim()).to.equal('Last modified: September 9, 2023');
      expect(q(el, '[part=summary]')!.textContent).to.equal(SUMMARY);
      expect(q(el, '[part=category]')!.textContent).to.equal('Проекти');
      expect(q<HTMLImageElement>(el, 'img')!.getAttribute('src')).to.equal(
        new URL('/test/fixtures/news/picture.svg', location.href).href,
      );
      expect(focusables(el)).to.deep.equal([link(el)]);
      await expect(el).to.be.accessible();
    });

    it('keeps the markup in the page (for search engines), but only the card is displayed', async () => {
      const el = await card(article);
      const original = el.querySelector('h2 a')!;
      expect(original.textContent).to.equal(HEADLINE);
      expect(original.getBoundingClientRect().height).to.equal(0);
      expect(shadow(el).querySelector('slot')).to.equal(null);
    });

    it('lets attributes win over the children', async () => {
      const el = await card(
        html`<secon-news-card heading-level="4" category="Новини"
          ><h2><a href="/x">Child headline</a></h2></secon-news-card
        >`,
      );
      expect(heading(el)!.localName).to.equal('h4');
      expect(q(el, '[part=category]')!.textContent).to.equal('Новини');
      expect(link(el)!.textContent).to.equal('Child headline');
    });

    it('takes up children parsed after it upgraded', async () => {
      await captureConsole('warn', async () => {
        const el = await card(html`<secon-news-card></secon-news-card>`);
        el.innerHTML = '<h3><a href="/late">Late headline</a></h3><time datetime="2023-05-26">x</time>';
        await waitUntil(() => link(el)?.textContent === 'Late headline', 'children not read');
        expect(times(el)[0]!.textContent).to.equal('May 26, 2023');
      });
    });

    it('reads a category given as <p data-category>, and takes the next paragraph as the summary', async () => {
      const el = await card(
        html`<secon-news-card
          ><p data-category>Европейски проекти</p>
          <h3><a href="/a">A</a></h3>
          <p>The summary.</p></secon-news-card
        >`,
      );
      expect(q(el, '[part=category]')!.textContent).to.equal('Европейски проекти');
      expect(q(el, '[part=summary]')!.textContent).to.equal('The summary.');
    });

    it('reads itemprop="dateModified" as the modification date, wherever it is', async () => {
      const el = await card(
        html`<secon-news-card
          ><h3><a href="/a">A</a></h3>
          <time itemprop="dateModified" datetime="2023-09-09">9.9.2023</time>
          <time itemprop="datePublished" datetime="2023-05-26">26.5.2023</time></secon-news-card
        >`,
      );
      expect(times(el).map((t) => t.getAttribute('datetime'))).to.deep.equal(['2023-05-26', '2023-09-09']);
    });
  });
});
