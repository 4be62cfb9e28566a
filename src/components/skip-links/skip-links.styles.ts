import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }

  [part='base'] {
    display: contents;
  }

  /*
   * Hidden by clipping, never with display:none or visibility:hidden, so that screen
   * readers (iOS VoiceOver included) still find the links and keyboard users reach them.
   */
  a {
    position: absolute;
    top: 0;
    left: 0;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  a:focus,
  a:active {
    position: fixed;
    z-index: 2147483647;
    top: var(--secon-skip-links-top, var(--_space-s));
    left: var(--secon-skip-links-left, var(--_space-s));
    width: auto;
    height: auto;
    margin: 0;
    padding: var(--secon-skip-links-padding, var(--_space-s) var(--_space-m));
    overflow: visible;
    clip: auto;
    clip-path: none;
    white-space: normal;
    max-width: calc(100vw - 2 * var(--_space-s));
    background: var(--secon-skip-links-background, var(--_color-focus));
    color: var(--secon-skip-links-color, var(--_color-focus-text));
    font-family: var(--_font-family);
    font-size: var(--secon-skip-links-font-size, var(--_font-size-m));
    font-weight: var(--_font-weight-bold);
    line-height: var(--_line-height);
    text-decoration: underline;
    text-decoration-thickness: 2px;
    border: 2px solid var(--_color-focus-text);
    border-radius: var(--_radius);
    outline: var(--_focus-ring);
    outline-offset: 2px;
    box-shadow: 0 2px 6px rgb(0 0 0 / 25%);
  }

  @media (forced-colors: active) {
    a:focus,
    a:active {
      background: Canvas;
      color: LinkText;
      border-color: CanvasText;
      outline: 3px solid Highlight;
      box-shadow: none;
    }
  }

  @media print {
    a,
    a:focus {
      display: none;
    }
  }
`;
