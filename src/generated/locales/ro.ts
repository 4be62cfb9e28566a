
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'news-card.last-modified': str`Ultima modificare: ${0}`,
'news-list.empty': `Nu există încă știri.`,
'news-list.error': `Știrile nu au putut fi încărcate.`,
'news-list.loading': `Se încarcă știrile…`,
'news-list.show-more': `Afișează mai multe`,
'partner-map.close': `Închide detaliile`,
'partner-map.error-empty': `Nu există parteneri de afișat.`,
'partner-map.error-load': `Partenerii nu au putut fi încărcați.`,
'partner-map.group': str`Parteneri aici: ${0}. Mărește`,
'partner-map.keyboard-help': `Tastele săgeți trec de la un partener la altul.`,
'partner-map.list-heading': `Parteneri`,
'partner-map.loading': `Se încarcă partenerii…`,
'partner-map.location': `Localitate`,
'partner-map.map-end': `Sfârșitul hărții.`,
'partner-map.map-label': `Harta partenerilor proiectului`,
'partner-map.pointer-help': `Pentru zoom, țineți apăsată tasta Ctrl și derulați.`,
'partner-map.policy': `Instrument de politică`,
'partner-map.role': `Rol`,
'partner-map.role-advisory': `Partener consultativ`,
'partner-map.role-lead': `Partener lider`,
'partner-map.role-partner': `Partener`,
'partner-map.skip': `Sari peste hartă`,
'partner-map.website': `Site web`,
'partner-map.zoom-in': `Mărește`,
'partner-map.zoom-out': `Micșorează`,
'partner-map.zoom-reset': `Resetează zoomul`,
'skip-links.main': `Salt la conținutul principal`,
'skip-links.menu': `Salt la meniul secțiunii`,
'subscribe.consent': `Sunt de acord să primesc noutăți prin e-mail.`,
'subscribe.consent-missing': `Bifați caseta pentru a fi de acord`,
'subscribe.email': `Adresă de e-mail`,
'subscribe.email-invalid': `Introduceți adresa de e-mail, de exemplu name@example.com`,
'subscribe.error-rejected': `Această adresă nu a fost acceptată.`,
'subscribe.error-unavailable': `Abonarea nu este posibilă acum.`,
'subscribe.heading': `Fiți la curent`,
'subscribe.intro': `Abonați-vă pentru cele mai noi știri și evenimente.`,
'subscribe.intro-organization': str`Abonați-vă pentru cele mai noi știri și evenimente de la ${0}.`,
'subscribe.lists': `Alegeți cel puțin un subiect`,
'subscribe.name': `Nume (opțional)`,
'subscribe.privacy-link': `Politica de confidențialitate (se deschide într-o filă nouă)`,
'subscribe.sending': `Se trimite…`,
'subscribe.submit': `Abonați-vă`,
'subscribe.success': `Vă mulțumim! Abonarea este finalizată.`,
'subscribe.success-confirm': `Verificați căsuța de e-mail pentru a confirma abonarea.`,
    };
  