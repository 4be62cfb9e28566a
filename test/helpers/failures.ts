/**
 * Keeps DOM nodes out of the failures sent back to the test runner.
 *
 * A failed assertion carries what it compared (`actual`, `expected`). The runner's Mocha
 * adapter copies them into the results it sends from the page, and copying a live element
 * (with its document, its shadow root and Lit's parts) stalls the page: Chromium
 * disconnects and Firefox and WebKit time out after `testsFinishTimeout`, with no word
 * of the assertion. Each failed test's nodes become short descriptions instead, so the
 * report names the assertion and what was compared.
 */

const describeNode = (node: Node): string => {
  if (node instanceof Element) {
    const markup = node.outerHTML;
    return markup.length > 200 ? `${markup.slice(0, 200)}…` : markup;
  }
  return `${node.nodeName}${node.textContent ? ` "${node.textContent.slice(0, 80)}"` : ''}`;
};

const plain = (value: unknown): unknown => (value instanceof Node ? describeNode(value) : value);

/** `value` with nodes, also in an array or a plain object, replaced by descriptions. */
export function withoutNodes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  }
  return plain(value);
}

interface Failure {
  actual?: unknown;
  expected?: unknown;
}

interface Mocha {
  suite: { afterEach(hook: (this: { currentTest?: { err?: Failure } }) => void): void };
}

/** Adds a root `afterEach` to `mocha` that rewrites the failure of each failed test. */
export function keepNodesOutOfFailures(mocha: Mocha): void {
  mocha.suite.afterEach(function () {
    const failure = this.currentTest?.err;
    if (!failure) return;
    for (const key of ['actual', 'expected'] as const) {
      if (key in failure) failure[key] = withoutNodes(failure[key]);
    }
  });
}

// Loaded by the test page right after the test framework (web-test-runner.config.mjs), before
// the test file: the framework has set up `window.mocha`.
const { mocha } = globalThis as unknown as { mocha?: Mocha };
if (mocha) keepNodesOutOfFailures(mocha);
