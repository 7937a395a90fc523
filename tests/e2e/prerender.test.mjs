// Readable before the code arrives: the start page is in the HTML (rendered at build time from
// the widget's own components), in the reader's language before anything is painted (the
// server's choice by Accept-Language, else lang.js and index.<tag>.html), its quick exit works as a plain link, a press of Start before the
// widget runs is kept, and nothing moves when the widget takes over.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ftlText } from './cases.mjs';
import { APP_URL, Q, currentHeading, failOnPageErrors, heading, launch, nextHeading, phoneContext, screenshot } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const NEUTRAL = 'https://www.bbc.com/weather';
const START_TITLE = 'Thinking about returning to your country?';

/**
 * A phone in `locale`; with `wasm: 'blocked'` the widget's code never arrives, with a number it
 * arrives that late (ms), with `'held'` when the test calls `release()` (no race with a slow
 * machine: a delay the test's own steps can outlast).
 */
async function phone(t, { locale = 'en-GB', javaScript = true, wasm = null } = {}) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const context = await phoneContext(browser, { locale, javaScriptEnabled: javaScript });
  t.after(() => context.close());
  await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
  if (wasm !== null) {
    await context.route('**/*_bg.wasm', async (route) => {
      if (wasm === 'blocked') return route.abort();
      await (wasm === 'held' ? held : new Promise((resolve) => { setTimeout(resolve, wasm); }));
      return route.continue();
    });
  }
  // Every layout shift, from the very first paint.
  // And every question put in the page (read before any tap: before the widget ran): the first
  // question drawn apart from the page while the widget is built (views::Widget's rehearsal) is
  // never in it.
  await context.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shifts.push(e.value); })
      .observe({ type: 'layout-shift', buffered: true });
    window.questionsBeforeRunning = 0;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1) window.questionsBeforeRunning += n.matches('form.question') + n.querySelectorAll('form.question').length;
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  return { context, page, errors: failOnPageErrors(page), release };
}

const prerendered = (page) => page.locator('#avenir-root:not([data-running]) #avenir h1');

test('without JavaScript the start page is there to read, with quick exit as a link', { timeout: 60_000 }, async (t) => {
  const { page } = await phone(t, { javaScript: false });
  await page.goto(APP_URL);
  assert.equal((await prerendered(page).textContent()).trim(), START_TITLE);
  assert.ok(await page.getByRole('button', { name: 'Start' }).isVisible());
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  const exit = page.getByRole('button', { name: 'Exit this page' });
  assert.equal(await exit.getAttribute('href'), NEUTRAL);
  await screenshot(page, 'prerender-no-js-360');
  await Promise.all([page.waitForURL(`${NEUTRAL}**`), exit.click()]);
  assert.equal(await page.title(), 'Weather');
});

test('before the code arrives: the start page in Arabic for an Arabic phone, right to left, quick exit working', { timeout: 60_000 }, async (t) => {
  const { page } = await phone(t, { locale: 'ar-EG', wasm: 'held' });
  await page.goto(APP_URL);
  await prerendered(page).waitFor();
  // The server chose the Arabic page for the folder's address (`Accept-Language`); a host that
  // cannot moves the reader to index.ar.html (lang.js, tested below).
  assert.equal(new URL(page.url()).pathname, new URL(APP_URL).pathname);
  assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await page.locator('#avenir').getAttribute('lang'), 'ar');
  assert.doesNotMatch(await page.title(), /[A-Za-z]{4}/, 'the title is not in Arabic');
  await screenshot(page, 'prerender-ar-360');
  // A host that cannot choose (here: the file's own address, never negotiated): lang.js moves
  // the reader to index.ar.html while index.html is read, before its body exists, so the
  // English start page is never shown.
  await page.goto(new URL('index.html', APP_URL).href);
  await prerendered(page).waitFor();
  assert.match(page.url(), /index\.ar\.html$/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
  await Promise.all([page.waitForURL(`${NEUTRAL}**`), page.locator('.exit').click()]);
});

test('the widget takes over without a flash or a shift, in English and in Arabic', { timeout: 60_000 }, async (t) => {
  for (const locale of ['en-GB', 'ar']) {
    const { page, errors, release } = await phone(t, { locale, wasm: 'held' });
    await page.goto(APP_URL);
    const before = await prerendered(page).boundingBox();
    const text = await prerendered(page).textContent();
    release();
    await heading(page).waitFor();
    const afterBox = await heading(page).boundingBox();
    assert.deepEqual(afterBox, before, `${locale}: the heading moved when the widget took over`);
    assert.equal(await heading(page).textContent(), text, `${locale}: the heading changed`);
    const shifts = await page.evaluate(() => window.shifts);
    assert.equal(shifts.reduce((a, b) => a + b, 0), 0, `${locale}: layout shifts ${shifts}`);
    await page.locator('#avenir-root[data-running]').waitFor({ state: 'attached' });
    assert.equal(await page.evaluate(() => window.questionsBeforeRunning), 0, `${locale}: a question was in the page before the widget ran`);
    assert.equal(await page.locator('h1').count(), 1, `${locale}: one heading once running`);
    errors.assertNone();
  }
});

test('when the code cannot run, the start page stays, says so, and quick exit works', { timeout: 60_000 }, async (t) => {
  const { page } = await phone(t, { wasm: 'blocked' });
  await page.goto(APP_URL);
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').textContent(), /could not start/);
  assert.equal((await prerendered(page).textContent()).trim(), START_TITLE);
  assert.equal(await page.getByRole('button', { name: 'Start' }).count(), 0);
  await Promise.all([page.waitForURL(`${NEUTRAL}**`), page.locator('.exit').click()]);
  // In the page's language: `ui-host-failed` of texts/<tag>.ftl, written into each page by the build.
  for (const tag of ['ar', 'hr']) {
    const other = await phone(t, { wasm: 'blocked' });
    await other.page.goto(new URL(`index.${tag}.html`, APP_URL).href);
    await other.page.getByRole('alert').waitFor();
    assert.equal(await other.page.getByRole('alert').textContent(), ftlText(tag, 'ui-host-failed'), tag);
  }
});


test('Start pressed before the code arrives is kept, and the first question follows', { timeout: 60_000 }, async (t) => {
  const { page, errors, release } = await phone(t, { wasm: 'held' });
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Start' }).click();
  assert.equal(await page.locator('#avenir-root').getAttribute('data-running'), null, 'the widget was already running');
  release();
  assert.equal(await nextHeading(page, START_TITLE), Q.livingIn);
  assert.equal(await currentHeading(page), Q.livingIn);
  errors.assertNone();
});

test('a language\'s own page stays in its language, whatever the browser prefers', { timeout: 60_000 }, async (t) => {
  const { page, errors } = await phone(t, { locale: 'en-GB' });
  await page.goto(new URL('index.fr.html', APP_URL).href);
  await heading(page).waitFor();
  assert.match(page.url(), /index\.fr\.html$/);
  assert.equal(await page.locator('#avenir').getAttribute('lang'), 'fr');
  assert.equal(await page.locator('#avenir-language').inputValue(), 'fr');
  errors.assertNone();
});
