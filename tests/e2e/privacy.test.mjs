// Private by construction: once the first question is on screen the page makes no request (its
// offline copy, the service worker, then fetches the widget's own files, and nothing else),
// everything it loads comes from its own origin, nothing of the person's is stored, and the CSP
// says so too.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  APP_URL, EXPECTED_CSP, Q, RESULTS_HEADING, REVIEW_HEADING, SEE_RESULTS, WALK, answer, answerValue, assertNoStorage, backButton, WORKER_URL,
  currentHeading, deviceStorage, newPhone, offlineReady, launch, openAll, openApp, press, recordRequests, startFetched,
} from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const phone = (t) => newPhone(browser, t);

const origin = new URL(APP_URL).origin;
// data: and blob: URLs never leave the device.
const isNetwork = (url) => !/^(data|blob):/.test(url);

test('no request after the first question, only same-origin requests, nothing stored', { timeout: 90_000 }, async (t) => {
  const { context, page, errors } = await phone(t);
  const requests = recordRequests(context);
  const response = await openApp(page);
  assert.equal(await currentHeading(page), Q.livingIn);
  await startFetched(page);
  const loaded = requests.length;
  const firstQuestionAt = Date.now();

  // The main document: a strict policy that names no other origin.
  const csp = response.headers()['content-security-policy'];
  assert.ok(csp, 'the page is served without a Content-Security-Policy header');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /https?:/, 'the CSP names another origin');
  if (EXPECTED_CSP) assert.equal(csp, EXPECTED_CSP);
  const html = await response.text();
  // The one address of another origin in the page is quick exit's, a link (rendered at build
  // time with the start page, so that it works before the wasm arrives), never a resource.
  const exits = [...html.matchAll(/<a [^>]*class="exit"[^>]*>/g)].map((match) => match[0]);
  assert.equal(exits.length, 1, 'the start page in the HTML has no quick exit link');
  const foreign = [...html.replace(exits[0], '').matchAll(/(?:src|href)\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi)]
    .map((match) => match[1]).filter((url) => new URL(url).origin !== origin);
  assert.deepEqual(foreign, [], 'the page links to another origin');

  // Walk everything and click around.
  await answer(page, WALK[0]);
  await answer(page, WALK[1]);
  assert.equal(await press(page, backButton(page)), Q.returningTo);
  assert.equal(await press(page, backButton(page)), Q.livingIn);
  for (const label of WALK) await answer(page, label);
  assert.equal(await currentHeading(page), RESULTS_HEADING);
  assert.equal(await press(page, page.getByRole('button', { name: 'Change your answers' })), REVIEW_HEADING);
  assert.equal(await press(page, page.locator('.summary-row').first().getByRole('button')), Q.livingIn);
  await answer(page, 'Another country');
  await answer(page, SEE_RESULTS);
  assert.equal(await press(page, page.getByRole('button', { name: 'Start again' })), 'Thinking about returning to your country?');
  await press(page, page.getByRole('button', { name: 'Start' }));
  await answerValue(page, 'prefer-not-to-say');
  await page.waitForTimeout(500); // let anything deferred (timers, idle callbacks) fire

  const late = requests.slice(loaded);
  const byPage = late.filter(({ worker, url }) => !worker && url !== WORKER_URL).map(({ url, time }) => `+${time - firstQuestionAt} ms ${url}`);
  assert.deepEqual(byPage, [], 'requests were made after the first question appeared');
  const byWorker = late.filter(({ worker }) => worker);
  for (const { url, method } of byWorker) {
    assert.equal(method, 'GET');
    assert.ok(url.startsWith(APP_URL) && !new URL(url).search, `the offline copy fetched ${url}`);
  }
  const network = requests.filter(({ url }) => isNetwork(url));
  assert.ok(network.length > 0, 'no request was recorded at all');
  const elsewhere = network.filter(({ url }) => new URL(url).origin !== origin).map(({ url }) => url);
  assert.deepEqual(elsewhere, [], 'requests went to another origin');
  await assertNoStorage(page, context);
  errors.assertNone();
});

test('"I prefer not to say" everywhere reaches results that say "possibly"', { timeout: 90_000 }, async (t) => {
  const { page, errors } = await phone(t);
  await openApp(page);
  let title = await currentHeading(page);
  for (let step = 0; title !== RESULTS_HEADING; step++) {
    assert.ok(step < 20, `no results after 20 questions (at "${title}")`);
    title = title === REVIEW_HEADING ? await answer(page, SEE_RESULTS) : await answerValue(page, 'prefer-not-to-say');
  }
  await openAll(page, '.results');
  assert.ok(await page.locator('article.programme[data-likelihood="possibly"]').count() >= 1,
    'no programme is marked "possibly"');
  errors.assertNone();
});

test('choosing another language fetches only that language\'s two text files, from the same origin', { timeout: 90_000 }, async (t) => {
  const { context, page, errors } = await phone(t);
  const requests = recordRequests(context);
  await openApp(page);
  await answer(page, WALK[0]);
  await answer(page, WALK[1]);
  const before = requests.length;
  await page.locator('#avenir-language').selectOption('ar');
  await page.locator('#avenir[lang="ar"]').waitFor();
  // The page's own requests, the language's two files (what the questions need, then the
  // results' texts); if the offline copy is installed by then, it passes them on (identical
  // requests, from the service worker).
  const late = () => requests.slice(before).filter(({ worker }) => !worker);
  await page.waitForTimeout(300);
  assert.deepEqual(late().map(({ url }) => new URL(url).pathname.replace(/.*\/texts\//, 'texts/')).sort(),
    ['texts/ar.bin', 'texts/ar.results.bin'], `expected the language's two files, got ${late().map((r) => r.url).join(', ')}`);
  for (const { url, method } of late()) {
    assert.equal(new URL(url).origin, origin);
    assert.equal(new URL(url).search, '', 'the request carries a query');
    assert.equal(method, 'GET');
  }
  // The answers are still there, and going back to English needs no request.
  await page.locator('#avenir-language').selectOption('en');
  await page.locator('#avenir[lang="en"]').waitFor();
  assert.equal(late().length, 2);
  await assertNoStorage(page, context);
  errors.assertNone();
});

test('what the start page promises: once loaded, it works with the network off', { timeout: 90_000 }, async (t) => {
  const { context, page, errors } = await phone(t);
  await openApp(page);
  await context.setOffline(true);
  for (const label of WALK) await answer(page, label);
  assert.equal(await currentHeading(page), RESULTS_HEADING);
  assert.ok(await page.locator('article.programme').count() >= 2);
  errors.assertNone();
});

test('marker answers appear in no request, cookie or storage', { timeout: 90_000 }, async (t) => {
  const { context, page, errors } = await phone(t);
  const bodies = [];
  context.on('request', (r) => bodies.push(`${r.method()} ${r.url()} ${r.postData() ?? ''} ${JSON.stringify(r.headers())}`));
  await openApp(page);
  // Distinctive answers: a country of return far down the list, and an unusual number.
  const walk = ['Belgium', 'Kyrgyzstan', 'I never applied for asylum and I have no residence permit', 'No', { number: '17' }, 'No',
    'No', 'Work, income or training', 'No', 'No', 'No', 'No', SEE_RESULTS];
  for (const label of walk) await answer(page, label);
  const markers = ['KG', 'Kyrgyzstan', 'no_permit', '17'];
  await offlineReady(page);
  // The offline copy (its cache names, a hash of the files; the cached files, which contain
  // every country code since they are the widget; the worker's address, with the server's
  // port) is checked by assertNoStorage below: names of the widget's form only, files byte for
  // byte as served. Everything else a page can store is searched for the markers.
  const { localStorage, sessionStorage, indexedDB } = await deviceStorage(page, context);
  const stored = JSON.stringify({ localStorage, sessionStorage, indexedDB });
  const cookies = JSON.stringify(await context.cookies());
  for (const marker of markers) {
    const inRequests = bodies.filter((b) => b.includes(`=${marker}`) || b.includes(`/${marker}`) || b.includes(`"${marker}"`));
    assert.deepEqual(inRequests, [], `marker ${marker} in a request`);
    assert.ok(!stored.includes(marker), `marker ${marker} stored on the device`);
    assert.ok(!cookies.includes(marker), `marker ${marker} in a cookie`);
  }
  await assertNoStorage(page, context);
  errors.assertNone();
});
