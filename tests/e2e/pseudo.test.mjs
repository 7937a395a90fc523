// Pseudo-localisation: with the browser asking for en-XA (every message accented, a third
// longer, in ⟦ ⟧) or ar-XB (the same, right to left), every text a person sees must come from
// the translation files, and nothing may be cut off or overflow. Proper nouns, numbers and
// addresses (`translate="no"`), what the platform formats (`data-l10n="intl"`, <time>) and
// decorations (`aria-hidden`) are the only exceptions.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  answer, answerValue, failOnPageErrors, launch, openApp, overflowing, phoneContext, press,
  SEE_RESULTS,
} from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WALK = ['BE', 'AL', 'asylum_refused', 'no', { number: '2' }, 'yes', 'no', 'yes', 'housing', 'no', 'prefer-not-to-say', 'no', 'no', SEE_RESULTS];

/** Visible texts on the page that do not come from the translation files. */
async function untranslated(page, where) {
  const found = await page.evaluate(() => {
    const root = document.querySelector('#avenir');
    const names = new Intl.DisplayNames([root.lang], { type: 'region' });
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const out = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (!text || /^[\s\p{P}\p{N}\u2068\u2069]*$/u.test(text)) continue;
      const el = node.parentElement;
      if (el.closest('[translate="no"], [data-l10n="intl"], [aria-hidden="true"], time, script, style')) continue;
      // A country list's option named by the browser (`Intl.DisplayNames` of its code; the
      // options carry no mark, which cost 250 attributes on a tap).
      if (el.localName === 'option' && /^[A-Z]{2}$/.test(el.value) && text === names.of(el.value)) continue;
      if (!text.includes('⟦') && !text.includes('⟧')) out.push(`<${el.localName}> "${text.slice(0, 60)}"`);
    }
    return out;
  });
  return found.map((f) => `${where}: ${f}`);
}

for (const [locale, dir] of [['en-XA', 'ltr'], ['ar-XB', 'rtl']]) {
  test(`${locale}: every visible text comes from the translation files and fits`, { timeout: 90_000 }, async (t) => {
    const context = await phoneContext(browser, { locale });
    t.after(() => context.close());
    const page = await context.newPage();
    const errors = failOnPageErrors(page);
    await openApp(page, { intro: true });
    assert.equal(await page.locator('#avenir').getAttribute('dir'), dir);
    assert.equal(await page.locator('#avenir').getAttribute('lang'), locale);
    const problems = [...(await untranslated(page, 'start page')), ...(await overflowing(page, 'start page'))];
    await press(page, page.locator('form.intro button[type="submit"]'));
    let screen = 0;
    for (const step of WALK) {
      screen += 1;
      problems.push(...(await untranslated(page, `screen ${screen}`)), ...(await overflowing(page, `screen ${screen}`)));
      if (typeof step === 'object') await answer(page, step);
      else await answerValue(page, step);
    }
    await page.locator('.results').waitFor();
    // Open every "why we ask" and check the results with all their parts.
    problems.push(...(await untranslated(page, 'results')), ...(await overflowing(page, 'results')));
    assert.deepEqual(problems, []);
    errors.assertNone();
  });
}
