import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type {
  SeconSubscribe,
  SeconSubscribeSubmitDetail,
  SeconSubscribeSuccessDetail,
} from '../src/components/subscribe/subscribe.js';
import type { SeconErrorDetail } from '../src/internal/events.js';
import { mockEndpoint } from './helpers/mock.js';
import type { Mock, MockResponse, RecordedRequest } from './helpers/mock.js';
import { captureConsole, deepActiveElement, resetLocale, setPageLang, shadow } from './helpers/util.js';

const EMAIL = 'ana.petrova@example.org';
const PRIVACY = 'https://www.haskovo.bg/privacy';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  shadow(el).querySelector<T>(selector);
const input = (el: Element, selector: string) => $<HTMLInputElement>(el, selector)!;
const button = (el: Element) => $<HTMLButtonElement>(el, 'button')!;
const statusText = (el: Element) => $(el, '[role=status]')!.textContent!.replace(/\s+/g, ' ').trim();
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Types into a field the way a browser reports it: value, then an input event. */
function typeInto(field: HTMLInputElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function fill(el: SeconSubscribe, { email = EMAIL, consent = true, name }: Fill = {}): Promise<void> {
  typeInto(input(el, '#email'), email);
  if (name !== undefined) typeInto(input(el, '#name'), name);
  if (consent !== input(el, '#consent').checked) input(el, '#consent').click();
  await el.updateComplete;
}
interface Fill {
  email?: string;
  consent?: boolean;
  name?: string;
}

async function render(template: TemplateResult): Promise<SeconSubscribe> {
  const el = await fixture<SeconSubscribe>(template);
  await el.updateComplete;
  return el;
}

/** An element posting to a fresh endpoint of the test server that answers as told. */
async function withEndpoint(
  responses: MockResponse | MockResponse[] = {},
  attrs: { provider?: string; lists?: string; withName?: boolean; timeout?: number; trailing?: string } = {},
): Promise<{ el: SeconSubscribe; mock: Mock }> {
  const mock = await mockEndpoint(responses);
  const el = await render(
    html`<secon-subscribe
      action=${mock.url + (attrs.trailing ?? '')}
      privacy-href=${PRIVACY}
      organization="Община Хасково"
      provider=${attrs.provider ?? 'form'}
      lists=${attrs.lists ?? 'news'}
      ?with-name=${attrs.withName ?? false}
      timeout=${attrs.timeout ?? 15000}
    ></secon-subscribe>`,
  );
  return { el, mock };
}

/** Records the secon events an element fires. */
function record(el: HTMLElement) {
  const seen = {
    submit: [] as CustomEvent<SeconSubscribeSubmitDetail>[],
    success: [] as CustomEvent<SeconSubscribeSuccessDetail>[],
    error: [] as CustomEvent<SeconErrorDetail>[],
  };
  el.addEventListener('secon-subscribe-submit', (e) => seen.submit.push(e));
  el.addEventListener('secon-subscribe-success', (e) => seen.success.push(e));
  el.addEventListener('secon-error', (e) => seen.error.push(e));
  return seen;
}

async function requestsOf(mock: Mock, count: number): Promise<RecordedRequest[]> {
  await waitUntil(async () => (await mock.requests()).length >= count, `expected ${count} request(s)`, {
    timeout: 5000,
  });
  return mock.requests();
}

/** Asserts where focus is, naming the focused element when it is elsewhere. */
function expectFocusOn(target: Element | null, what = 'focus'): void {
  const active = deepActiveElement();
  const name = (e: Element | null) => (e ? `<${e.localName}${e.id ? `#${e.id}` : ''}>` : 'nothing');
  expect(active === target, `${what}: expected ${name(target)}, found ${name(active)}`).to.be.true;
}

/** Tells the test server how to answer from now on (and forgets the requests so far). */
async function answerNext(mock: Mock, response: MockResponse): Promise<void> {
  const r = await fetch(mock.url.replace('/mock/', '/mock-admin/'), {
    method: 'POST',
    body: JSON.stringify(response),
  });
  expect(r.ok).to.be.true;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function settled(el: SeconSubscribe, what: string): Promise<void> {
  await waitUntil(() => button(el)?.getAttribute('aria-disabled') !== 'true' || !button(el), what, {
    timeout: 8000,
  });
  await el.updateComplete;
}

describe('<secon-subscribe>', () => {
  afterEach(resetLocale);

  describe('rendering', () => {
    it('shows the heading, the intro naming the organisation, labelled fields and an unticked consent', async () => {
      const el = await render(
        html`<secon-subscribe
          action="/x"
          privacy-href=${PRIVACY}
          organization="Haskovo Municipality"
        ></secon-subscribe>`,
      );
      const heading = $(el, 'h2')!;
      expect(text(heading)).to.equal('Stay informed');
      expect(text($(el, '[part=intro]'))).to.equal(
        'Subscribe for the latest news and events from Haskovo Municipality.',
      );
      const email = input(el, '#email');
      expect(email.type).to.equal('email');
      expect(email.autocomplete).to.equal('email');
      expect(email.required).to.be.true;
      expect(text($(el, 'label[for=email]'))).to.equal('Email address');
      expect(email.placeholder).to.equal('');
      const consent = input(el, '#consent');
      expect(consent.type).to.equal('checkbox');
      expect(consent.checked).to.be.false;
      expect(consent.required).to.be.true;
      const label = $(el, 'label[for=consent]')!;
      expect(text(label)).to.equal('I agree to receive news by email. Privacy notice (opens in a new tab)');
      const link = label.querySelector('a')!;
      expect(link.href).to.equal(PRIVACY);
      expect(link.target).to.equal('_blank');
      expect(link.relList.contains('noopener')).to.be.true;
      expect(text(button(el))).to.equal('Subscribe');
      expect($(el, '#name')).to.be.null;
      expect($(el, 'fieldset')).to.be.null;
      // The live region is there, empty, from the first render.
      expect($(el, '[role=status]')).to.exist;
      expect(statusText(el)).to.equal('');
      // The form is a landmark named like the heading.
      expect($(el, 'form')!.getAttribute('aria-label')).to.equal('Stay informed');
      await expect(el).to.be.accessible();
    });

    it('names no organisation without `organization`', async () => {
      const el = await render(html`<secon-subscribe action="/x" privacy-href=${PRIVACY}></secon-subscribe>`);
      expect(text($(el, '[part=intro]'))).to.equal('Subscribe for the latest news and events.');
    });

    it('hides the honeypot from people and assistive technology, and from autofill', async () => {
      const el = await render(html`<secon-subscribe action="/x" privacy-href=${PRIVACY}></secon-subscribe>`);
      const trap = input(el, '.trap input');
      expect(trap.closest('[aria-hidden=true]')).to.exist;
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.getAttribute('autocomplete')).to.equal('off');
      expect(trap.name).to.not.match(/mail|name|url|web|site|phone|tel|address|company|homepage/i);
      const box = trap.getBoundingClientRect();
      expect(box.right <= 0 || box.width <= 1, 'off-screen').to.be.true;
    });

    it('asks for a name with `with-name`, with autocomplete and a visible label', async () => {
      const el = await render(
        html`<secon-subscribe action="/x" privacy-href=${PRIVACY} with-name></secon-subscribe>`,
      );
      const name = input(el, '#name');
      expect(name.autocomplete).to.equal('name');
      expect(name.required).to.be.false;
      expect(text($(el, 'label[for=name]'))).to.equal('Name (optional)');
      await expect(el).to.be.accessible();
    });

    it('uses `heading-level` for the heading, and level 2 when it is out of range', async () => {
      const el = await render(
        html`<secon-subscribe action="/x" privacy-href=${PRIVACY} heading-level="4"></secon-subscribe>`,
      );
      expect(text($(el, 'h4'))).to.equal('Stay informed');
      const warnings = await captureConsole('warn', async () => {
        el.headingLevel = 9;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal(['<secon-subscribe>: heading-level "9" is not 2–6; 2 is used.']);
      expect($(el, 'h4')).to.be.null;
      expect(text($(el, 'h2'))).to.equal('Stay informed');
    });

    it('reaches every control with Tab in order, and never the honeypot', async () => {
      const el = await render(
        html`<secon-subscribe action="/x" privacy-href=${PRIVACY} with-name lists="a b"></secon-subscribe>`,
      );
      input(el, '#email').focus();
      const order = ['email'];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement() as HTMLElement;
        order.push(active.id || active.localName);
      }
      expect(order).to.deep.equal(['email', 'name', 'list-0', 'list-1', 'consent', 'a']);
      await sendKeys({ press: 'Tab' });
      expectFocusOn(button(el));
    });
  });

  describe('providers', () => {
    it('form: POSTs exactly email, consent, locale and list, URL-encoded, without cookies', async () => {
      document.cookie = 'secon_test=1; path=/';
      const { el, mock } = await withEndpoint({ status: 200, body: '' }, { lists: 'news events' });
      await fill(el);
      input(el, '#list-0').click();
      input(el, '#list-1').click();
      await el.updateComplete;
      button(el).click();
      const [req] = await requestsOf(mock, 1);
      document.cookie = 'secon_test=; path=/; max-age=0';
      expect(req!.method).to.equal('POST');
      expect(req!.headers['content-type']).to.match(/^application\/x-www-form-urlencoded\b/);
      expect(req!.body).to.equal(
        'email=ana.petrova%40example.org&consent=yes&locale=en&list=news&list=events',
      );
      expect(req!.headers['cookie']).to.be.undefined;
      expect(req!.headers['accept-language']).to.equal('en');
      expect(req!.query).to.equal('');
      expect(req!.path).to.equal('/');
    });

    it('form: sends the name only when asked for it', async () => {
      const { el, mock } = await withEndpoint({}, { withName: true });
      await fill(el, { name: 'Ана Петрова' });
      button(el).click();
      const [req] = await requestsOf(mock, 1);
      expect(new URLSearchParams(req!.body).get('name')).to.equal('Ана Петрова');
      expect(req!.body).to.match(/^email=[^&]+&name=[^&]+&consent=yes&locale=en&list=news$/);
    });

    it('json: POSTs {email, consent, locale, lists} as JSON', async () => {
      const { el, mock } = await withEndpoint({}, { provider: 'json', lists: 'a' });
      await fill(el, { email: `  ${EMAIL} ` });
      button(el).click();
      const [req] = await requestsOf(mock, 1);
      expect(req!.headers['content-type']).to.equal('application/json');
      expect(req!.body).to.equal(`{"email":"${EMAIL}","consent":true,"locale":"en","lists":["a"]}`);
    });

    it('json: includes the name when asked for it', async () => {
      const { el, mock } = await withEndpoint({}, { provider: 'json', withName: true });
      await fill(el, { name: 'Ana' });
      button(el).click();
      const [req] = await requestsOf(mock, 1);
      expect(JSON.parse(req!.body)).to.deep.equal({
        email: EMAIL,
        name: 'Ana',
        consent: true,
        locale: 'en',
        lists: ['news'],
      });
    });

    for (const trailing of ['', '/']) {
      it(`listmonk: POSTs {email, list_uuids} to {action}/api/public/subscription (action ${trailing ? 'with' : 'without'} trailing slash)`, async () => {
        const { el, mock } = await withEndpoint(
          { body: '{"data":true}' },
          { provider: 'listmonk', lists: '5f7c-uuid', trailing },
        );
        await fill(el);
        button(el).click();
        const [req] = await requestsOf(mock, 1);
        expect(req!.path).to.equal('/api/public/subscription');
        expect(req!.headers['content-type']).to.equal('application/json');
        expect(req!.body).to.equal(`{"email":"${EMAIL}","list_uuids":["5f7c-uuid"]}`);
        // Listmonk's body has no locale field: the locale travels in Accept-Language.
        expect(req!.headers['accept-language']).to.equal('en');
      });
    }

    it('listmonk: includes the name when asked for it', async () => {
      const { el, mock } = await withEndpoint({}, { provider: 'listmonk', withName: true, lists: 'u1 u2' });
      await fill(el, { name: 'Ana' });
      input(el, '#list-1').click();
      await el.updateComplete;
      button(el).click();
      const [req] = await requestsOf(mock, 1);
      expect(req!.body).to.equal(`{"email":"${EMAIL}","name":"Ana","list_uuids":["u2"]}`);
    });

    for (const provider of ['form', 'json', 'listmonk']) {
      it(`${provider}: sends no cookie, neither the page's own nor one the endpoint set, where a plain fetch sends both`, async () => {
        const { el, mock } = await withEndpoint({}, { provider });
        const path = new URL(mock.url).pathname;
        document.cookie = 'secon_page=1; path=/';
        try {
          // The endpoint sets a cookie of its own, as a service's session would.
          await answerNext(mock, {
            headers: { 'set-cookie': `secon_service=1; Path=${path}; SameSite=Lax` },
          });
          await fetch(mock.url, { method: 'POST' });
          await answerNext(mock, { body: '{"data":true}' });
          // The control: a request of the page's own to the endpoint carries both cookies.
          await fetch(`${mock.url}/control`, { method: 'POST' });
          await fill(el);
          button(el).click();
          await waitUntil(() => $(el, '[part=success]'), 'no success message', { timeout: 5000 });
        } finally {
          document.cookie = 'secon_page=; path=/; max-age=0';
          document.cookie = `secon_service=; path=${path}; max-age=0`;
        }
        const [control, req] = await requestsOf(mock, 2);
        expect(control!.headers['cookie']).to.contain('secon_page=1').and.to.contain('secon_service=1');
        expect(req!.method).to.equal('POST');
        expect(req!.path).to.equal(provider === 'listmonk' ? '/api/public/subscription' : '/');
        expect(req!.headers['cookie']).to.be.undefined;
      });
    }
  });

  describe('success', () => {
    const cases: [string, MockResponse, boolean][] = [
      ['Listmonk double opt-in {"data":{"has_optin":true}}', { body: '{"data":{"has_optin":true}}' }, true],
      ['generic {"confirm":true}', { body: '{"confirm":true}' }, true],
      [
        'Listmonk single opt-in {"data":{"has_optin":false}}',
        { body: '{"data":{"has_optin":false}}' },
        false,
      ],
      ['201 with no body', { status: 201, body: '' }, false],
      ['200 with an HTML page', { type: 'text/html', body: '<p>Thanks</p>' }, false],
    ];
    for (const [name, response, confirm] of cases) {
      it(`${name}: replaces the form with "${confirm ? 'check your inbox' : 'you are subscribed'}" and focuses it`, async () => {
        const { el } = await withEndpoint(response);
        const seen = record(el);
        await fill(el);
        button(el).click();
        await waitUntil(() => $(el, '[part=success]'), 'no success message', { timeout: 5000 });
        const message = $(el, '[part=success]')!;
        expect(text(message)).to.equal(
          confirm ? 'Check your inbox to confirm your subscription.' : 'Thank you, you are subscribed.',
        );
        expectFocusOn(message);
        expect($(el, 'form')).to.be.null;
        expect(seen.success.map((e) => e.detail)).to.deep.equal([{ confirm, lists: ['news'] }]);
        expect(seen.error).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it('showSuccess() shows the message for a page that sent the data itself', async () => {
      const el = await render(html`<secon-subscribe action="/x" privacy-href=${PRIVACY}></secon-subscribe>`);
      await el.showSuccess(true);
      expect(text($(el, '[part=success]'))).to.contain('Check your inbox');
      expectFocusOn($(el, '[part=success]'));
    });
  });

  describe('invalid input', () => {
    const bad: [string, Fill, string[]][] = [
      [
        'an empty form',
        { email: '', consent: false },
        ['Enter your email address, like name@example.com', 'Tick the box to agree'],
      ],
      ['an address of spaces', { email: '   ' }, ['Enter your email address, like name@example.com']],
      ['no @', { email: 'ana.example.org' }, ['Enter your email address, like name@example.com']],
      ['no domain', { email: 'ana@' }, ['Enter your email address, like name@example.com']],
      ['no local part', { email: '@example.org' }, ['Enter your email address, like name@example.com']],
      [
        'no dot in the domain',
        { email: 'ana@localhost' },
        ['Enter your email address, like name@example.com'],
      ],
      [
        'a space inside',
        { email: 'ana petrova@example.org' },
        ['Enter your email address, like name@example.com'],
      ],
      ['two @', { email: 'ana@@example.org' }, ['Enter your email address, like name@example.com']],
      [
        'an empty domain label',
        { email: 'ana@example..org' },
        ['Enter your email address, like name@example.com'],
      ],
      [
        'a very long address (255 characters)',
        { email: `${'a'.repeat(243)}@example.org` },
        ['Enter your email address, like name@example.com'],
      ],
      ['consent unticked', { consent: false }, ['Tick the box to agree']],
    ];
    for (const [name, values, messages] of bad) {
      it(`${name}: error summary takes focus, inline errors, nothing sent, nothing lost`, async () => {
        const { el, mock } = await withEndpoint();
        const seen = record(el);
        await fill(el, values);
        button(el).click();
        await el.updateComplete;
        const summary = $(el, '[part=error-summary]')!;
        expect(summary).to.exist;
        await waitUntil(() => deepActiveElement() === summary, 'summary not focused');
        expect([...summary.querySelectorAll('a')].map(text)).to.deep.equal(messages);
        for (const fieldId of messages.map((m) => (m.startsWith('Tick') ? 'consent' : 'email'))) {
          const field = input(el, `#${fieldId}`);
          expect(field.getAttribute('aria-invalid')).to.equal('true');
          const error = $(el, `#${field.getAttribute('aria-describedby')}`)!;
          expect(messages).to.include(text(error));
        }
        expect(input(el, '#email').value).to.equal((values.email ?? EMAIL).trim());
        expect(input(el, '#consent').checked).to.equal(values.consent ?? true);
        expect(seen.submit).to.have.length(0);
        expect(seen.error).to.have.length(0);
        await pause(50);
        expect(await mock.requests()).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it('an address of 254 characters is accepted', async () => {
      const { el, mock } = await withEndpoint();
      const email = `${'a'.repeat(242)}@example.org`;
      expect(email).to.have.length(254);
      await fill(el, { email });
      button(el).click();
      const [req] = await requestsOf(mock, 1);
      expect(new URLSearchParams(req!.body).get('email')).to.equal(email);
    });

    it('a link of the error summary moves focus to its field', async () => {
      const el = await render(html`<secon-subscribe action="/x" privacy-href=${PRIVACY}></secon-subscribe>`);
      button(el).click();
      await el.updateComplete;
      const links = shadow(el).querySelectorAll<HTMLAnchorElement>('[part=error-summary] a');
      links[1]!.click();
      expectFocusOn(input(el, '#consent'));
      links[0]!.focus();
      await sendKeys({ press: 'Enter' });
      expectFocusOn(input(el, '#email'));
    });

    it('clears the errors once the input is right', async () => {
      const { el, mock } = await withEndpoint({ hang: true });
      button(el).click();
      await el.updateComplete;
      await fill(el);
      button(el).click();
      await el.updateComplete;
      expect($(el, '[part=error-summary]')).to.be.null;
      expect(input(el, '#email').getAttribute('aria-invalid')).to.equal('false');
      await requestsOf(mock, 1);
    });
  });

  describe('while sending', () => {
    it('keeps focus on the aria-disabled button, announces it, and ignores another activation', async () => {
      const { el, mock } = await withEndpoint({ hang: true }, { timeout: 60000 });
      const seen = record(el);
      await fill(el);
      button(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button(el).getAttribute('aria-disabled')).to.equal('true');
      expectFocusOn(button(el));
      expect(statusText(el)).to.equal('Sending…');
      await sendKeys({ press: 'Enter' });
      button(el).click();
      input(el, '#email').form!.requestSubmit();
      await requestsOf(mock, 1);
      await pause(100);
      expect(await mock.requests()).to.have.length(1);
      expect(seen.submit).to.have.length(1);
      await expect(el).to.be.accessible();
      // Clean up: let the test server's request go.
      dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });

    it('waits the default 15 s when `timeout` is 0, and says why', async () => {
      let result!: { el: SeconSubscribe; mock: Mock };
      const warnings = await captureConsole('warn', async () => {
        result = await withEndpoint({ delay: 200 }, { timeout: 0 });
        await fill(result.el);
        button(result.el).click();
        await waitUntil(() => $(result.el, '[part=success]'), 'no success', { timeout: 5000 });
      });
      expect(await result.mock.requests()).to.have.length(1);
      expect(warnings).to.deep.equal([
        '<secon-subscribe>: timeout "0" is not a number above 0; 15000 is used.',
      ]);
    });

    it('a double click sends one request', async () => {
      const { el, mock } = await withEndpoint({ delay: 200 });
      const seen = record(el);
      await fill(el);
      button(el).click();
      button(el).click();
      await waitUntil(() => $(el, '[part=success]'), 'no success', { timeout: 5000 });
      expect(await mock.requests()).to.have.length(1);
      expect(seen.submit).to.have.length(1);
      expect(seen.success).to.have.length(1);
    });

    it('is usable again after Back/Forward restores the page (bfcache), and sends again', async () => {
      const { el, mock } = await withEndpoint([{ hang: true }, { body: '{"confirm":true}' }], {
        timeout: 60000,
      });
      await fill(el);
      button(el).click();
      await requestsOf(mock, 1);
      dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
      await el.updateComplete;
      expect(button(el).getAttribute('aria-disabled'), 'a fresh load changes nothing').to.equal('true');
      dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await el.updateComplete;
      expect(button(el).getAttribute('aria-disabled')).to.equal('false');
      expect(statusText(el)).to.equal('');
      expect(input(el, '#email').value).to.equal(EMAIL);
      await waitUntil(async () => (await mock.requests())[0]!.aborted, 'the frozen request is not aborted');
      button(el).click();
      await waitUntil(() => $(el, '[part=success]'), 'no success', { timeout: 5000 });
      expect(await mock.requests()).to.have.length(2);
    });
  });

  describe('secon-subscribe-submit', () => {
    it('carries {email, locale, lists}, and the name only when asked', async () => {
      const { el } = await withEndpoint({}, { lists: 'news' });
      const seen = record(el);
      await fill(el);
      button(el).click();
      await el.updateComplete;
      expect(seen.submit[0]!.detail).to.deep.equal({ email: EMAIL, locale: 'en', lists: ['news'] });
      expect(seen.submit[0]!.cancelable).to.be.true;
      expect(seen.submit[0]!.bubbles && seen.submit[0]!.composed).to.be.true;

      const other = await withEndpoint({}, { withName: true });
      const seen2 = record(other.el);
      await fill(other.el, { name: ' Ana ' });
      button(other.el).click();
      expect(seen2.submit[0]!.detail).to.deep.equal({
        email: EMAIL,
        name: 'Ana',
        locale: 'en',
        lists: ['news'],
      });
    });

    it('preventDefault() sends nothing, keeps everything, and the next submit works', async () => {
      const { el, mock } = await withEndpoint({ body: '{}' });
      const seen = record(el);
      const cancel = (e: Event) => e.preventDefault();
      el.addEventListener('secon-subscribe-submit', cancel);
      await fill(el);
      button(el).click();
      await el.updateComplete;
      await pause(100);
      expect(await mock.requests()).to.have.length(0);
      expect(seen.submit).to.have.length(1);
      expect(button(el).getAttribute('aria-disabled')).to.equal('false');
      expect(input(el, '#email').value).to.equal(EMAIL);
      expect(input(el, '#consent').checked).to.be.true;
      expect($(el, '[part=success]')).to.be.null;
      el.removeEventListener('secon-subscribe-submit', cancel);
      button(el).click();
      await requestsOf(mock, 1);
    });
  });

  describe('honeypot', () => {
    it('a filled honeypot shows success, sends nothing and fires no event', async () => {
      const { el, mock } = await withEndpoint();
      const seen = record(el);
      await fill(el);
      input(el, '.trap input').value = 'http://spam.example';
      button(el).click();
      await waitUntil(() => $(el, '[part=success]'), 'no success shown');
      await pause(100);
      expect(await mock.requests()).to.have.length(0);
      expect(seen.submit.length + seen.success.length + seen.error.length).to.equal(0);
    });
  });

  describe('failures', () => {
    const cases: [string, MockResponse, string, string, RegExp][] = [
      [
        '400 with a JSON message',
        { status: 400, body: `{"message":"Invalid email: ${EMAIL}"}` },
        'rejected',
        'This address was not accepted.',
        /answered 400 \("Invalid email: \[address\]"\)/,
      ],
      [
        '400 without a JSON message',
        { status: 400, type: 'text/plain', body: 'Bad Request' },
        'rejected',
        'This address was not accepted.',
        /answered 400;/,
      ],
      [
        '429',
        { status: 429, body: '{"error":"slow down"}' },
        'rate-limited',
        'Subscribing is not possible right now.',
        /answered 429 \("slow down"\)/,
      ],
      [
        '500',
        { status: 500, type: 'text/html', body: '<h1>Internal Server Error</h1>' },
        'server-error',
        'Subscribing is not possible right now.',
        /answered 500;/,
      ],
      [
        'a dropped connection',
        { drop: true },
        'network',
        'Subscribing is not possible right now.',
        /failed: network error/,
      ],
      [
        'a server that never answers (timeout)',
        { hang: true },
        'timeout',
        'Subscribing is not possible right now.',
        /no answer within 300 ms/,
      ],
    ];
    for (const [name, response, code, message, log] of cases) {
      it(`${name}: announces "${code}", keeps everything typed, and the next submit works`, async () => {
        const { el, mock } = await withEndpoint(response, {
          withName: true,
          // A short deadline only where the answer never comes: a loaded machine may take
          // longer than 300 ms to answer the others.
          timeout: code === 'timeout' ? 300 : 10000,
          lists: 'a b',
        });
        const seen = record(el);
        await fill(el, { name: 'Ана' });
        input(el, '#list-1').click();
        await el.updateComplete;
        button(el).focus();
        const errors = await captureConsole('error', async () => {
          button(el).click();
          await waitUntil(() => seen.error.length, 'no secon-error', { timeout: 8000 });
        });
        await settled(el, 'still sending');
        expect(seen.error[0]!.detail.code).to.equal(code);
        expect(seen.error[0]!.detail.message).to.match(log);
        expect(seen.error[0]!.detail.message).to.contain(mock.url);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain('<secon-subscribe>').and.match(log);
        expect(errors.join(' '), 'no personal data in the console')
          .to.not.contain(EMAIL)
          .and.not.contain('Ана');
        // Announced in the live region, visibly.
        expect(statusText(el)).to.equal(message);
        // Everything stays.
        expect(input(el, '#email').value).to.equal(EMAIL);
        expect(input(el, '#name').value).to.equal('Ана');
        expect(input(el, '#consent').checked).to.be.true;
        expect(input(el, '#list-0').checked).to.be.false;
        expect(input(el, '#list-1').checked).to.be.true;
        expectFocusOn(button(el));
        expect(seen.success).to.have.length(0);
        await expect(el).to.be.accessible();
        // And again, once the service is back.
        const [first] = await mock.requests();
        await answerNext(mock, { body: '{"confirm":true}' });
        button(el).click();
        await waitUntil(() => $(el, '[part=success]'), 'the retry did not succeed', { timeout: 5000 });
        const [retry] = await mock.requests();
        expect(retry!.body).to.equal(first!.body);
      });
    }
  });

  describe('several lists', () => {
    it('offers a choice named by <data> children, requires one, and sends the chosen ones', async () => {
      const mock = await mockEndpoint({});
      const el = await render(
        html`<secon-subscribe action=${mock.url} privacy-href=${PRIVACY} lists="news events tenders">
          <data value="news">Municipal news</data>
          <data value="events">Events</data>
        </secon-subscribe>`,
      );
      const fieldset = $(el, 'fieldset')!;
      expect(text(fieldset.querySelector('legend'))).to.equal('Choose at least one topic');
      const labels = [...fieldset.querySelectorAll('label')].map(text);
      expect(labels).to.deep.equal(['Municipal news', 'Events', 'tenders']);
      expect([...fieldset.querySelectorAll('input')].every((i) => !i.checked)).to.be.true;
      await fill(el);
      button(el).click();
      await el.updateComplete;
      expect(text($(el, '[part=error-summary]'))).to.equal('Choose at least one topic');
      expect(fieldset.getAttribute('aria-describedby')).to.equal('lists-error');
      expect(text($(el, '#lists-error'))).to.equal('Choose at least one topic');
      expect(input(el, '#list-0').getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLAnchorElement>('[part=error-summary] a')!.click();
      expectFocusOn(input(el, '#list-0'));
      input(el, '#list-0').click();
      input(el, '#list-2').click();
      await el.updateComplete;
      button(el).click();
      const [req] = await requestsOf(mock, 1);
      expect(req!.body).to.equal(
        `email=ana.petrova%40example.org&consent=yes&locale=en&list=news&list=tenders`,
      );
    });

    it('finds the list names among the <p> and <br> a CMS adds (wpautop)', async () => {
      const el = await render(
        html`<secon-subscribe action="/x" privacy-href=${PRIVACY} lists="news events"
          ><p></p>
          <p><data value="news">Новини</data><br /><data value="events">Събития</data></p>
          <br
        /></secon-subscribe>`,
      );
      expect([...shadow(el).querySelectorAll('fieldset label')].map(text)).to.deep.equal([
        'Новини',
        'Събития',
      ]);
      expect(el.querySelector('p')!.getClientRects().length, 'the children are not displayed').to.equal(0);
    });

    it('with one list there is no choice and that list is sent', async () => {
      const { el, mock } = await withEndpoint({}, { lists: 'only' });
      expect($(el, 'fieldset')).to.be.null;
      await fill(el);
      button(el).click();
      const [req] = await requestsOf(mock, 1);
      expect(req!.body).to.contain('&list=only');
    });
  });

  describe('locale', () => {
    it('re-renders in the new locale and keeps what was typed and ticked; the request carries the locale', async () => {
      const { el, mock } = await withEndpoint({}, { withName: true, lists: 'a b' });
      await fill(el, { email: 'not-an-address', name: 'Ана' });
      input(el, '#list-1').click();
      button(el).click();
      await el.updateComplete;
      await setPageLang('bg', 'bg');
      await el.updateComplete;
      expect(text($(el, 'h2'))).to.equal('Бъдете информирани');
      expect(text($(el, '[part=intro]'))).to.equal(
        'Абонирайте се! Получавайте първи всички актуални новини, събития, обяви и съобщения от Община Хасково.',
      );
      expect(text($(el, '[part=error-summary]'))).to.equal(
        'Въведете имейл адреса си, например name@example.com',
      );
      expect(input(el, '#email').value).to.equal('not-an-address');
      expect(input(el, '#name').value).to.equal('Ана');
      expect(input(el, '#consent').checked).to.be.true;
      expect(input(el, '#list-1').checked).to.be.true;
      await expect(el).to.be.accessible();
      typeInto(input(el, '#email'), EMAIL);
      await setPageLang('de-AT', 'de');
      expect(text(button(el))).to.equal('Abonnieren');
      button(el).click();
      const [req] = await requestsOf(mock, 1);
      expect(new URLSearchParams(req!.body).get('locale')).to.equal('de');
      expect(req!.headers['accept-language']).to.equal('de');
    });

    it('localizes the failure message after a change of locale', async () => {
      const { el } = await withEndpoint({ status: 500 });
      await fill(el);
      await captureConsole('error', async () => {
        button(el).click();
        await waitUntil(() => statusText(el).startsWith('Subscribing'), 'no failure', { timeout: 5000 });
      });
      await setPageLang('el', 'el');
      expect(statusText(el)).to.equal('Η εγγραφή δεν είναι δυνατή αυτή τη στιγμή.');
    });
  });

  describe('a form of its own (progressive enhancement)', () => {
    it('takes the action, what was typed, the list choice and the other fields of a child form', async () => {
      const mock = await mockEndpoint({ body: '{"confirm":true}' });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <form action=${mock.url} method="post">
            <label>E-mail <input type="email" name="email" value=${EMAIL} /></label>
            <label>Име <input name="name" value="Ана" /></label>
            <label><input type="checkbox" name="list" value="news" checked /> Новини</label>
            <label><input type="checkbox" name="list" value="events" /> Събития</label>
            <input type="hidden" name="token" value="abc123" />
            <label><input type="checkbox" name="consent" value="yes" checked /> Съгласен съм</label>
            <button>Абонирайте се</button>
          </form>
        </div>`,
      );
      // The form works before the element exists; now the element wraps it, as when the script loads.
      const form = wrapper.querySelector('form')!;
      const el = document.createElement('secon-subscribe') as SeconSubscribe;
      el.setAttribute('privacy-href', PRIVACY);
      wrapper.append(el);
      el.append(form);
      await el.updateComplete;
      expect(form.getClientRects().length, 'the child form is not displayed').to.equal(0);
      expect(input(el, '#email').value).to.equal(EMAIL);
      expect(input(el, '#name').value).to.equal('Ана');
      expect(input(el, '#consent').checked).to.be.true;
      expect([...shadow(el).querySelectorAll('fieldset label')].map(text)).to.deep.equal([
        'Новини',
        'Събития',
      ]);
      expect(input(el, '#list-0').checked).to.be.true;
      expect(input(el, '#list-1').checked).to.be.false;
      await expect(el).to.be.accessible();
      button(el).click();
      const [req] = await requestsOf(mock, 1);
      expect(req!.body).to.equal(
        'email=ana.petrova%40example.org&name=%D0%90%D0%BD%D0%B0&consent=yes&locale=en&list=news&token=abc123',
      );
      await waitUntil(() => $(el, '[part=success]'), 'no success');
    });

    it('moves focus into its own field when the person was typing in the child form as the script loaded', async () => {
      // A tag defined only after the markup is in the page: the element upgrades in place, as on a real page.
      const tag = `secon-subscribe-late-${Math.random().toString(36).slice(2)}`;
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<${tag} privacy-href="${PRIVACY}"><form action="/subscribe">
        <label>Email <input type="email" name="email"></label></form></${tag}>`;
      const field = wrapper.querySelector('input')!;
      field.focus();
      field.value = 'ana@';
      customElements.define(
        tag,
        class extends (customElements.get('secon-subscribe') as typeof SeconSubscribe) {},
      );
      const el = wrapper.firstElementChild as SeconSubscribe;
      await el.updateComplete;
      await el.updateComplete;
      expectFocusOn(input(el, '#email'));
      expect(input(el, '#email').value).to.equal('ana@');
    });

    it('works when the element upgrades before its child form is parsed', async () => {
      const mock = await mockEndpoint({});
      const el = document.createElement('secon-subscribe') as SeconSubscribe;
      el.setAttribute('privacy-href', PRIVACY);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      // The page is parsed already here, so the missing action is reported at first.
      await captureConsole('error', async () => {
        wrapper.append(el);
        await el.updateComplete;
      });
      const form = document.createElement('form');
      form.action = mock.url;
      el.append(document.createElement('p'), form);
      await waitUntil(() => $(el, 'form'), 'the form did not appear');
      await fill(el);
      button(el).click();
      const [req] = await requestsOf(mock, 1);
      expect(req!.body).to.equal('email=ana.petrova%40example.org&consent=yes&locale=en');
    });
  });

  describe('misconfiguration', () => {
    const cases: [string, TemplateResult, string, string][] = [
      [
        'no action',
        html`<secon-subscribe privacy-href=${PRIVACY}></secon-subscribe>`,
        'invalid-action',
        'action "" is missing',
      ],
      [
        'a javascript: action',
        html`<secon-subscribe action="javascript:alert(1)" privacy-href=${PRIVACY}></secon-subscribe>`,
        'invalid-action',
        'action "javascript:alert(1)"',
      ],
      [
        'no privacy-href',
        html`<secon-subscribe action="/x"></secon-subscribe>`,
        'invalid-privacy-href',
        'privacy-href "" is missing',
      ],
      [
        'a data: privacy-href',
        html`<secon-subscribe action="/x" privacy-href="data:text/html,hi"></secon-subscribe>`,
        'invalid-privacy-href',
        'privacy-href "data:text/html,hi"',
      ],
      [
        'an unknown provider',
        html`<secon-subscribe action="/x" privacy-href=${PRIVACY} provider="mailchimp"></secon-subscribe>`,
        'invalid-provider',
        'provider "mailchimp" is missing or invalid',
      ],
    ];
    for (const [name, template, code, log] of cases) {
      it(`${name}: a localized message instead of the form, secon-error "${code}" and a console line`, async () => {
        const errors: SeconErrorDetail[] = [];
        const listener = (e: Event) => errors.push((e as CustomEvent<SeconErrorDetail>).detail);
        document.addEventListener('secon-error', listener);
        let el!: SeconSubscribe;
        const lines = await captureConsole('error', async () => {
          el = await render(template);
        });
        document.removeEventListener('secon-error', listener);
        expect(errors.map((e) => e.code)).to.deep.equal([code]);
        expect(errors[0]!.message).to.contain(log);
        expect(lines).to.have.length(1);
        expect(lines[0]).to.contain('<secon-subscribe>').and.contain(log);
        expect($(el, 'form')).to.be.null;
        expect(text($(el, 'h2'))).to.equal('Stay informed');
        expect(statusText(el)).to.equal('Subscribing is not possible right now.');
        await expect(el).to.be.accessible();
      });
    }

    it('leaves a working child form visible when it cannot take it over', async () => {
      let el!: SeconSubscribe;
      await captureConsole('error', async () => {
        el = await render(
          html`<secon-subscribe
            ><form action="/subscribe">
              <label>Email <input name="email" /></label></form
          ></secon-subscribe>`,
        );
      });
      const form = el.querySelector('form')!;
      expect(form.getClientRects().length).to.be.greaterThan(0);
      expect(statusText(el)).to.equal('');
    });

    it('reports a problem once, and recovers when the attribute is fixed', async () => {
      let el!: SeconSubscribe;
      const lines = await captureConsole('error', async () => {
        el = await render(html`<secon-subscribe privacy-href=${PRIVACY}></secon-subscribe>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(lines).to.have.length(1);
      el.action = '/subscribe';
      await el.updateComplete;
      expect($(el, 'form')).to.exist;
      expect(statusText(el)).to.equal('');
    });
  });
});
