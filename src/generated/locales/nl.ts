
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
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
'partner-map.error-load': `De partners konden niet worden geladen. Probeer het later opnieuw.`,
'partner-map.keyboard-help': `Met de pijltjestoetsen gaat u van partner naar partner; Enter opent een partner, Escape sluit hem.`,
'partner-map.list-heading': `Partners`,
'partner-map.loading': `Partners laden…`,
'partner-map.location': `Locatie`,
'partner-map.map-end': `Einde van de kaart.`,
'partner-map.map-label': `Kaart van de projectpartners`,
'partner-map.pointer-help': `Sleep om de kaart te verplaatsen. Houd Ctrl ingedrukt en scrol om te zoomen, of gebruik de knoppen.`,
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
'subscribe.consent': html`Ik ga akkoord met het ontvangen van nieuws per e-mail zoals beschreven in de ${0}.`,
'subscribe.consent-missing': `Vink het vakje aan om akkoord te gaan met het ontvangen van nieuws`,
'subscribe.email': `E-mailadres`,
'subscribe.email-invalid': `Vul een e-mailadres in zoals name@example.com`,
'subscribe.email-missing': `Vul uw e-mailadres in`,
'subscribe.error-rejected': `Het adres is niet aanvaard. Controleer het en probeer het opnieuw.`,
'subscribe.error-unavailable': `Aanmelden is nu helaas niet mogelijk. Probeer het later opnieuw.`,
'subscribe.heading': `Blijf op de hoogte`,
'subscribe.intro': `Abonneer u! Ontvang als eerste al het laatste nieuws, evenementen, aankondigingen en berichten.`,
'subscribe.intro-organization': str`Abonneer u! Ontvang als eerste al het laatste nieuws, evenementen, aankondigingen en berichten van ${0}.`,
'subscribe.lists': `Wat wilt u ontvangen?`,
'subscribe.lists-missing': `Kies minstens één onderwerp`,
'subscribe.name': `Naam (optioneel)`,
'subscribe.privacy-link': `privacyverklaring (opent in een nieuw tabblad)`,
'subscribe.sending': `Bezig met verzenden…`,
'subscribe.submit': `Abonneren`,
'subscribe.success': `Bedankt! U bent nu aangemeld.`,
'subscribe.success-confirm': `Bijna klaar: kijk in uw mailbox en bevestig uw aanmelding.`,
    };
  