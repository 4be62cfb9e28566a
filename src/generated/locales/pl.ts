
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'news-card.last-modified': str`Ostatnia modyfikacja: ${0}`,
'news-list.empty': `Nie ma jeszcze aktualności.`,
'news-list.error': `Nie udało się wczytać aktualności.`,
'news-list.loading': `Wczytywanie aktualności…`,
'news-list.show-more': `Pokaż więcej`,
'partner-map.close': `Zamknij szczegóły`,
'partner-map.error-empty': `Brak partnerów do wyświetlenia.`,
'partner-map.error-load': `Nie udało się wczytać partnerów. Spróbuj ponownie później.`,
'partner-map.keyboard-help': `Klawisze strzałek przenoszą między partnerami; Enter otwiera szczegóły, Escape je zamyka.`,
'partner-map.list-heading': `Partnerzy`,
'partner-map.loading': `Wczytywanie partnerów…`,
'partner-map.location': `Lokalizacja`,
'partner-map.map-end': `Koniec mapy.`,
'partner-map.map-label': `Mapa partnerów projektu`,
'partner-map.pointer-help': `Przeciągnij, aby przesunąć mapę. Aby powiększyć, przytrzymaj Ctrl i przewiń albo użyj przycisków.`,
'partner-map.policy': `Instrument polityki`,
'partner-map.role': `Rola`,
'partner-map.role-advisory': `Partner doradczy`,
'partner-map.role-lead': `Partner wiodący`,
'partner-map.role-partner': `Partner`,
'partner-map.skip': `Pomiń mapę`,
'partner-map.website': `Strona internetowa`,
'partner-map.zoom-in': `Powiększ`,
'partner-map.zoom-out': `Pomniejsz`,
'partner-map.zoom-reset': `Resetuj powiększenie`,
'skip-links.main': `Przejdź do treści głównej`,
'skip-links.menu': `Przejdź do menu sekcji`,
'subscribe.consent': html`Zgadzam się na otrzymywanie wiadomości e-mailem zgodnie z ${0}.`,
'subscribe.consent-missing': `Zaznacz pole, aby zgodzić się na otrzymywanie wiadomości`,
'subscribe.email': `Adres e-mail`,
'subscribe.email-invalid': `Wpisz adres e-mail w formacie name@example.com`,
'subscribe.email-missing': `Wpisz swój adres e-mail`,
'subscribe.error-rejected': `Adres nie został przyjęty. Sprawdź go i spróbuj ponownie.`,
'subscribe.error-unavailable': `Niestety zapisanie się jest teraz niemożliwe. Spróbuj ponownie później.`,
'subscribe.heading': `Bądź na bieżąco`,
'subscribe.intro': `Zapisz się i otrzymuj od razu wszystkie najnowsze wiadomości, informacje o wydarzeniach, ogłoszenia i komunikaty!`,
'subscribe.intro-organization': str`Zapisz się! ${0} od razu prześle Ci wszystkie najnowsze wiadomości, informacje o wydarzeniach, ogłoszenia i komunikaty.`,
'subscribe.lists': `Co chcesz otrzymywać?`,
'subscribe.lists-missing': `Wybierz co najmniej jeden temat`,
'subscribe.name': `Imię (opcjonalnie)`,
'subscribe.privacy-link': `polityką prywatności (otwiera się w nowej karcie)`,
'subscribe.sending': `Wysyłanie…`,
'subscribe.submit': `Zapisz się`,
'subscribe.success': `Dziękujemy! Subskrypcja jest aktywna.`,
'subscribe.success-confirm': `Prawie gotowe: sprawdź skrzynkę e-mail i potwierdź subskrypcję.`,
    };
  