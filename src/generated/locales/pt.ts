
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'skip-links.main': `Saltar para o conteúdo principal`,
'skip-links.menu': `Saltar para o menu da secção`,
    };
  