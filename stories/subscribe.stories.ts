import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';
import type { SeconSubscribe } from '../src/components/subscribe/subscribe.js';

/**
 * A stand-in newsletter service, so that every state can be seen without a server:
 * requests to `https://newsletter.invalid/<scenario>` (a domain that never resolves) are
 * answered here as that scenario says; every other request goes to the network as usual.
 * With `npm start` running, set `action` to `http://localhost:8080/api/subscribe` (or
 * `http://localhost:8080` for `listmonk`) to post to the demo's real endpoint instead.
 */
const SERVICE = 'https://newsletter.invalid/';
const scenarios: Record<string, () => Response | Promise<Response>> = {
  confirm: () => Response.json({ confirm: true }),
  subscribed: () => new Response(null, { status: 204 }),
  listmonk: () => Response.json({ data: { has_optin: true } }),
  rejected: () => Response.json({ message: 'Invalid email.' }, { status: 400 }),
  'rate-limited': () => Response.json({ message: 'Too many requests.' }, { status: 429 }),
  'server-error': () => new Response('Internal Server Error', { status: 500 }),
  network: () => Promise.reject(new TypeError('Failed to fetch')),
};
const realFetch = globalThis.fetch;
if (!(realFetch as { seconStories?: boolean }).seconStories) {
  const fakeFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith(SERVICE)) return realFetch(input, init);
    const scenario = url.slice(SERVICE.length).split('/')[0]!;
    return new Promise((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      // A short delay shows the sending state; `hang` never answers.
      if (scenario !== 'hang')
        setTimeout(() => resolve(scenarios[scenario]?.() ?? scenarios['confirm']!()), 600);
    });
  };
  globalThis.fetch = Object.assign(fakeFetch, { seconStories: true });
}

interface Args {
  action?: string;
  provider?: 'form' | 'json' | 'listmonk';
  lists?: string;
  privacyHref?: string;
  organization?: string;
  withName?: boolean;
  headingLevel?: number;
  timeout?: number;
}

const render = (args: Args, children: unknown = nothing) => html`
  <div style="max-width: 36rem">
    <secon-subscribe
      action=${args.action ?? nothing}
      provider=${args.provider ?? 'form'}
      lists=${args.lists || nothing}
      privacy-href=${args.privacyHref ?? nothing}
      organization=${args.organization || nothing}
      ?with-name=${args.withName ?? false}
      heading-level=${args.headingLevel ?? 2}
      timeout=${args.timeout ?? 15000}
      >${children}</secon-subscribe
    >
  </div>
`;

const meta: Meta<Args> = {
  title: 'Elements/Subscribe',
  component: 'secon-subscribe',
  args: {
    action: `${SERVICE}confirm`,
    provider: 'form',
    lists: 'news',
    privacyHref: 'https://www.haskovo.bg/privacy',
    organization: 'Haskovo Municipality',
    withName: false,
    headingLevel: 2,
    timeout: 15000,
  },
  argTypes: {
    action: { control: 'text', description: 'Endpoint URL (Listmonk: the server root)' },
    provider: { control: 'inline-radio', options: ['form', 'json', 'listmonk'] },
    lists: { control: 'text', description: 'Space-separated list ids; several let people choose' },
    privacyHref: { control: 'text', name: 'privacy-href' },
    organization: { control: 'text' },
    withName: { control: 'boolean', name: 'with-name' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, name: 'heading-level' },
    timeout: { control: { type: 'number', min: 0 }, description: 'Milliseconds' },
  },
  render: (args) => render(args),
};
export default meta;

type Story = StoryObj<Args>;

async function element(canvas: HTMLElement): Promise<SeconSubscribe> {
  const el = canvas.querySelector('secon-subscribe')!;
  await el.updateComplete;
  return el;
}

/** Types an address, ticks the consent (and the first list when there is a choice) and submits. */
async function submit(canvas: HTMLElement, email = 'ana.petrova@example.org'): Promise<SeconSubscribe> {
  const el = await element(canvas);
  const root = el.shadowRoot!;
  const field = root.querySelector<HTMLInputElement>('#email')!;
  field.value = email;
  field.dispatchEvent(new Event('input'));
  root.querySelector<HTMLInputElement>('#list-0')?.click();
  root.querySelector<HTMLInputElement>('#consent')!.click();
  await el.updateComplete;
  root.querySelector('button')!.click();
  return el;
}

/** Waiting for input; submitting shows "check your inbox". Switch the locale in the toolbar. */
export const Idle: Story = {};

/** The seed page's box, in Bulgarian, for Община Хасково. */
export const Bulgarian: Story = {
  args: { organization: 'Община Хасково' },
  globals: { locale: 'bg' },
};

/** Without `organization`, the introduction names no one. */
export const WithoutOrganization: Story = { args: { organization: '' } };

/** `with-name`: an optional name field. */
export const WithName: Story = { args: { withName: true } };

/** Several lists: people choose, and must choose at least one. `<data>` children name them. */
export const SeveralLists: Story = {
  args: { lists: 'news events tenders' },
  render: (args) =>
    render(
      args,
      html`<data value="news">Municipal news</data><data value="events">Events</data
        ><data value="tenders">Public tenders</data>`,
    ),
};

/** `provider="json"`: `{email, consent, locale, lists}` as JSON. */
export const ProviderJson: Story = { args: { provider: 'json' } };

/** `provider="listmonk"`: Listmonk's public API; the lists are list UUIDs. */
export const ProviderListmonk: Story = {
  args: { provider: 'listmonk', action: `${SERVICE}listmonk`, lists: 'b6a5e4d2-1f3c-4e8a-9d7b-2c1e0f9a8b7c' },
};

/** A plain `<form>` inside: it works without JavaScript, and the element takes it over. */
export const OwnForm: Story = {
  args: { action: undefined },
  render: (args) =>
    render(
      { ...args, lists: '' },
      html`<form action="${SERVICE}confirm" method="post">
        <label>Email <input type="email" name="email" value="ana.petrova@example.org" /></label>
        <label><input type="checkbox" name="list" value="news" checked /> Municipal news</label>
        <label><input type="checkbox" name="list" value="events" /> Events</label>
        <input type="hidden" name="token" value="abc123" />
        <button>Subscribe</button>
      </form>`,
    ),
};

/** Submitted empty: the error summary takes focus and links to each field. */
export const InvalidInput: Story = {
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    el.shadowRoot!.querySelector('button')!.click();
  },
};

/** A malformed address. */
export const InvalidAddress: Story = {
  play: async ({ canvasElement }) => {
    await submit(canvasElement, 'ana.petrova@example');
  },
};

/** While sending: the button is aria-disabled and keeps focus; "Sending…" is announced. */
export const Sending: Story = {
  args: { action: `${SERVICE}hang`, timeout: 600000 },
  play: async ({ canvasElement }) => {
    const el = await submit(canvasElement);
    el.shadowRoot!.querySelector('button')!.focus();
  },
};

/** Success with double opt-in (`{"confirm": true}` or Listmonk's `has_optin`). */
export const SuccessConfirm: Story = {
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
  },
};

/** Success without confirmation (any other 2xx answer). */
export const SuccessSubscribed: Story = {
  args: { action: `${SERVICE}subscribed` },
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
  },
};

/** The service refused the address (4xx): `secon-error` code `rejected`. */
export const ErrorRejected: Story = {
  args: { action: `${SERVICE}rejected` },
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
  },
};

/** Too many attempts (429): `rate-limited`. */
export const ErrorRateLimited: Story = {
  args: { action: `${SERVICE}rate-limited` },
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
  },
};

/** The service failed (5xx): `server-error`. */
export const ErrorServer: Story = {
  args: { action: `${SERVICE}server-error` },
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
  },
};

/** No connection, or the service does not allow this site through CORS: `network`. */
export const ErrorNetwork: Story = {
  args: { action: `${SERVICE}network` },
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
  },
};

/** No answer within `timeout` (here 2 s): `timeout`. */
export const ErrorTimeout: Story = {
  args: { action: `${SERVICE}hang`, timeout: 2000 },
  play: async ({ canvasElement }) => {
    await submit(canvasElement);
  },
};

/** No `action` (and no child form): a localized message instead of the form, and `secon-error`. */
export const Misconfigured: Story = { args: { action: undefined } };
