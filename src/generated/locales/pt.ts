
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'news-card.last-modified': str`Última alteração: ${0}`,
'news-list.empty': `Ainda não há notícias.`,
'news-list.error': `Não foi possível carregar as notícias.`,
'news-list.loading': `A carregar notícias…`,
'news-list.show-more': `Mostrar mais`,
'partner-map.close': `Fechar os detalhes`,
'partner-map.error-empty': `Não há parceiros para mostrar.`,
'partner-map.error-load': `Não foi possível carregar os parceiros.`,
'partner-map.group': str`${0} parceiros aqui. Ampliar`,
'partner-map.keyboard-help': `As teclas de seta permitem passar de um parceiro para outro.`,
'partner-map.list-heading': `Parceiros`,
'partner-map.loading': `A carregar os parceiros…`,
'partner-map.location': `Localização`,
'partner-map.map-end': `Fim do mapa.`,
'partner-map.map-label': `Mapa dos parceiros do projeto`,
'partner-map.pointer-help': `Para fazer zoom, mantenha premida a tecla Ctrl e desloque a roda.`,
'partner-map.policy': `Instrumento de política`,
'partner-map.role': `Papel`,
'partner-map.role-advisory': `Parceiro consultivo`,
'partner-map.role-lead': `Parceiro líder`,
'partner-map.role-partner': `Parceiro`,
'partner-map.skip': `Saltar o mapa`,
'partner-map.website': `Sítio web`,
'partner-map.zoom-in': `Ampliar`,
'partner-map.zoom-out': `Reduzir`,
'partner-map.zoom-reset': `Repor o zoom`,
'skip-links.main': `Saltar para o conteúdo principal`,
'skip-links.menu': `Saltar para o menu da secção`,
'subscribe.consent': `Aceito receber notícias por e-mail.`,
'subscribe.consent-missing': `Assinale a caixa para aceitar`,
'subscribe.email': `Endereço de e-mail`,
'subscribe.email-invalid': `Introduza o seu endereço de e-mail, por exemplo name@example.com`,
'subscribe.error-rejected': `Este endereço não foi aceite.`,
'subscribe.error-unavailable': `De momento não é possível subscrever.`,
'subscribe.heading': `Fique a par das novidades`,
'subscribe.intro': `Subscreva para receber as últimas notícias e eventos.`,
'subscribe.intro-organization': str`Subscreva para receber as últimas notícias e eventos de ${0}.`,
'subscribe.lists': `Escolha pelo menos um tema`,
'subscribe.name': `Nome (opcional)`,
'subscribe.privacy-link': `Política de privacidade (abre num novo separador)`,
'subscribe.sending': `A enviar…`,
'subscribe.submit': `Subscrever`,
'subscribe.success': `Obrigado! A sua subscrição está concluída.`,
'subscribe.success-confirm': `Verifique a sua caixa de correio para confirmar a subscrição.`,
    };
  