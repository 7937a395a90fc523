// A person's journey through the questionnaire on a phone: validation, going back, the
// conditional medicine question, the results, touch target sizes and WCAG checks (axe).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { nextHeading as nextHeadingOf } from './lib.mjs';
import {
  Q, RESULTS_HEADING, SEE_RESULTS, WALK, answer, answerValue, axeViolations, backButton, continueButton, currentHeading,
  failOnPageErrors, launch, newPhone, openAll, openApp, overflowing, phoneContext, press, screenshot, walk,
} from './lib.mjs';

// The country of return's `first` list, as the content gives it (assessments/default).
const FIRST = JSON.parse(/first = (\[[^\]]*\])/.exec(readFileSync(new URL('../../assessments/default/assessment.toml', import.meta.url), 'utf8'))[1]);
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A new phone with the app open at its first question; page errors fail the test. */
async function start(t) {
  const context = await phoneContext(browser);
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  t.after(() => errors.assertNone());
  await openApp(page);
  assert.equal(await currentHeading(page), Q.livingIn);
  return page;
}

// Whether `label` is the answer shown: a ticked option, or a list's chosen entry (a long list of
// countries is a select).
const isChecked = async (page, label) => {
  const select = page.locator('form.question select');
  if (await select.count()) return (await select.locator('option:checked').textContent()).trim() === label;
  return page.getByLabel(label, { exact: true }).isChecked();
};

test('the start page says what this is, that answers stay on the phone, and leads to the first question; Back returns to it', async (t) => {
  const context = await phoneContext(browser);
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  await openApp(page, { intro: true });
  assert.equal(await currentHeading(page), 'Thinking about returning to your country?');
  await page.locator('.private').getByText('Your answers stay on this phone. Nothing is sent, and nothing is saved unless you choose to.').waitFor();
  await page.getByText('keeps working with the internet switched off').waitFor();
  await screenshot(page, 'start.png');
  const found = await axeViolations(page, 'start page');
  assert.deepEqual(found, []);
  assert.equal(await press(page, page.getByRole('button', { name: 'Start' })), Q.livingIn);
  assert.equal(await press(page, backButton(page)), 'Thinking about returning to your country?');
  errors.assertNone();
});

test('Continue without an answer asks for one', async (t) => {
  const page = await start(t);
  assert.equal((await continueButton(page).textContent()).trim(), 'Continue');
  await continueButton(page).click();
  await page.getByRole('alert').filter({ hasText: 'Choose an answer' }).waitFor();
  assert.equal(await currentHeading(page), Q.livingIn, 'the page moved on without an answer');
});

test('Back keeps the previous answer, which can be changed', async (t) => {
  const page = await start(t);
  assert.equal(await answer(page, 'Belgium'), Q.returningTo);
  assert.equal(await press(page, backButton(page)), Q.livingIn);
  assert.ok(await isChecked(page, 'Belgium'), 'the earlier answer is no longer checked');
  assert.equal(await answer(page, 'Another country'), Q.returningTo);
  assert.equal(await press(page, backButton(page)), Q.livingIn);
  assert.ok(await isChecked(page, 'Another country'), 'the changed answer was not kept');
  assert.ok(!(await isChecked(page, 'Belgium')));
});

test('a number out of range is refused with its range, and what was typed stays', async (t) => {
  const page = await start(t);
  assert.equal(await walk(page, WALK.slice(0, 4)), Q.children);
  const field = page.locator('form.question input[inputmode="numeric"]');
  await field.fill('25');
  await continueButton(page).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Enter a whole number from' });
  await alert.waitFor();
  // Numbers in messages are wrapped in Unicode isolates (U+2068…U+2069) for right-to-left text.
  assert.equal((await alert.textContent()).replace(/[\u2068\u2069]/g, ''), 'Enter a whole number from 0 to 20.');
  assert.equal(await currentHeading(page), Q.children, 'moved on with a number out of range');
  assert.equal(await field.inputValue(), '25', 'what was typed was wiped');
  assert.equal(await answer(page, { number: '2' }), Q.health);
});

test('the medicine question comes only after "Yes" to the health question', async (t) => {
  const page = await start(t);
  assert.equal(await walk(page, WALK.slice(0, 5)), Q.health);
  assert.equal(await answer(page, 'Yes'), Q.medicine);
  assert.equal(await press(page, backButton(page)), Q.health);
  assert.equal(await answer(page, 'No'), Q.wellbeing, 'the medicine question was not skipped');
});

test('the results of a full walk: programmes, urgent needs first, legal advice', async (t) => {
  const page = await start(t);
  assert.equal(await walk(page, WALK), RESULTS_HEADING);
  const programmes = page.locator('article.programme');
  assert.ok(await programmes.count() >= 2, `expected at least 2 programmes, got ${await programmes.count()}`);
  for (const programme of await programmes.all()) {
    assert.match(await programme.getAttribute('data-likelihood'), /^(likely|possibly|not-likely)$/);
    assert.equal(await programme.locator('h3').count(), 1, 'a programme card without its h3');
  }
  const urgencies = await page.locator('li.need').evaluateAll((needs) => needs.map((need) => need.dataset.urgency));
  assert.equal(urgencies[0], 'immediate', `needs in this order: ${urgencies.join(', ')} (health without medicine is immediate)`);
  assert.ok(await page.locator('article.contact[data-kind="legal-advice"]').count() >= 1, 'no legal advice contact');
  await page.locator('p.indicative').waitFor();
  await page.locator('.checked-date').first().waitFor();
  assert.equal(await press(page, page.getByRole('button', { name: 'Change your answers' })), 'Check your answers');
});

test('check your answers lists every answer, changes come back to it, then the results', async (t) => {
  const page = await start(t);
  assert.equal(await walk(page, WALK.slice(0, -1)), 'Check your answers');
  const rows = page.locator('.summary-row');
  assert.equal(await rows.count(), 13);
  assert.equal((await rows.nth(4).locator('dd.answer').textContent()).trim(), '2');
  assert.equal((await rows.nth(0).locator('dd.answer').textContent()).trim(), 'Belgium');
  await screenshot(page, 'review.png', { fullPage: true });
  // Change the country of stay: the next Continue comes back here, not to question 2.
  assert.equal(await press(page, rows.nth(0).getByRole('button')), Q.livingIn);
  assert.equal(await answer(page, 'Another country'), 'Check your answers');
  assert.equal((await page.locator('.summary-row').nth(0).locator('dd.answer').textContent()).trim(), 'Another country');
  assert.equal(await press(page, page.getByRole('button', { name: 'See your results' })), RESULTS_HEADING);
  // Back from the results returns to the check page.
  assert.equal(await press(page, backButton(page)), 'Check your answers');
});

test('screenshots at 360×740', async (t) => {
  const page = await start(t);
  await screenshot(page, 'question.png');
  await walk(page, WALK);
  await screenshot(page, 'results.png', { fullPage: true });
});

test('the pages fit 360 px without horizontal scrolling (WCAG 1.4.10)', async (t) => {
  const page = await start(t);
  const found = await overflowing(page, 'first question');
  await walk(page, WALK);
  found.push(...(await overflowing(page, 'results')));
  assert.deepEqual(found, [], 'content wider than the phone (on a phone the page zooms out, and taps can land on the wrong element)');
});

test('text at 200% (the browser’s text size setting): nothing is cut off or overflows, the walk works (WCAG 1.4.4)', { timeout: 60_000 }, async (t) => {
  const page = await start(t);
  // What a person does in Chrome's settings: a default font size twice the usual 16 px.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('#avenir h1')).fontSize));
  assert.ok(size >= 2 * 1.6 * 16 - 1, `the heading did not grow with the text size setting (${size} px)`);
  // Text cut off: an element whose content is taller or wider than its box while hiding it.
  const clipped = (where) => page.evaluate((where) => [...document.querySelectorAll('#avenir *')]
    // (Text only for screen readers is clipped to 1 px on purpose.)
    .filter((e) => e.offsetParent !== null && e.clientWidth > 1 && getComputedStyle(e).overflow !== 'visible'
      && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1))
    .map((e) => `${where}: <${e.localName}.${e.className}> "${e.textContent.trim().slice(0, 40)}"`), where);
  const found = [...(await overflowing(page, 'first question at 200%')), ...(await clipped('first question'))];
  await screenshot(page, 'question-200.png');
  for (const label of WALK) await answer(page, label);
  assert.equal(await currentHeading(page), RESULTS_HEADING);
  found.push(...(await overflowing(page, 'results at 200%')), ...(await clipped('results')));
  await screenshot(page, 'results-200.png', { fullPage: true });
  assert.deepEqual(found, [], 'content lost at 200% text size');
});

test('touch targets are at least 44×44 CSS px', async (t) => {
  const page = await start(t);
  const tooSmall = async (where) => {
    const small = [];
    for (const target of await page.locator('#avenir label, #avenir button, #avenir summary').all()) {
      // What is inside a closed <details> is not on screen, so it is no target yet.
      if (!(await target.isVisible())) continue;
      const box = await target.boundingBox();
      if (box && (box.width < 44 || box.height < 44)) {
        const name = (await target.textContent()).trim().replace(/\s+/g, ' ');
        small.push(`${where}: "${name}" is ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  };
  const small = await tooSmall('first question');
  await answer(page, WALK[0]);
  small.push(...(await tooSmall('second question'))); // with Back
  await walk(page, WALK.slice(1));
  small.push(...(await tooSmall('results')));
  assert.deepEqual(small, [], 'touch targets smaller than 44×44');
});

test('no axe violations (WCAG 2.2 AA) on a question and on the results', async (t) => {
  const page = await start(t);
  const found = await axeViolations(page, 'question');
  await walk(page, WALK);
  found.push(...(await axeViolations(page, 'results')));
  if (found.length) console.log(found.join('\n'));
  assert.deepEqual(found, [], 'axe found accessibility violations');
});

test('keyboard only: Tab, arrows, Space and Enter reach the results', { timeout: 60_000 }, async (t) => {
  const page = await start(t);
  // First question: focus the first option, choose it with Space, submit with Enter.
  await page.locator('form.question input[type="radio"]').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  assert.equal(await nextHeadingOf(page, Q.livingIn), Q.returningTo);
  // The country select: an arrow key chooses; Tab moves on to Continue; Enter presses it.
  await page.locator('form.question select').focus();
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 8; i++) {
    if (await page.evaluate(() => document.activeElement?.getAttribute('type') === 'submit')) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  assert.equal(await nextHeadingOf(page, Q.returningTo), Q.situation);
  // Focus has moved to the new question's heading, as it must after a screen change.
  assert.equal(await page.evaluate(() => document.activeElement?.localName), 'h1');
});

test('dark mode keeps WCAG contrast and fits, on a question and on the results', { timeout: 60_000 }, async (t) => {
  const context = await phoneContext(browser, { colorScheme: 'dark', reducedMotion: 'reduce' });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  await openApp(page);
  const found = [...(await axeViolations(page, 'question (dark)')), ...(await overflowing(page, 'question (dark)'))];
  await screenshot(page, 'dark-question.png');
  await walk(page, WALK);
  found.push(...(await axeViolations(page, 'results (dark)')), ...(await overflowing(page, 'results (dark)')));
  await screenshot(page, 'dark-results.png');
  assert.deepEqual(found, []);
  errors.assertNone();
});

test('"No, not now" stands alone: ticking it unticks the others, and another option unticks it', async (t) => {
  const page = await start(t);
  assert.equal(await walk(page, WALK.slice(0, 8)), Q.helpAfter);
  const [housing, work, none] = ['A place to live', 'Work, income or training', 'No, not now'].map((l) => page.getByLabel(l, { exact: true }));
  await housing.check();
  await work.check();
  await none.check();
  assert.deepEqual([await housing.isChecked(), await work.isChecked(), await none.isChecked()], [false, false, true], '"No, not now" left the others ticked');
  await housing.check();
  assert.deepEqual([await housing.isChecked(), await work.isChecked(), await none.isChecked()], [true, false, false], '"A place to live" left "No, not now" ticked');
  await none.check();
  assert.equal(await press(page, continueButton(page)), Q.debts);
  // "No, not now" counts alone: no housing need.
  assert.equal(await walk(page, WALK.slice(9)), RESULTS_HEADING);
  assert.equal(await page.locator('li.need h3', { hasText: 'A place to live after you return' }).count(), 0, 'the housing need is shown after "No, not now"');
});

test('the question count never goes back and its total never changes, whichever questions an answer adds', async (t) => {
  const page = await start(t);
  const seen = [];
  for (const label of WALK) {
    if (label === SEE_RESULTS) break;
    const text = (await page.locator('form.question .progress').textContent()).replace(/[\u2068\u2069]/g, '').trim();
    const [, follow, n, total] = text.match(/^(Follow-up to question|Question) (\d+) of (\d+)$/) ?? [];
    assert.ok(n, `progress reads "${text}"`);
    seen.push({ heading: await currentHeading(page), followUp: follow !== 'Question', n: Number(n), total: Number(total) });
    await answer(page, label);
  }
  const totals = new Set(seen.map((s) => s.total));
  assert.deepEqual([...totals], [12], `the total changed: ${JSON.stringify(seen)}`);
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i].n >= seen[i - 1].n, `went back at ${seen[i].heading}`);
  // The medicine question, which "Yes" to the health question adds, is a follow-up after it.
  const medicine = seen.find((s) => s.heading === Q.medicine);
  const health = seen.find((s) => s.heading === Q.health);
  assert.deepEqual([medicine.followUp, medicine.n], [true, health.n]);
  assert.deepEqual(seen.at(-1), { heading: seen.at(-1).heading, followUp: false, n: 12, total: 12 });
});

test('"Change your answer" on a programme returns to the results, not to "check your answers"', async (t) => {
  const page = await start(t);
  // "I don't know" the situation: the programmes that read it say it would settle them.
  assert.equal(await walk(page, WALK.with(2, 'I don\'t know')), RESULTS_HEADING);
  // Inside a programme's closed details, built when opened: the person opens them.
  await openAll(page, '.results');
  const change = page.locator('button', { hasText: 'Change your answer' });
  const programme = page.locator('article.programme', { has: change }).first();
  const question = await press(page, programme.getByRole('button', { name: 'Change your answer' }).first());
  assert.notEqual(question, RESULTS_HEADING);
  assert.equal(await press(page, continueButton(page)), RESULTS_HEADING, 'Continue went elsewhere than the results');
});

for (const locale of ['en', 'ar']) {
  test(`${locale}: the country of return lists the content's countries first, then the rest in the reader's order, then "another country"`, async (t) => {
    const { page, errors } = await newPhone(browser, t, { locale });
    await openApp(page);
    await answerValue(page, 'BE');
    const select = page.locator('form.question select');
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, label: o.textContent.trim(), disabled: o.disabled })));
    // A real prompt, not "…", translated.
    assert.equal(options[0].value, '');
    assert.ok(options[0].disabled);
    assert.equal(options[0].label, locale === 'en' ? 'Choose a country' : 'اختيار بلد');
    const values = options.slice(1).map((o) => o.value);
    assert.deepEqual(values.slice(0, FIRST.length), FIRST, 'the content\'s countries first');
    assert.deepEqual(values.slice(-2).sort(), ['eu', 'other'], '"another country" and "EU" last');
    const countries = options.slice(FIRST.length + 1, -2).map((o) => o.label);
    assert.ok(countries.length > 200);
    const collator = new Intl.Collator(locale);
    const unsorted = countries.findIndex((c, i) => i > 0 && collator.compare(countries[i - 1], c) > 0);
    assert.equal(unsorted, -1, `not in ${locale} order at ${countries[unsorted - 1]} > ${countries[unsorted]}`);
    assert.ok(!countries.includes(options.at(-2).label));
    await screenshot(page, `${locale}-return-country.png`);
    errors.assertNone();
  });
}
