// Finds the three browser engines on this machine and, where the caller may, installs
// the missing ones from Debian's packages. Used by scripts/test.mjs and the test-runner
// configuration.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const which = (name) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
};
const first = (...paths) => paths.find((p) => p && existsSync(p));

export const ENGINES = {
  chromium: {
    label: 'Chromium',
    packages: ['chromium'],
    find: () =>
      first(
        process.env.CHROME_PATH,
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        which('chromium'),
        which('google-chrome'),
      ),
  },
  firefox: {
    label: 'Firefox',
    packages: ['firefox-esr'],
    find: () =>
      first(
        process.env.FIREFOX_PATH,
        '/usr/bin/firefox-esr',
        '/usr/bin/firefox',
        which('firefox-esr'),
        which('firefox'),
      ),
  },
  webkit: {
    label: 'WebKit',
    packages: ['webkit2gtk-driver', 'xvfb'],
    find: () => {
      const driver = first(
        process.env.WEBKIT_DRIVER_PATH,
        '/usr/bin/WebKitWebDriver',
        which('WebKitWebDriver'),
      );
      const miniBrowser = first(
        process.env.WEBKIT_MINIBROWSER_PATH,
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
      );
      const xvfb = first('/usr/bin/xvfb-run', which('xvfb-run'));
      return driver && miniBrowser && xvfb ? { driver, miniBrowser, xvfb } : undefined;
    },
  },
};

export const installCommand = (names) =>
  `apt-get update && apt-get install -y ${names.flatMap((n) => ENGINES[n].packages).join(' ')}`;

/** Installs the missing engines when running as root on Debian; returns those still missing. */
export function ensureEngines(names) {
  let missing = names.filter((n) => !ENGINES[n].find());
  if (missing.length && process.getuid?.() === 0 && which('apt-get')) {
    console.log(`Installing ${missing.map((n) => ENGINES[n].label).join(', ')} from Debian's packages…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync(
      'sh',
      [
        '-c',
        `apt-get update -qq && apt-get install -y -qq ${missing.flatMap((n) => ENGINES[n].packages).join(' ')}`,
      ],
      {
        stdio: 'inherit',
        env,
      },
    );
    missing = names.filter((n) => !ENGINES[n].find());
  }
  return missing;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts WebKitWebDriver under a virtual display (MiniBrowser has no headless mode). */
export async function startWebKitDriver({ driver, xvfb }) {
  const port = await freePort();
  const child = spawn(xvfb, ['-a', driver, `--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return { port, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}
