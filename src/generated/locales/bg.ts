
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'news-card.last-modified': str`Последна промяна: ${0}`,
'news-list.empty': `Все още няма новини.`,
'news-list.error': `Новините не можаха да бъдат заредени.`,
'news-list.loading': `Новините се зареждат…`,
'news-list.show-more': `Покажи още`,
'partner-map.close': `Затвори подробностите`,
'partner-map.error-empty': `Няма партньори за показване.`,
'partner-map.error-load': `Партньорите не можаха да бъдат заредени.`,
'partner-map.group': str`Партньори тук: ${0}. Увеличи`,
'partner-map.keyboard-help': `Стрелките преминават от партньор на партньор.`,
'partner-map.list-heading': `Партньори`,
'partner-map.loading': `Зареждане на партньорите…`,
'partner-map.location': `Местоположение`,
'partner-map.map-end': `Край на картата.`,
'partner-map.map-label': `Карта на партньорите по проекта`,
'partner-map.pointer-help': `За мащабиране задръжте Ctrl и превъртете.`,
'partner-map.policy': `Инструмент на политиката`,
'partner-map.role': `Роля`,
'partner-map.role-advisory': `Консултативен партньор`,
'partner-map.role-lead': `Водещ партньор`,
'partner-map.role-partner': `Партньор`,
'partner-map.skip': `Прескочи картата`,
'partner-map.website': `Уебсайт`,
'partner-map.zoom-in': `Увеличи`,
'partner-map.zoom-out': `Намали`,
'partner-map.zoom-reset': `Върни мащаба`,
'skip-links.main': `Прескочи към основното съдържание на страницата`,
'skip-links.menu': `Прескочи до контекстното меню`,
'subscribe.consent': `Съгласявам се да получавам новини по имейл.`,
'subscribe.consent-missing': `Отбележете полето, за да се съгласите`,
'subscribe.email': `Имейл адрес`,
'subscribe.email-invalid': `Въведете имейл адреса си, например name@example.com`,
'subscribe.error-rejected': `Този адрес не беше приет.`,
'subscribe.error-unavailable': `В момента абонирането не е възможно.`,
'subscribe.heading': `Бъдете информирани`,
'subscribe.intro': `Абонирайте се! Получавайте първи всички актуални новини, събития, обяви и съобщения.`,
'subscribe.intro-organization': str`Абонирайте се! Получавайте първи всички актуални новини, събития, обяви и съобщения от ${0}.`,
'subscribe.lists': `Изберете поне една тема`,
'subscribe.name': `Име (по желание)`,
'subscribe.privacy-link': `Политика за поверителност (отваря се в нов раздел)`,
'subscribe.sending': `Изпращане…`,
'subscribe.submit': `Абонирайте се`,
'subscribe.success': `Благодарим ви, абонирахте се.`,
'subscribe.success-confirm': `Проверете пощата си, за да потвърдите абонамента.`,
    };
  