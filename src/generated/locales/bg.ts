
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'skip-links.main': `Прескочи към основното съдържание на страницата`,
'skip-links.menu': `Прескочи до контекстното меню`,
    };
  