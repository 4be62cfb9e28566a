// `npm run bench` case: bytes a visitor downloads. Raw, gzip and brotli sizes of both
// single-file bundles, and each element's share of dist/secon-elements.js in gzip and
// brotli (the bytes saved by building without it), from scripts/size.mjs.
import { measureSizes } from '../../scripts/size.mjs';

export const name = 'size';

export async function run() {
  const { bundles, elements } = await measureSizes({ elements: true });
  const row = (metric, value, unit) => ({ case: name, metric, value, unit, spread: 0, runs: 1 });
  const rows = [];
  for (const [file, sizes] of Object.entries(bundles))
    for (const kind of ['raw', 'gzip', 'brotli']) rows.push(row(file, sizes[kind], `B ${kind}`));
  const total = bundles['dist/secon-elements.js'];
  for (const [tag, share] of Object.entries(elements))
    for (const kind of ['gzip', 'brotli'])
      rows.push(
        row(
          `<${tag}> share of dist/secon-elements.js (${((share[kind] / total[kind]) * 100).toFixed(1)} %)`,
          share[kind],
          `B ${kind}`,
        ),
      );
  return rows;
}
