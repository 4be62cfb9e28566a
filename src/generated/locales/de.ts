
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'news-card.last-modified': str`Zuletzt geändert: ${0}`,
'news-list.empty': `Noch keine Nachrichten.`,
'news-list.error': `Die Nachrichten konnten nicht geladen werden.`,
'news-list.loading': `Nachrichten werden geladen …`,
'news-list.show-more': `Mehr anzeigen`,
'partner-map.close': `Details schließen`,
'partner-map.error-empty': `Es sind keine Partner vorhanden.`,
'partner-map.error-load': `Die Partner konnten nicht geladen werden.`,
'partner-map.group': str`${0} Partner an diesem Ort. Vergrößern`,
'partner-map.keyboard-help': `Mit den Pfeiltasten wechseln Sie zwischen den Partnern.`,
'partner-map.list-heading': `Partner`,
'partner-map.loading': `Partner werden geladen …`,
'partner-map.location': `Standort`,
'partner-map.map-end': `Ende der Karte.`,
'partner-map.map-label': `Karte der Projektpartner`,
'partner-map.pointer-help': `Zum Zoomen halten Sie Strg gedrückt und scrollen Sie.`,
'partner-map.policy': `Politikinstrument`,
'partner-map.role': `Rolle`,
'partner-map.role-advisory': `Beratender Partner`,
'partner-map.role-lead': `Federführender Partner`,
'partner-map.role-partner': `Partner`,
'partner-map.skip': `Karte überspringen`,
'partner-map.website': `Website`,
'partner-map.zoom-in': `Vergrößern`,
'partner-map.zoom-out': `Verkleinern`,
'partner-map.zoom-reset': `Zoom zurücksetzen`,
'skip-links.main': `Zum Hauptinhalt springen`,
'skip-links.menu': `Zur Bereichsnavigation springen`,
'subscribe.consent': `Ich willige ein, Neuigkeiten per E-Mail zu erhalten.`,
'subscribe.consent-missing': `Setzen Sie das Häkchen, um zuzustimmen`,
'subscribe.email': `E-Mail-Adresse`,
'subscribe.email-invalid': `Geben Sie Ihre E-Mail-Adresse ein, z. B. name@example.com`,
'subscribe.error-rejected': `Diese Adresse wurde nicht angenommen.`,
'subscribe.error-unavailable': `Die Anmeldung ist gerade nicht möglich.`,
'subscribe.heading': `Bleiben Sie informiert`,
'subscribe.intro': `Abonnieren Sie aktuelle Nachrichten und Termine.`,
'subscribe.intro-organization': str`Abonnieren Sie aktuelle Nachrichten und Termine von ${0}.`,
'subscribe.lists': `Wählen Sie mindestens ein Thema aus`,
'subscribe.name': `Name (freiwillig)`,
'subscribe.privacy-link': `Datenschutzerklärung (öffnet in neuem Tab)`,
'subscribe.sending': `Wird gesendet …`,
'subscribe.submit': `Abonnieren`,
'subscribe.success': `Vielen Dank, Sie sind angemeldet.`,
'subscribe.success-confirm': `Prüfen Sie Ihr Postfach, um das Abonnement zu bestätigen.`,
    };
  