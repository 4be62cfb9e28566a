
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'news-card.last-modified': str`Laatst gewijzigd: ${0}`,
'news-list.empty': `Nog geen nieuws.`,
'news-list.error': `Het nieuws kon niet worden geladen.`,
'news-list.loading': `Nieuws wordt geladen…`,
'news-list.show-more': `Meer tonen`,
'partner-map.close': `Details sluiten`,
'partner-map.error-empty': `Er zijn geen partners om te tonen.`,
'partner-map.error-load': `De partners konden niet worden geladen.`,
'partner-map.group': str`${0} partners hier. Inzoomen`,
'partner-map.keyboard-help': `Met de pijltjestoetsen gaat u van partner naar partner.`,
'partner-map.list-heading': `Partners`,
'partner-map.loading': `Partners laden…`,
'partner-map.location': `Locatie`,
'partner-map.map-end': `Einde van de kaart.`,
'partner-map.map-label': `Kaart van de projectpartners`,
'partner-map.pointer-help': `Houd Ctrl ingedrukt en scrol om te zoomen.`,
'partner-map.policy': `Beleidsinstrument`,
'partner-map.role': `Rol`,
'partner-map.role-advisory': `Adviserende partner`,
'partner-map.role-lead': `Hoofdpartner`,
'partner-map.role-partner': `Partner`,
'partner-map.skip': `Kaart overslaan`,
'partner-map.website': `Website`,
'partner-map.zoom-in': `Inzoomen`,
'partner-map.zoom-out': `Uitzoomen`,
'partner-map.zoom-reset': `Zoom herstellen`,
'skip-links.main': `Direct naar de hoofdinhoud`,
'skip-links.menu': `Direct naar het sectiemenu`,
'subscribe.consent': `Ik ga akkoord met het ontvangen van nieuws per e-mail.`,
'subscribe.consent-missing': `Vink het vakje aan om akkoord te gaan`,
'subscribe.email': `E-mailadres`,
'subscribe.email-invalid': `Vul uw e-mailadres in, bijvoorbeeld name@example.com`,
'subscribe.error-rejected': `Dit adres is niet aanvaard.`,
'subscribe.error-unavailable': `Aanmelden is nu niet mogelijk.`,
'subscribe.heading': `Blijf op de hoogte`,
'subscribe.intro': `Abonneer u op het laatste nieuws en de evenementen.`,
'subscribe.intro-organization': str`Abonneer u op het laatste nieuws en de evenementen van ${0}.`,
'subscribe.lists': `Kies minstens één onderwerp`,
'subscribe.name': `Naam (optioneel)`,
'subscribe.privacy-link': `Privacyverklaring (opent in een nieuw tabblad)`,
'subscribe.sending': `Bezig met verzenden…`,
'subscribe.submit': `Abonneren`,
'subscribe.success': `Bedankt! U bent nu aangemeld.`,
'subscribe.success-confirm': `Kijk in uw mailbox om uw aanmelding te bevestigen.`,
    };
  