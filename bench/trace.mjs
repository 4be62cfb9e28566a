// Main-thread work of one render in headless Chromium, read from a performance trace.
//
// Headless Chromium begins a frame every 16.7 ms however little work there is, so the
// wall time from creating something to the frame that shows it comes in steps of a
// frame: two renders that both fit in one frame read the same. The renderer's main
// thread, though, is busy only while it runs a task (script, style, layout, paint,
// commit) and idle while it waits for the next frame. `mainThreadWork()` adds up that busy
// time:
//
//   const { work, wall, breakdown } = await mainThreadWork(
//     page,
//     (n) => makeSomething(n),            // in the page, right after mark 'bench-start'
//     (thing, n) => thing.isComplete(),   // in the page, before and after each frame
//     1000,                               // the argument of both
//   );
//
// - `start(arg)` runs in the page right after `performance.mark('bench-start')`, once the
//   page has rendered two quiet frames. It creates the content; what it leaves to later
//   tasks counts as long as it runs before the end of the window.
// - `done(value, arg, frames)` tells whether the page shows the content (`value` is what
//   `start` returned, `frames` counts the frames from 1). It runs in each animation frame
//   callback, before the frame's style, layout and paint: true there ('bench-done') means
//   that frame is the first to show the content. When false, it runs again in the first
//   task after the frame (a user-blocking scheduler task, ahead of the page's timers):
//   true there ('bench-seen') means the content came while that frame rendered (as from
//   a ResizeObserver) if no script ran between the frame and the check, and the window
//   ends with that frame; if some script did, with the next frame.
// - The window ends when the main thread has finished that frame: the end of the task
//   that ran its animation frame callbacks, style, layout, paint and commit.
// - `start` and `done` are written as arrow functions or `function` expressions that use
//   nothing from around them (their source text is sent to the page, as page.evaluate does).
//
// It returns, in ms:
// - `work`: the time the main thread spent in tasks between 'bench-start' and the end of
//   that frame, each top-level task counted once however many trace events nest in it,
//   clipped to the window, without the time spent in `done` itself;
// - `wall`: the window's length;
// - `breakdown`: `work` by kind, `{ script, style, layout, paint, other }`: each instant
//   counts for the innermost trace event of a known kind around it (a layout forced by
//   script is layout), `other` for the rest of a task (scheduling, IPC, parsing, hit
//   tests…);
// - `checked`: the time spent in `done`, left out of `work`;
// - `frames`: the number of frames painted in the window (the last one shows the content).
//
// Tracing is browser-wide and one trace at a time: measure one page at a time.

/** Trace categories: top-level tasks, the DevTools timeline's events, user timing marks, V8's execution. */
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
];

/** Events that are one task of the main thread's scheduler (nested ones count once). */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

const SCRIPT = new Set([
  'EvaluateScript',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
  'FunctionCall',
  'MajorGC',
  'MinorGC',
  'RunMicrotasks',
  'TimerFire',
  'XHRLoad',
  'XHRReadyStateChange',
]);
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet']);
const LAYOUT = new Set(['Layout']);
const PAINT = new Set([
  'PrePaint',
  'Paint',
  'PaintImage',
  'PaintSetup',
  'Layerize',
  'Commit',
  'UpdateLayer',
  'UpdateLayerTree',
  'CompositeLayers',
  'Decode Image',
]);
/** Events that show a frame's rendering ran in the task that holds them. */
const RENDERING = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit']);

/** The kind of work of a trace event, or undefined when it takes its parent's. */
function kind(event) {
  const { name } = event;
  if (SCRIPT.has(name) || /^v8\./i.test(name)) return 'script';
  if (STYLE.has(name)) return 'style';
  if (LAYOUT.has(name)) return 'layout';
  if (PAINT.has(name)) return 'paint';
  return undefined;
}

/**
 * What runs in the page: the marks, `start`, then `done` before and after each frame.
 * With `load`, it runs as the page's document is created: the window starts at once and
 * `start` is not called (the page makes its content as it loads).
 */
async function harness([startSource, doneSource, arg, load]) {
  const start = (0, eval)(`(${startSource})`);
  const done = (0, eval)(`(${doneSource})`);
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  // The first task after the current one, ahead of timers the page has queued.
  const next = (task) =>
    globalThis.scheduler?.postTask
      ? globalThis.scheduler.postTask(task, { priority: 'user-blocking' })
      : setTimeout(task);
  if (!load) {
    await frame();
    await frame();
  }
  performance.mark('bench-start');
  const value = load ? undefined : start(arg);
  let frames = 0;
  await new Promise((resolve, reject) => {
    /** Runs done() between marks; on true, marks `mark` and ends. */
    const check = (mark) => {
      performance.mark('bench-check');
      let ok;
      try {
        ok = done(value, arg, frames);
      } catch (error) {
        reject(error);
        return true;
      }
      performance.mark('bench-checked');
      if (ok) {
        performance.mark(mark);
        resolve();
      }
      return ok;
    };
    const beforeFrame = () => {
      frames++;
      if (check('bench-done')) return;
      if (frames >= 120) reject(new Error('mainThreadWork: done() was still false after 120 frames'));
      else next(afterFrame);
    };
    const afterFrame = () => check('bench-seen') || requestAnimationFrame(beforeFrame);
    requestAnimationFrame(beforeFrame);
  });
  // Lets the frame that shows the content (or, after 'bench-seen', the next one) end
  // before the trace stops.
  await frame();
  await frame();
  for (const name of ['bench-start', 'bench-check', 'bench-checked', 'bench-done', 'bench-seen'])
    performance.clearMarks(name);
}

/**
 * Main-thread work and wall time from `start` to the end of the first frame painted
 * after `done` is true: see the top of this file.
 * @param {import('playwright-core').Page} page a Chromium page, in front
 * @param {(arg: any) => any} start runs in the page: creates the content
 * @param {(value: any, arg: any, frames: number) => boolean} done runs in the page, once per frame
 * @param {any} [arg] serializable, given to both
 * @returns {Promise<{ work: number, wall: number, breakdown: Record<string, number>, checked: number, frames: number }>}
 */
export async function mainThreadWork(page, start, done, arg) {
  const browser = page.context().browser();
  await browser.startTracing(page, { categories: CATEGORIES });
  let trace;
  try {
    await page.evaluate(harness, [start.toString(), done.toString(), arg]);
  } finally {
    trace = await browser.stopTracing();
  }
  return analyse(JSON.parse(trace.toString('utf8')).traceEvents);
}

/**
 * Main-thread work and wall time of loading `url` in `page`, from the creation of its
 * document to the end of the first frame painted after `done` is true: the same measure
 * as mainThreadWork(), with the page's own loading (parsing, script evaluation, styles)
 * as `start`. `done(undefined, arg, frames)` runs in the page as mainThreadWork()'s does;
 * it must be false until the page's scripts have made the content. Use a new page (and
 * context) per load, so that nothing is cached from an earlier one.
 * @param {import('playwright-core').Page} page a new Chromium page, in front
 * @param {string} url
 * @param {(value: undefined, arg: any, frames: number) => boolean} done
 * @param {any} [arg]
 */
export async function loadWork(page, url, done, arg) {
  const browser = page.context().browser();
  await page.addInitScript(
    `window.__benchLoad = (${harness})(${JSON.stringify(['() => {}', done.toString(), arg, true])});`,
  );
  await browser.startTracing(page, { categories: CATEGORIES });
  let trace;
  try {
    await page.goto(url);
    await page.evaluate(() => window.__benchLoad);
  } finally {
    trace = await browser.stopTracing();
  }
  return analyse(JSON.parse(trace.toString('utf8')).traceEvents);
}

/** Length of [from, to] inside [lo, hi] and outside the `gaps` (sorted, disjoint). */
function clipped(from, to, lo, hi, gaps) {
  const a = Math.max(from, lo);
  const b = Math.min(to, hi);
  if (b <= a) return 0;
  let length = b - a;
  for (const [x, y] of gaps) length -= Math.max(0, Math.min(b, y) - Math.max(a, x));
  return length;
}

/** `{ work, wall, breakdown, checked, frames }` from a trace's events (timestamps in µs). */
export function analyse(traceEvents) {
  const marks = traceEvents.filter(
    (e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('bench-'),
  );
  const startMark = marks.find((e) => e.name === 'bench-start');
  const doneMark = marks.find((e) => e.name === 'bench-done' || e.name === 'bench-seen');
  if (!startMark || !doneMark)
    throw new Error('mainThreadWork: the trace has no bench-start or bench-done mark');
  const onMain = (e) => e.pid === startMark.pid && e.tid === startMark.tid;

  // Complete events of the page's main thread, begin/end pairs made complete.
  const events = [];
  const open = [];
  for (const e of traceEvents) {
    if (!onMain(e)) continue;
    if (e.ph === 'X') events.push({ name: e.name, cat: e.cat, ts: e.ts, end: e.ts + (e.dur ?? 0) });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const i = open.findLastIndex((b) => b.name === e.name);
      if (i >= 0) events.push({ name: e.name, cat: e.cat, ts: open.splice(i, 1)[0].ts, end: e.ts });
    }
  }
  // Parents before their children: by start, the longer first.
  events.sort((a, b) => a.ts - b.ts || b.end - a.end);
  const roots = [];
  const stack = [];
  for (const e of events) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    e.children = [];
    const parent = stack[stack.length - 1];
    if (parent) {
      e.end = Math.min(e.end, parent.end);
      parent.children.push(e);
    } else roots.push(e);
    stack.push(e);
  }
  const isTask = (e) => TASKS.has(e.name) || e.cat?.split(',').includes('toplevel');
  const tasks = roots.filter(isTask);

  // The window: from 'bench-start' to the end of the first frame painted after done()
  // became true.
  const holding = (ts) => tasks.find((t) => t.ts <= ts && ts <= t.end);
  const renders = (e, from = -Infinity) =>
    (RENDERING.has(e.name) && e.ts >= from) || e.children.some((c) => renders(c, from));
  const runsScript = (e) => kind(e) === 'script' || e.children.some(runsScript);
  let frameTask;
  const doneTask = holding(doneMark.ts);
  if (!doneTask) throw new Error(`mainThreadWork: no main-thread task holds the ${doneMark.name} mark`);
  if (doneMark.name === 'bench-done') {
    // Seen in an animation frame callback: the frame whose style, layout and paint follow.
    if (!renders(doneTask, doneMark.ts))
      throw new Error('mainThreadWork: the task that marked bench-done rendered no frame after it');
    frameTask = doneTask;
  } else {
    // Seen in the first task after a frame, and not in that frame's animation frame
    // callback: the content came during that frame's rendering (as from a ResizeObserver)
    // if no script ran between the frame and the check; else the next frame shows it.
    const before = tasks.filter((t) => t.end <= doneTask.ts && t.ts >= startMark.ts);
    const frame = before.findLast((t) => renders(t));
    const between = before.filter((t) => frame && t.ts >= frame.end);
    frameTask =
      frame && !between.some(runsScript) ? frame : tasks.find((t) => t.ts >= doneTask.end && renders(t));
    if (!frameTask) throw new Error('mainThreadWork: no frame was painted after bench-seen');
  }
  const lo = startMark.ts;
  const hi = frameTask.end;

  // Time spent in done(): between each 'bench-check' and the next 'bench-checked'.
  const gaps = [];
  const sorted = marks.filter(onMain).sort((a, b) => a.ts - b.ts);
  sorted.forEach((m, i) => {
    const next = sorted[i + 1];
    if (m.name === 'bench-check' && next?.name === 'bench-checked') gaps.push([m.ts, next.ts]);
  });
  const checked = gaps.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, hi) - Math.max(a, lo)), 0);

  const breakdown = { script: 0, style: 0, layout: 0, paint: 0, other: 0 };
  const walk = (e, inherited) => {
    const own = kind(e) ?? inherited;
    let self = clipped(e.ts, e.end, lo, hi, gaps);
    for (const child of e.children) {
      self -= clipped(child.ts, child.end, lo, hi, gaps);
      walk(child, own);
    }
    breakdown[own] += Math.max(0, self);
  };
  for (const task of tasks) if (task.end > lo && task.ts < hi) walk(task, 'other');

  const ms = (us) => us / 1000;
  for (const key of Object.keys(breakdown)) breakdown[key] = ms(breakdown[key]);
  const work = Object.values(breakdown).reduce((a, b) => a + b, 0);
  const frames = tasks.filter((t) => t.end > lo && t.end <= hi && renders(t)).length;
  return { work, wall: ms(hi - lo), breakdown, checked: ms(checked), frames };
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/**
 * Checks the measure on a blank page: 30 ms of script then a frame must read about 30 ms
 * of work in at least 30 ms; three idle frames must read next to no work in about 50 ms;
 * content that a ResizeObserver adds while the first frame renders must end the window
 * with that frame, before a timer's 20 ms of script. Throws when one is off; returns the
 * three runs of each, `{ busy, idle, resize }`.
 * @param {import('playwright-core').Browser} browser
 */
export async function selfCheck(browser) {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><title>self-check</title><p id="text">ready</p>');
    const runs = async (start, done) => {
      const results = [];
      for (let i = 0; i < 3; i++) results.push(await mainThreadWork(page, start, done));
      return results;
    };
    const busyRuns = await runs(
      () => {
        const t = performance.now();
        while (performance.now() - t < 30);
        document.getElementById('text').textContent = 'changed';
      },
      () => true,
    );
    const idleRuns = await runs(
      () => {},
      (_value, _arg, frames) => frames >= 3,
    );
    // Content that a ResizeObserver adds while the first frame renders, then 20 ms of
    // script in a timer after that frame, which the window must leave out.
    const resizeRuns = await runs(
      () => {
        const box = document.createElement('div');
        box.style.height = '10px';
        new ResizeObserver((_entries, observer) => {
          observer.disconnect();
          box.textContent = 'shown';
          setTimeout(() => {
            const t = performance.now();
            while (performance.now() - t < 20);
          });
        }).observe(box);
        document.body.append(box);
        return box;
      },
      (box) => box.textContent === 'shown',
    );
    const busy = {
      work: median(busyRuns.map((r) => r.work)),
      wall: median(busyRuns.map((r) => r.wall)),
    };
    const idle = {
      work: median(idleRuns.map((r) => r.work)),
      wall: median(idleRuns.map((r) => r.wall)),
    };
    const problems = [];
    if (busy.work < 30 || busy.work > 42)
      problems.push(`30 ms of script read ${busy.work.toFixed(1)} ms of work`);
    if (busy.wall < 30 || busy.wall > 30 + 2 * 16.7)
      problems.push(`and ${busy.wall.toFixed(1)} ms of wall time`);
    if (busy.work > busy.wall) problems.push('more work than wall time');
    // The harness's own callbacks in each frame cost a millisecond or two on a slow machine.
    if (idle.work > 6) problems.push(`three idle frames read ${idle.work.toFixed(1)} ms of work`);
    if (idle.wall < 2 * 16.7 || idle.wall > 4 * 16.7)
      problems.push(`three idle frames took ${idle.wall.toFixed(1)} ms of wall time`);
    const resize = {
      work: median(resizeRuns.map((r) => r.work)),
      wall: median(resizeRuns.map((r) => r.wall)),
      frames: median(resizeRuns.map((r) => r.frames)),
    };
    if (resize.frames !== 1 || resize.work > 10)
      problems.push(
        `content added while the first frame rendered read ${resize.work.toFixed(1)} ms of work over ${resize.frames} frames`,
      );
    if (problems.length) throw new Error(`mainThreadWork self-check: ${problems.join('; ')}`);
    return { busy: busyRuns, idle: idleRuns, resize: resizeRuns };
  } finally {
    await page.close();
  }
}
