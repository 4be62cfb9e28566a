
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
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
'partner-map.error-load': `Partenerii nu au putut fi încărcați. Vă rugăm să încercați din nou mai târziu.`,
'partner-map.keyboard-help': `Tastele săgeți trec de la un partener la altul; Enter deschide detaliile, Escape le închide.`,
'partner-map.list-heading': `Parteneri`,
'partner-map.loading': `Se încarcă partenerii…`,
'partner-map.location': `Localitate`,
'partner-map.map-end': `Sfârșitul hărții.`,
'partner-map.map-label': `Harta partenerilor proiectului`,
'partner-map.pointer-help': `Trageți pentru a muta harta. Pentru zoom, țineți apăsată tasta Ctrl și derulați sau folosiți butoanele.`,
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
'subscribe.consent': html`Sunt de acord să primesc noutăți prin e-mail, conform ${0}.`,
'subscribe.consent-missing': `Bifați caseta pentru a fi de acord să primiți noutăți`,
'subscribe.email': `Adresă de e-mail`,
'subscribe.email-invalid': `Introduceți o adresă de e-mail de forma name@example.com`,
'subscribe.email-missing': `Introduceți adresa de e-mail`,
'subscribe.error-rejected': `Adresa nu a fost acceptată. Verificați-o și încercați din nou.`,
'subscribe.error-unavailable': `Ne pare rău, abonarea nu este posibilă acum. Încercați din nou mai târziu.`,
'subscribe.heading': `Fiți la curent`,
'subscribe.intro': `Abonați-vă! Aflați înaintea tuturor cele mai noi știri, evenimente, anunțuri și comunicate.`,
'subscribe.intro-organization': str`Abonați-vă! Aflați înaintea tuturor cele mai noi știri, evenimente, anunțuri și comunicate de la ${0}.`,
'subscribe.lists': `Ce doriți să primiți?`,
'subscribe.lists-missing': `Alegeți cel puțin un subiect`,
'subscribe.name': `Nume (opțional)`,
'subscribe.privacy-link': `politicii de confidențialitate (se deschide într-o filă nouă)`,
'subscribe.sending': `Se trimite…`,
'subscribe.submit': `Abonați-vă`,
'subscribe.success': `Vă mulțumim! Abonarea este finalizată.`,
'subscribe.success-confirm': `Aproape gata: verificați căsuța de e-mail și confirmați abonarea.`,
    };
  