/**
 * Fetches `url` and reads its body as text, giving up after `ms` milliseconds or when
 * `controller` aborts (the element left the page, or a newer request replaced this
 * one). Running out of time rejects with a `TimeoutError` DOMException, as
 * `AbortSignal.timeout()` does; engines that reject an aborted fetch with an error of
 * their own still report the abort's reason.
 */
export async function fetchText(
  url: string,
  init: RequestInit,
  ms: number,
  controller: AbortController,
): Promise<[Response, string]> {
  const { signal } = controller;
  const timer = setTimeout(() => controller.abort(new DOMException('', 'TimeoutError')), ms);
  try {
    const response = await fetch(url, { ...init, signal });
    const text = await response.text();
    signal.throwIfAborted();
    return [response, text];
  } catch (error) {
    throw signal.aborted ? signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

/** Whether `error` is the time running out in `fetchText`. */
export const isTimeout = (error: unknown): boolean => (error as Error | undefined)?.name === 'TimeoutError';
