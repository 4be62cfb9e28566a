import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { ensureLocalization } from './locale.js';

/**
 * Base of every secon element: re-renders when the locale changes and starts locale
 * handling on first connection, so that merely importing a class has no side effect.
 *
 * An element that has content of its own when it first connects (a fallback link, a
 * form, an article) keeps showing it through a slot and renders in a task of its own,
 * so that a page with many elements upgrading at once has no long task. An empty element
 * renders at once, so that the room a page reserves with `:not(:defined)` is never given
 * up before the element has drawn itself.
 */
export class SeconElement extends LitElement {
  #slot?: HTMLSlotElement | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    ensureLocalization();
    super.connectedCallback();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (this.firstElementChild) root.append((this.#slot = document.createElement('slot')));
    return root;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const slot = this.#slot;
    if (!slot) return super.scheduleUpdate();
    return new Promise((resolve) => setTimeout(resolve)).then(() => {
      slot.remove();
      this.#slot = undefined;
      super.scheduleUpdate();
    });
  }
}
