// `npm run bench` case: each element's time from document.createElement() to the first
// painted frame with its content (after updateComplete, then requestAnimationFrame and a
// task: frames come every 16.7 ms, so this figure moves in steps; the time until the
// content is rendered is given too). The news list's cards come from a
// five-item same-origin feed; the map's ten built-in partners placed). "First on a page"
// opens a fresh page per run, so the element's styles and templates are prepared for the
// first time, as on a visitor's first view; "another on the same page" repeats it on one page.
export const name = 'elements';

const RUNS = 7;

export async function run({ browser, baseUrl, stats }) {
  const rows = [];
  const open = async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${baseUrl}/bench/pages/elements.html`);
    await page.waitForFunction(() => window.TAGS && window.firstRender);
    return page;
  };
  const probe = await open();
  const tags = await probe.evaluate(() => window.TAGS);
  const row = (tag, what, results) => ({
    case: name,
    metric: `<${tag}> ${what}`,
    unit: 'ms',
    ...stats(results),
  });
  for (const tag of tags) {
    const first = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await open();
      first.push(await page.evaluate((t) => window.firstRender(t), tag));
      await page.close();
    }
    const again = [];
    await probe.evaluate((t) => window.firstRender(t), tag); // warm-up
    for (let i = 0; i < RUNS; i++) again.push(await probe.evaluate((t) => window.firstRender(t), tag));
    rows.push(
      row(
        tag,
        'creation to first painted frame, first on a page',
        first.map((r) => r.painted),
      ),
      row(
        tag,
        'creation to content rendered (before paint), first on a page',
        first.map((r) => r.rendered),
      ),
      row(
        tag,
        'creation to first painted frame, another on the same page',
        again.map((r) => r.painted),
      ),
      row(
        tag,
        'creation to content rendered (before paint), another on the same page',
        again.map((r) => r.rendered),
      ),
    );
  }
  await probe.close();
  return rows;
}
