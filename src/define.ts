/** Registers every secon element. A tag that is already defined is left alone. */
import { defineElement } from './internal/define-element.js';
import { SeconSkipLinks } from './components/skip-links/skip-links.js';

defineElement('secon-skip-links', SeconSkipLinks);
