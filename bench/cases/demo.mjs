// `npm run bench` case: the demo page (demo/index.html), served by the demo server
// (scripts/serve-demo.mjs, started here on a free port) the way `npm start` serves it.
// Each load is a first visit (fresh browser context, empty cache) and measures:
//
// - all rendered: ms from navigation start to the first animation frame in which every
//   secon element on the page (the news list's cards included) has rendered with no
//   update pending (Lit's `hasUpdated && !isUpdatePending`, i.e. its `updateComplete`
//   has resolved), the news list shows its feed (cards in, fallback hidden) and the
//   partner map has drawn its countries and its markers;
// - cumulative layout shift: `layout-shift` entries (observer with `buffered: true`,
//   registered before the page's first script), leaving out shifts after input as CLS
//   does, grouped in session windows (gap < 1 s, window ≤ 5 s); the largest window is
//   the CLS. Observed until the page has settled: everything rendered, every image
//   loaded, then 1 s without a new shift or long task;
// - long tasks: `longtask` entries over the same time, how many and the longest;
// - longest task in CPU time: on a machine whose CPUs are shared, a task's wall time also
//   counts the time the page's thread waited for a CPU, so separate loads of the desktop
//   form are traced (Chromium's trace, `RunTask` events of the page's main thread) and the
//   thread time of the longest task is reported too: what the page itself costs.
//
// Two forms: a desktop (1350×940, as Lighthouse's desktop configuration) and a phone
// as Lighthouse's default mobile emulation (Moto G Power: 412×823 CSS px at a device
// pixel ratio of 1.75, touch, mobile viewport) with the CPU slowed down 4× through the
// DevTools protocol. The network is not throttled (the server is on 127.0.0.1). A third
// form loads the desktop page in a viewport 6,000 px tall, so that the elements far
// down the page are in view while they render: any shift of theirs counts there.
import { startDemoServer } from '../../scripts/serve-demo.mjs';

export const name = 'demo';

const RUNS = 7;
const FORMS = [
  { label: 'desktop 1350×940', viewport: { width: 1350, height: 940 }, trace: true },
  {
    label: 'phone 412×823, 4× CPU slowdown',
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    cpu: 4,
  },
  { label: 'desktop, whole page in view (1350×6000)', viewport: { width: 1350, height: 6000 } },
];

/** Installed before any script of the page: collects shifts and long tasks from the start. */
function observe() {
  const shifts = [];
  const longTasks = [];
  let last = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      last = performance.now();
      if (!e.hadRecentInput) shifts.push({ t: e.startTime, value: e.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      last = performance.now();
      longTasks.push({ t: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'longtask', buffered: true });

  const TAGS = 'secon-skip-links, secon-news-card, secon-news-list, secon-subscribe, secon-partner-map';
  const done = (el) => el.hasUpdated === true && el.isUpdatePending === false;
  function rendered() {
    const elements = [...document.querySelectorAll(TAGS)];
    const list = document.querySelector('secon-news-list');
    const map = document.querySelector('secon-partner-map');
    if (!list?.shadowRoot || !map?.shadowRoot) return false;
    const cards = [...list.shadowRoot.querySelectorAll('secon-news-card')];
    const fallback = list.shadowRoot.querySelector('[part~="fallback"]');
    return (
      elements.length >= 5 &&
      [...elements, ...cards].every(done) &&
      cards.length > 0 &&
      fallback?.hidden === true &&
      map.shadowRoot.querySelector('svg path') !== null &&
      map.shadowRoot.querySelector('.marker') !== null
    );
  }

  window.__demoBench = new Promise((resolve) => {
    const frame = () => {
      if (!rendered()) return requestAnimationFrame(frame);
      const allRendered = performance.now();
      // Settled: every image loaded, then a second with no new shift or long task.
      const settle = () => {
        const images = [...document.images].every((img) => img.complete);
        if (!images || performance.now() - Math.max(last, allRendered) < 1000) return setTimeout(settle, 100);
        resolve({ allRendered, shifts, longTasks, elements: document.querySelectorAll(TAGS).length });
      };
      settle();
    };
    requestAnimationFrame(frame);
  });
}

/** CLS as browsers report it: the largest session window of shifts. */
export function cumulativeLayoutShift(shifts) {
  let best = 0;
  let sum = 0;
  let first = -Infinity;
  let previous = -Infinity;
  for (const { t, value } of [...shifts].sort((a, b) => a.t - b.t)) {
    if (t - previous < 1000 && t - first < 5000) sum += value;
    else {
      sum = value;
      first = t;
    }
    previous = t;
    best = Math.max(best, sum);
  }
  return best;
}

/** The CPU time of the page's longest main-thread task in a Chromium trace, in ms. */
function longestTaskCpu(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const parsers = new Set(events.filter((e) => e.name === 'ParseHTML').map((e) => `${e.pid}:${e.tid}`));
  let longest = 0;
  for (const e of events) {
    if (e.name === 'RunTask' && e.ph === 'X' && parsers.has(`${e.pid}:${e.tid}`) && e.tdur !== undefined) {
      longest = Math.max(longest, e.tdur / 1000);
    }
  }
  return longest;
}

async function load(browser, url, form, trace = false) {
  const { cpu, viewport, deviceScaleFactor, isMobile, hasTouch } = form;
  const options = { viewport, deviceScaleFactor, isMobile, hasTouch };
  const page = await browser.newPage(options);
  try {
    if (cpu) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    }
    await page.addInitScript(observe);
    if (trace) {
      const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
      await browser.startTracing(page, { categories });
    }
    await page.goto(url);
    const result = await page.evaluate(() => window.__demoBench);
    if (trace) return { longestCpu: longestTaskCpu(await browser.stopTracing()) };
    return {
      allRendered: result.allRendered,
      cls: cumulativeLayoutShift(result.shifts),
      shifts: result.shifts.length,
      longTasks: result.longTasks.length,
      longest: Math.max(0, ...result.longTasks.map((t) => t.duration)),
    };
  } finally {
    await page.close();
  }
}

export async function run({ browser, stats }) {
  const server = await startDemoServer(0, '127.0.0.1');
  const url = `http://127.0.0.1:${server.address().port}/`;
  const rows = [];
  try {
    await load(browser, url, FORMS[0]); // warm-up: the server's first answers and Chromium's caches
    for (const form of FORMS) {
      const results = [];
      for (let i = 0; i < RUNS; i++) results.push(await load(browser, url, form));
      const row = (metric, unit, key) => ({
        case: name,
        metric: `${form.label}: ${metric}`,
        unit,
        ...stats(results.map((r) => r[key])),
      });
      rows.push(
        row('all elements rendered', 'ms', 'allRendered'),
        row('cumulative layout shift', 'CLS', 'cls'),
        row('layout shifts', 'count', 'shifts'),
        row('long tasks', 'count', 'longTasks'),
        row('longest task', 'ms', 'longest'),
      );
      if (form.trace) {
        const traced = [];
        for (let i = 0; i < RUNS; i++) traced.push(await load(browser, url, form, true));
        rows.push({
          case: name,
          metric: `${form.label}: longest task, main-thread CPU time (traced loads)`,
          unit: 'ms',
          ...stats(traced.map((r) => r.longestCpu)),
        });
      }
    }
  } finally {
    server.close();
  }
  return rows;
}
