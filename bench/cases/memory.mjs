// `npm run bench` case: memory left behind by creating, connecting, rendering and removing
// each element 1,000 times (50 at a time, as bench/pages/elements.html sets them up), and
// of connecting and removing it in the same task, before it rendered ("removed early").
// On a fresh page per element: 100 warm-up cycles, then ROUNDS rounds of 1,000 cycles,
// each followed by a full garbage collection (CDP HeapProfiler.collectGarbage) and a
// reading of the JS heap (Runtime.getHeapUsage) and of the DOM counters
// (Memory.getDOMCounters: nodes, JS event listeners). An element that leaks grows the
// heap in every round by about the same amount, so the heap after 2,000 cycles is
// about twice the growth after 1,000; one that does not leak stays within noise. For
// scale: with removeEventListener disabled in the page, 1,000 cycles of <secon-subscribe>
// leave 3,000 listeners, 83,000 nodes and 3.3 MB of heap behind.
export const name = 'memory';

const ROUNDS = 4;
const CYCLES = 1000;

export async function run({ browser, baseUrl, stats }) {
  const rows = [];
  const probe = await browser.newPage();
  await probe.goto(`${baseUrl}/bench/pages/elements.html`);
  await probe.waitForFunction(() => window.TAGS && window.cycle);
  const tags = await probe.evaluate(() => window.TAGS);
  await probe.close();
  for (const tag of tags)
    for (const early of [false, true]) {
      const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      await page.goto(`${baseUrl}/bench/pages/elements.html`);
      await page.waitForFunction(() => window.cycle);
      const cdp = await page.context().newCDPSession(page);
      const read = async () => {
        // Twice: objects freed by the first collection's finalizers go in the second.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const heap = await cdp.send('Runtime.getHeapUsage');
        const dom = await cdp.send('Memory.getDOMCounters');
        return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
      };
      const cycle = (count) => page.evaluate(([t, n, e]) => window.cycle(t, n, 50, e), [tag, count, early]);
      await cycle(100);
      const readings = [await read()];
      for (let i = 0; i < ROUNDS; i++) {
        await cycle(CYCLES);
        readings.push(await read());
      }
      await cdp.detach();
      await page.close();
      const [before] = readings;
      const after = readings[readings.length - 1];
      const growth = readings.slice(1).map((r, i) => (r.heap - readings[i].heap) / 1024);
      const kB = (bytes) => Math.round(bytes / 1024);
      const label = `<${tag}>${early ? ' removed early:' : ''}`;
      const one = (metric, value, unit) => ({
        case: name,
        metric: `${label} ${metric}`,
        value,
        unit,
        spread: 0,
        runs: 1,
      });
      const total = (CYCLES * ROUNDS).toLocaleString('en');
      rows.push(
        one('JS heap before (after 100 warm-up cycles)', kB(before.heap), 'kB'),
        one(`JS heap after ${total} more cycles`, kB(after.heap), 'kB'),
        { case: name, metric: `${label} JS heap growth per 1,000 cycles`, unit: 'kB', ...stats(growth) },
        one('JS heap growth after 1,000 cycles', kB(readings[1].heap - before.heap), 'kB'),
        one('JS heap growth after 2,000 cycles', kB(readings[2].heap - before.heap), 'kB'),
        one(`DOM nodes after ${total} cycles (${before.nodes} before)`, after.nodes, 'nodes'),
        one(
          `JS event listeners after ${total} cycles (${before.listeners} before)`,
          after.listeners,
          'listeners',
        ),
      );
    }
  return rows;
}
