// Counsellor mode: a person shows their answers as a code on their phone; a counsellor opens
// `#counsellor` on another device, types the code and sees the same answers and results, with
// each criterion's value and the answers it read. Nothing is sent in either direction.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  APP_URL, RESULTS_HEADING, REVIEW_HEADING, SEE_RESULTS, WALK, WORKER_URL, answer, axeViolations, currentHeading,
  failOnPageErrors, heading, launch, newPhone, openApp, overflowing, phoneContext, recordRequests, screenshot, walk,
} from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Requests made by the page itself (not the offline copy's worker) after `since`. */
const lateRequests = (requests, since) => requests.slice(since)
  .filter(({ worker, url }) => !worker && url !== WORKER_URL).map(({ url }) => url);

/** Programme name → likelihood, as shown. */
const programmes = (page) => page.locator('article.programme').evaluateAll((articles) => Object.fromEntries(
  articles.map((a) => [a.querySelector('h3').textContent.trim(), a.dataset.likelihood])));

test('the code from the phone shows the same answers and results in the counsellor view', { timeout: 120_000 }, async (t) => {
  // The person's phone.
  const phone = await phoneContext(browser);
  t.after(() => phone.close());
  const page = await phone.newPage();
  const errors = failOnPageErrors(page);
  const requests = recordRequests(phone);
  await openApp(page);
  const loaded = requests.length;
  assert.equal(await walk(page, WALK.slice(0, -1)), REVIEW_HEADING);
  const given = await page.locator('.summary-row').evaluateAll((rows) => Object.fromEntries(
    rows.map((r) => [r.querySelector('dt').textContent.trim(), r.querySelector('dd.answer').textContent.trim()])));
  assert.equal(await answer(page, SEE_RESULTS), RESULTS_HEADING);
  const results = await programmes(page);
  assert.ok(Object.keys(results).length > 0);

  // The code appears only when asked for.
  assert.equal(await page.locator('.handoff .code').count(), 0, 'the code is shown before the person asked');
  const show = page.getByRole('button', { name: 'Show my answers to a counsellor' });
  await show.click();
  assert.equal(await show.getAttribute('aria-expanded'), 'true');
  await page.getByText('Show this code to a counsellor. It contains your answers; it is not sent anywhere.').waitFor();
  const shown = page.locator('.handoff p.code');
  assert.equal(await shown.getAttribute('translate'), 'no');
  const code = (await shown.locator('span').allTextContents()).join('-');
  assert.match(code, /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  await screenshot(page, 'counsellor-code.png');
  await page.waitForTimeout(300);
  assert.deepEqual(lateRequests(requests, loaded), [], 'the phone made a request after it loaded');
  errors.assertNone();

  // The counsellor's computer.
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  t.after(() => desk.close());
  const view = await desk.newPage();
  const deskErrors = failOnPageErrors(view);
  const deskRequests = recordRequests(desk);
  await view.goto(`${APP_URL}#counsellor`);
  await heading(view).waitFor();
  assert.equal(await currentHeading(view), 'Counsellor view');
  const deskLoaded = deskRequests.length;
  const field = view.getByLabel('Code from the person’s phone');

  // A typo: the check catches it, and no answer appears.
  const typo = code.slice(0, 5) + (code[5] === '7' ? '8' : '7') + code.slice(6);
  await field.fill(typo);
  await view.getByRole('button', { name: 'Read the code' }).click();
  await view.getByRole('alert').filter({ hasText: 'Check the code: a character is wrong or missing.' }).waitFor();
  assert.equal(await view.locator('.print-answer').filter({ hasNotText: 'Not answered' }).count(), 0);

  // The code as read aloud, in lower case with spaces.
  await field.fill(code.toLowerCase().replaceAll('-', ' '));
  await field.press('Enter');
  await view.locator('.code-form .error-message').waitFor({ state: 'detached' });
  const read = await view.locator('fieldset.cq:not([disabled])').evaluateAll((sets) => Object.fromEntries(
    sets.map((f) => [f.querySelector('legend').textContent.trim(), f.querySelector('.print-answer').textContent.trim()])));
  assert.deepEqual(read, given, 'the counsellor sees other answers');
  assert.deepEqual(await programmes(view), results, 'the counsellor sees other results');

  // Each criterion's value in words, the answers it read and its sources.
  const first = view.locator('article.programme').first();
  assert.match(await first.locator('.reason .value').first().textContent(), /^(Fits|Does not fit|Not known yet):/);
  await first.getByText('From the answer to:').first().waitFor();
  await first.locator('.reason .sources').first().waitFor();

  // Answers can be changed there, and the results follow.
  await view.locator('fieldset[data-question="travel_document"]').getByLabel('Yes', { exact: true }).check();
  await view.locator('fieldset[data-question="travel_document"] .print-answer', { hasText: 'Yes' }).waitFor({ state: 'attached' });

  await screenshot(view, 'counsellor-view.png', { fullPage: true });
  assert.deepEqual(await axeViolations(view, 'counsellor view'), []);
  await view.waitForTimeout(300);
  assert.deepEqual(lateRequests(deskRequests, deskLoaded), [], 'the counsellor view made a request after it loaded');
  deskErrors.assertNone();
});

test('the start page links to the counsellor view, and Back returns', async (t) => {
  const { page, errors } = await newPhone(browser, t);
  await openApp(page, { intro: true });
  await page.getByRole('link', { name: 'For counsellors' }).click();
  await heading(page).filter({ hasText: 'Counsellor view' }).waitFor();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await heading(page).filter({ hasText: 'Thinking about returning to your country?' }).waitFor();
  errors.assertNone();
});

test('the counsellor view fits a 360 px phone too (WCAG 1.4.10)', async (t) => {
  const { page, errors } = await newPhone(browser, t);
  await page.goto(`${APP_URL}#counsellor`);
  await page.locator('.cq').first().waitFor();
  assert.deepEqual(await overflowing(page, 'counsellor view'), []);
  // Every question's options sit below its text, not beside it.
  const beside = await page.locator('.cq').evaluateAll((sets) => sets.filter((set) => {
    const legend = set.querySelector('legend').getBoundingClientRect();
    const options = set.querySelector('.options')?.getBoundingClientRect();
    return options && options.top < legend.bottom - 1;
  }).map((set) => set.dataset.question));
  assert.deepEqual(beside, []);
  errors.assertNone();
});
