// The content studio in Firefox (issue 21: "works in current Chromium and Firefox"). Playwright
// drives only its own patched Firefox, which cannot be downloaded on the project's machines, so
// this test drives Debian's Firefox ESR (`apt-get install firefox-esr`, `cargo xtask setup`)
// through WebDriver BiDi with puppeteer-core (npm). The same path as studio.test.mjs, in a real
// Firefox: open the widget's own content, make a mistake and see it listed and marked, go to it,
// fix it, run the tests, edit a phone number and see it in the preview's results (the real
// widget, walked to them), see the diff, and save: the zip Firefox downloads, compared file by
// file with the folder on disk. Every request is a GET of the studio's origin; nothing stored.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { APP_URL, OUT_DIR, SEE_RESULTS, WALK, assertSavedZip, unzip } from './lib.mjs';

const STUDIO = new URL('studio/', APP_URL).href;
const origin = new URL(APP_URL).origin;
/** Debian's Firefox ESR, or `$FIREFOX`. */
const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const OLD_PHONE = '+32 800 32 745';
const NEW_PHONE = '+32 800 32 746';

let browser;
let downloads;
before(async () => {
  downloads = mkdtempSync(join(tmpdir(), 'avenir-firefox-'));
  mkdirSync(OUT_DIR, { recursive: true });
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // The window's size, not an emulated viewport (puppeteer's setViewport asks Firefox ESR 140
    // for a screen-orientation override it does not have).
    defaultViewport: null,
    args: ['--width=1600', '--height=1300'],
    // Downloads go to `downloads` without a question (a zip is a download like any other).
    extraPrefsFirefox: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/zip',
      'browser.download.manager.showWhenStarting': false,
    },
  });
});
after(async () => {
  await browser?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

/**
 * Waits until `predicate(arg)` is true in `where` (a page or a frame). Not puppeteer's
 * `waitForFunction`: it makes its poller with `new Function`, which the studio's policy refuses.
 */
async function until(where, predicate, arg, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (!(await where.evaluate(predicate, arg))) {
    if (Date.now() > deadline) throw new Error(`not true after ${timeout} ms: ${predicate}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const summary = (page, pattern) => until(page, (source) => new RegExp(source).test(document.getElementById('summary').textContent), pattern.source);

/** Selects the first `from` in the file shown and types `to` over it, key by key. Returns its offset. */
async function typeOver(page, from, to) {
  const at = await page.$eval('#text', (el, from) => el.value.indexOf(from), from);
  assert.ok(at >= 0, `"${from}" is in the file`);
  await page.$eval('#text', (el, [a, b]) => { el.focus(); el.setSelectionRange(a, b); }, [at, at + from.length]);
  await page.keyboard.type(to);
  return at;
}

/** The text of the heading of the widget in `frame`, once it runs. */
const heading = (frame) => frame.$eval('#avenir-root[data-running] #avenir h1', (h) => h.textContent.trim()).catch(() => null);

/**
 * A mouse click at the middle of the first `selector` in the preview's frame (whose text is
 * `text`, if given): its place in the frame plus the frame's in the page. (Puppeteer's
 * ElementHandle.click inside a frame asks Firefox ESR 140 for a locator it does not have.)
 */
async function clickIn(page, frame, selector, text = null) {
  const inFrame = await frame.evaluate((selector, text) => {
    const element = [...document.querySelectorAll(selector)].find((e) => text === null || e.textContent.trim() === text);
    if (!element) return null;
    element.scrollIntoView({ block: 'center' });
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x: x + width / 2, y: y + height / 2 };
  }, selector, text);
  assert.ok(inFrame, `in the preview: ${selector} ${text ?? ''}`);
  const box = await page.$eval('#preview', (f) => {
    const r = f.getBoundingClientRect();
    return { x: r.x + f.clientLeft, y: r.y + f.clientTop };
  });
  await page.mouse.click(box.x + inFrame.x, box.y + inFrame.y);
}

/** Answers the question in `frame` with `label` (as lib.mjs `answer`), presses the button; returns the next heading. */
async function answer(page, frame, label) {
  const before = await heading(frame);
  if (label === SEE_RESULTS) {
    await clickIn(page, frame, 'form.review button[type="submit"]');
  } else if (typeof label === 'object') {
    await clickIn(page, frame, 'form.question input[inputmode="numeric"]');
    await page.keyboard.type(label.number);
  } else {
    // An option of the country list, chosen as puppeteer's `select` does, or an answer's label,
    // clicked; once the question shows it (its texts may still be arriving).
    let chosen = null;
    const deadline = Date.now() + 10_000;
    while (!chosen) {
      chosen = await frame.evaluate((label) => {
        const select = document.querySelector('form.question select');
        const option = select && [...select.options].find((o) => o.textContent.trim() === label);
        if (option) {
          select.value = option.value;
          select.dispatchEvent(new Event('input', { bubbles: true }));
          select.dispatchEvent(new Event('change', { bubbles: true }));
          return 'select';
        }
        return [...document.querySelectorAll('form.question label')].some((l) => l.textContent.trim() === label) ? 'label' : null;
      }, label);
      assert.ok(chosen || Date.now() < deadline, `no answer "${label}" in: ${await frame.evaluate(() => document.querySelector('#avenir')?.textContent)}`);
      if (!chosen) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (chosen === 'label') await clickIn(page, frame, 'form.question label', label);
  }
  if (label !== SEE_RESULTS) await clickIn(page, frame, 'form.question button[type="submit"]');
  const deadline = Date.now() + 15_000;
  for (;;) {
    const now = await heading(frame);
    if (now && now !== before && !(await frame.$('#avenir .preparing'))) return now;
    assert.ok(Date.now() < deadline, `the heading stayed "${before}" after "${JSON.stringify(label)}"`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Clicks `selector` and returns the file Firefox downloads meanwhile (its name and bytes). */
async function downloaded(page, selector) {
  const before = new Set(readdirSync(downloads));
  await page.click(selector);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const done = readdirSync(downloads).filter((name) => !before.has(name) && !name.endsWith('.part'));
    const partial = readdirSync(downloads).some((name) => name.endsWith('.part'));
    if (done.length === 1 && !partial) {
      const bytes = readFileSync(join(downloads, done[0]));
      // Complete once its end record is there (Firefox renames the .part when done, but be sure).
      if (bytes.length >= 22 && bytes.readUInt32LE(bytes.length - 22) === 0x06054b50) return { name: done[0], bytes };
    }
    assert.ok(Date.now() < deadline, `no download in ${downloads}: ${readdirSync(downloads).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The studio in a new tab of Firefox, the widget's content opened; its errors and requests recorded. */
async function studio(t) {
  assert.ok(existsSync(FIREFOX), `${FIREFOX} is missing: \`cargo xtask setup\` installs Debian's firefox-esr`);
  assert.match(await browser.version(), /^firefox\//);
  const page = await browser.newPage();
  t.after(() => page.close());
  page.setDefaultTimeout(30_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(`console.error: ${message.text()}`); });
  const requests = [];
  page.on('request', (request) => requests.push({ url: request.url(), method: request.method() }));
  await page.goto(STUDIO);
  // Firefox has no showDirectoryPicker: "Open a folder…" is the folder input's.
  assert.equal(await page.evaluate(() => typeof window.showDirectoryPicker), 'undefined');
  await page.click('#open-default');
  await summary(page, /^0 error\(s\)/);
  return { page, errors, requests };
}

/** Shows `path` in the editor. */
async function show(page, path) {
  await page.click(`#file-list button[data-path="${path}"]`);
  await until(page, (path) => document.getElementById('file-name').textContent === path, path);
}

/** The preview's frame once the widget runs in it with the content as last edited. */
async function preview(page) {
  await until(page, () => document.body.dataset.previewed === document.body.dataset.edited
    && document.getElementById('preview-state').textContent.startsWith('Preview of the content as edited'), undefined, 60_000);
  // The frame by its address (ElementHandle.contentFrame asks for a locator Firefox ESR 140
  // does not have).
  const src = await page.$eval('#preview', (f) => f.src);
  const frame = page.frames().find((f) => f.url() === src);
  assert.ok(frame, `the preview's frame (${src}) among ${page.frames().map((f) => f.url())}`);
  await until(frame, () => Boolean(document.querySelector('#avenir-root[data-running] h1')));
  return frame;
}

test('Firefox: an error listed and placed, fixed; tests, preview, diff, zip; nothing sent', { timeout: 300_000 }, async (t) => {
  const { page, errors, requests } = await studio(t);

  // A mistake: `idd` for `id` in a contact, listed with its code and place, its line marked.
  await show(page, 'contacts.toml');
  const at = await typeOver(page, '[[contact]]\nid =', '[[contact]]\nidd =') + '[[contact]]\n'.length;
  await summary(page, /^[1-9]\d* error/);
  const line = await page.$eval('#text', (el, at) => el.value.slice(0, at).split('\n').length, at);
  const place = `contacts.toml:${line}:1`;
  await until(page, (place) => [...document.querySelectorAll('#diagnostics button.diag.error')]
    .some((b) => b.textContent.includes(place) && b.textContent.includes('idd')), place);
  const listed = await page.evaluateHandle((place) => [...document.querySelectorAll('#diagnostics button.diag.error')]
    .find((b) => b.textContent.includes(place) && b.textContent.includes('idd')), place);
  assert.match(await listed.evaluate((b) => b.textContent), /error\[E\d{4}\] contacts\.toml:\d+:1 /);
  assert.ok(await page.$$eval('#gutter .error', (marks) => marks.length) >= 1, 'the line is marked beside the text');
  await page.screenshot({ path: join(OUT_DIR, 'studio-firefox-error.png') });

  // A click on it selects the text in the editor; typing over the selection fixes it.
  await listed.click();
  const selection = await page.$eval('#text', (el) => [el.selectionStart, el.selectionEnd, document.activeElement === el]);
  assert.deepEqual(selection, [at, at + 3, true]);
  await page.keyboard.type('id');
  await summary(page, /^0 error\(s\)/);

  // The tests pass with full coverage.
  await page.click('#run-tests');
  await until(page, () => document.getElementById('report-h').textContent === 'Tests: all passed');
  assert.match(await page.$eval('#report', (r) => r.textContent), /0 failed\ncoverage: (\d+) of \1 condition outcomes \(100%\)/);

  // A phone number edited shows in the preview's results: the real widget, walked to them.
  await typeOver(page, OLD_PHONE, NEW_PHONE);
  await summary(page, /^0 error\(s\)/);
  const frame = await preview(page);
  await clickIn(page, frame, 'form.intro button[type="submit"]');
  await until(frame, () => Boolean(document.querySelector('form.question')));
  let title;
  for (const label of WALK) title = await answer(page, frame, label);
  assert.equal(title, 'Your indicative results');
  const results = (await frame.$eval('#avenir', (el) => el.textContent)).replace(/\s+/g, ' ');
  assert.ok(results.includes(NEW_PHONE) && !results.includes(OLD_PHONE), `the edited number, not the old one, in the results: ${results}`);
  await page.screenshot({ path: join(OUT_DIR, 'studio-firefox-preview.png') });

  // The diff names the change.
  await page.click('#run-diff');
  await until(page, () => document.getElementById('report-h').textContent.startsWith('What changes'));
  const diff = await page.$eval('#report', (r) => r.textContent);
  assert.ok(diff.includes(`- phone = "${OLD_PHONE}"`) && diff.includes(`+ phone = "${NEW_PHONE}"`), diff);

  // Saved: the zip Firefox downloads holds every file, the edited one edited.
  const saved = await downloaded(page, '#save');
  assert.match(saved.name, /\.zip$/);
  assertSavedZip(saved.bytes, ['contacts.toml', OLD_PHONE, NEW_PHONE]);

  // The built content, downloaded too: the edited number in the results' part.
  const built = unzip((await downloaded(page, '#download-built')).bytes);
  assert.ok(built.has('content/start.bin') && built.has('texts/ar.results.bin'));
  assert.ok(built.get('content/results.bin').includes(Buffer.from(NEW_PHONE)), 'the edited number is in the built results');

  // Nothing sent: every request the page made a GET of this origin; nothing stored.
  assert.ok(requests.length > 0, 'requests are recorded');
  for (const request of requests) {
    if (/^(data|blob):/.test(request.url)) continue;
    assert.equal(request.method, 'GET', request.url);
    assert.equal(new URL(request.url).origin, origin, request.url);
  }
  const stored = await page.evaluate(async () => ({
    local: localStorage.length, session: sessionStorage.length, cookie: document.cookie,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, cookie: '', caches: 0 });
  assert.deepEqual(errors, [], `the page reported errors:\n${errors.join('\n')}`);
});

test('Firefox: an Arabic text, right to left: a mistake placed and fixed, an edit previewed in Arabic, saved', { timeout: 300_000 }, async (t) => {
  const { page, errors } = await studio(t);
  await show(page, 'texts/ar.ftl');
  assert.equal(await page.$eval('#text', (el) => el.getAttribute('dir')), 'auto');

  // A mistake: the `=` of a message left out; listed in the Arabic file; fixed.
  await typeOver(page, 'ui-start-title = ', 'ui-start-title ');
  await summary(page, /^[1-9]\d* error/);
  await until(page, () => [...document.querySelectorAll('#diagnostics button.diag.error')].some((b) => /texts\/ar\.ftl:\d+:\d+ /.test(b.textContent)));
  await typeOver(page, 'ui-start-title ', 'ui-start-title = ');
  await summary(page, /^0 error\(s\)/);

  // An Arabic text edited, typed key by key, shown in the preview in Arabic.
  const title = 'هل تفكّر في العودة إلى بلدك؟';
  const edited = 'هل تفكّرين في العودة إلى بلدك؟';
  await typeOver(page, `ui-start-title = ${title}`, `ui-start-title = ${edited}`);
  await summary(page, /^0 error\(s\)/);
  await page.select('#preview-lang', 'ar');
  const frame = await preview(page);
  assert.equal(await frame.$eval('html', (html) => html.lang), 'ar');
  assert.equal(await frame.$eval('#avenir-root h1', (h) => h.textContent.trim()), edited);
  assert.equal(await frame.$eval('#avenir', (el) => getComputedStyle(el).direction), 'rtl');
  await page.screenshot({ path: join(OUT_DIR, 'studio-firefox-arabic.png') });

  const saved = await downloaded(page, '#save');
  assertSavedZip(saved.bytes, ['texts/ar.ftl', `ui-start-title = ${title}`, `ui-start-title = ${edited}`]);
  assert.deepEqual(errors, [], `the page reported errors:\n${errors.join('\n')}`);
});

test('Firefox: the preview started again while it is starting: it finishes, then starts again, with no error', { timeout: 120_000 }, async (t) => {
  const { page, errors } = await studio(t);
  await preview(page);
  // "Start again" pressed as soon as the preview asks for the content (when the widget's module
  // is being fetched): navigating the frame then made Firefox report the cancelled import.
  await page.evaluate(() => {
    window.starts = 0;
    addEventListener('message', (event) => { if (event.data?.studio === 'ready') window.starts += 1; });
  });
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => addEventListener('message', (event) => {
      if (event.data?.studio === 'ready') setTimeout(() => document.getElementById('preview-reload').click(), 0);
    }, { once: true }));
    const starts = await page.evaluate(() => window.starts);
    await page.click('#preview-reload');
    // Two starts: the one pressed, then the one pressed while it started.
    await until(page, (starts) => window.starts >= starts + 2
      && document.getElementById('preview-state').textContent.startsWith('Preview of the content as edited'), starts);
  }
  assert.deepEqual(errors, [], `the page reported errors:\n${errors.join('\n')}`);
});
