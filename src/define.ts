/** Registers every secon element. A tag that is already defined is left alone. */
import { defineElement } from './internal/define-element.js';
import { SeconSkipLinks } from './components/skip-links/skip-links.js';
import { SeconPartnerMap } from './components/partner-map/partner-map.js';
import { SeconNewsCard } from './components/news-card/news-card.js';
import { SeconNewsList } from './components/news-list/news-list.js';
import { SeconSubscribe } from './components/subscribe/subscribe.js';

defineElement('secon-skip-links', SeconSkipLinks);
defineElement('secon-partner-map', SeconPartnerMap);
defineElement('secon-news-card', SeconNewsCard);
defineElement('secon-news-list', SeconNewsList);
defineElement('secon-subscribe', SeconSubscribe);
