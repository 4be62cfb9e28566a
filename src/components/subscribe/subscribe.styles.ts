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
    font-weight: var(--_font-weight-bold);
    line-height: 1.25;
  }

  p,
  ul,
  fieldset {
    margin: 0 0 var(--_space-m);
  }

  form > div {
    margin-bottom: var(--_space-m);
  }

  label,
  legend {
    display: block;
    font-weight: var(--_font-weight-bold);
  }

  fieldset {
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
    margin-bottom: var(--_space-xs);
  }

  input {
    font: inherit;
    color: inherit;
  }

  [part='input'] {
    display: block;
    width: 100%;
    max-width: 30em;
    min-height: 2.75rem;
    margin-top: var(--_space-xs);
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

  .check label {
    font-weight: normal;
  }

  [type='checkbox'] {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }

  a {
    color: var(--secon-subscribe-link-color, var(--_color-primary));
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  [aria-invalid='true'] {
    border-color: var(--_color-error);
    outline: 2px solid var(--_color-error);
  }

  [part='error'],
  .failed {
    color: var(--_color-error);
    font-weight: var(--_font-weight-bold);
  }

  [part='error'] {
    margin: var(--_space-xs) 0 0;
  }

  [part='error-summary'] {
    padding: var(--_space-m);
    margin-bottom: var(--_space-m);
    background: var(--_color-surface);
    border: 3px solid var(--_color-error);
  }

  [part='error-summary'] ul {
    margin: 0;
    padding-left: var(--_space-m);
  }

  [part='error-summary'] a {
    color: var(--_color-error);
    font-weight: var(--_font-weight-bold);
  }

  [part='button'] {
    min-height: 2.75rem;
    padding: var(--_space-s) var(--_space-l);
    font: inherit;
    font-weight: var(--_font-weight-bold);
    color: var(--secon-subscribe-button-color, var(--_color-on-primary));
    background: var(--secon-subscribe-button-background, var(--_color-primary));
    border: 2px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  [part='button'][aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  [part='status'] {
    margin: var(--_space-s) 0 0;
  }

  [part='success'] {
    padding: var(--_space-m);
    background: var(--_color-surface);
    border-left: 6px solid var(--_color-success);
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
    [part='button'][aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
