// The languages of the countries of stay added with them (issue 19): Swedish and Norwegian
// Bokmål. A phone in that language gets the start page prerendered in it (index.<tag>.html,
// chosen before anything is painted), told that the translation is a draft; a person in Sweden
// or Norway who would return to Afghanistan, afraid to return, gets results in that language
// with the country's programme under its own name, the next step on the first screen and
// independent legal advice within two, reflowing at 360 px and passing axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { APP_URL, axeViolations, failOnPageErrors, launch, openApp, overflowing, phoneContext, screenshot, answerValue, answer, SEE_RESULTS } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SCREEN = 740;

const LANGUAGES = [
  {
    locale: 'sv-SE', tag: 'sv', stay: 'SE',
    startTitle: 'Funderar du på att återvända till ditt land?',
    draft: 'Den här översättningen är ett utkast',
    results: 'Dina vägledande resultat',
    programme: 'Kontantstöd till återetablering från Sverige',
    legal: 'Oberoende juridisk rådgivning',
  },
  {
    locale: 'nb-NO', tag: 'nb', stay: 'NO',
    startTitle: 'Tenker du på å reise tilbake til landet ditt?',
    draft: 'Denne oversettelsen er et utkast',
    results: 'Dine veiledende resultater',
    programme: 'Programmet for frivillig assistert retur fra Norge',
    legal: 'Uavhengig juridisk rådgivning',
  },
];

/**
 * Refused asylum, returning to Afghanistan, afraid to return, by option value (the questions
 * asked in Sweden and Norway: Sweden's also asks about paying for the journey, answered "no").
 */
const walkValues = (stay) => [
  stay, 'AF', 'asylum_refused', ...(stay === 'SE' ? ['no'] : []), 'no', { number: '0' }, 'no', 'no', 'none', 'no', 'yes', 'no', 'no', SEE_RESULTS,
];

for (const l of LANGUAGES) {
  test(`${l.tag}: the start page in ${l.locale} before the code runs, marked as a draft; results in ${l.tag} with the next step and legal advice at hand`, { timeout: 120_000 }, async (t) => {
    const context = await phoneContext(browser, { locale: l.locale });
    t.after(() => context.close());
    const page = await context.newPage();
    const errors = failOnPageErrors(page);

    // Prerendered: the heading is there before the widget runs, in the language.
    await openApp(page, { intro: true });
    assert.equal(await page.locator('html').getAttribute('lang'), l.tag);
    assert.equal(await page.locator('#avenir').getAttribute('lang'), l.tag);
    assert.equal(await page.locator('#avenir-language').inputValue(), l.tag);
    assert.equal((await page.locator('#avenir h1').first().textContent()).trim(), l.startTitle);
    assert.match(await page.locator('#avenir').textContent(), new RegExp(l.draft));
    await screenshot(page, `${l.tag}-start-360`);
    const found = await overflowing(page, `${l.tag} start`);
    found.push(...(await axeViolations(page, `${l.tag} start`)));

    await page.locator('form.intro button[type="submit"]').click();
    for (const value of walkValues(l.stay)) {
      if (typeof value === 'object') await answer(page, value);
      else await answerValue(page, value);
    }
    await page.locator(`#avenir[lang="${l.tag}"]:not([aria-busy]) .results`).waitFor();
    assert.equal((await page.locator('#avenir h1').first().textContent()).trim(), l.results);
    const text = await page.locator('#avenir').textContent();
    assert.ok(text.includes(l.programme), `the country's programme is not named in ${l.tag}`);
    assert.ok(text.includes(l.legal), `no "${l.legal}" heading`);
    const at = await page.evaluate(() => {
      const top = (el) => el && Math.round(el.getBoundingClientRect().top + window.scrollY);
      return {
        next: top(document.querySelector('#avenir .next-step')),
        legal: top(document.querySelector('#avenir article.contact[data-kind="legal-advice"]')),
      };
    });
    assert.ok(at.next !== null && at.next < SCREEN, `${l.tag}: the next step is at ${at.next} px`);
    assert.ok(at.legal !== null && at.legal < 2 * SCREEN, `${l.tag}: the first legal advice is at ${at.legal} px`);
    await screenshot(page, `${l.tag}-results-360`);
    await screenshot(page, `${l.tag}-results-full`, { fullPage: true });
    found.push(...(await overflowing(page, `${l.tag} results`)));
    found.push(...(await axeViolations(page, `${l.tag} results`)));
    assert.deepEqual(found, []);
    errors.assertNone();
  });
}

// A phone set to Norwegian may ask for `no` (the macrolanguage), not `nb`: it gets the Bokmål
// texts, from the server that chooses the page (`cargo xtask serve`, avenir-core's
// `text::negotiate`) and from `lang.js` on a host that cannot (index.html, never negotiated);
// the widget then stays in Bokmål (avenir-web's `i18n::initial_language`).
test('no: a browser asking for Norwegian as `no` gets the Bokmål start page, from the server and from lang.js', { timeout: 60_000 }, async (t) => {
  const nb = LANGUAGES.find((l) => l.tag === 'nb');
  const context = await phoneContext(browser, { locale: 'no-NO', extraHTTPHeaders: { 'Accept-Language': 'no-NO,no;q=0.9' } });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  const asked = await page.evaluate(() => navigator.languages);
  t.diagnostic(`navigator.languages: ${JSON.stringify(asked)}`);
  for (const address of [APP_URL, `${APP_URL}index.html`]) {
    await page.goto(address);
    await page.locator('#avenir h1').first().waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'nb', address);
    assert.equal((await page.locator('#avenir h1').first().textContent()).trim(), nb.startTitle, address);
    await page.locator('#avenir-root[data-running]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('#avenir-language').inputValue(), 'nb', address);
  }
  // From index.html, lang.js moved the reader to the Bokmål page.
  assert.match(page.url(), /index\.nb\.html/);
  errors.assertNone();
});
