declare const __SECON_VERSION__: string | undefined;

/** The version of secon-elements, as published on npm. */
export const version: string = typeof __SECON_VERSION__ === 'string' ? __SECON_VERSION__ : '0.0.0-dev';
