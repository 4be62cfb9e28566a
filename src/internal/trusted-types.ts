interface Policy {
  createHTML(input: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): Policy;
}

let policy: Policy | undefined;
/** Where the first copy on a page keeps its policy for later copies (a symbol: no global name). */
const SHARED = Symbol.for('secon-elements.trusted-types-policy');

/**
 * Lets `markup` into an HTML sink on a page that requires Trusted Types. It is used
 * for Lit's own template strings (the bundles' copy of lit-html calls it, see
 * vite.config.ts) and for parsing feed HTML in an inert document; never for data that
 * reaches the live page. The `secon` policy is created on first use only, and once per
 * page: a second copy (the map alone beside the whole library) uses the first copy's, as
 * a duplicate policy is a CSP violation. Where the page's CSP allows only Lit's usual
 * `lit-html` name, that is used.
 */
export function trustedHTML(markup: string): string {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return markup;
  const shared = globalThis as { [SHARED]?: Policy };
  policy ??= shared[SHARED];
  if (!policy) {
    for (const name of ['secon', 'lit-html']) {
      try {
        policy = shared[SHARED] = factory.createPolicy(name, { createHTML: (input) => input });
        break;
      } catch {
        // Not allowed by the page's CSP, or already taken: try the next name.
      }
    }
  }
  // Without a policy the sink rejects the string and the caller reports the failure.
  return (policy ? policy.createHTML(markup) : markup) as string;
}
