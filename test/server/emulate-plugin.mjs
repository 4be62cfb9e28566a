// A test-runner command that emulates media features the stock emulateMedia command
// lacks (forced-colors) as well as print and reduced motion. It answers false where the
// browser's driver cannot emulate them, so a test can skip instead of passing vacuously.
export function emulatePlugin() {
  return {
    name: 'secon-emulate',
    async executeCommand({ command, payload, session }) {
      if (command !== 'secon-emulate') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      try {
        await page.emulateMediaFeatures(payload.features ?? []);
        await page.emulateMediaType(payload.media ?? null);
        return true;
      } catch {
        return false;
      }
    },
  };
}
