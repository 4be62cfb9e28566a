import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { SeconNewsCard } from '../src/components/news-card/news-card.js';
import type { SeconPartnerMap } from '../src/components/partner-map/partner-map.js';

/** Resolves with whether a task (setTimeout) ran before `promise` settled. */
async function taskRanBefore(promise: Promise<unknown>): Promise<boolean> {
  let ran = false;
  setTimeout(() => (ran = true));
  await promise;
  return ran;
}

describe('first render', () => {
  let host: HTMLElement;
  beforeEach(() => (host = document.body.appendChild(document.createElement('div'))));
  afterEach(() => host.remove());

  it('an element with content of its own keeps showing it, then renders in a task of its own', async () => {
    host.innerHTML = `<secon-news-card><article>
      <h3><a href="/news/1">Kick-off in Kalamata</a></h3><p>The partners met.</p>
    </article></secon-news-card>`;
    const card = host.querySelector<SeconNewsCard>('secon-news-card')!;
    // Upgraded, not rendered yet: its own article stays on screen through a slot.
    expect(card.hasUpdated).to.equal(false);
    expect(card.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    expect(card.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(await taskRanBefore(card.updateComplete)).to.equal(true);
    expect(card.shadowRoot!.querySelector(':scope > slot')).to.equal(null);
    expect(card.shadowRoot!.querySelector('a')!.textContent).to.contain('Kick-off in Kalamata');
  });

  it('an empty element renders at once, so the room a page reserves for it is kept', async () => {
    const map = host.appendChild(document.createElement('secon-partner-map')) as SeconPartnerMap;
    expect(await taskRanBefore(map.updateComplete)).to.equal(false);
    expect(map.shadowRoot!.querySelector('svg')).to.exist;
    expect(map.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
