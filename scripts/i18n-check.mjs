#!/usr/bin/env node
// Fails when a translation is missing, empty or left in English, when xliff/ is out of
// date with the msg() calls in src/, when a msg() has no id of its own (the bundles
// cannot hash one), or when src/generated/locales is out of date with
// xliff/. Texts that are rightly the same as English in a locale (a proper name, say)
// are listed in xliff/identical.json as {"message.id": ["de", "nl"]}.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const identicalFile = join(root, 'xliff/identical.json');
const identical = existsSync(identicalFile) ? JSON.parse(readFileSync(identicalFile, 'utf8')) : {};
const problems = [];

const units = (xml) =>
  [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1],
    target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1],
  }));

const work = mkdtempSync(join(tmpdir(), 'secon-i18n-'));
try {
  // 1. Extract from the sources into a copy of xliff/: every message must be there, translated.
  cpSync(join(root, 'xliff'), join(work, 'xliff'), { recursive: true });
  const tmpConfig = {
    ...config,
    tsConfig: join(root, config.tsConfig),
    inputFiles: config.inputFiles.map((f) => join(root, f)),
    output: {
      ...config.output,
      outputDir: join(work, 'locales'),
      localeCodesModule: join(work, 'locale-codes.ts'),
    },
    interchange: { ...config.interchange, xliffDir: join(work, 'xliff') },
  };
  writeFileSync(join(work, 'lit-localize.json'), JSON.stringify(tmpConfig));
  const cli = join(root, 'node_modules/.bin/lit-localize');
  execFileSync(cli, ['extract', '--config', join(work, 'lit-localize.json')], { stdio: 'pipe' });

  for (const locale of config.targetLocales) {
    const fresh = readFileSync(join(work, 'xliff', `${locale}.xlf`), 'utf8');
    const committed = readFileSync(join(root, 'xliff', `${locale}.xlf`), 'utf8');
    if (fresh !== committed) problems.push(`xliff/${locale}.xlf is out of date: run npm run i18n:extract`);
    for (const { id, source, target } of units(fresh)) {
      // The bundles cannot hash a message into an id (see messageIdsGiven in vite.config.ts).
      if (locale === config.targetLocales[0] && /^[sh][0-9a-f]{16}$/.test(id))
        problems.push(
          `a msg() has no id of its own: give it one, as in msg('…', { id: 'element.purpose' }) ("${source}")`,
        );
      if (target === undefined || target.trim() === '')
        problems.push(`${locale}: "${id}" has no translation`);
      else if (target === source && !(identical[id] ?? []).includes(locale))
        problems.push(`${locale}: "${id}" is left in English ("${source}")`);
    }
  }

  // 2. The generated runtime modules must match xliff/.
  execFileSync(cli, ['build', '--config', join(work, 'lit-localize.json')], { stdio: 'pipe' });
  for (const file of readdirSync(join(work, 'locales'))) {
    const fresh = readFileSync(join(work, 'locales', file), 'utf8');
    const committedPath = join(root, config.output.outputDir, file);
    if (!existsSync(committedPath) || readFileSync(committedPath, 'utf8') !== fresh)
      problems.push(`${config.output.outputDir}/${file} is out of date: run npm run i18n:build`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`i18n check failed (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`i18n check passed: ${config.targetLocales.length + 1} locales, every message translated.`);
