#!/usr/bin/env node
// `npm test`: builds the bundles, then runs every test in each browser engine found.
// Chromium is required and, as root on Debian, installed when missing; for Firefox and
// WebKit the exact install command is printed. `npm run test:all` (--all) requires and
// installs all three, and measures coverage.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINES, ensureEngines, installCommand } from '../test/server/browsers.mjs';

const all = process.argv.includes('--all');
const required = all ? ['chromium', 'firefox', 'webkit'] : ['chromium'];
const stillMissing = ensureEngines(required);
if (stillMissing.length) {
  console.error(
    `Missing browser engine(s): ${stillMissing.map((n) => ENGINES[n].label).join(', ')}.\n` +
      `Install them with (as root): ${installCommand(stillMissing)}`,
  );
  process.exit(1);
}
const optional = ['firefox', 'webkit'].filter((n) => !ENGINES[n].find());
if (optional.length) {
  console.warn(
    `Not testing in ${optional.map((n) => ENGINES[n].label).join(', ')}: not installed. ` +
      `To include it: ${installCommand(optional)}`,
  );
}

if (!process.argv.includes('--no-build'))
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

const args = ['web-test-runner', '--config', 'web-test-runner.config.mjs'];
if (all) args.push('--coverage');
const summary = join(tmpdir(), `secon-test-summary-${process.pid}.txt`);
const result = spawnSync('npx', args, {
  stdio: 'inherit',
  env: { ...process.env, SECON_SUMMARY_FILE: summary, ...(all ? { SECON_REQUIRE_ALL: '1' } : {}) },
});
if (existsSync(summary)) {
  console.log(`\n${readFileSync(summary, 'utf8')}`);
  rmSync(summary);
}
process.exit(result.status ?? 1);
