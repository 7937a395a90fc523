// Plural forms on the phone (issue 20): a text with a Fluent selector on a number shows the form
// of the reader's plural category, which the widget asks the browser's Intl.PluralRules for
// (cardinal, or ordinal for `NUMBER($n, type: "ordinal")`), and an exact number's form before
// it. The default content has no such text, so this test writes a copy of it with one
// (`avenir build`, the content files `cargo xtask build` writes) and serves that copy's files in
// place of the default ones.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { APP_URL, continueButton, failOnPageErrors, heading, launch, offlineReady, openApp, phoneContext, press } from './lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PLURAL_TEXTS = `[texts]
en = '''
ui-progress = { NUMBER($n, type: "ordinal") ->
    [1] First question of { $total }
    [one] { $n }st question of { $total }
    [two] { $n }nd question of { $total }
    [few] { $n }rd question of { $total }
   *[other] { $n }th question of { $total }
}
'''
ar = '''
ui-progress = { $n ->
    [zero] صفر
    [one] السؤال الأول من { $total }
    [two] السؤال الثاني من { $total }
    [few] قليل: السؤال { $n } من { $total }
    [many] كثير: السؤال { $n } من { $total }
   *[other] السؤال { $n } من { $total }
}
'''
`;

let browser;
let dir;
let files;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'avenir-plural-'));
  cpSync(join(ROOT, 'assessments', 'default'), join(dir, 'content'), { recursive: true });
  writeFileSync(join(dir, 'content', 'zz-plural.toml'), PLURAL_TEXTS);
  execFileSync('cargo', ['avenir', 'build', join(dir, 'content'), '--out', join(dir, 'out')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  files = ['content/start.bin', 'content/results.bin', 'texts/ar.bin', 'texts/ar.results.bin'];
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A phone whose content files are the copy's. */
async function phone(t, locale) {
  const context = await phoneContext(browser, { locale, serviceWorkers: 'block' });
  t.after(() => context.close());
  for (const file of files) {
    await context.route(`**/${file}`, (route) => route.fulfill({ contentType: 'application/octet-stream', body: readFileSync(join(dir, 'out', file)) }));
  }
  const page = await context.newPage();
  return { page, errors: failOnPageErrors(page) };
}

/** The progress line, without the isolation marks around its numbers (U+2066–U+2069). */
const progress = async (page) => (await page.locator('form.question .progress').textContent()).replace(/[\u2066-\u2069]/g, '');

/** The progress line of the first `count` questions, answering each with its first choice. */
async function progressLines(page, count) {
  const lines = [];
  for (let i = 0; i < count; i++) {
    lines.push((await progress(page)).trim());
    const select = page.locator('form.question select');
    if (await select.count()) await select.selectOption({ index: 1 });
    else await page.locator('form.question input[name="answer"]').first().check();
    await press(page, continueButton(page));
  }
  return lines;
}

test('English: the exact number first, then the ordinal category (1st, 2nd, 3rd, 4th)', async (t) => {
  const { page, errors } = await phone(t, 'en');
  await openApp(page);
  // A follow-up question's line is another text (ui-progress-follow-up), without a selector.
  const lines = (await progressLines(page, 6)).filter((line) => !line.startsWith('Follow-up'));
  assert.match(lines[0], /^First question of \d+$/);
  assert.match(lines[1], /^2nd question of \d+$/);
  assert.match(lines[2], /^3rd question of \d+$/);
  assert.match(lines[3], /^4th question of \d+$/);
  errors.assertNone();
});

test("Arabic: Arabic's own categories (one, two, few), numbers in the reader's digits", async (t) => {
  const { page, errors } = await phone(t, 'ar');
  await openApp(page);
  assert.equal(await page.locator('#avenir').getAttribute('lang'), 'ar');
  const lines = await progressLines(page, 3);
  assert.match(lines[0], /^السؤال الأول من [\d\u0660-\u0669]+$/);
  assert.match(lines[1], /^السؤال الثاني من [\d\u0660-\u0669]+$/);
  assert.match(lines[2], /^قليل: السؤال [3٣] من [\d\u0660-\u0669]+$/);
  errors.assertNone();
});

test('content published again in place reaches a returning visitor who has the offline copy', { timeout: 90_000 }, async (t) => {
  const context = await phoneContext(browser, { locale: 'en' });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  await openApp(page);
  await offlineReady(page);
  assert.match(await progress(page), /^Question 1 of \d+$/);
  // The author uploads the new content files over the old ones (the studio's built content).
  const asked = [];
  for (const file of files) {
    await context.route(`**/${file}`, (route) => {
      asked.push(file);
      return route.fulfill({ contentType: 'application/octet-stream', body: readFileSync(join(dir, 'out', file)) });
    });
  }
  // The offline copy gives what it has at once, asks for the files again, and keeps the new
  // ones for the next visit.
  const lines = [];
  for (let visit = 0; visit < 4 && !lines.at(-1)?.startsWith('First'); visit++) {
    await page.goto(APP_URL);
    await heading(page).waitFor();
    await page.locator('#avenir-root[data-running]').waitFor({ state: 'attached' });
    await press(page, page.locator('form.intro button[type="submit"]'));
    lines.push(await progress(page));
    await page.waitForTimeout(500);
  }
  assert.match(lines.at(-1), /^First question of \d+$/, `the visits showed ${JSON.stringify(lines)}`);
  assert.ok(asked.includes('content/start.bin'), 'the new file was never asked for');
  errors.assertNone();
});
