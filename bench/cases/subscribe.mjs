// `npm run bench` case: <secon-subscribe>'s input-to-feedback latency, with real key
// presses (playwright's page.keyboard, through Chromium's input pipeline), timed from
// the keydown's timestamp in the page:
// - Enter on an invalid form (malformed address, consent not ticked) until the error
//   summary is shown and focused, and to the next frame;
// - Enter on a valid form until the success message is shown and focused, the request
//   to the bench server's POST /bench/subscribe (which answers at once) included;
// - a key typed in the email field while its error is shown, to the next frame. The
//   element does not re-check while one types: the error stays until the next submit.
// And, for each, the INP-style figure: the longest Event Timing duration of the
// interaction's events (the API reports 16 ms or more; shorter ones count as 16).
export const name = 'subscribe';

const RUNS = 9;

export async function run({ browser, baseUrl, stats }) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`${baseUrl}/bench/pages/subscribe.html`);
  await page.waitForFunction(() => window.setup && window.afterKey);
  const email = 'secon-subscribe #email';

  /** Presses `key` in the focused field; returns the page's timing and the Event Timing figure. */
  const press = async (key, wait) => {
    await page.evaluate(() => window.interactions.clear());
    // Listens before the key is sent, then waits for what the page measured.
    await page.evaluate(wait);
    await page.keyboard.press(key);
    const result = await page.evaluate(() =>
      Promise.race([
        window.pending,
        new Promise((_, reject) => setTimeout(() => reject(new Error('no feedback within 10 s')), 10000)),
      ]),
    );
    await page.waitForTimeout(100); // Event Timing entries arrive after the frame
    const inp = await page.evaluate(() => Math.max(16, ...window.interactions.values()));
    return { ...result, inp };
  };

  const invalid = [];
  const valid = [];
  const typing = [];
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(() => window.setup());
    await page.fill(email, 'not-an-email');
    await page.focus(email);
    invalid.push(await press('Enter', () => void (window.pending = window.afterKey('[part=error-summary]'))));
    // Back in the field with its error shown: one more character.
    await page.focus(email);
    await page.keyboard.press('End');
    typing.push(await press('x', () => void (window.pending = window.afterTyping())));

    await page.evaluate(() => window.setup());
    await page.fill(email, `person${i}@example.org`);
    await page.check('secon-subscribe #consent');
    await page.focus(email);
    valid.push(await press('Enter', () => void (window.pending = window.afterKey('[part=success]'))));
  }
  await page.close();

  const row = (metric, values) => ({ case: name, metric, unit: 'ms', ...stats(values) });
  const stays = typing.every((t) => t.errorShown);
  return [
    row(
      'invalid submit (Enter): key to error summary shown and focused',
      invalid.map((r) => r.shown),
    ),
    row(
      'invalid submit (Enter): key to next frame with the errors',
      invalid.map((r) => r.painted),
    ),
    row(
      'invalid submit (Enter): Event Timing, longest event of the interaction',
      invalid.map((r) => r.inp),
    ),
    row(
      'valid submit (Enter): key to success message shown and focused',
      valid.map((r) => r.shown),
    ),
    row(
      'valid submit (Enter): key to next frame with the success message',
      valid.map((r) => r.painted),
    ),
    row(
      'valid submit (Enter): Event Timing, longest event of the interaction',
      valid.map((r) => r.inp),
    ),
    row(
      `typing in the email field after an error: key to next frame (the error ${stays ? 'stays until the next submit' : 'updates while typing'})`,
      typing.map((r) => r.painted),
    ),
    row(
      'typing in the email field after an error: Event Timing, longest event',
      typing.map((r) => r.inp),
    ),
  ];
}
