// Runs test/**/*.test.ts in every engine found: Chromium (required), Firefox and
// WebKitGTK. SECON_BROWSERS=chromium,firefox picks some; SECON_REQUIRE_ALL=1 (set by
// `npm run test:all`) fails when one is missing. Source tests run with Lit in dev mode.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { ENGINES, installCommand, startWebKitDriver } from './test/server/browsers.mjs';
import { mockMiddleware } from './test/server/mock-server.mjs';
import { bundleVariantMiddleware } from './test/server/bundle-variant.mjs';
import { emulatePlugin } from './test/server/emulate-plugin.mjs';
import { cspPageMiddleware } from './test/server/csp-page.mjs';

const wanted = (process.env.SECON_BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const requireAll = process.env.SECON_REQUIRE_ALL === '1';

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const browsers = [];
const ran = [];
const missing = [];
for (const name of wanted) {
  const engine = ENGINES[name];
  if (!engine) throw new Error(`SECON_BROWSERS: unknown engine "${name}" (chromium, firefox, webkit)`);
  const found = engine.find();
  if (!found) {
    missing.push(name);
    continue;
  }
  ran.push(engine.label);
  if (name === 'chromium') {
    browsers.push(
      chromeLauncher({ launchOptions: { executablePath: found, headless: true, args: chromiumFlags } }),
    );
  } else if (name === 'firefox') {
    browsers.push(
      puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: found, headless: true } }),
    );
  } else {
    const { port } = await startWebKitDriver(found);
    browsers.push(
      webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port,
        path: '/',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: found.miniBrowser, args: ['--automation'] },
        },
      }),
    );
  }
}

if (missing.length) {
  const message = `Browser engine(s) not found: ${missing.map((n) => ENGINES[n].label).join(', ')}. Install with: ${installCommand(missing)}`;
  if (requireAll || missing.includes('chromium')) throw new Error(message);
  console.warn(message);
}
console.log(`Testing in: ${ran.join(', ')}`);

export default {
  files: process.env.SECON_TEST_FILES ? process.env.SECON_TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [emulatePlugin(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
  middleware: [mockMiddleware, bundleVariantMiddleware, cspPageMiddleware],
  browsers,
  reporters: [defaultReporter(), summaryReporter()],
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  // The test framework as usual, then failures that never carry DOM nodes (test/helpers/failures.ts).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body>` +
    `<script type="module" src="${testFramework}"></script>` +
    `<script type="module" src="/test/helpers/failures.ts"></script>` +
    `</body></html>`,
  coverageConfig: {
    include: ['src/**/*.ts'],
    // The bundles' entries are tested as built files (test/bundle/).
    exclude: ['src/generated/**', 'src/bundle.ts', 'src/bundle-partner-map.ts', 'src/internal/global-api.ts'],
    report: true,
    reportDir: 'coverage',
    threshold: { statements: 95, branches: 95, functions: 95, lines: 95 },
  },
};
