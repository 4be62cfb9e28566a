import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { SeconElement } from '../../internal/secon-element.js';
import { tokens } from '../../internal/styles.js';
import { safeUrl } from '../../internal/safe-url.js';
import { emit, emitError } from '../../internal/events.js';
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

type Problem = 'email-missing' | 'email-invalid' | 'consent' | 'lists';
type Phase = 'idle' | 'sending' | 'done';

const PROVIDERS = ['form', 'json', 'listmonk'];
/** Field names the element fills itself; any other field of a light-DOM form is sent along. */
const OWN_FIELDS = ['email', 'name', 'consent', 'locale', 'list'];
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const MAX_EMAIL = 254;

const field = (p: Problem) => (p.startsWith('email') ? 'email' : p);

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

  #observer?: MutationObserver;
  #adopted?: HTMLFormElement;
  #request?: AbortController;
  #focusAfterUpdate?: string;
  #reported?: string;
  #badLevel?: number;
  #onPageShow = (e: PageTransitionEvent): void => {
    // Back/Forward restored a page frozen mid-request: the answer will never come.
    if (e.persisted && this.phase === 'sending') {
      this.#request?.abort();
      this.#request = undefined;
      this.phase = 'idle';
    }
  };

  @state() private email = '';
  @state() private fullName = '';
  @state() private consent = false;
  @state() private chosen: string[] = [];
  @state() private problems: Problem[] = [];
  @state() private failure?: 'rejected' | 'unavailable';
  @state() private phase: Phase = 'idle';
  @state() private confirm = false;

  /** URL of the newsletter endpoint (for Listmonk, the address of the Listmonk server). Default: the `action` of a child `<form>`. */
  @property() action?: string;

  /** `form` (default: URL-encoded POST), `json`, or `listmonk` (Listmonk's public subscription API). */
  @property() provider: SubscribeProvider = 'form';

  /** Space-separated list ids (Listmonk: list UUIDs). Several lists let people choose. Default: the `list` fields of a child `<form>`. */
  @property() lists?: string;

  /** URL of the privacy notice, linked from the consent checkbox. Required. */
  @property({ attribute: 'privacy-href' }) privacyHref?: string;

  /** Name of the organisation sending the news, named in the introduction. */
  @property() organization?: string;

  /** Also asks for a name (optional for the person). */
  @property({ type: Boolean, attribute: 'with-name' }) withName = false;

  /** Level of the heading, 2–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Milliseconds to wait for the service before giving up. */
  @property({ type: Number }) timeout = 15000;

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
    this.confirm = confirm;
    this.phase = 'done';
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
    const ids = this.lists?.trim()
      ? this.lists.trim().split(/\s+/)
      : [...(this.#form?.querySelectorAll<HTMLInputElement>('[name=list]') ?? [])].map((e) => e.value);
    return [...new Set(ids)];
  }

  /** The webmaster's label of a list: a child element with that `value` (its `<label>`), else the id. */
  #listLabel(id: string): string {
    for (const e of this.querySelectorAll<HTMLInputElement>('[value]')) {
      if (e.getAttribute('value') === id) return (e.labels?.[0] ?? e).textContent?.trim() || id;
    }
    return id;
  }

  /** Takes over what a person typed in a child form before the script loaded. */
  protected override willUpdate(): void {
    const form = this.#form;
    if (!form || form === this.#adopted) return;
    this.#adopted = form;
    const get = (name: string) => form.querySelector<HTMLInputElement>(`[name=${name}]`);
    this.email ||= get('email')?.value ?? '';
    this.fullName ||= get('name')?.value ?? '';
    this.consent ||= !!get('consent')?.checked;
    this.chosen = [...form.querySelectorAll<HTMLInputElement>('[name=list]:checked')].map((e) => e.value);
    const active = document.activeElement as HTMLInputElement | null;
    if (active && form.contains(active) && OWN_FIELDS.includes(active.name))
      this.#focusAfterUpdate = active.name;
  }

  protected override updated(): void {
    if (this.#focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(`[name=${this.#focusAfterUpdate}]`)?.focus();
      this.#focusAfterUpdate = undefined;
    }
  }

  /** The endpoint, or why the element cannot work (once per problem, when the page is parsed). */
  #config(): { url?: string; problem?: [string, string] } {
    const raw = this.action ?? this.#form?.getAttribute('action');
    const url = safeUrl(raw);
    const problem: [string, string] | undefined = !url
      ? ['invalid-action', `action "${raw ?? ''}" is missing or not an http(s) URL`]
      : !safeUrl(this.privacyHref)
        ? ['invalid-privacy-href', `privacy-href "${this.privacyHref ?? ''}" is missing or not a safe URL`]
        : !PROVIDERS.includes(this.provider)
          ? ['invalid-provider', `provider "${this.provider}" is not one of ${PROVIDERS.join(', ')}`]
          : undefined;
    const key = problem?.[1];
    if (key !== this.#reported && document.readyState !== 'loading') {
      this.#reported = key;
      if (problem) emitError(this, problem[0], `${problem[1]}; the sign-up form is not shown.`);
    }
    return { url, problem };
  }

  #problemText(p: Problem): string {
    switch (p) {
      case 'email-missing':
        return msg('Enter your email address', {
          id: 'subscribe.email-missing',
          desc: 'Sign-up: error, email field empty.',
        });
      case 'email-invalid':
        return msg('Enter an email address like name@example.com', {
          id: 'subscribe.email-invalid',
          desc: 'Sign-up: error, malformed or too long email. Keep name@example.com.',
        });
      case 'consent':
        return msg('Tick the box to agree to receive news', {
          id: 'subscribe.consent-missing',
          desc: 'Sign-up: error, consent box not ticked.',
        });
      default:
        return msg('Choose at least one topic', {
          id: 'subscribe.lists-missing',
          desc: 'Sign-up: error, no newsletter chosen.',
        });
    }
  }

  #validate(email: string, lists: string[], multi: boolean): Problem[] {
    const problems: Problem[] = [];
    if (!email) problems.push('email-missing');
    else if (email.length > MAX_EMAIL || !EMAIL.test(email)) problems.push('email-invalid');
    if (multi && !lists.length) problems.push('lists');
    if (!this.consent) problems.push('consent');
    return problems;
  }

  async #handleSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.phase !== 'idle') return;
    const trap = this.renderRoot.querySelector<HTMLInputElement>('.trap input');
    if (trap?.value) {
      // A bot: pretend it worked and send nothing.
      await this.showSuccess(true);
      return;
    }
    const ids = this.#listIds;
    const multi = ids.length > 1;
    const lists = multi ? ids.filter((id) => this.chosen.includes(id)) : ids;
    const email = this.email.trim();
    this.failure = undefined;
    this.problems = this.#validate(email, lists, multi);
    if (this.problems.length) {
      await this.#focus('[part=error-summary]');
      return;
    }
    const detail: SeconSubscribeSubmitDetail = {
      email,
      ...(this.withName || this.#form?.querySelector('[name=name]') ? { name: this.fullName.trim() } : {}),
      locale: getLocale(),
      lists,
    };
    if (!emit(this, 'secon-subscribe-submit', detail, { cancelable: true })) return;
    this.phase = 'sending';
    await this.#send(detail);
  }

  async #send({ email, name, locale, lists }: SeconSubscribeSubmitDetail): Promise<void> {
    let url = this.#config().url!;
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': locale };
    let body: string | URLSearchParams;
    if (this.provider === 'form') {
      body = new URLSearchParams({ email });
      if (name !== undefined) body.append('name', name);
      body.append('consent', 'yes');
      body.append('locale', locale);
      for (const list of lists) body.append('list', list);
      for (const [key, value] of this.#form ? new FormData(this.#form) : []) {
        if (!OWN_FIELDS.includes(key) && typeof value === 'string') body.append(key, value);
      }
    } else {
      headers['content-type'] = 'application/json';
      if (this.provider === 'listmonk') {
        url = `${url.replace(/\/+$/, '')}/api/public/subscription`;
        body = JSON.stringify({ email, name, list_uuids: lists });
      } else {
        body = JSON.stringify({ email, name, consent: true, locale, lists });
      }
    }

    const request = (this.#request = new AbortController());
    const ms = this.timeout > 0 ? this.timeout : 15000;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, ms);
    let code: string;
    let detail: string;
    try {
      const response = await fetch(url, {
        method: 'POST',
        body,
        headers,
        credentials: 'omit',
        signal: request.signal,
      });
      const data = (await response.json().catch(() => undefined)) as
        { confirm?: unknown; message?: unknown; error?: unknown; data?: { has_optin?: unknown } } | undefined;
      if (request !== this.#request) return;
      if (response.ok) {
        this.#request = undefined;
        const confirm = data?.data?.has_optin === true || data?.confirm === true;
        emit<SeconSubscribeSuccessDetail>(this, 'secon-subscribe-success', { confirm, lists });
        await this.showSuccess(confirm);
        return;
      }
      const { status } = response;
      code = status === 429 ? 'rate-limited' : status >= 400 && status < 500 ? 'rejected' : 'server-error';
      const said = data?.message ?? data?.error;
      // The service's own words help a webmaster, but may quote the address: never log it.
      detail = `answered ${status}${
        said
          ? ` ("${String(said)
              .replace(/\S+@\S+/g, '[address]')
              .slice(0, 200)}")`
          : ''
      }`;
    } catch {
      if (request !== this.#request) return;
      code = timedOut ? 'timeout' : 'network';
      detail = timedOut
        ? `got no answer within ${ms} ms`
        : 'failed: network error, or the server does not allow this page through CORS';
    } finally {
      clearTimeout(timer);
    }
    this.#request = undefined;
    this.phase = 'idle';
    this.failure = code === 'rejected' ? 'rejected' : 'unavailable';
    emitError(this, code, `POST ${url} ${detail}; the subscription was not made.`);
  }

  #handleSummaryClick(e: Event, p: Problem): void {
    e.preventDefault();
    const id = field(p) === 'lists' ? 'list-0' : field(p);
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  #heading(level: number, content: string): TemplateResult {
    switch (level) {
      case 3:
        return html`<h3 part="heading" id="heading">${content}</h3>`;
      case 4:
        return html`<h4 part="heading" id="heading">${content}</h4>`;
      case 5:
        return html`<h5 part="heading" id="heading">${content}</h5>`;
      case 6:
        return html`<h6 part="heading" id="heading">${content}</h6>`;
      default:
        return html`<h2 part="heading" id="heading">${content}</h2>`;
    }
  }

  /** The inline error of a field, and the attributes that tie it to the field. */
  #error(name: string): [TemplateResult | typeof nothing, string | typeof nothing, 'true' | 'false'] {
    const p = this.problems.find((q) => field(q) === name);
    return p
      ? [html`<p part="error" id="${name}-error">${this.#problemText(p)}</p>`, `${name}-error`, 'true']
      : [nothing, nothing, 'false'];
  }

  #renderForm(): TemplateResult {
    const ids = this.#listIds;
    const withName = this.withName || !!this.#form?.querySelector('[name=name]');
    const [emailError, emailDescribed, emailInvalid] = this.#error('email');
    const [consentError, consentDescribed, consentInvalid] = this.#error('consent');
    const [listsError, listsDescribed, listsInvalid] = this.#error('lists');
    const { organization } = this;
    const privacyLink = html`<a href=${safeUrl(this.privacyHref)!} target="_blank" rel="noopener"
      >${msg('privacy notice (opens in a new tab)', {
        id: 'subscribe.privacy-link',
        desc: 'Sign-up: link inside the consent sentence; inflect it to fit there.',
      })}</a
    >`;
    return html`<p part="intro">
        ${
          organization
            ? msg(
                str`Subscribe! Be the first to receive all the latest news, events, announcements and messages from ${organization}.`,
                {
                  id: 'subscribe.intro-organization',
                  desc: 'Sign-up: introduction; the placeholder is the name of a municipality or organisation.',
                },
              )
            : msg(
                'Subscribe! Be the first to receive all the latest news, events, announcements and messages.',
                {
                  id: 'subscribe.intro',
                  desc: 'Sign-up: introduction without an organisation.',
                },
              )
        }
      </p>
      <form part="form" novalidate aria-labelledby="heading" @submit=${this.#handleSubmit}>
        ${
          this.problems.length
            ? html`<div part="error-summary" tabindex="-1">
                <ul>
                  ${this.problems.map(
                    (p) =>
                      html`<li>
                        <a href="#${field(p)}" @click=${(e: Event) => this.#handleSummaryClick(e, p)}
                          >${this.#problemText(p)}</a
                        >
                      </li>`,
                  )}
                </ul>
              </div>`
            : nothing
        }
        <div>
          <label for="email"
            >${msg('Email address', { id: 'subscribe.email', desc: 'Sign-up: email field label.' })}</label
          >
          ${emailError}
          <input
            part="input"
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            spellcheck="false"
            required
            aria-invalid=${emailInvalid}
            aria-describedby=${emailDescribed}
            .value=${this.email}
            @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)}
          />
        </div>
        ${
          withName
            ? html`<div>
                <label for="name"
                  >${msg('Name (optional)', {
                    id: 'subscribe.name',
                    desc: 'Sign-up: name field label.',
                  })}</label
                >
                <input
                  part="input"
                  id="name"
                  name="name"
                  autocomplete="name"
                  .value=${this.fullName}
                  @input=${(e: Event) => (this.fullName = (e.target as HTMLInputElement).value)}
                />
              </div>`
            : nothing
        }
        ${
          ids.length > 1
            ? html`<fieldset aria-describedby=${listsDescribed}>
                <legend>
                  ${msg('What would you like to receive?', {
                    id: 'subscribe.lists',
                    desc: 'Sign-up: above the newsletters to choose from.',
                  })}
                </legend>
                ${listsError}
                ${ids.map(
                  (id, i) =>
                    html`<div class="check">
                      <input
                        type="checkbox"
                        id="list-${i}"
                        name="list"
                        .value=${id}
                        aria-invalid=${listsInvalid}
                        .checked=${this.chosen.includes(id)}
                        @change=${(e: Event) =>
                          (this.chosen = (e.target as HTMLInputElement).checked
                            ? [...this.chosen, id]
                            : this.chosen.filter((c) => c !== id))}
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
              aria-invalid=${consentInvalid}
              aria-describedby=${consentDescribed}
              .checked=${this.consent}
              @change=${(e: Event) => (this.consent = (e.target as HTMLInputElement).checked)}
            /><label for="consent"
              >${msg(html`I agree to receive news by email as described in the ${privacyLink}.`, {
                id: 'subscribe.consent',
                desc: 'Sign-up: consent checkbox label; the placeholder is the privacy notice link.',
              })}</label
            >
          </div>
          ${consentError}
        </div>
        <div class="trap" aria-hidden="true">
          <label for="trap">Leave this field empty</label>
          <input id="trap" name="secon_hp" tabindex="-1" autocomplete="off" />
        </div>
        <button part="button" aria-disabled=${this.phase === 'sending' ? 'true' : 'false'}>
          ${msg('Subscribe', { id: 'subscribe.submit', desc: 'Sign-up: submit button.' })}
        </button>
      </form>`;
  }

  #status(problem: boolean): string {
    // A child form shown instead still works: it needs no apology.
    if ((problem && !this.#form) || this.failure === 'unavailable')
      return msg('Sorry, subscribing is not possible right now. Please try again later.', {
        id: 'subscribe.error-unavailable',
        desc: 'Sign-up: the service failed, did not answer, or is not set up.',
      });
    if (this.failure)
      return msg('Your address was not accepted. Check it and try again.', {
        id: 'subscribe.error-rejected',
        desc: 'Sign-up: the service refused the address.',
      });
    return this.phase === 'sending'
      ? msg('Sending…', {
          id: 'subscribe.sending',
          desc: 'Sign-up: status while sending.',
        })
      : '';
  }

  protected override render(): TemplateResult {
    const { problem } = this.#config();
    let level = this.headingLevel;
    if (!(level >= 2 && level <= 6)) {
      if (this.#badLevel !== level)
        console.warn(`<secon-subscribe>: heading-level "${level}" is not 2–6; 2 is used.`);
      this.#badLevel = level;
      level = 2;
    }
    return html`<div part="base">
      ${this.#heading(level, msg('Stay informed', { id: 'subscribe.heading', desc: 'Sign-up: heading.' }))}
      ${
        problem
          ? nothing
          : this.phase === 'done'
            ? html`<p part="success" tabindex="-1">
                ${
                  this.confirm
                    ? msg('Almost done: check your inbox and confirm your subscription.', {
                        id: 'subscribe.success-confirm',
                        desc: 'Sign-up: success, the person must confirm by email.',
                      })
                    : msg('Thank you, you are subscribed.', {
                        id: 'subscribe.success',
                        desc: 'Sign-up: success, subscription complete.',
                      })
                }
              </p>`
            : this.#renderForm()
      }
      <p part="status" role="status" class=${this.failure || problem ? 'failed' : ''}>
        ${this.#status(!!problem)}
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
