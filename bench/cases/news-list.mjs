// `npm run bench` case: <secon-news-list> parsing and rendering RSS feeds of 10, 100 and
// 1,000 items. Each run opens a fresh page (a visitor's first view), puts the list on it
// and waits for its cards. Feeds are generated into bench/tmp/news/ and removed after.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const name = 'news-list';

const RUNS = 7;
const SIZES = [10, 100, 1000];
const dir = fileURLToPath(new URL('../tmp/news/', import.meta.url));

/** An RSS 2.0 feed of `count` items in shuffled date order, with HTML summaries and pictures. */
function rss(count) {
  const start = Date.UTC(2023, 0, 1);
  const order = Array.from({ length: count }, (_, i) => (i * 7919) % count);
  const items = order.map(
    (i) => `
    <item>
      <title>SECON news item ${i}: social economy in the regions</title>
      <link>https://example.org/news/${i}</link>
      <guid>https://example.org/news/${i}</guid>
      <pubDate>${new Date(start + i * 3_600_000).toUTCString()}</pubDate>
      <category>European projects</category>
      <enclosure url="/bench/tmp/news/picture.svg" type="image/svg+xml" length="200" />
      <description>&lt;p&gt;The partners of &lt;strong&gt;SECON&lt;/strong&gt; met to discuss item ${i}.&lt;/p&gt;&lt;p&gt;A second paragraph with &lt;a href="/more/${i}"&gt;a link&lt;/a&gt; &amp;amp; an entity.&lt;/p&gt;</description>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Benchmark</title><link>https://example.org/</link><description>Generated</description>${items.join('')}
</channel></rss>`;
}

export async function run({ browser, baseUrl, stats }) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${dir}picture.svg`,
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="#9db4cc"/></svg>',
  );
  for (const size of SIZES) writeFileSync(`${dir}feed-${size}.xml`, rss(size));
  const rows = [];
  try {
    const measure = async (size, limit) => {
      const results = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`${baseUrl}/bench/pages/news-list.html`);
        results.push(
          await page.evaluate(
            ([src, n]) => window.measureNewsList(src, n),
            [`/bench/tmp/news/feed-${size}.xml`, limit],
          ),
        );
        await page.close();
      }
      const expected = Math.min(size, limit);
      if (results.some((r) => r.cards !== expected))
        throw new Error(`expected ${expected} cards, got ${results.map((r) => r.cards).join(', ')}`);
      return results;
    };
    for (const size of SIZES) {
      const results = await measure(size, 10);
      const label = `${size.toLocaleString('en')} items`;
      rows.push(
        {
          case: name,
          metric: `${label}, 10 shown: time to first render`,
          unit: 'ms',
          ...stats(results.map((r) => r.render)),
        },
        {
          case: name,
          metric: `${label}, 10 shown: parse + render after download`,
          unit: 'ms',
          ...stats(results.map((r) => r.afterDownload)),
        },
      );
    }
    const all = await measure(1000, 1000);
    rows.push(
      {
        case: name,
        metric: '1,000 items, all 1,000 shown: time to first render',
        unit: 'ms',
        ...stats(all.map((r) => r.render)),
      },
      {
        case: name,
        metric: '1,000 items, all 1,000 shown: rendered and laid out',
        unit: 'ms',
        ...stats(all.map((r) => r.layout)),
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
