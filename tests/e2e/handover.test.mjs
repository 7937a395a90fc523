// The person's widget is two builds (avenir-web's `handover`, issue 18): the first load has no
// results; the build with them is fetched once the first screen works, the same files for
// everyone, and takes over in the page's memory when the person reaches the results.
//
// The build with the results is held back, so that the handover is certain to happen where the
// test wants it (on a fast connection it has long arrived): on the results (the person got there
// first), or, prepared on the first move after it arrived, on the move after that. What the person did must all be there after it
// (answers, language, the choice to save, focus), and nothing may leave the device when it happens.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ftlText } from './cases.mjs';
import {
  APP_URL, AFTER_START, RESULTS_HEADING, answerValue, REVIEW_HEADING, WALK, axeViolations, currentHeading, failOnPageErrors, heading, launch, openApp,
  phoneContext, press, recordRequests, screenshot, walk,
} from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const RESULTS_BUILD = /\/pkg\/avenir_results_bg\.wasm$/;

/** A phone whose build with the results arrives only when the test calls `release()`. */
async function phoneWithResultsHeld(t, options = {}) {
  // No offline copy: its worker would fetch the build past the hold.
  const context = await phoneContext(browser, { serviceWorkers: 'block', ...options });
  t.after(() => context.close());
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(RESULTS_BUILD, async (route) => { await held; await route.continue(); });
  const requests = recordRequests(context);
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  return { context, page, errors, requests, release };
}

/** "Check your answers": each question's answer as shown. */
const reviewed = (page) => page.locator('.summary-row').evaluateAll((rows) => rows.map((r) => [
  r.querySelector('dt').textContent.trim(), r.querySelector('dd.answer').textContent.trim()]));

test('the build with the results takes over on the results with the answers, language, saving and focus, and no request', { timeout: 120_000 }, async (t) => {
  const { page, errors, requests, release } = await phoneWithResultsHeld(t);
  await openApp(page);
  // Every file the start fetches has been asked for (the build with the results is held).
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/content/results.bin')));
  for (let i = 0; !requests.some(({ url }) => RESULTS_BUILD.test(url)); i++) {
    assert.ok(i < 200, 'the build with the results was never asked for');
    await page.waitForTimeout(50);
  }
  const loaded = requests.length;

  await walk(page, WALK.slice(0, 3));
  await page.getByRole('button', { name: 'Save my answers on this phone' }).click();
  await page.getByText('Your answers are saved on this phone, and nowhere else.').waitFor();
  assert.equal(await walk(page, WALK.slice(3, -1)), REVIEW_HEADING);
  const answers = await reviewed(page);
  assert.ok(answers.length >= 10, `${answers.length} answers on "Check your answers"`);
  // Arabic, chosen on the last screen before the results: its texts are fetched now.
  await page.locator('#avenir-language').selectOption('ar');
  await page.locator('#avenir[lang="ar"] form.review').waitFor();

  // The results, in the first build: their heading, with the focus, and "Loading…".
  await page.locator('form.review button[type="submit"]').click();
  const preparing = page.locator('#avenir[lang="ar"] .preparing h1');
  await preparing.waitFor();
  assert.equal(await preparing.evaluate((h) => h === document.activeElement), true, 'the focus is not on the heading');
  assert.equal(await page.locator('.preparing [role="status"]').count(), 1);
  assert.equal(await page.locator('article.programme').count(), 0);
  await screenshot(page, 'handover-preparing-ar.png');
  assert.deepEqual(await axeViolations(page, 'results being prepared'), []);

  // The build with the results arrives and takes over: the same screen, in Arabic, the focus
  // on its heading, the answers still saved.
  const released = requests.length;
  release();
  await page.locator('#avenir[lang="ar"] article.programme').first().waitFor();
  assert.equal(await page.locator('.preparing').count(), 0);
  const h1 = heading(page);
  assert.equal(await h1.evaluate((h) => h === document.activeElement), true, 'the focus is not on the results\' heading');
  assert.equal(await page.locator('#avenir').getAttribute('dir'), 'rtl');
  assert.equal(await page.locator('.keep button.secondary:not(.delete)').count(), 0, '"save on this phone" is offered again');
  assert.equal((await page.locator('.keep p.saved').textContent()).trim(), 'إجاباتك محفوظة على هذا الهاتف، وليس في أي مكان آخر.');

  // Nothing was fetched for the handover: the Arabic texts came with the first build's memory.
  const late = requests.slice(loaded).filter(({ worker }) => !worker).map(({ url }) => new URL(url).pathname);
  assert.deepEqual(late.filter((path) => !path.includes('/texts/ar.')), [], 'requests after the first screen');
  assert.deepEqual(requests.slice(released).filter(({ worker }) => !worker).map(({ url }) => url), [], 'requests at the handover');

  // The answers are the same: back in English, "Change your answers" shows them as before.
  await page.locator('#avenir-language').selectOption('en');
  await heading(page).filter({ hasText: RESULTS_HEADING }).waitFor();
  assert.equal(await press(page, page.getByRole('button', { name: 'Change your answers' })), REVIEW_HEADING);
  assert.deepEqual(await reviewed(page), answers);
  // And the results build goes on: to the results again, at once.
  assert.equal(await press(page, page.locator('form.review button[type="submit"]')), RESULTS_HEADING);
  assert.equal(await currentHeading(page), RESULTS_HEADING);
  errors.assertNone();
});

test('once the build with the results is there, it is prepared on the next move and takes over on the one after: the results are then a screen change, never "Loading…"', { timeout: 120_000 }, async (t) => {
  const { page, errors, requests, release } = await phoneWithResultsHeld(t);
  await openApp(page);
  // "Loading…" on the results, if it ever appears, and the first build's asks.
  await page.evaluate(() => {
    window.seen = { preparing: 0, asks: [], prepared: 0 };
    new MutationObserver(() => { if (document.querySelector('.preparing')) window.seen.preparing += 1; })
      .observe(document.body, { childList: true, subtree: true });
    addEventListener('avenir-handover', () => window.seen.asks.push(document.querySelector('#avenir h1')?.textContent));
    addEventListener('avenir-prepared', () => { window.seen.prepared += 1; });
  });
  await walk(page, WALK.slice(0, 3));
  await page.getByRole('button', { name: 'Save my answers on this phone' }).click();
  await page.getByText('Your answers are saved on this phone, and nowhere else.').waitFor();
  await page.locator('#avenir-language').selectOption('ar');
  await page.locator('#avenir[lang="ar"] form.question').waitFor();
  const root = page.locator('#avenir-root');

  release();
  await page.waitForFunction(() => document.getElementById('avenir-root').hasAttribute('data-whole'));
  const released = requests.length;
  assert.deepEqual(await page.evaluate(() => window.seen.asks), [], 'asked without a move');
  // The next move: made by the first build, which tells it; the results build is prepared on
  // the new screen apart from the page.
  const first = await currentHeading(page);
  await page.locator('form.question input[type="radio"]').first().check();
  await page.locator('form.question button[type="submit"]').click();
  await page.waitForFunction((before) => document.querySelector('#avenir h1')?.textContent !== before, first);
  await page.waitForFunction(() => window.seen.prepared === 1);
  assert.equal(await root.getAttribute('data-handed'), null, 'taken over on the move that prepared it');
  assert.equal(await page.locator('#avenir').count(), 1, 'the prepared build is in the page');
  const second = await currentHeading(page);
  // The move after: made by the results build, on the next question, in Arabic, saved, focus
  // on the new heading.
  await page.locator('form.question input[type="radio"], form.question input[type="checkbox"]').first().check();
  await page.locator('form.question button[type="submit"]').click();
  await page.waitForFunction((before) => {
    const h = document.querySelector('#avenir h1');
    return h && h.textContent !== before && h === document.activeElement;
  }, second);
  assert.equal(await root.getAttribute('data-handed'), '', 'the results build did not take over');
  assert.deepEqual(await page.evaluate(() => window.seen.asks), [first, second]);
  assert.equal(await page.locator('#avenir').count(), 1);
  assert.equal(await page.locator('#avenir').getAttribute('lang'), 'ar');
  assert.equal((await page.locator('.keep p.saved').textContent()).trim(), 'إجاباتك محفوظة على هذا الهاتف، وليس في أي مكان آخر.');
  assert.deepEqual(requests.slice(released).filter(({ worker }) => !worker).map(({ url }) => url), [], 'requests at the handover');

  // Back twice: the answers given in the first build are there.
  await page.locator('#avenir-language').selectOption('en');
  await page.locator('#avenir[lang="en"] form.question').waitFor();
  // The rest of the walk, in English: the results come as a screen change.
  const rest = WALK.slice(6, -1);
  assert.equal(await walk(page, rest), REVIEW_HEADING);
  const answers = await reviewed(page);
  assert.equal(answers[2][1], 'My asylum application was refused, or I withdrew it', 'an answer given before the handover');
  assert.equal(await press(page, page.locator('form.review button[type="submit"]')), RESULTS_HEADING);
  await page.locator('article.programme').first().waitFor();
  assert.equal(await page.evaluate(() => window.seen.preparing), 0, '"Loading…" was shown on the results');
  assert.equal(await page.evaluate(() => window.seen.asks.length), 2, 'asked again after the handover');
  errors.assertNone();
});

test('in a browser that asks for another language, the results\' texts the first build only kept reach the results build: the results in that language, and no request at the handover', { timeout: 120_000 }, async (t) => {
  // The first build fetches texts/ar.bin and texts/ar.results.bin before it takes over the start
  // page, and keeps the second without reading it (it has no results): the results build,
  // held back until the results are on the screen, gets both from its memory.
  const { page, errors, requests, release } = await phoneWithResultsHeld(t, { locale: 'ar' });
  await page.goto(APP_URL);
  await page.locator('#avenir-root[data-running] #avenir[lang="ar"]').waitFor({ state: 'attached' });
  await press(page, page.locator('form.intro button[type="submit"]'));
  for (let i = 0; !(await page.locator('form.review').count()); i++) {
    assert.ok(i < 30, 'no "Check your answers" after 30 questions');
    await answerValue(page, 'prefer-not-to-say');
  }
  // The first build's results: their heading and "Loading…", until the results build is here.
  await page.locator('form.review button[type="submit"]').click();
  await page.locator('#avenir[lang="ar"] .preparing').waitFor();
  const released = requests.length;
  release();
  await page.locator('#avenir[lang="ar"] .results:not(.preparing)').waitFor();
  assert.equal(await page.locator('#avenir-root').getAttribute('data-handed'), '');
  const keys = ['ui-next-step', 'ui-needs', 'ui-contacts'];
  const text = await page.locator('#avenir .results').innerText();
  assert.deepEqual(keys.map((key) => ftlText('ar', key)).filter((t) => !text.includes(t)), [], 'results\' texts missing in Arabic');
  assert.deepEqual(keys.map((key) => ftlText('en', key)).filter((t) => text.includes(t)), [], 'results\' texts in English');
  const asked = requests.map(({ url }) => new URL(url).pathname).filter((path) => path.includes('/texts/'));
  assert.deepEqual(asked.map((path) => path.replace(/.*\/texts\//, '')).sort(), ['ar.bin', 'ar.results.bin'], 'each text file once');
  assert.deepEqual(requests.slice(released).filter(({ worker }) => !worker).map(({ url }) => new URL(url).pathname)
    .filter((path) => !/\/pkg\/avenir_results_bg\.wasm$/.test(path)), [], 'requests at the handover');
  errors.assertNone();
});

test('the files fetched once the widget runs are the same for everyone, whatever the answers', { timeout: 60_000 }, async (t) => {
  const context = await phoneContext(browser, { serviceWorkers: 'block' });
  t.after(() => context.close());
  const requests = recordRequests(context);
  const page = await context.newPage();
  await openApp(page);
  await page.waitForFunction((files) => files.every((file) => performance.getEntriesByType('resource')
    .some((entry) => entry.name.endsWith(`/${file}`))), AFTER_START);
  // Asked for before the person answered anything, by address alone (no query, no body).
  const after = requests.map(({ url, method }) => [method, new URL(url)])
    .filter(([, url]) => AFTER_START.some((file) => url.pathname.endsWith(`/${file}`)));
  assert.equal(after.length, AFTER_START.length);
  for (const [method, url] of after) {
    assert.equal(method, 'GET');
    assert.equal(url.search, '');
  }
});
