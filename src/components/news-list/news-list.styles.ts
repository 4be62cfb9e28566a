import { css } from 'lit';

// While loading, each placeholder is the size of a card: a picture of the cards' ratio
// and room for the text below it.
export const styles = css`
  :host {
    display: block;
  }

  ul {
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(100%, var(--secon-news-list-column-width, 18em)), 1fr)
    );
    gap: var(--secon-news-list-gap, var(--_space-l));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* A card never asks for more room than its column: it narrows down to 320 px pages. */
  li,
  .horizontal ul,
  .compact ul {
    grid-template-columns: minmax(0, 1fr);
  }

  li {
    display: grid;
  }

  p {
    margin: 0 0 var(--_space-m);
  }

  .error {
    color: var(--_color-error);
    font-weight: var(--_font-weight-bold);
  }

  .skeleton {
    padding-bottom: 9em;
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }

  .skeleton::before {
    content: '';
    display: block;
    aspect-ratio: var(--secon-news-card-image-ratio, 3 / 2);
  }

  .compact .skeleton {
    padding-bottom: 5em;
  }

  .compact .skeleton::before {
    display: none;
  }

  button {
    min-height: 2.75em;
    margin-top: var(--_space-l);
    padding: var(--_space-s) var(--_space-l);
    /* Transparent, so that forced colours draw the button's edge. */
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font: inherit;
    font-weight: var(--_font-weight-bold);
    cursor: pointer;
  }

  button:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
`;
