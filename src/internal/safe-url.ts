const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns `value` resolved against `base` when it is an `http:`, `https:` or `mailto:`
 * URL or a relative one, else `undefined`. The browser's own URL parser decides the
 * scheme, so tricks such as `java\tscript:` or leading control characters are parsed
 * exactly as a link would parse them, and the returned `href` is what gets linked.
 */
export function safeUrl(value: unknown, base: string = document.baseURI): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value, base);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
