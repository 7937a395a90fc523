// Offline, saving only when asked, and "delete everything".
//
// - After the first visit the widget opens and works with the network off (its service worker
//   keeps a versioned copy of its own files, and a language's texts once chosen); a new version
//   replaces the old copy.
// - Nothing is stored until the person presses "Save my answers on this phone"; then the answers
//   survive a reload, and the start page offers to continue without showing them first.
// - "Delete everything" leaves nothing: no web storage, no cache, no service worker.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  APP_URL, Q, RESULTS_HEADING, REVIEW_HEADING, WALK, WORKER_URL, answer, assertNoStorage, assertNothingStored, axeViolations,
  currentHeading, deviceStorage, failOnPageErrors, newPhone, heading, launch, offlineReady, openApp, phoneContext, press, recordRequests,
} from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const phone = (t) => newPhone(browser, t);

const START_HEADING = 'Thinking about returning to your country?';
const saveButton = (page) => page.getByRole('button', { name: 'Save my answers on this phone' });
const deleteButton = (page) => page.getByRole('button', { name: 'Delete everything' });

test('after the first visit it opens and works with the network off, in the language chosen before', { timeout: 90_000 }, async (t) => {
  const { context, page, errors } = await phone(t);
  await openApp(page, { intro: true });
  await offlineReady(page);
  // Arabic, chosen once while online, is kept for offline use too.
  await page.locator('#avenir-language').selectOption('ar');
  await page.locator('#avenir[lang="ar"]').waitFor();
  await context.setOffline(true);
  const requests = recordRequests(context);
  await page.reload();
  await heading(page).waitFor();
  assert.equal(await currentHeading(page), START_HEADING, 'the widget did not open offline');
  // Every request was answered by the offline copy.
  const fromNetwork = requests.filter(({ worker }) => worker);
  assert.deepEqual(fromNetwork.map(({ url }) => url), [], 'the offline copy went to the network');
  await page.locator('#avenir-language').selectOption('ar');
  await page.locator('#avenir[lang="ar"]').waitFor();
  assert.equal(await page.locator('.draft-note[role="status"]').count(), 0, 'Arabic could not be loaded offline');
  await page.locator('#avenir-language').selectOption('en');
  await page.locator('#avenir[lang="en"]').waitFor();
  await press(page, page.locator('form.intro button[type="submit"]'));
  for (const label of WALK) await answer(page, label);
  assert.equal(await currentHeading(page), RESULTS_HEADING);
  await assertNoStorage(page, context);
  errors.assertNone();
});

test('a phone in Arabic: after the first visit, the Arabic start page and the widget open with the network off', { timeout: 90_000 }, async (t) => {
  const context = await phoneContext(browser, { locale: 'ar' });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  await openApp(page, { intro: true });
  // The folder's address, answered in Arabic by the server.
  assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
  await offlineReady(page);
  await context.setOffline(true);
  await page.goto(APP_URL);
  await heading(page).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
  assert.equal(await page.locator('#avenir').getAttribute('lang'), 'ar');
  assert.equal(await page.locator('.draft-note[role="status"]').count(), 0, 'Arabic could not be loaded offline');
  // The walk's labels are English ones: the results' part of the content is offline too.
  await page.locator('#avenir-language').selectOption('en');
  await page.locator('#avenir[lang="en"]').waitFor();
  await press(page, page.locator('form.intro button[type="submit"]'));
  for (const label of WALK) await answer(page, label);
  assert.ok(await page.locator('article.programme').count() >= 2, 'no results offline');
  errors.assertNone();
});

test('a new version replaces the offline copy', { timeout: 60_000 }, async (t) => {
  const { context, page, errors } = await phone(t);
  await openApp(page, { intro: true });
  await offlineReady(page);
  const first = (await deviceStorage(page, context)).cacheNames;
  assert.equal(first.length, 1);
  // The server now sends another build's worker (its version is the only difference).
  const served = await (await fetch(WORKER_URL)).text();
  // (The served worker is minified: its version is found by the value its cache is named by.)
  const next = served.replaceAll(first[0].slice('avenir-'.length), '00000000000000ff');
  assert.notEqual(next, served, 'the worker has no version to change');
  await context.route(WORKER_URL, (route) => route.fulfill({ contentType: 'text/javascript', body: next }));
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    const worker = registration.installing || registration.waiting;
    if (worker) await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
  });
  await page.waitForFunction(async () => (await caches.keys()).join() === 'avenir-00000000000000ff');
  await assertNoStorage(page, context);
  errors.assertNone();
});

test('nothing is saved until asked; then the answers survive a reload, behind "continue"', { timeout: 90_000 }, async (t) => {
  const { context, page, errors } = await phone(t);
  await openApp(page);
  await answer(page, WALK[0]);
  await answer(page, WALK[1]);
  await assertNoStorage(page, context);
  assert.match(await saveButton(page).getAttribute('aria-describedby'), /save-hint/);
  await saveButton(page).click();
  await page.getByRole('status').filter({ hasText: 'Your answers are saved on this phone' }).waitFor();
  await answer(page, WALK[2]);
  assert.equal(await currentHeading(page), Q.passport);
  const saved = await deviceStorage(page, context);
  assert.deepEqual(Object.keys(saved.localStorage), ['avenir-saved-default'], 'saved under another key');
  assert.deepEqual(saved.cookies, [], 'a cookie was set');

  await page.reload();
  await heading(page).waitFor();
  // The start page never shows an answer by itself: it offers to continue or delete.
  assert.equal(await currentHeading(page), START_HEADING);
  await page.getByText('Your answers from last time are saved on this phone.').waitFor();
  assert.deepEqual(await axeViolations(page, 'start page with saved answers'), []);
  assert.equal(await press(page, page.getByRole('button', { name: 'Continue where you left off' })), Q.passport);
  // The earlier answers are all there.
  await answer(page, WALK[3]);
  for (const label of WALK.slice(4, -1)) await answer(page, label);
  assert.equal(await currentHeading(page), REVIEW_HEADING);
  const review = await page.locator('.summary-row').allTextContents();
  assert.ok(review.some((row) => row.includes('Belgium')), review.join('\n'));
  assert.ok(review.some((row) => row.includes('Albania')), review.join('\n'));
  errors.assertNone();
});

test('"delete everything" leaves nothing on the phone: answers, offline copy, service worker', { timeout: 90_000 }, async (t) => {
  const { context, page, errors } = await phone(t);
  await openApp(page);
  await offlineReady(page);
  await answer(page, WALK[0]);
  await saveButton(page).click();
  await answer(page, WALK[1]);
  const before = await deviceStorage(page, context);
  assert.equal(Object.keys(before.localStorage).length, 1);
  assert.ok(before.cacheNames.length === 1 && before.serviceWorkers.length === 1);

  const deleted = page.evaluate(() => new Promise((resolve) => addEventListener('avenir-deleted', resolve, { once: true })));
  assert.equal(await press(page, deleteButton(page)), START_HEADING);
  await deleted;
  await page.getByRole('status').filter({ hasText: 'Everything was deleted from this phone.' }).waitFor();
  await assertNothingStored(page, context);
  // And nothing comes back while the person stays, or after a reload: no offer to continue.
  await press(page, page.locator('form.intro button[type="submit"]'));
  await answer(page, WALK[0]);
  assert.deepEqual((await deviceStorage(page, context)).localStorage, {});
  await page.reload();
  await heading(page).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Continue where you left off' }).count(), 0);
  errors.assertNone();
});

test('quick exit deletes saved answers too', { timeout: 60_000 }, async (t) => {
  const { context, page, errors } = await phone(t);
  await context.route('https://www.bbc.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  await openApp(page);
  await answer(page, WALK[0]);
  await saveButton(page).click();
  await answer(page, WALK[1]);
  errors.assertNone();
  await Promise.all([page.waitForURL('https://www.bbc.com/**'), page.getByRole('button', { name: 'Exit this page' }).click()]);
  const back = await context.newPage();
  await back.goto(APP_URL);
  await heading(back).waitFor();
  assert.equal(await back.getByRole('button', { name: 'Continue where you left off' }).count(), 0, 'the answers survived quick exit');
  assert.deepEqual(await back.evaluate(() => ({ ...localStorage })), {});
});
