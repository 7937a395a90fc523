// Bulgaria's independent legal advice (2026-12-07): the Bulgarian Helsinki Committee's refugee
// legal aid closed on 1 January 2026 (assessments/default/contacts.toml, Bulgaria), so it must
// not be shown as open anywhere; a person in Bulgaria still finds legal advice with a number to
// call on the first screen (the state's legal aid hotline), and FAR's request form among the
// contacts, in English and in Arabic, at 360×740.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ftlText } from './cases.mjs';
import { answerRestToResults, answerValue, launch, newPhone, openAll, openApp, screenshot } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SCREEN = 740;

for (const locale of ['en', 'ar']) {
test(`${locale}: a person in Bulgaria gets legal advice with a number on the first screen, and nothing of the closed Helsinki Committee office`, { timeout: 90_000 }, async (t) => {
  const { page, errors } = await newPhone(browser, t, { locale });
  await openApp(page);
  await answerValue(page, 'BG');
  // Everything else "prefer not to say": no urgent need, no likely programme.
  await answerRestToResults(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  // The first legal advice on the page is the hotline, its number within the first screen.
  const first = await page.evaluate(() => {
    const tel = document.querySelector('#avenir article.contact[data-kind="legal-advice"] a.tel');
    return tel ? { href: tel.getAttribute('href'), bottom: Math.round(tel.getBoundingClientRect().bottom + window.scrollY) } : null;
  });
  assert.ok(first, 'no legal advice with a number');
  assert.equal(first.href, 'tel:+35970018250');
  assert.ok(first.bottom <= SCREEN, `the legal advice's number ends at ${first.bottom} px, below the first screen`);
  // Named in the reader's language (the text of the content, not the English fallback).
  const hotlineName = ftlText(locale, 'contact-bg_legal_aid_hotline-name');
  assert.ok(await page.locator('#avenir article.contact[data-kind="legal-advice"]', { hasText: hotlineName }).count(), `"${hotlineName}" is not shown`);
  await screenshot(page, `${locale}-bg-first-screen.png`);
  // Everything a person can open, opened: FAR's form is there, the closed office is not.
  await openAll(page, '.results');
  const far = page.locator('#avenir article.contact[data-kind="legal-advice"]', { has: page.locator('a[href^="https://refugeelight.bg/"]') });
  assert.ok(await far.count(), 'FAR\'s request form is not among the legal advice');
  const text = await page.locator('#avenir').evaluate((el) => el.textContent);
  for (const closed of ['Helsinki', 'هلسنكي', '981 3318', '379 63 118', 'Svilengrad']) {
    assert.ok(!text.includes(closed), `"${closed}" is still shown`);
  }
  // The two legal-advice entries with their details, in the list of contacts.
  const hotline = page.locator('#avenir article.contact[data-kind="legal-advice"]', { hasText: hotlineName, has: page.locator('details.more') });
  await hotline.last().scrollIntoViewIfNeeded();
  await screenshot(page, `${locale}-bg-hotline.png`);
  await far.last().scrollIntoViewIfNeeded();
  await screenshot(page, `${locale}-bg-legal-advice.png`);
  await screenshot(page, `${locale}-bg-results.png`, { fullPage: true });
  errors.assertNone();
});
}
