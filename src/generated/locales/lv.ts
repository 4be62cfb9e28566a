
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'news-card.last-modified': str`Pēdējās izmaiņas: ${0}`,
'news-list.empty': `Jaunumu vēl nav.`,
'news-list.error': `Jaunumus neizdevās ielādēt.`,
'news-list.loading': `Notiek jaunumu ielāde…`,
'news-list.show-more': `Rādīt vairāk`,
'partner-map.close': `Aizvērt informāciju`,
'partner-map.error-empty': `Nav neviena partnera, ko parādīt.`,
'partner-map.error-load': `Partnerus neizdevās ielādēt. Lūdzu, mēģiniet vēlreiz vēlāk.`,
'partner-map.keyboard-help': `Ar bultiņu taustiņiem var pāriet no viena partnera pie otra; Enter atver partnera informāciju, Escape to aizver.`,
'partner-map.list-heading': `Partneri`,
'partner-map.loading': `Ielādē partnerus…`,
'partner-map.location': `Atrašanās vieta`,
'partner-map.map-end': `Kartes beigas.`,
'partner-map.map-label': `Projekta partneru karte`,
'partner-map.pointer-help': `Velciet, lai pārvietotu karti. Lai tuvinātu, turiet nospiestu Ctrl un ritiniet vai izmantojiet pogas.`,
'partner-map.policy': `Politikas instruments`,
'partner-map.role': `Loma`,
'partner-map.role-advisory': `Konsultatīvais partneris`,
'partner-map.role-lead': `Vadošais partneris`,
'partner-map.role-partner': `Partneris`,
'partner-map.skip': `Izlaist karti`,
'partner-map.website': `Tīmekļvietne`,
'partner-map.zoom-in': `Tuvināt`,
'partner-map.zoom-out': `Tālināt`,
'partner-map.zoom-reset': `Atiestatīt tālummaiņu`,
'skip-links.main': `Pāriet uz galveno saturu`,
'skip-links.menu': `Pāriet uz sadaļas izvēlni`,
'subscribe.consent': html`Piekrītu saņemt jaunumus e-pastā saskaņā ar ${0}.`,
'subscribe.consent-missing': `Atzīmējiet rūtiņu, lai piekristu saņemt jaunumus`,
'subscribe.email': `E-pasta adrese`,
'subscribe.email-invalid': `Ievadiet e-pasta adresi formā name@example.com`,
'subscribe.email-missing': `Ievadiet savu e-pasta adresi`,
'subscribe.error-rejected': `Adrese netika pieņemta. Pārbaudiet to un mēģiniet vēlreiz.`,
'subscribe.error-unavailable': `Diemžēl pašlaik pierakstīties nav iespējams. Lūdzu, mēģiniet vēlreiz vēlāk.`,
'subscribe.heading': `Esiet informēti`,
'subscribe.intro': `Pierakstieties un saņemiet pirmie visas jaunākās ziņas, informāciju par pasākumiem, paziņojumus un vēstījumus!`,
'subscribe.intro-organization': str`Pierakstieties! ${0} jums pirmajiem nosūtīs visas jaunākās ziņas, informāciju par pasākumiem, paziņojumus un vēstījumus.`,
'subscribe.lists': `Ko vēlaties saņemt?`,
'subscribe.lists-missing': `Izvēlieties vismaz vienu tematu`,
'subscribe.name': `Vārds (nav obligāts)`,
'subscribe.privacy-link': `privātuma politiku (atveras jaunā cilnē)`,
'subscribe.sending': `Notiek sūtīšana…`,
'subscribe.submit': `Pierakstīties`,
'subscribe.success': `Paldies! Pierakstīšanās ir pabeigta.`,
'subscribe.success-confirm': `Gandrīz gatavs: pārbaudiet savu e-pastu un apstipriniet pierakstīšanos.`,
    };
  