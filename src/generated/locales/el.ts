
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'news-card.last-modified': str`Τελευταία τροποποίηση: ${0}`,
'news-list.empty': `Δεν υπάρχουν ακόμη ειδήσεις.`,
'news-list.error': `Δεν ήταν δυνατή η φόρτωση των ειδήσεων.`,
'news-list.loading': `Φόρτωση ειδήσεων…`,
'news-list.show-more': `Εμφάνιση περισσότερων`,
'partner-map.close': `Κλείσιμο λεπτομερειών`,
'partner-map.error-empty': `Δεν υπάρχουν εταίροι για εμφάνιση.`,
'partner-map.error-load': `Δεν ήταν δυνατή η φόρτωση των εταίρων.`,
'partner-map.group': str`Εταίροι εδώ: ${0}. Μεγέθυνση`,
'partner-map.keyboard-help': `Με τα βέλη μετακινείστε από εταίρο σε εταίρο.`,
'partner-map.list-heading': `Εταίροι`,
'partner-map.loading': `Φόρτωση εταίρων…`,
'partner-map.location': `Τοποθεσία`,
'partner-map.map-end': `Τέλος του χάρτη.`,
'partner-map.map-label': `Χάρτης των εταίρων του έργου`,
'partner-map.pointer-help': `Για μεγέθυνση, κρατήστε πατημένο το Ctrl και κάντε κύλιση.`,
'partner-map.policy': `Μέσο πολιτικής`,
'partner-map.role': `Ρόλος`,
'partner-map.role-advisory': `Συμβουλευτικός εταίρος`,
'partner-map.role-lead': `Επικεφαλής εταίρος`,
'partner-map.role-partner': `Εταίρος`,
'partner-map.skip': `Παράλειψη του χάρτη`,
'partner-map.website': `Ιστότοπος`,
'partner-map.zoom-in': `Μεγέθυνση`,
'partner-map.zoom-out': `Σμίκρυνση`,
'partner-map.zoom-reset': `Επαναφορά ζουμ`,
'skip-links.main': `Μετάβαση στο κύριο περιεχόμενο`,
'skip-links.menu': `Μετάβαση στο μενού ενότητας`,
'subscribe.consent': `Συμφωνώ να λαμβάνω νέα μέσω email.`,
'subscribe.consent-missing': `Επιλέξτε το πλαίσιο για να συμφωνήσετε`,
'subscribe.email': `Διεύθυνση email`,
'subscribe.email-invalid': `Εισαγάγετε τη διεύθυνση email σας, π.χ. name@example.com`,
'subscribe.error-rejected': `Αυτή η διεύθυνση δεν έγινε δεκτή.`,
'subscribe.error-unavailable': `Η εγγραφή δεν είναι δυνατή αυτή τη στιγμή.`,
'subscribe.heading': `Μείνετε ενημερωμένοι`,
'subscribe.intro': `Εγγραφείτε για τα τελευταία νέα και τις εκδηλώσεις.`,
'subscribe.intro-organization': str`Εγγραφείτε για τα τελευταία νέα και τις εκδηλώσεις του φορέα ${0}.`,
'subscribe.lists': `Επιλέξτε τουλάχιστον ένα θέμα`,
'subscribe.name': `Όνομα (προαιρετικό)`,
'subscribe.privacy-link': `Πολιτική απορρήτου (ανοίγει σε νέα καρτέλα)`,
'subscribe.sending': `Αποστολή…`,
'subscribe.submit': `Εγγραφή`,
'subscribe.success': `Σας ευχαριστούμε! Η εγγραφή σας ολοκληρώθηκε.`,
'subscribe.success-confirm': `Ελέγξτε τα εισερχόμενά σας για να επιβεβαιώσετε την εγγραφή σας.`,
    };
  