
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
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
'partner-map.error-load': `A partnereket nem sikerült betölteni. Kérjük, próbálja újra később.`,
'partner-map.keyboard-help': `A nyílbillentyűkkel léphet a partnerek között; az Enter megnyitja, az Escape bezárja a partner adatait.`,
'partner-map.list-heading': `Partnerek`,
'partner-map.loading': `Partnerek betöltése…`,
'partner-map.location': `Helyszín`,
'partner-map.map-end': `A térkép vége.`,
'partner-map.map-label': `A projektpartnerek térképe`,
'partner-map.pointer-help': `A térkép mozgatásához húzza az egeret. Nagyításhoz tartsa lenyomva a Ctrl billentyűt és görgessen, vagy használja a gombokat.`,
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
'subscribe.consent': html`Hozzájárulok, hogy e-mailben híreket kapjak az ${0} szerint.`,
'subscribe.consent-missing': `Jelölje be a négyzetet, ha hozzájárul a hírek küldéséhez`,
'subscribe.email': `E-mail-cím`,
'subscribe.email-invalid': `Adjon meg egy name@example.com formátumú e-mail-címet`,
'subscribe.email-missing': `Adja meg e-mail-címét`,
'subscribe.error-rejected': `A címet nem fogadták el. Ellenőrizze, és próbálja újra.`,
'subscribe.error-unavailable': `Sajnáljuk, a feliratkozás most nem lehetséges. Kérjük, próbálja újra később.`,
'subscribe.heading': `Maradjon naprakész`,
'subscribe.intro': `Iratkozzon fel, és értesüljön elsőként a legfrissebb hírekről, eseményekről, hirdetményekről és közleményekről!`,
'subscribe.intro-organization': str`Iratkozzon fel! ${0} elsőként küldi el Önnek a legfrissebb híreket, eseményeket, hirdetményeket és közleményeket.`,
'subscribe.lists': `Mit szeretne kapni?`,
'subscribe.lists-missing': `Válasszon legalább egy témát`,
'subscribe.name': `Név (nem kötelező)`,
'subscribe.privacy-link': `adatkezelési tájékoztató (új lapon nyílik meg)`,
'subscribe.sending': `Küldés…`,
'subscribe.submit': `Feliratkozás`,
'subscribe.success': `Köszönjük! Sikeresen feliratkozott.`,
'subscribe.success-confirm': `Már majdnem kész: nézze meg a postafiókját, és erősítse meg a feliratkozását.`,
    };
  