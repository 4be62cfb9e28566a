import { expect } from '@open-wc/testing';
import { keepNodesOutOfFailures, withoutNodes } from './helpers/failures.js';

describe('test failures without DOM nodes (test/helpers/failures.ts)', () => {
  it('describes nodes, alone, in arrays and in plain objects, and leaves other values', () => {
    const button = document.createElement('button');
    button.className = 'marker';
    button.textContent = 'Riga';
    const text = document.createTextNode('Kalamata');
    expect(withoutNodes(button)).to.equal('<button class="marker">Riga</button>');
    expect(withoutNodes(text)).to.equal('#text "Kalamata"');
    expect(withoutNodes([button, 3])).to.deep.equal(['<button class="marker">Riga</button>', 3]);
    expect(withoutNodes({ found: button, count: 1 })).to.deep.equal({
      found: '<button class="marker">Riga</button>',
      count: 1,
    });
    const long = document.createElement('p');
    long.textContent = 'x'.repeat(500);
    expect(withoutNodes(long)).to.have.length(201);
    for (const value of [null, undefined, 3, 'text', new Date(0)])
      expect(withoutNodes(value)).to.equal(value);
  });

  it("rewrites a failed test's actual and expected values after the test, and leaves passed tests alone", () => {
    let hook:
      ((this: { currentTest?: { err?: { actual?: unknown; expected?: unknown } } }) => void) | undefined;
    keepNodesOutOfFailures({ suite: { afterEach: (h) => (hook = h) } });
    const failure = { actual: document.createElement('div'), expected: null };
    hook!.call({ currentTest: { err: failure } });
    expect(failure).to.deep.equal({ actual: '<div></div>', expected: null });
    const passed = {};
    hook!.call({ currentTest: passed });
    expect(passed).to.deep.equal({});
  });
});
