import { css } from 'lit';

// The host is the size container, so that the layout follows the room the card is given,
// not the viewport; where a page sizes it by its content (a flex row), it asks for 18em,
// and narrows below that when the row has less room (min-width: 0).
// The link's ::after covers the card; the paragraphs lie above it (position: relative)
// so that their text can be selected, and a click on them is forwarded.
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    contain-intrinsic-inline-size: 18em;
    min-width: 0;
  }

  [part='base'] {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    overflow: hidden;
    background: var(--secon-news-card-background, var(--_color-surface));
    border: var(--secon-news-card-border, 1px solid #c4c9d1);
    border-radius: var(--secon-news-card-radius, var(--_radius));
  }

  [part='base']:hover {
    box-shadow: var(--secon-news-card-shadow, 0 2px 10px #0003);
  }

  [part='base']:has(:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  [part='image'] {
    order: -1;
    aspect-ratio: var(--secon-news-card-image-ratio, 3 / 2);
    /* Not visible, so that the loaded picture cannot stretch the box beyond its ratio. */
    overflow: hidden;
    background: var(--secon-news-card-placeholder, var(--_color-surface-alt));
  }

  img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .failed img {
    opacity: 0;
  }

  [part='body'] {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--secon-news-card-padding, var(--_space-m));
  }

  p {
    position: relative;
    margin: 0;
  }

  [part='heading'] {
    margin: 0;
    font-size: var(--secon-news-card-heading-size, var(--_font-size-l));
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  a {
    color: var(--secon-news-card-link-color, var(--_color-primary));
    text-decoration: none;
    outline: none;
  }

  [part='base']:hover a,
  a:focus-visible {
    text-decoration: underline;
  }

  a::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  [part='category'] {
    order: -1;
    align-self: flex-start;
    padding: 0 var(--_space-s);
    border: 1px solid;
    border-radius: 1em;
    color: var(--secon-news-card-category-color, var(--_color-primary));
  }

  [part='category'],
  [part='dates'] {
    font-size: var(--_font-size-s);
  }

  [part='dates'] {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-m);
    color: var(--_color-muted);
  }

  @container (min-width: 32em) {
    .horizontal {
      flex-direction: row;
    }

    .horizontal [part='image'] {
      flex: 0 0 40%;
    }
  }

  .compact {
    flex-direction: row;
    align-items: flex-start;
  }

  .compact [part='image'] {
    flex: 0 0 5em;
    aspect-ratio: 1;
    margin: var(--_space-m);
    margin-right: 0;
  }

  .compact [part='heading'] {
    font-size: var(--secon-news-card-heading-size, var(--_font-size-m));
  }

  .compact [part='summary'] {
    display: none;
  }

  @container (max-width: 16em) {
    .compact [part='image'] {
      display: none;
    }
  }
`;
