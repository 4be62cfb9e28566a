
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
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
'partner-map.error-load': `Nie udało się wczytać partnerów.`,
'partner-map.group': str`Partnerzy w tym miejscu: ${0}. Powiększ`,
'partner-map.keyboard-help': `Klawisze strzałek przenoszą między partnerami.`,
'partner-map.list-heading': `Partnerzy`,
'partner-map.loading': `Wczytywanie partnerów…`,
'partner-map.location': `Lokalizacja`,
'partner-map.map-end': `Koniec mapy.`,
'partner-map.map-label': `Mapa partnerów projektu`,
'partner-map.pointer-help': `Aby powiększyć, przytrzymaj Ctrl i przewiń.`,
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
'subscribe.consent': `Zgadzam się na otrzymywanie wiadomości e-mailem.`,
'subscribe.consent-missing': `Zaznacz pole, aby wyrazić zgodę`,
'subscribe.email': `Adres e-mail`,
'subscribe.email-invalid': `Wpisz swój adres e-mail, np. name@example.com`,
'subscribe.error-rejected': `Ten adres nie został przyjęty.`,
'subscribe.error-unavailable': `Zapisanie się jest teraz niemożliwe.`,
'subscribe.heading': `Bądź na bieżąco`,
'subscribe.intro': `Zapisz się, aby otrzymywać najnowsze wiadomości i informacje o wydarzeniach.`,
'subscribe.intro-organization': str`Zapisz się, a ${0} prześle Ci najnowsze wiadomości i informacje o wydarzeniach.`,
'subscribe.lists': `Wybierz co najmniej jeden temat`,
'subscribe.name': `Imię (opcjonalnie)`,
'subscribe.privacy-link': `Polityka prywatności (otwiera się w nowej karcie)`,
'subscribe.sending': `Wysyłanie…`,
'subscribe.submit': `Zapisz się`,
'subscribe.success': `Dziękujemy! Subskrypcja jest aktywna.`,
'subscribe.success-confirm': `Sprawdź skrzynkę e-mail, aby potwierdzić subskrypcję.`,
    };
  