
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
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
'partner-map.error-load': `Die Partner konnten nicht geladen werden. Bitte versuchen Sie es später erneut.`,
'partner-map.keyboard-help': `Mit den Pfeiltasten wechseln Sie zwischen den Partnern; die Eingabetaste öffnet einen Partner, Esc schließt ihn.`,
'partner-map.list-heading': `Partner`,
'partner-map.loading': `Partner werden geladen …`,
'partner-map.location': `Standort`,
'partner-map.map-end': `Ende der Karte.`,
'partner-map.map-label': `Karte der Projektpartner`,
'partner-map.pointer-help': `Ziehen Sie, um die Karte zu verschieben. Zum Zoomen halten Sie Strg gedrückt und scrollen, oder Sie nutzen die Schaltflächen.`,
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
'subscribe.consent': html`Ich willige ein, Neuigkeiten per E-Mail zu erhalten, wie in der ${0} beschrieben.`,
'subscribe.consent-missing': `Setzen Sie das Häkchen, um dem Empfang von Neuigkeiten zuzustimmen`,
'subscribe.email': `E-Mail-Adresse`,
'subscribe.email-invalid': `Geben Sie eine E-Mail-Adresse wie name@example.com ein`,
'subscribe.email-missing': `Geben Sie Ihre E-Mail-Adresse ein`,
'subscribe.error-rejected': `Die Adresse wurde nicht angenommen. Bitte prüfen Sie sie und versuchen Sie es erneut.`,
'subscribe.error-unavailable': `Die Anmeldung ist gerade leider nicht möglich. Bitte versuchen Sie es später erneut.`,
'subscribe.heading': `Bleiben Sie informiert`,
'subscribe.intro': `Abonnieren Sie jetzt und erhalten Sie alle aktuellen Nachrichten, Veranstaltungen, Bekanntmachungen und Mitteilungen aus erster Hand.`,
'subscribe.intro-organization': str`Abonnieren Sie jetzt und erhalten Sie alle aktuellen Nachrichten, Veranstaltungen, Bekanntmachungen und Mitteilungen von ${0} aus erster Hand.`,
'subscribe.lists': `Was möchten Sie erhalten?`,
'subscribe.lists-missing': `Wählen Sie mindestens ein Thema aus`,
'subscribe.name': `Name (freiwillig)`,
'subscribe.privacy-link': `Datenschutzerklärung (öffnet in neuem Tab)`,
'subscribe.sending': `Wird gesendet …`,
'subscribe.submit': `Abonnieren`,
'subscribe.success': `Vielen Dank! Ihr Abonnement ist jetzt aktiv.`,
'subscribe.success-confirm': `Fast geschafft: Bitte sehen Sie in Ihrem Postfach nach und bestätigen Sie Ihr Abonnement.`,
    };
  