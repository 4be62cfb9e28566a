import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { ensureLocalization } from './locale.js';

/**
 * Base of every secon element: re-renders when the locale changes and starts locale
 * handling on first connection, so that merely importing a class has no side effect.
 */
export class SeconElement extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    ensureLocalization();
    super.connectedCallback();
  }
}
