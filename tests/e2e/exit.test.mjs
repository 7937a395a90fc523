// Quick exit: the button and Shift ×3 clear the answers and replace the page with a neutral
// site, leaving no history entry of the widget; announced to screen readers while counting.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { APP_URL, WALK, answer, failOnPageErrors, heading, launch, offlineReady, openApp, phoneContext } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const NEUTRAL = 'https://www.bbc.com/weather';

/** A phone whose requests to the neutral site get a tiny page (this machine has no internet). */
async function phone(t) {
  const context = await phoneContext(browser);
  t.after(() => context.close());
  await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
  const page = await context.newPage();
  return { page, errors: failOnPageErrors(page) };
}

test('the exit button replaces the page and leaves no way back to the answers', { timeout: 60_000 }, async (t) => {
  const { page } = await phone(t);
  await page.goto('about:blank');
  await openApp(page);
  await answer(page, WALK[0]);
  await answer(page, WALK[1]);
  const exit = page.getByRole('button', { name: 'Exit this page' });
  assert.ok(await exit.isVisible());
  await Promise.all([page.waitForURL(`${NEUTRAL}**`), exit.click()]);
  assert.equal(await page.title(), 'Weather');
  // Back goes to what was before the widget, not to the widget.
  await page.goBack();
  assert.equal(page.url(), 'about:blank');
});

test('Shift pressed three times exits, and the count is announced', { timeout: 60_000 }, async (t) => {
  const { page, errors } = await phone(t);
  await openApp(page);
  await answer(page, WALK[0]);
  const live = page.locator('[aria-live="polite"]');
  await page.keyboard.press('Shift');
  await live.filter({ hasText: 'Shift, press 2 more times to exit.' }).waitFor();
  await page.keyboard.press('a'); // another key starts the count again
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await live.filter({ hasText: 'Shift, press 1 more time to exit.' }).waitFor();
  errors.assertNone();
  await Promise.all([page.waitForURL(`${NEUTRAL}**`), page.keyboard.press('Shift')]);
  assert.equal(await page.title(), 'Weather');
});

test('the exit button is on every screen and stays in view when scrolling', { timeout: 60_000 }, async (t) => {
  const { page, errors } = await phone(t);
  await openApp(page);
  for (const label of WALK) {
    assert.ok(await page.getByRole('button', { name: 'Exit this page' }).isVisible());
    await answer(page, label);
  }
  await page.mouse.wheel(0, 3000);
  const box = await page.getByRole('button', { name: 'Exit this page' }).boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 80, `the button scrolled away (y = ${box?.y})`);
  errors.assertNone();
});

test('a crafted link (#embed&exit-url=…) opened on its own: quick exit still goes to the neutral site, not the link\'s', { timeout: 60_000 }, async (t) => {
  const { page, errors } = await phone(t);
  const evil = 'https://evil.test/phish';
  let visited = false;
  await page.context().route(`${evil}**`, (route) => { visited = true; return route.fulfill({ contentType: 'text/html', body: '<title>Phish</title>' }); });
  await page.goto(`${APP_URL}#embed&exit-url=${encodeURIComponent(evil)}&hide-programmes=eurp&accent=%23ff0000`);
  await heading(page).waitFor();
  // Not embedded: none of the link's settings is taken.
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('embedded')), false);
  assert.equal(await page.locator('#avenir-root').getAttribute('data-exit-url'), null);
  errors.assertNone();
  await Promise.all([page.waitForURL(`${NEUTRAL}**`), page.getByRole('button', { name: 'Exit this page' }).click()]);
  assert.equal(visited, false, 'quick exit went to the crafted link\'s address');
});

test('after quick exit nothing of the widget is left: no service worker, no Cache Storage (not even the language\'s file)', { timeout: 60_000 }, async (t) => {
  const { page } = await phone(t);
  await openApp(page, { intro: true });
  await offlineReady(page);
  await page.locator('#avenir-language').selectOption('ar');
  await page.locator('#avenir[lang="ar"]').waitFor();
  // The language's file is in the offline copy now (the worker keeps it for offline use).
  await page.waitForFunction(async () => {
    for (const name of await caches.keys()) if (await (await caches.open(name)).match(new URL('texts/ar.bin', location.href).href)) return true;
    return false;
  });
  // Quick exit, then back on the widget's origin (the neutral site's page cannot see it).
  await Promise.all([page.waitForURL(`${NEUTRAL}**`), page.locator('.exit').click()]);
  const probe = await page.context().newPage();
  await probe.goto(new URL('texts/en.bin', APP_URL).href); // any file of the widget's origin, no widget code runs
  const left = await probe.evaluate(async () => ({
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  assert.deepEqual(left, { caches: [], workers: 0 }, 'quick exit left the offline copy behind');
});

test('"Or press Shift 3 times" only where there is a keyboard: never on a touch phone, on a desktop, and on a phone once a key is pressed', { timeout: 60_000 }, async (t) => {
  const shown = (page) => page.locator('#avenir-exit-hint').evaluate((e) => getComputedStyle(e).display !== 'none');
  const visible = (page) => page.locator('#avenir-exit-hint').isVisible();
  // A touch phone: neither on the start page rendered at build time nor in the widget.
  const touch = await phoneContext(browser);
  t.after(() => touch.close());
  const phonePage = await touch.newPage();
  const errors = failOnPageErrors(phonePage);
  await phonePage.goto(APP_URL, { waitUntil: 'load' });
  // (Polled: on a loaded machine the browser may apply the phone's touch emulation to the new
  // page a moment after its first style.)
  for (let i = 0; await shown(phonePage); i++) {
    assert.ok(i < 40, 'the prerendered start page shows it on a touch phone');
    await phonePage.waitForTimeout(50);
  }
  await openApp(phonePage);
  assert.equal(await phonePage.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches), false);
  assert.equal(await shown(phonePage), false, 'shown on a touch phone');
  // The exit button names the hint only where it is shown (a screen reader would read a hidden
  // description too).
  const describedBy = (page) => page.locator('#avenir a.exit').getAttribute('aria-describedby');
  assert.equal(await describedBy(phonePage), null, 'the exit button names the hidden hint on a touch phone');
  // A keyboard plugged into the phone: from the first key press on, it is there (for screen
  // readers at this width, as on any narrow screen).
  await phonePage.keyboard.press('Tab');
  assert.equal(await shown(phonePage), true, 'not there after a key press');
  // …and the exit button names it from the next screen on.
  await answer(phonePage, WALK[0]);
  assert.equal(await describedBy(phonePage), 'avenir-exit-hint', 'the exit button does not name the hint shown after a key press');
  errors.assertNone();
  // A desktop: a mouse that hovers, and a keyboard.
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  t.after(() => desktop.close());
  const page = await desktop.newPage();
  await page.goto(APP_URL, { waitUntil: 'load' });
  assert.equal(await visible(page), true, 'the prerendered start page hides it on a desktop');
  await openApp(page);
  assert.equal(await visible(page), true, 'hidden on a desktop');
  assert.equal(await describedBy(page), 'avenir-exit-hint', 'the exit button does not name the hint on a desktop');
  assert.equal((await page.locator('#avenir-exit-hint').textContent()).trim(), 'Or press Shift 3 times. Your answers are deleted.');
});
