// Results a person can act on (issue 17): on a 360×740 phone, in English and in Arabic, the
// results page with everything collapsed is short, the first independent legal advice's number
// is within the first two screens, every urgent need carries its first contact's number close
// below its heading, and the next step says whom to call first. The walks are the content's test
// cases (cases.mjs), not picked by hand.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PREFER_NOT_TO_SAY, questionsByText, walks } from './cases.mjs';
import {
  OUT_DIR, RESULTS_HEADING, REVIEW_HEADING, SEE_RESULTS, WALK, answer, answerValue, axeViolations, continueButton, currentHeading, launch,
  newPhone, openAll, openApp, overflowing, press, screenshot,
} from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SCREEN = 740;

/**
 * Where things are on the results page, in CSS px from its top: the first legal advice's number
 * (or its heading, where the content has no number for it: `legalPhone` false), the next step's,
 * and how far below each urgent need's heading its first contact's number is.
 */
const layout = (page) => page.evaluate(() => {
  const top = (el) => Math.round(el.getBoundingClientRect().top + window.scrollY);
  const legalContact = document.querySelector('#avenir article.contact[data-kind="legal-advice"]');
  const legalTel = document.querySelector('#avenir article.contact[data-kind="legal-advice"] a.tel');
  const next = document.querySelector('#avenir .next-step');
  const nextTel = document.querySelector('#avenir .next-step a.tel');
  const urgent = [...document.querySelectorAll('#avenir li.need[data-urgency="immediate"]')].map((need) => {
    const tel = need.querySelector('a.tel');
    // A contact of the next-step box, right above, is pointed to ("number above"), not repeated.
    const above = need.querySelector(':scope > .above');
    return { need: need.querySelector('h3').textContent, gap: tel ? top(tel) - top(need.querySelector('h3')) : null, above: Boolean(above) };
  });
  // Where each part of the page starts, and where the first screen's parts end (their bottoms):
  // to see where the height goes, and to hold the first screen to what the issue puts on it.
  const bottom = (el) => Math.round(el.getBoundingClientRect().bottom + window.scrollY);
  const at = (sel) => { const el = document.querySelector(sel); return el ? top(el) : null; };
  const parts = Object.fromEntries(Object.entries({
    heading: '#avenir .results h1', next: '#avenir .next-step', legalSection: '#avenir section.legal',
    indicative: '#avenir .indicative', needs: '#avenir #h-needs', programmes: '#avenir #h-programmes',
    others: '#avenir details.others', notLikely: '#avenir details.not-likely', footer: '#avenir .about-result',
    actions: '#avenir .results .actions', keep: '#avenir .keep',
  }).map(([k, sel]) => [k, at(sel)]));
  const ends = (sel) => [...document.querySelectorAll(sel)].map(bottom);
  const firstScreen = {
    // Every urgent need's first number, the likely and possibly programmes' lines (verdicts
    // included), the first legal advice's number and the indicative note: their bottoms.
    urgentTels: [...document.querySelectorAll('#avenir li.need[data-urgency="immediate"]')].map((n) => {
      const tel = n.querySelector('a.tel'); return tel ? bottom(tel) : null;
    }),
    // (More than six: the list is one tap away, and its own line, with their number, counts.)
    programmeLines: ends('#avenir details.programme-list:not([open]) > summary').slice(0, 1).concat(
      document.querySelector('#avenir details.programme-list:not([open])') ? []
        : ends('#avenir .programme:is([data-likelihood="likely"], [data-likelihood="possibly"]) > details > summary')),
    legalTel: legalTel ? bottom(legalTel) : null,
    indicative: ends('#avenir .indicative')[0] ?? null,
    // An urgent need whose only number is the next step's: where its pointer to it ends.
    aboveEnds: [...document.querySelectorAll('#avenir li.need[data-urgency="immediate"]')].map((n) => {
      const p = n.querySelector(':scope > .above'); return p ? bottom(p) : null;
    }),
  };
  return {
    parts,
    firstScreen,
    height: document.documentElement.scrollHeight,
    legal: legalTel ? top(legalTel) : legalContact ? top(legalContact) : null,
    legalPhone: Boolean(legalTel),
    urgent,
    hasNext: Boolean(next),
    // Numbers of the next-step box (its contact, the legal advice) named again under an urgent
    // need's heading, right below it (issue 17: each named once on the first screen).
    repeated: [...document.querySelectorAll('#avenir .next-step a.tel')].map((a) => a.getAttribute('href'))
      .filter((href) => document.querySelector(`#avenir li.need[data-urgency="immediate"] > .need-contacts a.tel[href="${href}"]`)),
    next: nextTel ? top(nextTel) : next ? top(next) : null,
    nextPhone: Boolean(nextTel),
  };
});

// The walks: every case of the content's tests (cases.mjs), the same answers a person would
// give on the screens, in English, then the same results in Arabic.
const BYTEXT = questionsByText();

async function walkCase(page, answers) {
  let title = await currentHeading(page);
  for (let step = 0; title !== RESULTS_HEADING; step++) {
    assert.ok(step < 30, `no results after 30 screens (at "${title}")`);
    if (title === REVIEW_HEADING) { title = await answer(page, SEE_RESULTS); continue; }
    const id = BYTEXT.get(title);
    assert.ok(id, `a question the cases' walk does not know: "${title}"`);
    const given = answers[id] ?? PREFER_NOT_TO_SAY;
    if (typeof given === 'number') {
      title = await answer(page, { number: String(given) });
    } else if (Array.isArray(given)) {
      for (const v of given) await page.locator(`form.question input[name="answer"][value="${v}"]`).check();
      title = await press(page, continueButton(page));
    } else {
      title = await answerValue(page, given);
    }
  }
}

// Every urgent need's first contacts have a number (the content's own test,
// crates/avenir-content/tests/default_content.rs, checks the same): Germany's legal advice had
// none until the Bavarian Refugee Council's number was sourced (2026-12-07), so no walk is
// exempt any more.

// AVENIR_MEASURE_ONLY=1 records every walk's layout (out/results-walks.json) without failing.
const check = process.env.AVENIR_MEASURE_ONLY ? () => {} : assert.ok;
const all = walks();
const report = [];
after(async () => {
  await mkdir(OUT_DIR, { recursive: true });
  await writeFile(join(OUT_DIR, 'results-walks.json'), JSON.stringify(report, null, 1));
});

for (const [n, w] of all.entries()) {
  const name = w.cases[0].replace(/^[\w-]+\.toml: /, '');
  test(`walk ${n + 1}/${all.length}, ${name}: in English and Arabic, the next step on the first screen, legal advice within 2, urgent help at hand, at most ${w.preferNotToSay ? 4 : 3} screens`, { timeout: 120_000 }, async (t) => {
    const { page, errors } = await newPhone(browser, t);
    await openApp(page);
    await walkCase(page, w.answers);
    const screens = w.preferNotToSay ? 4 : 3;
    for (const lang of ['en', 'ar']) {
      if (lang === 'ar') {
        await page.locator('#avenir-language').selectOption('ar');
        // Once the language's results' texts are in too (the page is busy until then).
        await page.locator('#avenir[lang="ar"]:not([aria-busy]) h1').waitFor();
      }
      const at = await layout(page);
      report.push({ walk: n + 1, lang, cases: w.cases, ...at });
      if (process.env.AVENIR_SHOTS) await screenshot(page, `walk-${n + 1}-${lang}`, { fullPage: true });
      t.diagnostic(`${lang}: ${JSON.stringify(at)}`);
      // The content has no legal advice for a country of stay it does not know ("another
      // country"): there, nothing may be the next step.
      const known = w.answers.stay_country !== 'other';
      if (known) check(at.legal !== null && at.legal <= 2 * SCREEN, `${lang}: the first legal advice's number is at ${at.legal} px`);
      if (known || at.hasNext) check(at.next !== null && at.next <= SCREEN, `${lang}: the next step's number is at ${at.next} px`);
      check(at.repeated.length === 0, `${lang}: the next step's numbers ${at.repeated} are named again under an urgent need`);
      for (const { need, gap, above } of at.urgent) {
        // Its number is the next step's, on the first screen (held above), and the need says so.
        if (gap === null && above) check(at.nextPhone, `${lang}: ${need} points to a next step without a number`);
        else check(gap !== null && gap <= 600, `${lang}: ${need}: its first contact's number is ${gap} px below its heading`);
      }
      check(at.height <= screens * SCREEN, `${lang}: ${at.height} px high, over ${screens * SCREEN} px`);
      // The first screen (issue 17), in every walk: the indicative note, the first legal
      // advice's number, every urgent need's number (or its pointer to the next step's, held
      // above) and the first line of the programmes likely or possibly end within its 740 px.
      const fs = at.firstScreen;
      const items = [
        ['the indicative note', fs.indicative],
        ['the first legal advice\'s number', fs.legalTel ?? at.legal],
        ['the first programme\'s line', fs.programmeLines[0] ?? null],
        ...at.urgent.map((u, i) => [`the number of "${u.need}"`, fs.urgentTels[i] ?? (u.above ? fs.aboveEnds[i] : null)]),
      ];
      for (const [what, y] of items) {
        if (y === null) continue; // none to place: no programme, no urgent need, or checked above
        check(y <= SCREEN, `${lang}: ${what} ends at ${y} px, below the first screen`);
      }
      // The whole list of programmes likely or possibly on the first screen too: reported.
      const later = fs.programmeLines.filter((y) => y > SCREEN).length;
      if (later) t.diagnostic(`${lang}: ${later} of ${fs.programmeLines.length} programmes' lines end below the first screen`);
    }
    errors.assertNone();
  });
}

async function walkTo(page, labels) {
  for (const label of labels) await answer(page, label);
}

test('printed, every collapsed part is open', { timeout: 60_000 }, async (t) => {
  const { page } = await newPhone(browser, t);
  await openApp(page);
  await walkTo(page, WALK);
  // On screen, a collapsed part's content is built when first opened (views/fold.rs): the
  // programmes' reasons are not there yet.
  const closed = await page.locator('#avenir article.programme details:not([open])').count();
  assert.ok(closed > 0, 'nothing is collapsed on screen');
  assert.equal(await page.locator('#avenir .reasons').count(), 0, 'collapsed programmes\' reasons built before they are opened');
  // Printed, everything is built and shown, the reasons of every programme among it.
  await page.emulateMedia({ media: 'print' });
  await page.locator('#avenir .reasons').first().waitFor({ state: 'attached' });
  const reasons = page.locator('#avenir details:not([open]) .reasons');
  assert.equal(await reasons.count(), await page.locator('#avenir article.programme').count(), 'a programme without its reasons in print');
  const hidden = await reasons.evaluateAll((nodes) => nodes.filter((n) => !n.checkVisibility()).length);
  assert.equal(hidden, 0, 'reasons stay hidden in print');
  assert.ok(await page.locator('#avenir details:not([open]) .contact .facts').count() > 0, 'contacts\' details missing in print');
});

// The screens to look at (issue 17's note): the first screen, an urgent need with its hotline,
// the programmes collapsed, and print, at 360×740 in English and Arabic, for the walk of the
// other tests with danger on return and signs of trafficking.
test('screenshots: first screen, a need with its hotline, collapsed programmes, print, in English and Arabic', { timeout: 90_000 }, async (t) => {
  const { page, errors } = await newPhone(browser, t);
  await openApp(page);
  await walkTo(page, WALK.map((label, i) => (i === 10 || i === 11 ? 'Yes' : label)));
  for (const lang of ['en', 'ar']) {
    if (lang === 'ar') {
      await page.locator('#avenir-language').selectOption('ar');
      await page.locator('#avenir[lang="ar"]:not([aria-busy]) h1').waitFor();
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `results-first-screen-${lang}`);
    await page.locator('#avenir li.need[data-urgency="immediate"]').first().screenshot({ path: join(OUT_DIR, `results-urgent-need-${lang}.png`) });
    await page.locator('#avenir section[aria-labelledby="h-programmes"]').screenshot({ path: join(OUT_DIR, `results-programmes-${lang}.png`) });
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, `results-print-${lang}`, { fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  }
  errors.assertNone();
});

// Switching language on the results (issue 17): the page is the same elements with the new
// language's texts, so what the person opened stays open, and the part they were reading stays
// in view near where it was (views/fold.rs, `use_keep_place`). Before, the page was built anew:
// everything collapsed again, and at the top.
test('switching language on the results keeps what was opened open, and the place being read', { timeout: 60_000 }, async (t) => {
  const { page, errors } = await newPhone(browser, t);
  await openApp(page);
  await walkTo(page, WALK);
  // Opened as a person would: a programme's reasons, "Who to contact" and a contact's details in it.
  const programme = page.locator('#avenir .programme-lines article.programme').nth(1);
  await programme.locator('summary').first().click();
  await page.locator('#avenir details.others > summary').click();
  await page.locator('#avenir details.others details.more > summary').first().click();
  const opened = () => page.evaluate(() => [...document.querySelectorAll('#avenir details')].map((d, i) => (d.open ? i : -1)).filter((i) => i >= 0));
  const before = await opened();
  assert.equal(before.length, 3, `opened ${before.length} parts, not 3`);
  // Read from the second programme's heading, 200 px below the top of the screen.
  const heading = programme.locator('h3');
  await heading.evaluate((h) => window.scrollBy(0, h.getBoundingClientRect().top - 200));
  const y = await heading.evaluate((h) => h.getBoundingClientRect().top);
  assert.ok(Math.abs(y - 200) < 2 && (await page.evaluate(() => window.scrollY)) > 300, 'the page did not scroll to the programme');
  for (const lang of ['ar', 'fr']) {
    await page.locator('#avenir-language').selectOption(lang);
    await page.locator(`#avenir[lang="${lang}"]:not([aria-busy]) h1`).waitFor();
    assert.deepEqual(await opened(), before, `${lang}: the parts opened are not the same after the switch`);
    assert.ok(await programme.locator('.reasons').isVisible(), `${lang}: the programme's reasons are not shown`);
    const now = await heading.evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(Math.abs(now - 200) <= 40, `${lang}: the programme's heading is at ${Math.round(now)} px on the screen, not near 200 px`);
  }
  await screenshot(page, 'results-language-switch-fr');
  errors.assertNone();
});

// Issue 19's follow-up: a person who has not named their country of return sees the programmes
// of their country of stay, and those of every country of return counted in one line (the core's
// `Outcome::for_return`), not listed as "possibly". "Change your answer" on that line asks the
// country of return and comes back to the results, where that country's programme is listed.
// The walk is the content's case of Belgium with the country of return not given.
test('no country of return named: its programmes are counted in one line, not listed; naming one lists its programme', { timeout: 120_000 }, async (t) => {
  const w = all.find((x) => JSON.stringify(x.answers) === JSON.stringify({ stay_country: 'BE' }));
  assert.ok(w, 'no case of Belgium with nothing else answered');
  const { page, errors } = await newPhone(browser, t);
  await openApp(page);
  await walkCase(page, w.answers);
  const line = page.locator('#avenir section[aria-labelledby="h-programmes"] p.for-return');
  const listed = () => page.locator('#avenir article.programme h3[id]').evaluateAll((hs) => hs.map((h) => h.id.replace(/^programme-/, '')));
  const ofReturn = ['al_migration_counters', 'xk_reintegration', 'md_reintegration', 'ge_state_reintegration', 'am_returnee_support'];
  for (const lang of ['en', 'ar']) {
    if (lang === 'ar') {
      await page.locator('#avenir-language').selectOption('ar');
      await page.locator('#avenir[lang="ar"]:not([aria-busy]) h1').waitFor();
    }
    assert.ok(await line.isVisible(), `${lang}: no line counting the programmes for other countries of return`);
    const ids = await listed();
    assert.ok(ids.includes('fedasil_avr'), `${lang}: Belgium's programme is not listed: ${ids}`);
    assert.deepEqual(ids.filter((id) => ofReturn.includes(id)), [], `${lang}: a country of return's programme is listed`);
    if (lang === 'en') {
      const count = Number((await line.textContent()).match(/(\d+)/)?.[1]);
      assert.ok(count >= ofReturn.length, `the line counts ${count} programmes`);
      t.diagnostic(`listed ${ids.length} (${ids}), counted ${count}`);
    }
    // The line and its button on the first screens, at 360×740.
    const box = await line.boundingBox();
    const y = await page.evaluate((top) => Math.round(top + window.scrollY), box.y);
    t.diagnostic(`${lang}: the line is at ${y}–${Math.round(y + box.height)} px; page ${await page.evaluate(() => document.documentElement.scrollHeight)} px`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `results-for-return-first-screen-${lang}`);
    await page.locator('#avenir section[aria-labelledby="h-programmes"]').screenshot({ path: join(OUT_DIR, `results-for-return-${lang}.png`) });
    const button = line.locator('button');
    const size = await button.boundingBox();
    assert.ok(size.height >= 44 && size.width >= 44, `${lang}: the button is ${size.width}×${size.height} px`);
    assert.deepEqual(await axeViolations(page, `${lang} results, the line counting programmes`), []);
    assert.deepEqual(await overflowing(page, `${lang} results`), []);
  }
  await page.locator('#avenir-language').selectOption('en');
  await page.locator('#avenir[lang="en"]:not([aria-busy]) h1').waitFor();
  const question = await press(page, line.getByRole('button', { name: 'Change your answer' }));
  assert.equal(BYTEXT.get(question), 'return_country', `"Change your answer" went to "${question}"`);
  assert.equal(await answerValue(page, 'AM'), RESULTS_HEADING, 'the answer did not come back to the results');
  assert.ok((await listed()).includes('am_returnee_support'), 'Armenia\'s programme is not listed once Armenia is named');
  assert.equal(await line.count(), 0, 'the line is still there with a country of return named');
  errors.assertNone();
});
