// Quick exit: the button and Shift ×3 clear the answers and replace the page with a neutral
// site, leaving no history entry of the widget; announced to screen readers while counting.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { WALK, answer, failOnPageErrors, launch, openApp, phoneContext } from './lib.mjs';

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
