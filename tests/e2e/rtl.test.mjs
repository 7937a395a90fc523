// Arabic, right to left: the browser's preferred language chooses the texts; the layout mirrors;
// phone numbers stay left to right; the pages reflow at 360 px and pass axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, ftlText } from './cases.mjs';
import {
  answer, answerRestToResults, answerValue, axeViolations, currentHeading, failOnPageErrors, launch, openAll, openApp, overflowing,
  newPhone, phoneContext, screenshot,
  SEE_RESULTS,
} from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The walk of the other tests, by option value, so that it does not depend on the language. */
const WALK_VALUES = ['BE', 'AL', 'asylum_refused', 'no', { number: '\u0662' }, 'yes', 'no', 'yes', 'housing', 'no', 'prefer-not-to-say', 'no', 'no', SEE_RESULTS];

for (const locale of ['ar', 'ps', 'fa-AF', 'ckb']) {
test(`${locale}: right to left throughout, numbers isolated, reflow and axe`, { timeout: 90_000 }, async (t) => {
  const { page, errors } = await newPhone(browser, t, { locale });
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
  const { page, errors } = await newPhone(browser, t, { locale: 'ar' });
  await openApp(page);
  await answerValue(page, 'DE');
  // Everything else "prefer not to say": every legal-advice contact in Germany is shown.
  await answerRestToResults(page);
  // Everything a person can open, opened (collapsed parts are built when first opened).
  await openAll(page, '.results');
  const text = await page.locator('#avenir').evaluate((el) => el.textContent);
  // A Latin comma between two Arabic words (isolates and spaces between them allowed).
  const latinComma = text.match(/[\u0600-\u06FF][\s\u2066-\u2069]*,[\s\u2066-\u2069]*[\u0600-\u06FF]/g) ?? [];
  assert.deepEqual(latinComma, [], 'Latin commas between Arabic words');
  assert.ok(!text.includes('Bavaria'), 'a region in English on the Arabic page');
  // The Bavarian Refugee Council: its name's description and its region in Arabic. Being
  // Germany's legal advice with a number, it is also named (with its number) under the next
  // step; its full entry is the one with the details.
  const bavaria = page.locator('article.contact', { hasText: 'Bayerischer Flüchtlingsrat', has: page.locator('details.more') });
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

/** The `languages` of contact `id` as written in the content's contacts.toml. */
function contactLanguages(id) {
  const toml = readFileSync(join(CONTENT, 'contacts.toml'), 'utf8');
  const block = toml.split('[[contact]]').find((b) => b.includes(`\nid = "${id}"\n`));
  const line = block?.split('\n').find((l) => l.startsWith('languages = '));
  assert.ok(line, `no languages for ${id} in contacts.toml`);
  return [...line.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

// Issue 19: the languages a contact answers in are named by the browser in the reader's language
// (Intl.DisplayNames) and joined as a list in it, under the contact's "More": Croatia's 112, shown
// to a person in Croatia who is afraid to return (the need `safety`).
for (const locale of ['en', 'ar']) {
test(`${locale}: a contact's languages are named in the reader's language, not as tags`, { timeout: 90_000 }, async (t) => {
  const tags = contactLanguages('emergency_hr');
  const { page, errors } = await newPhone(browser, t, { locale });
  await openApp(page);
  await answerValue(page, 'HR');
  const afraid = ftlText(locale, 'question-fear_of_return');
  await answerRestToResults(page, (heading) => (heading === afraid ? 'yes' : 'prefer-not-to-say'));
  // The first screen names 112 under the urgent need; its entry with the details is in the list
  // of contacts, built when opened: everything a person can open, opened.
  await openAll(page, '.results');
  const contact = page.locator('article.contact:not(.again)', { has: page.locator('a.tel[href="tel:112"]') })
    .filter({ has: page.locator('details.more[open]') });
  assert.equal(await contact.count(), 1, 'Croatia\'s 112 with its details, once');
  const label = ftlText(locale, 'ui-contact-languages');
  const shown = await contact.evaluate((el, label) => {
    const dt = [...el.querySelectorAll('dl.facts dt')].find((d) => d.textContent.trim() === label);
    return dt?.nextElementSibling?.textContent ?? null;
  }, label);
  assert.ok(shown, `no "${label}" on the contact`);
  // Each language by the name the page's own Intl gives it in this language.
  const names = await page.evaluate(([tags, locale]) => {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    return tags.map((tag) => names.of(tag));
  }, [tags, locale]);
  for (const name of names) assert.ok(shown.includes(name), `"${name}" is not in "${shown}"`);
  if (locale === 'en') {
    assert.match(shown, /Croatian/);
    assert.match(shown, /Slovak/);
    assert.ok(!/\bhr\b|\bsk\b/.test(shown), `a tag shown as written: "${shown}"`);
  } else {
    assert.match(shown, /[\u0600-\u06FF]/, 'the languages are not named in Arabic');
    assert.ok(!/[A-Za-z]/.test(shown), `Latin letters among the Arabic names: "${shown}"`);
    assert.ok(!shown.includes(','), `a Latin comma in "${shown}"`);
  }
  await contact.locator('dl.facts').scrollIntoViewIfNeeded();
  await screenshot(page, `${locale}-contact-languages.png`);
  errors.assertNone();
});
}
