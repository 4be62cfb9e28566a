const FOCUSABLE =
  'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]:not([contenteditable="false"])';

/**
 * Moves keyboard focus to `target` the way GOV.UK's skip link does: a target that is
 * not focusable gets `tabindex="-1"` for as long as it has focus, and nothing else in
 * the page is changed. Then scrolls it into view `offset` CSS pixels below the top, so
 * that a sticky header does not cover it.
 */
export function focusTarget(target: Element, offset: number): void {
  if (!(target instanceof HTMLElement || target instanceof SVGElement)) return;
  if (!target.matches(FOCUSABLE)) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start', inline: 'nearest', behavior: 'instant' });
  const top = target.getBoundingClientRect().top;
  if (offset > 0 && top < offset) window.scrollBy({ top: top - offset, behavior: 'instant' });
}
