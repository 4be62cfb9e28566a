/** Detail of `secon-error`: `code` is stable and documented, `message` is English, for logs. */
export interface SeconErrorDetail {
  code: string;
  message: string;
}

/** Dispatches a bubbling, composed `CustomEvent`, as every secon event is. */
export function emit<T>(
  target: EventTarget,
  type: string,
  detail: T,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(type, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    }),
  );
}

/** Dispatches `secon-error` and logs the English message with the element's tag. */
export function emitError(target: HTMLElement, code: string, message: string): void {
  console.error(`<${target.localName}>: ${message}`);
  emit<SeconErrorDetail>(target, 'secon-error', { code, message });
}

declare global {
  interface HTMLElementEventMap {
    'secon-error': CustomEvent<SeconErrorDetail>;
  }
}
