
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'skip-links.main': `Pāriet uz galveno saturu`,
'skip-links.menu': `Pāriet uz sadaļas izvēlni`,
    };
  