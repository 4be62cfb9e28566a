/** Pages in iframes, for the tests that load the built bundle the way a webmaster does. */

/** The window of a page that loaded /test/bundle/recorder.js first. */
export interface FrameWindow extends Window {
  /** Uncaught errors, failed loads and unhandled rejections. */
  __errors: string[];
  __warnings: string[];
  __violations: string[];
  __globalsBefore: string[];
}

/** Every element of the library, in the order a page usually has them. */
export const TAGS = [
  'secon-skip-links',
  'secon-news-card',
  'secon-news-list',
  'secon-subscribe',
  'secon-partner-map',
] as const;

let frames: HTMLIFrameElement[] = [];

/** A page that records what goes wrong (recorder.js), then `head`, then `body`. */
export const page = (head: string, body = '', lang = 'en'): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
  <script src="/test/bundle/recorder.js"></script>${head}</head><body>${body}</body></html>`;

/**
 * Opens an iframe that `setup` points at a page (`src` or `srcdoc`) and resolves with its
 * window once loaded. The frame stays in view at the top left: WebKit pauses animation
 * frames of frames scrolled out of sight.
 */
export async function openFrame(
  setup: (frame: HTMLIFrameElement) => void,
  width = 800,
  height = 600,
): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; top: 0; left: 0; width: ${width}px; height: ${height}px; border: 0`;
  setup(frame);
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as FrameWindow;
}

/** Removes every frame opened since the last call; use in afterEach. */
export function closeFrames(): void {
  for (const frame of frames) frame.remove();
  frames = [];
}
