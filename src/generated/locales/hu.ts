
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'news-card.last-modified': str`Utolsó módosítás: ${0}`,
'news-list.empty': `Még nincsenek hírek.`,
'news-list.error': `A híreket nem sikerült betölteni.`,
'news-list.loading': `Hírek betöltése…`,
'news-list.show-more': `Továbbiak megjelenítése`,
'partner-map.close': `Részletek bezárása`,
'partner-map.error-empty': `Nincs megjeleníthető partner.`,
'partner-map.error-load': `A partnereket nem sikerült betölteni.`,
'partner-map.group': str`${0} partner itt. Nagyítás`,
'partner-map.keyboard-help': `A nyílbillentyűkkel léphet a partnerek között.`,
'partner-map.list-heading': `Partnerek`,
'partner-map.loading': `Partnerek betöltése…`,
'partner-map.location': `Helyszín`,
'partner-map.map-end': `A térkép vége.`,
'partner-map.map-label': `A projektpartnerek térképe`,
'partner-map.pointer-help': `Nagyításhoz tartsa lenyomva a Ctrl billentyűt, és görgessen.`,
'partner-map.policy': `Szakpolitikai eszköz`,
'partner-map.role': `Szerep`,
'partner-map.role-advisory': `Tanácsadó partner`,
'partner-map.role-lead': `Vezető partner`,
'partner-map.role-partner': `Partner`,
'partner-map.skip': `A térkép átugrása`,
'partner-map.website': `Weboldal`,
'partner-map.zoom-in': `Nagyítás`,
'partner-map.zoom-out': `Kicsinyítés`,
'partner-map.zoom-reset': `Nagyítás visszaállítása`,
'skip-links.main': `Ugrás a fő tartalomra`,
'skip-links.menu': `Ugrás a rovat menüjére`,
'subscribe.consent': `Hozzájárulok, hogy e-mailben híreket kapjak.`,
'subscribe.consent-missing': `Jelölje be a négyzetet, ha hozzájárul`,
'subscribe.email': `E-mail-cím`,
'subscribe.email-invalid': `Adja meg e-mail-címét, például: name@example.com`,
'subscribe.error-rejected': `Ezt a címet nem fogadták el.`,
'subscribe.error-unavailable': `A feliratkozás most nem lehetséges.`,
'subscribe.heading': `Maradjon naprakész`,
'subscribe.intro': `Iratkozzon fel a legfrissebb hírekre és eseményekre!`,
'subscribe.intro-organization': str`Iratkozzon fel, és ${0} elküldi Önnek a legfrissebb híreket és eseményeket.`,
'subscribe.lists': `Válasszon legalább egy témát`,
'subscribe.name': `Név (nem kötelező)`,
'subscribe.privacy-link': `Adatkezelési tájékoztató (új lapon nyílik meg)`,
'subscribe.sending': `Küldés…`,
'subscribe.submit': `Feliratkozás`,
'subscribe.success': `Köszönjük! Sikeresen feliratkozott.`,
'subscribe.success-confirm': `A feliratkozás megerősítéséhez nézze meg a postafiókját.`,
    };
  