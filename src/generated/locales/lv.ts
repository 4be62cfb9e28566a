
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
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
'partner-map.error-load': `Partnerus neizdevās ielādēt.`,
'partner-map.group': str`Partneri šeit: ${0}. Tuvināt`,
'partner-map.keyboard-help': `Ar bultiņu taustiņiem var pāriet no viena partnera pie otra.`,
'partner-map.list-heading': `Partneri`,
'partner-map.loading': `Ielādē partnerus…`,
'partner-map.location': `Atrašanās vieta`,
'partner-map.map-end': `Kartes beigas.`,
'partner-map.map-label': `Projekta partneru karte`,
'partner-map.pointer-help': `Lai tuvinātu, turiet nospiestu Ctrl un ritiniet.`,
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
'subscribe.consent': `Piekrītu saņemt jaunumus e-pastā.`,
'subscribe.consent-missing': `Atzīmējiet rūtiņu, lai piekristu`,
'subscribe.email': `E-pasta adrese`,
'subscribe.email-invalid': `Ievadiet savu e-pasta adresi, piemēram, name@example.com`,
'subscribe.error-rejected': `Šī adrese netika pieņemta.`,
'subscribe.error-unavailable': `Pašlaik pierakstīties nav iespējams.`,
'subscribe.heading': `Esiet informēti`,
'subscribe.intro': `Pierakstieties, lai saņemtu jaunākās ziņas un informāciju par pasākumiem.`,
'subscribe.intro-organization': str`Pierakstieties, un ${0} jums nosūtīs jaunākās ziņas un informāciju par pasākumiem.`,
'subscribe.lists': `Izvēlieties vismaz vienu tematu`,
'subscribe.name': `Vārds (nav obligāts)`,
'subscribe.privacy-link': `Privātuma politika (atveras jaunā cilnē)`,
'subscribe.sending': `Notiek sūtīšana…`,
'subscribe.submit': `Pierakstīties`,
'subscribe.success': `Paldies! Pierakstīšanās ir pabeigta.`,
'subscribe.success-confirm': `Pārbaudiet savu e-pastu, lai apstiprinātu pierakstīšanos.`,
    };
  