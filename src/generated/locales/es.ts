
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'news-card.last-modified': str`Última modificación: ${0}`,
'news-list.empty': `Todavía no hay noticias.`,
'news-list.error': `No se han podido cargar las noticias.`,
'news-list.loading': `Cargando noticias…`,
'news-list.show-more': `Mostrar más`,
'partner-map.close': `Cerrar los detalles`,
'partner-map.error-empty': `No hay socios que mostrar.`,
'partner-map.error-load': `No se han podido cargar los socios.`,
'partner-map.group': str`${0} socios aquí. Acercar`,
'partner-map.keyboard-help': `Las flechas permiten pasar de un socio a otro.`,
'partner-map.list-heading': `Socios`,
'partner-map.loading': `Cargando socios…`,
'partner-map.location': `Ubicación`,
'partner-map.map-end': `Fin del mapa.`,
'partner-map.map-label': `Mapa de los socios del proyecto`,
'partner-map.pointer-help': `Para hacer zoom, mantenga pulsada la tecla Ctrl y desplace la rueda.`,
'partner-map.policy': `Instrumento de política`,
'partner-map.role': `Función`,
'partner-map.role-advisory': `Socio asesor`,
'partner-map.role-lead': `Socio principal`,
'partner-map.role-partner': `Socio`,
'partner-map.skip': `Saltar el mapa`,
'partner-map.website': `Sitio web`,
'partner-map.zoom-in': `Acercar`,
'partner-map.zoom-out': `Alejar`,
'partner-map.zoom-reset': `Restablecer el zoom`,
'skip-links.main': `Saltar al contenido principal`,
'skip-links.menu': `Saltar al menú de la sección`,
'subscribe.consent': `Acepto recibir noticias por correo electrónico.`,
'subscribe.consent-missing': `Marque la casilla para aceptar`,
'subscribe.email': `Correo electrónico`,
'subscribe.email-invalid': `Introduzca su correo electrónico, p. ej. name@example.com`,
'subscribe.error-rejected': `No se ha aceptado esta dirección.`,
'subscribe.error-unavailable': `Ahora no es posible suscribirse.`,
'subscribe.heading': `Esté al día`,
'subscribe.intro': `Suscríbase para recibir las últimas noticias y eventos.`,
'subscribe.intro-organization': str`Suscríbase para recibir las últimas noticias y eventos de ${0}.`,
'subscribe.lists': `Elija al menos un tema`,
'subscribe.name': `Nombre (opcional)`,
'subscribe.privacy-link': `Política de privacidad (se abre en una pestaña nueva)`,
'subscribe.sending': `Enviando…`,
'subscribe.submit': `Suscribirse`,
'subscribe.success': `Gracias, ya está suscrito.`,
'subscribe.success-confirm': `Revise su bandeja de entrada para confirmar la suscripción.`,
    };
  