#!/usr/bin/env node
// Prints the size of the single-file bundles, raw and compressed, as a webmaster's
// visitors download them.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const file of ['dist/secon-elements.js', 'dist/secon-elements.iife.js']) {
  const bytes = readFileSync(new URL(`../${file}`, import.meta.url));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`${file}: ${kb(bytes.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
}
