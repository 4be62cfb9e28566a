import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SeconElement } from '../../internal/secon-element.js';
import { heading } from '../../internal/heading.js';
import { headingLevel, timeLimit } from '../../internal/attributes.js';
import { tokens } from '../../internal/styles.js';
import { safeUrl } from '../../internal/safe-url.js';
import { emit, emitError } from '../../internal/events.js';
import { fetchText, isTimeout } from '../../internal/fetch-text.js';
import { getLocale } from '../../internal/locale.js';
import { styles } from './subscribe.styles.js';

/** Detail of `secon-subscribe-submit`. `name` is there only when the element asks for it. */
export interface SeconSubscribeSubmitDetail {
  email: string;
  name?: string;
  locale: string;
  /** The list ids the person subscribes to. */
  lists: string[];
}

/** Detail of `secon-subscribe-success`. */
export interface SeconSubscribeSuccessDetail {
  /** True when the service sent an email the person must confirm (double opt-in). */
  confirm: boolean;
  lists: string[];
}

/** How the element talks to the newsletter service. */
export type SubscribeProvider = 'form' | 'json' | 'listmonk';

/** A field with a problem; its id (`lists`: the first list checkbox) and error id derive from it. */
type Field = 'email' | 'lists' | 'consent';
/** What the element says: nothing yet, "Sending…", a success, or a failed request. */
type Status = '' | 'sending' | 'subscribed' | 'confirm' | 'rejected' | 'unavailable';

const PROVIDERS = ['form', 'json', 'listmonk'];
/** Field names the element fills itself; any other field of a light-DOM form is sent along. */
const OWN_FIELDS = ['email', 'name', 'consent', 'locale', 'list'];
/** At most 254 characters (RFC 5321), a local part, and a domain with a dot and no empty label. */
const EMAIL = /^(?=.{1,254}$)[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * The "Stay informed" newsletter sign-up: email address, optional name, a choice of
 * lists, and an explicit consent checkbox linking to the privacy notice. It validates
 * before sending, sends one request at a time to the newsletter service (a plain form
 * endpoint, a JSON endpoint or Listmonk), says whether the person must still confirm
 * by email, and never loses what people typed.
 *
 * A `<form>` inside the element works before the script loads (and without it); once
 * the element upgrades, it takes that form's `action`, the values already typed, its
 * list checkboxes (`name="list"`) and, for the `form` provider, its other fields.
 *
 * @tagname secon-subscribe
 * @summary Accessible, localized newsletter sign-up for form, JSON and Listmonk endpoints.
 *
 * @slot - An optional `<form>` that works without JavaScript; also `<data value="list-id">Label</data>`
 *   elements naming the lists. Not displayed once the element works (shown again only when the
 *   element is misconfigured, so that the form keeps working).
 *
 * @csspart base - The box around everything.
 * @csspart heading - The heading ("Stay informed").
 * @csspart intro - The introduction.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown at the top of the form after a failed check.
 * @csspart input - The email and name fields.
 * @csspart error - An inline error message under a field's label.
 * @csspart button - The submit button.
 * @csspart status - The live region: "Sending…" and request errors.
 * @csspart success - The message that replaces the form after success.
 *
 * @cssprop --secon-subscribe-background - Background of the box.
 * @cssprop --secon-subscribe-border - Border of the box (default none).
 * @cssprop --secon-subscribe-padding - Padding of the box.
 * @cssprop --secon-subscribe-heading-size - Font size of the heading.
 * @cssprop --secon-subscribe-link-color - Colour of the privacy link.
 * @cssprop --secon-subscribe-button-background - Background of the button.
 * @cssprop --secon-subscribe-button-color - Text colour of the button.
 *
 * @fires {CustomEvent<SeconSubscribeSubmitDetail>} secon-subscribe-submit - Before the request is sent; cancelable: `preventDefault()` sends nothing.
 * @fires {CustomEvent<SeconSubscribeSuccessDetail>} secon-subscribe-success - The service accepted the subscription.
 * @fires {CustomEvent<SeconErrorDetail>} secon-error - Misconfiguration or a failed request. Codes: `invalid-action`, `invalid-privacy-href`, `invalid-provider`, `rejected`, `rate-limited`, `server-error`, `network`, `timeout`.
 */
export class SeconSubscribe extends SeconElement {
  static override styles = [tokens, styles];
  static override properties = {
    problems: { state: true },
    status: { state: true },
    action: {},
    provider: {},
    lists: {},
    privacyHref: { attribute: 'privacy-href' },
    organization: {},
    withName: { type: Boolean, attribute: 'with-name' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
  };

  #observer?: MutationObserver;
  #adopted?: HTMLFormElement;
  #request?: AbortController;
  #url?: string;
  #reported?: string;
  #onPageShow = (e: PageTransitionEvent): void => {
    // Back/Forward restored a page frozen mid-request: the answer will never come.
    if (e.persisted && this.status === 'sending') {
      this.#request?.abort();
      this.#request = undefined;
      this.status = '';
    }
  };

  // What people type lives in the form's own fields: they survive every re-render.
  private problems: Field[] = [];
  private status: Status = '';

  /** URL of the newsletter endpoint (for Listmonk, the address of the Listmonk server). Default: the `action` of a child `<form>`. */
  declare action?: string;

  /** `form` (default: URL-encoded POST), `json`, or `listmonk` (Listmonk's public subscription API). */
  provider: SubscribeProvider = 'form';

  /** Space-separated list ids (Listmonk: list UUIDs). Several lists let people choose. Default: the `list` fields of a child `<form>`. */
  declare lists?: string;

  /** URL of the privacy notice, linked from the consent checkbox. Required. */
  declare privacyHref?: string;

  /** Name of the organisation sending the news, named in the introduction. */
  declare organization?: string;

  /** Also asks for a name (optional for the person). */
  withName = false;

  /** Level of the heading, 2–6. */
  headingLevel = 2;

  /** Milliseconds to wait for the service before giving up. */
  timeout = 15000;

  override connectedCallback(): void {
    super.connectedCallback();
    // A child form may be parsed after the element upgrades.
    this.#observer = new MutationObserver(() => this.requestUpdate());
    this.#observer.observe(this, { childList: true, subtree: true });
    addEventListener('pageshow', this.#onPageShow);
    // A misconfiguration is reported once the page is parsed: a child form may still come.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.requestUpdate(), { once: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    removeEventListener('pageshow', this.#onPageShow);
  }

  /**
   * Replaces the form with the success message and focuses it, as after an accepted
   * request: for pages that cancel `secon-subscribe-submit` and send the data themselves.
   * `confirm`: the person must still confirm by email.
   */
  async showSuccess(confirm = false): Promise<void> {
    this.status = confirm ? 'confirm' : 'subscribed';
    await this.#focus('[part=success]');
  }

  /** Moves focus to a message once rendered, scrolling it clear of a sticky page header. */
  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'center' });
  }

  get #form(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  get #listIds(): string[] {
    return [
      ...new Set(
        this.lists?.match(/\S+/g) ??
          [...(this.#form?.querySelectorAll<HTMLInputElement>('[name=list]') ?? [])].map((e) => e.value),
      ),
    ];
  }

  /** The webmaster's label of a list: a child element with that `value` (its `<label>`), else the id. */
  #listLabel(id: string): string {
    for (const e of this.querySelectorAll<HTMLInputElement>('[value]')) {
      if (e.getAttribute('value') === id) return (e.labels?.[0] ?? e).textContent?.trim() || id;
    }
    return id;
  }

  /** Takes over what a person typed and ticked in a child form before the script loaded, and the focus. */
  protected override updated(): void {
    const form = this.#form;
    const own = this.renderRoot.querySelector('form');
    if (!form || !own || form === this.#adopted) return;
    this.#adopted = form;
    for (const theirs of form.querySelectorAll('input')) {
      const { name, value, checked } = theirs;
      const mine = [...own.querySelectorAll('input')].find(
        (e) => OWN_FIELDS.includes(name) && e.name === name && (name !== 'list' || e.value === value),
      );
      if (!mine) continue;
      if (mine.type === 'checkbox') mine.checked ||= checked;
      else mine.value ||= value;
      if (theirs === document.activeElement) mine.focus();
    }
  }

  /** Finds the endpoint, or reports what keeps the element from working (once, when the page is parsed). */
  #check(): string | undefined {
    const action = this.action ?? this.#form?.getAttribute('action');
    this.#url = safeUrl(action);
    const [name, value] = !this.#url
      ? ['action', action]
      : !safeUrl(this.privacyHref)
        ? ['privacy-href', this.privacyHref]
        : PROVIDERS.includes(this.provider)
          ? []
          : ['provider', this.provider];
    const problem = name && `${name} "${value ?? ''}" is missing or invalid`;
    if (problem !== this.#reported && document.readyState !== 'loading') {
      this.#reported = problem;
      if (problem) emitError(this, `invalid-${name}`, `${problem}; the form is not shown.`);
    }
    return problem;
  }

  /** What to do about a field; for `lists` also the legend of the list choice. */
  #problemText(field: Field): string {
    return field === 'email'
      ? msg('Enter your email address, like name@example.com', {
          id: 'subscribe.email-invalid',
          desc: 'Sign-up: error, email field empty, malformed or too long. Keep name@example.com.',
        })
      : field === 'consent'
        ? msg('Tick the box to agree', {
            id: 'subscribe.consent-missing',
            desc: 'Sign-up: error, consent box not ticked.',
          })
        : msg('Choose at least one topic', {
            id: 'subscribe.lists',
            desc: 'Sign-up: above the newsletters to choose from, and the error when none is chosen.',
          });
  }

  async #handleSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.status === 'sending') return;
    const data = new FormData(e.target as HTMLFormElement);
    if (data.get('secon_hp')) {
      // A bot: pretend it worked and send nothing.
      await this.showSuccess(true);
      return;
    }
    const ids = this.#listIds;
    const lists = ids.length > 1 ? (data.getAll('list') as string[]) : ids;
    const email = String(data.get('email')).trim();
    const problems: Field[] = EMAIL.test(email) ? [] : ['email'];
    if (!lists.length && ids.length) problems.push('lists');
    if (!data.has('consent')) problems.push('consent');
    this.status = '';
    this.problems = problems;
    if (problems.length) {
      await this.#focus('[part=error-summary]');
      return;
    }
    const detail: SeconSubscribeSubmitDetail = {
      email,
      ...(data.has('name') ? { name: String(data.get('name')).trim() } : {}),
      locale: getLocale(),
      lists,
    };
    if (!emit(this, 'secon-subscribe-submit', detail, { cancelable: true })) return;
    this.status = 'sending';
    await this.#send(detail);
  }

  async #send({ email, name, locale, lists }: SeconSubscribeSubmitDetail): Promise<void> {
    let url = this.#url!;
    const { provider } = this;
    let body: string | URLSearchParams;
    if (provider === 'form') {
      body = new URLSearchParams([
        ['email', email],
        ...(name === undefined ? [] : [['name', name]]),
        ['consent', 'yes'],
        ['locale', locale],
        ...lists.map((list) => ['list', list]),
        ...[...(this.#form ? new FormData(this.#form) : [])].filter(
          (entry): entry is [string, string] =>
            !OWN_FIELDS.includes(entry[0]) && typeof entry[1] === 'string',
        ),
      ]);
    } else if (provider === 'listmonk') {
      url = url.replace(/\/*$/, '/api/public/subscription');
      body = JSON.stringify({ email, name, list_uuids: lists });
    } else {
      body = JSON.stringify({ email, name, consent: true, locale, lists });
    }

    const request = (this.#request = new AbortController());
    const ms = timeLimit(this, this.timeout);
    let code = 'network';
    let said = 'failed: network error or CORS';
    try {
      const [response, text] = await fetchText(
        url,
        {
          method: 'POST',
          body,
          headers: {
            accept: 'application/json',
            'accept-language': locale,
            ...(typeof body === 'string' ? { 'content-type': 'application/json' } : {}),
          },
          credentials: 'omit',
        },
        ms,
        request,
      );
      if (request !== this.#request) return;
      let data:
        { confirm?: unknown; message?: unknown; error?: unknown; data?: { has_optin?: unknown } } | undefined;
      try {
        data = JSON.parse(text) as typeof data;
      } catch {
        // Not JSON: only the status counts.
      }
      const { status } = response;
      if (response.ok) {
        this.#request = undefined;
        const confirm = data?.data?.has_optin === true || data?.confirm === true;
        emit<SeconSubscribeSuccessDetail>(this, 'secon-subscribe-success', { confirm, lists });
        await this.showSuccess(confirm);
        return;
      }
      code = status === 429 ? 'rate-limited' : status > 399 && status < 500 ? 'rejected' : 'server-error';
      // The service's own words help a webmaster, but may quote the address: never log it.
      const words = data?.message ?? data?.error;
      said = `answered ${status}`;
      if (words)
        said += ` ("${String(words)
          .replace(/\S+@\S+/g, '[address]')
          .slice(0, 200)}")`;
    } catch (e) {
      if (request !== this.#request) return;
      if (isTimeout(e)) {
        code = 'timeout';
        said = `got no answer within ${ms} ms`;
      }
    }
    this.#request = undefined;
    this.status = code === 'rejected' ? code : 'unavailable';
    emitError(this, code, `POST ${url} ${said}; nothing was subscribed.`);
  }

  /** A link of the error summary focuses its field (without touching the page's URL). */
  #handleSummaryClick(e: Event): void {
    const link = (e.target as Element).closest('a');
    if (!link) return;
    e.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(link.hash)?.focus();
  }

  /** A field's inline error, always there (empty and hidden when the field is fine) so `aria-describedby` can point at it. */
  #error(field: Field): TemplateResult {
    const on = this.problems.includes(field);
    return html`<p part="error" id="${field}-error" ?hidden=${!on}>${on ? this.#problemText(field) : ''}</p>`;
  }

  #invalid(field: Field): 'true' | 'false' {
    return this.problems.includes(field) ? 'true' : 'false';
  }

  #renderForm(heading: string): TemplateResult {
    const ids = this.#listIds;
    const { organization } = this;
    return html`<p part="intro">
        ${
          organization
            ? msg(str`Subscribe for the latest news and events from ${organization}.`, {
                id: 'subscribe.intro-organization',
                desc: 'Sign-up: introduction; the placeholder is the name of a municipality or organisation.',
              })
            : msg('Subscribe for the latest news and events.', {
                id: 'subscribe.intro',
                desc: 'Sign-up: introduction without an organisation.',
              })
        }
      </p>
      <form part="form" novalidate aria-label=${heading} @submit=${this.#handleSubmit}>
        ${
          this.problems.length
            ? html`<div part="error-summary" tabindex="-1" @click=${this.#handleSummaryClick}>
                <ul>
                  ${this.problems.map(
                    (p) =>
                      html`<li><a href="#${p === 'lists' ? 'list-0' : p}">${this.#problemText(p)}</a></li>`,
                  )}
                </ul>
              </div>`
            : nothing
        }
        <div>
          <label for="email"
            >${msg('Email address', { id: 'subscribe.email', desc: 'Sign-up: email field label.' })}</label
          >
          ${this.#error('email')}
          <input
            part="input"
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            spellcheck="false"
            required
            aria-invalid=${this.#invalid('email')}
            aria-describedby="email-error"
          />
        </div>
        ${
          this.withName || this.#form?.querySelector('[name=name]')
            ? html`<div>
                <label for="name"
                  >${msg('Name (optional)', { id: 'subscribe.name', desc: 'Sign-up: name field label.' })}</label
                >
                <input part="input" id="name" name="name" autocomplete="name" />
              </div>`
            : nothing
        }
        ${
          ids.length > 1
            ? html`<fieldset aria-describedby="lists-error">
                <legend>${this.#problemText('lists')}</legend>
                ${this.#error('lists')}
                ${ids.map(
                  (id, i) =>
                    html`<div class="check">
                      <input
                        type="checkbox"
                        id="list-${i}"
                        name="list"
                        .value=${id}
                        aria-invalid=${this.#invalid('lists')}
                      /><label for="list-${i}">${this.#listLabel(id)}</label>
                    </div>`,
                )}
              </fieldset>`
            : nothing
        }
        <div>
          <div class="check">
            <input
              type="checkbox"
              id="consent"
              name="consent"
              required
              aria-invalid=${this.#invalid('consent')}
              aria-describedby="consent-error"
            /><label for="consent"
              >${msg('I agree to receive news by email.', {
                id: 'subscribe.consent',
                desc: 'Sign-up: consent checkbox label, followed by the privacy notice link.',
              })}
              <a href=${this.privacyHref!} target="_blank" rel="noopener"
                >${msg('Privacy notice (opens in a new tab)', {
                  id: 'subscribe.privacy-link',
                  desc: 'Sign-up: link after the consent sentence, inside its label.',
                })}</a
              ></label
            >
          </div>
          ${this.#error('consent')}
        </div>
        <div class="trap" aria-hidden="true">
          <label for="trap">Leave this field empty</label>
          <input id="trap" name="secon_hp" tabindex="-1" autocomplete="off" />
        </div>
        <button part="button" aria-disabled=${this.status === 'sending' ? 'true' : 'false'}>
          ${msg('Subscribe', { id: 'subscribe.submit', desc: 'Sign-up: submit button.' })}
        </button>
      </form>`;
  }

  #statusText(problem: boolean): string {
    const { status } = this;
    // A child form shown instead still works: it needs no apology.
    return (problem && !this.#form) || status === 'unavailable'
      ? msg('Subscribing is not possible right now.', {
          id: 'subscribe.error-unavailable',
          desc: 'Sign-up: the service failed, did not answer, or is not set up.',
        })
      : status === 'rejected'
        ? msg('This address was not accepted.', {
            id: 'subscribe.error-rejected',
            desc: 'Sign-up: the service refused the address.',
          })
        : status === 'sending'
          ? msg('Sending…', { id: 'subscribe.sending', desc: 'Sign-up: status while sending.' })
          : '';
  }

  protected override render(): TemplateResult {
    const problem = !!this.#check();
    const { status } = this;
    const level = headingLevel(this, this.headingLevel, 2);
    const title = msg('Stay informed', { id: 'subscribe.heading', desc: 'Sign-up: heading.' });
    return html`<div part="base">
      ${heading(level, title)}
      ${
        problem
          ? nothing
          : status === 'confirm' || status === 'subscribed'
            ? html`<p part="success" tabindex="-1">
                ${
                  status === 'confirm'
                    ? msg('Check your inbox to confirm your subscription.', {
                        id: 'subscribe.success-confirm',
                        desc: 'Sign-up: success, the person must confirm by email.',
                      })
                    : msg('Thank you, you are subscribed.', {
                        id: 'subscribe.success',
                        desc: 'Sign-up: success, subscription complete.',
                      })
                }
              </p>`
            : this.#renderForm(title)
      }
      <p
        part="status"
        role="status"
        class=${problem || status === 'rejected' || status === 'unavailable' ? 'failed' : ''}
      >
        ${this.#statusText(problem)}
      </p>
      <slot ?hidden=${!problem}></slot>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'secon-subscribe': SeconSubscribe;
  }
  interface HTMLElementEventMap {
    'secon-subscribe-submit': CustomEvent<SeconSubscribeSubmitDetail>;
    'secon-subscribe-success': CustomEvent<SeconSubscribeSuccessDetail>;
  }
}
