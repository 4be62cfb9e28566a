
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
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
'partner-map.error-load': `Não foi possível carregar os parceiros. Tente novamente mais tarde.`,
'partner-map.keyboard-help': `As teclas de seta permitem passar de um parceiro para outro; Enter abre um parceiro e Escape fecha-o.`,
'partner-map.list-heading': `Parceiros`,
'partner-map.loading': `A carregar os parceiros…`,
'partner-map.location': `Localização`,
'partner-map.map-end': `Fim do mapa.`,
'partner-map.map-label': `Mapa dos parceiros do projeto`,
'partner-map.pointer-help': `Arraste para mover o mapa. Para fazer zoom, mantenha premida a tecla Ctrl e desloque a roda, ou utilize os botões.`,
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
'subscribe.consent': html`Aceito receber notícias por e-mail, conforme descrito na ${0}.`,
'subscribe.consent-missing': `Assinale a caixa para aceitar receber notícias`,
'subscribe.email': `Endereço de e-mail`,
'subscribe.email-invalid': `Introduza um endereço de e-mail como name@example.com`,
'subscribe.email-missing': `Introduza o seu endereço de e-mail`,
'subscribe.error-rejected': `O endereço não foi aceite. Verifique-o e tente novamente.`,
'subscribe.error-unavailable': `Lamentamos, de momento não é possível subscrever. Tente novamente mais tarde.`,
'subscribe.heading': `Fique a par das novidades`,
'subscribe.intro': `Subscreva! Receba em primeira mão todas as notícias, eventos, anúncios e comunicados.`,
'subscribe.intro-organization': str`Subscreva! Receba em primeira mão todas as notícias, eventos, anúncios e comunicados de ${0}.`,
'subscribe.lists': `O que pretende receber?`,
'subscribe.lists-missing': `Escolha pelo menos um tema`,
'subscribe.name': `Nome (opcional)`,
'subscribe.privacy-link': `política de privacidade (abre num novo separador)`,
'subscribe.sending': `A enviar…`,
'subscribe.submit': `Subscrever`,
'subscribe.success': `Obrigado! A sua subscrição está concluída.`,
'subscribe.success-confirm': `Quase concluído: verifique a sua caixa de correio e confirme a subscrição.`,
    };
  