import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  [part='base'] {
    position: relative;
    padding: var(--secon-subscribe-padding, var(--_space-l));
    background: var(--secon-subscribe-background, var(--_color-surface-alt));
    border: var(--secon-subscribe-border, 0);
    border-radius: var(--_radius);
    font-size: var(--_font-size-m);
  }

  [part='heading'] {
    margin: 0 0 var(--_space-s);
    font-size: var(--secon-subscribe-heading-size, var(--_font-size-l));
    line-height: 1.25;
  }

  p,
  ul,
  fieldset,
  form > div {
    margin: 0 0 var(--_space-m);
  }

  /* Field labels and the legend; a checkbox's label follows its box and stays normal. */
  label:first-child,
  legend {
    display: block;
    margin-bottom: var(--_space-xs);
  }

  [part='heading'],
  label:first-child,
  legend,
  [part='error'],
  [part='error-summary'],
  [part='button'],
  .failed {
    font-weight: var(--_font-weight-bold);
  }

  fieldset,
  legend {
    padding: 0;
    border: 0;
  }

  input,
  button {
    font: inherit;
    color: inherit;
  }

  [part='input'] {
    display: block;
    width: 100%;
    max-width: 30em;
    min-height: 2.75em;
    padding: var(--_space-xs) var(--_space-s);
    background: var(--_color-surface);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  .check {
    display: flex;
    gap: var(--_space-s);
    align-items: flex-start;
    margin-bottom: var(--_space-s);
  }

  [type='checkbox'] {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
  }

  a {
    color: var(--secon-subscribe-link-color, var(--_color-primary));
  }

  [aria-invalid='true'] {
    border-color: var(--_color-error);
    outline: 2px solid var(--_color-error);
  }

  [part='error'],
  [part='error-summary'] a,
  .failed {
    color: var(--_color-error);
  }

  [part='error-summary'],
  [part='success'] {
    padding: var(--_space-m);
    background: var(--_color-surface);
    border: 3px solid var(--_color-error);
  }

  [part='success'] {
    border: 0;
    border-left: 6px solid var(--_color-success);
  }

  [part='error-summary'] ul {
    margin: 0;
    padding-left: var(--_space-m);
  }

  [part='error'] {
    margin: 0 0 var(--_space-xs);
  }

  [part='status'] {
    margin: var(--_space-s) 0 0;
  }

  [part='button'] {
    min-height: 2.75em;
    padding: var(--_space-s) var(--_space-l);
    color: var(--secon-subscribe-button-color, var(--_color-on-primary));
    background: var(--secon-subscribe-button-background, var(--_color-primary));
    border: 2px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  [aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  :focus-visible,
  [tabindex='-1']:focus {
    outline: var(--_focus-ring);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_color-focus);
  }

  .trap {
    position: absolute;
    left: -100vw;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }

  @media (forced-colors: active) {
    [aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
