// Arabic, right to left: the browser's preferred language chooses the texts; the layout mirrors;
// phone numbers stay left to right; the pages reflow at 360 px and pass axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  answer, answerValue, axeViolations, currentHeading, failOnPageErrors, launch, openAll, openApp, overflowing,
  phoneContext, press, screenshot,
  SEE_RESULTS,
} from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The walk of the other tests, by option value, so that it does not depend on the language. */
const WALK_VALUES = ['BE', 'AL', 'asylum_refused', 'no', { number: '\u0662' }, 'yes', 'no', 'yes', 'housing', 'no', 'prefer-not-to-say', 'no', 'no', SEE_RESULTS];

for (const locale of ['ar', 'ps', 'fa-AF', 'ckb']) {
test(`${locale}: right to left throughout, numbers isolated, reflow and axe`, { timeout: 90_000 }, async (t) => {
  const context = await phoneContext(browser, { locale });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  await openApp(page);

  const main = page.locator('#avenir');
  assert.equal(await main.getAttribute('lang'), locale);
  assert.equal(await main.getAttribute('dir'), 'rtl');
  assert.match(await currentHeading(page), /[\u0600-\u06FF]/, 'the question is not in an Arabic-script language');

  // Mirrored: the radio stands at the right of its label, the Continue text is Arabic.
  const radio = await page.locator('form.question input[type="radio"]').first().boundingBox();
  const label = await page.locator('form.question label').first().boundingBox();
  assert.ok(radio.x > label.x + label.width / 2, 'the radio is not on the right in RTL');
  await screenshot(page, `${locale}-question.png`);

  const found = await overflowing(page, 'first question');
  found.push(...(await axeViolations(page, 'question')));
  // The number of children is typed in Arabic-Indic digits (٢), as an Arabic keyboard does.
  for (const value of WALK_VALUES) {
    if (typeof value === 'object') await answer(page, value);
    else await answerValue(page, value);
  }
  await page.locator('.results').waitFor();
  found.push(...(await overflowing(page, 'results')));
  found.push(...(await axeViolations(page, 'results')));
  assert.deepEqual(found, []);

  // "Change your answers" and "Start again" never touch: at 360 px, side by side or one above
  // the other, at least 8 px apart.
  const [first, second] = await page.locator('.results .actions button').evaluateAll((buttons) => buttons.map((b) => {
    const r = b.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  }));
  const sideBySide = first.top < second.bottom && second.top < first.bottom;
  const gap = sideBySide
    ? Math.max(second.left - first.right, first.left - second.right)
    : Math.max(second.top - first.bottom, first.top - second.bottom);
  assert.ok(gap >= 8, `the two buttons are ${gap} px apart (${sideBySide ? 'side by side' : 'stacked'})`);
  if (sideBySide) assert.ok(first.left > second.right, 'right to left: "Change your answers" is not at the right');

  // ٢ children counted: the children need is shown.
  assert.equal(await page.locator('li.need').count(), 5, 'health, mental health, travel documents, children, housing');

  // Phone numbers keep their left-to-right order inside Arabic text.
  const phones = page.locator('a.tel bdi');
  assert.ok(await phones.count() > 0);
  for (const bdi of await phones.all()) assert.equal(await bdi.getAttribute('dir'), 'ltr');
  await screenshot(page, `${locale}-results.png`, { fullPage: true });
  errors.assertNone();
});
}

test('a host page restricts and orders the languages, and the first one it lists is the default', { timeout: 60_000 }, async (t) => {
  const context = await phoneContext(browser, { locale: 'de-DE' });
  t.after(() => context.close());
  // What an embedding site writes: <div id="avenir-root" data-languages="ar sq en">.
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => document.getElementById('avenir-root')?.setAttribute('data-languages', 'ar sq en xx'));
  });
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  await openApp(page);
  // German is not offered, so the site's first language is shown.
  assert.equal(await page.locator('#avenir').getAttribute('lang'), 'ar');
  const options = await page.locator('#avenir-language option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(options, ['ar', 'sq', 'en']);
  errors.assertNone();
});

// Issue 17: contacts' names, regions and "serves" lines are content texts, and lists are joined
// by the platform in the reader's language (Intl.ListFormat): no "ألمانيا, Bavaria".
test('ar: contacts named in Arabic, regions in Arabic, no Latin comma between Arabic words', { timeout: 90_000 }, async (t) => {
  const context = await phoneContext(browser, { locale: 'ar' });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  await openApp(page);
  await answerValue(page, 'DE');
  // Everything else "prefer not to say": every legal-advice contact in Germany is shown.
  for (let step = 0; !(await page.locator('.results').count()); step++) {
    assert.ok(step < 30, 'no results after 30 steps');
    if (await page.locator('form.review').count()) await press(page, page.locator('form.review button[type="submit"]'));
    else await answerValue(page, 'prefer-not-to-say');
  }
  await page.locator('.results').waitFor();
  // Everything a person can open, opened (collapsed parts are built when first opened).
  await openAll(page, '.results');
  const text = await page.locator('#avenir').evaluate((el) => el.textContent);
  // A Latin comma between two Arabic words (isolates and spaces between them allowed).
  const latinComma = text.match(/[\u0600-\u06FF][\s\u2066-\u2069]*,[\s\u2066-\u2069]*[\u0600-\u06FF]/g) ?? [];
  assert.deepEqual(latinComma, [], 'Latin commas between Arabic words');
  assert.ok(!text.includes('Bavaria'), 'a region in English on the Arabic page');
  // The Bavarian Refugee Council: its name's description and its region in Arabic.
  const bavaria = page.locator('article.contact', { hasText: 'Bayerischer Flüchtlingsrat' });
  assert.equal(await bavaria.count(), 1);
  assert.match(await bavaria.locator('h3, h4').first().textContent(), /مجلس اللاجئين في بافاريا/);
  const serves = await bavaria.locator('dd[data-l10n="intl"]').first().textContent();
  assert.match(serves, /ألمانيا/, 'the country, named by Intl');
  assert.match(serves, /بافاريا/, 'the region, from the Arabic texts');
  assert.ok(!serves.includes(','), `a Latin comma in "${serves}"`);
  await bavaria.scrollIntoViewIfNeeded();
  await screenshot(page, 'ar-contact-serves.png');
  errors.assertNone();
});
