// The content studio (/studio/, docs/authoring.md): an author opens the widget's own content,
// makes a mistake and sees it listed with its code and place, goes to it, fixes it, runs the
// tests, edits a phone number and sees it in the preview's results (the real widget), sees it
// in the diff, saves the files as a zip (read back here) and downloads the built content; the
// same on an Arabic text. Nothing leaves the page: no request but the studio's own files, no
// storage. axe finds nothing, a keyboard alone does it, and the keystroke-to-diagnostics time
// is measured at 4× CPU slowdown.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { CONTENT } from './cases.mjs';
import {
  APP_URL, OUT_DIR, WALK, assertNoStorage, axeViolations, failOnPageErrors, launch, recordRequests,
  assertSavedZip, contentOnDisk, screenshot, unzip, walk,
} from './lib.mjs';

const STUDIO = new URL('studio/', APP_URL).href;
const origin = new URL(APP_URL).origin;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The studio in a desktop-sized window, with every request of the page and its worker and frame recorded. */
async function studio(t, viewport = { width: 1600, height: 1300 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  context.setDefaultTimeout(30_000);
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  const requests = recordRequests(context);
  await page.goto(STUDIO);
  return { context, page, errors, requests };
}

/** Opens the widget's own content and waits for its first check. */
async function openDefault(page) {
  await page.getByRole('button', { name: 'Start from the widget\'s own content' }).click();
  await summary(page, /^0 error\(s\)/);
}

const summary = (page, text) => page.locator('#summary').filter({ hasText: text }).waitFor();

/** Shows `path` in the editor. */
async function show(page, path) {
  await page.locator(`#file-list button[data-path="${path}"]`).click();
  await page.locator('#file-name').filter({ hasText: path }).waitFor();
}

/** Selects the first `from` in the file shown and types `to` over it, key by key. Returns its offset. */
async function typeOver(page, from, to) {
  const at = await page.locator('#text').evaluate((el, from) => el.value.indexOf(from), from);
  assert.ok(at >= 0, `"${from}" is in the file`);
  await page.locator('#text').evaluate((el, [a, b]) => { el.focus(); el.setSelectionRange(a, b); }, [at, at + from.length]);
  await page.keyboard.type(to);
  return at;
}

/** The preview's frame once the widget runs in it with the content as last edited. */
async function preview(page) {
  await page.waitForFunction(() => document.body.dataset.previewed === document.body.dataset.edited, null, { timeout: 60_000 });
  await page.locator('#preview-state').filter({ hasText: 'Preview of the content as edited' }).waitFor();
  await page.locator('#preview').scrollIntoViewIfNeeded();
  const frame = await (await page.locator('#preview').elementHandle()).contentFrame();
  await frame.locator('#avenir-root[data-running] h1').first().waitFor();
  return frame;
}

async function downloaded(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

const OLD_PHONE = '+32 800 32 745';
const NEW_PHONE = '+32 800 32 746';

test('an error listed and placed, fixed; tests, preview, diff, zip; nothing sent or stored', { timeout: 240_000 }, async (t) => {
  const { context, page, errors, requests } = await studio(t);
  await openDefault(page);

  // A mistake: `idd` for `id` in a contact.
  await show(page, 'contacts.toml');
  const at = await typeOver(page, '[[contact]]\nid =', '[[contact]]\nidd =') + '[[contact]]\n'.length;
  await summary(page, /^[1-9]\d* error/);
  const line = (await page.locator('#text').evaluate((el, at) => el.value.slice(0, at).split('\n').length, at));
  const listed = page.locator('#diagnostics button.diag.error', { hasText: `contacts.toml:${line}:1` }).filter({ hasText: 'idd' });
  await listed.first().waitFor();
  assert.match(await listed.first().textContent(), /error\[E\d{4}\] contacts\.toml:\d+:1 /);
  assert.ok(await page.locator('#gutter .error').count() >= 1, 'the line is marked beside the text');
  await screenshot(page, 'studio-error', { fullPage: true });

  // A click on it selects the text in the editor.
  await listed.first().click();
  const selection = await page.locator('#text').evaluate((el) => [el.selectionStart, el.selectionEnd, document.activeElement === el]);
  assert.deepEqual(selection, [at, at + 3, true]);
  // Fixed by typing over the selection.
  await page.keyboard.type('id');
  await summary(page, /^0 error\(s\)/);

  // The tests pass with full coverage.
  await page.getByRole('button', { name: 'Run the tests' }).click();
  await page.locator('#report-h').filter({ hasText: 'Tests: all passed' }).waitFor();
  assert.match(await page.locator('#report').textContent(), /0 failed\ncoverage: (\d+) of \1 condition outcomes \(100%\)/);

  // A phone number edited shows in the preview's results: the real widget, walked to them.
  await typeOver(page, OLD_PHONE, NEW_PHONE);
  await summary(page, /^0 error\(s\)/);
  const frame = await preview(page);
  await frame.locator('form.intro button[type="submit"]').click();
  await frame.locator('form.question').waitFor();
  assert.equal(await walk(frame, WALK), 'Your indicative results');
  const results = (await frame.locator('#avenir').textContent()).replace(/\s+/g, ' ');
  assert.ok(results.includes(NEW_PHONE) && !results.includes(OLD_PHONE), `the edited number, not the old one, in the results: ${results}`);
  await screenshot(page, 'studio-preview');

  // The diff names the change.
  await page.getByRole('button', { name: 'What changes (diff)' }).click();
  await page.locator('#report-h').filter({ hasText: 'What changes' }).waitFor();
  const diff = await page.locator('#report').textContent();
  assert.match(diff, /test cases whose results change: 0 of \d+/);
  assert.ok(diff.includes(`contacts.toml\n`) && diff.includes(`- phone = "${OLD_PHONE}"`) && diff.includes(`+ phone = "${NEW_PHONE}"`), diff);
  await screenshot(page, 'studio-diff', { fullPage: true });

  // Saved as a zip: every file, the edited one edited, the others as they were.
  const saved = await downloaded(page, 'Save');
  assert.match(saved.name, /\.zip$/);
  assertSavedZip(saved.bytes, ['contacts.toml', OLD_PHONE, NEW_PHONE]);

  // The built content: the files a widget downloads.
  const built = unzip((await downloaded(page, 'Download the built content')).bytes);
  assert.ok(built.has('content/start.bin') && built.has('content/results.bin') && built.has('texts/ar.bin') && built.has('texts/ar.results.bin'));
  assert.ok(built.get('content/results.bin').includes(Buffer.from(NEW_PHONE)), 'the edited number is in the built results');

  // Nothing sent: every request a GET of this origin, the studio's own files or the widget's
  // build that the preview runs; nothing stored.
  for (const request of requests) {
    const url = new URL(request.url);
    if (/^(data|blob):/.test(request.url)) continue;
    assert.equal(request.method, 'GET', request.url);
    assert.equal(url.origin, origin, request.url);
    assert.ok(url.pathname.startsWith('/studio/') || ['/style.css', '/pkg/avenir_results.js', '/pkg/avenir_results_bg.wasm', '/pkg/avenir_results.css'].includes(url.pathname), request.url);
    assert.ok(!url.search || /^\?\d+$/.test(url.search), `nothing in an address: ${request.url}`);
  }
  assert.ok(!requests.some((r) => r.url.includes('/built/')), 'the preview\'s language files are answered from memory');
  await assertNoStorage(page, context);
  errors.assertNone();
});

test('the same on an Arabic text: error placed, fixed, edited, previewed in Arabic, diffed, saved', { timeout: 180_000 }, async (t) => {
  const { page, errors } = await studio(t);
  await openDefault(page);
  await show(page, 'texts/ar.ftl');
  assert.equal(await page.locator('#text').getAttribute('dir'), 'auto');

  // A mistake: the `=` of a message left out.
  const at = await typeOver(page, 'ui-start-title = ', 'ui-start-title ');
  await summary(page, /^[1-9]\d* error/);
  const listed = page.locator('#diagnostics button.diag.error', { hasText: 'texts/ar.ftl:' });
  await listed.first().waitFor();
  assert.match(await listed.first().textContent(), /error\[E\d{4}\] texts\/ar\.ftl:\d+:\d+ /);
  await listed.first().click();
  const [start, end] = await page.locator('#text').evaluate((el) => [el.selectionStart, el.selectionEnd]);
  assert.ok(start >= at && start <= at + 'ui-start-title '.length + 40, `the caret at the mistake (${start}, ${at})`);
  await typeOver(page, 'ui-start-title ', 'ui-start-title = ');
  await summary(page, /^0 error\(s\)/);
  assert.ok(end >= start);

  // An Arabic text edited, shown in the preview in Arabic.
  const title = 'هل تفكّر في العودة إلى بلدك؟';
  const edited = 'هل تفكّرين في العودة إلى بلدك؟';
  await typeOver(page, `ui-start-title = ${title}`, `ui-start-title = ${edited}`);
  await summary(page, /^0 error\(s\)/);
  await page.locator('#preview-lang').selectOption('ar');
  const frame = await preview(page);
  assert.equal(await frame.locator('html').getAttribute('lang'), 'ar');
  assert.equal((await frame.locator('#avenir-root h1').first().textContent()).trim(), edited);
  assert.equal(await frame.locator('#avenir').getAttribute('dir') ?? await frame.locator('html').getAttribute('dir'), 'rtl');

  await page.getByRole('button', { name: 'What changes (diff)' }).click();
  await page.locator('#report-h').filter({ hasText: 'What changes' }).waitFor();
  const diff = await page.locator('#report').textContent();
  assert.ok(diff.includes('texts/ar.ftl\n') && diff.includes(`+ ui-start-title = ${edited}`), diff);

  assertSavedZip((await downloaded(page, 'Save')).bytes, ['texts/ar.ftl', `ui-start-title = ${title}`, `ui-start-title = ${edited}`]);
  errors.assertNone();
});

/** Opened from a folder, the studio holds the folder's files: its name, their number, the first check clean, contacts.toml as on disk. */
async function assertOpened(page, name) {
  const files = contentOnDisk();
  await page.locator('#opened').filter({ hasText: `Opened ${name}: ${files.size} files.` }).waitFor();
  await summary(page, /^0 error\(s\)/);
  assert.equal(await page.locator('#file-name').textContent(), 'contacts.toml');
  assert.ok(await page.locator('#text').inputValue() === files.get('contacts.toml'), 'contacts.toml as on disk');
  assert.equal(await page.locator('#file-list button').count(), files.size);
}

test('a folder opened by the folder input, by a drop, and by the folder picker, saved back into it', { timeout: 180_000 }, async (t) => {
  const folder = CONTENT.split('/').at(-1);
  // The folder input (`<input webkitdirectory>`, "Open a folder…" where the browser has no
  // folder picker): the folder chosen, as a person picks it.
  {
    const { page, errors } = await studio(t);
    await page.locator('#pick').setInputFiles(CONTENT);
    await assertOpened(page, folder);
    errors.assertNone();
  }
  // A drop: the browser's own drag of the folder from the desktop (DevTools' Input.dispatchDragEvent
  // with the folder's path), read through the File and Directory Entries API as a person's drop is.
  {
    const { context, page, errors } = await studio(t);
    const cdp = await context.newCDPSession(page);
    const box = await page.locator('#drop').boundingBox();
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const data = { items: [], files: [CONTENT], dragOperationsMask: 1 };
    await cdp.send('Input.dispatchDragEvent', { type: 'dragEnter', ...at, data });
    await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', ...at, data });
    await page.locator('#drop.over').waitFor();
    await cdp.send('Input.dispatchDragEvent', { type: 'drop', ...at, data });
    await assertOpened(page, folder);
    assert.equal(await page.locator('#drop.over').count(), 0, 'the drop zone no longer marked');
    errors.assertNone();
  }
  // The folder picker (File System Access): `showDirectoryPicker` answers with a real folder
  // handle, one in the page's origin-private file system holding the content's files (the
  // picker's own dialog cannot be driven). Saving writes the changed file back into it.
  {
    const { page, errors } = await studio(t);
    const files = [...contentOnDisk()];
    await page.evaluate(async (files) => {
      const root = await navigator.storage.getDirectory();
      const dir = await root.getDirectoryHandle('picked', { create: true });
      for (const [path, text] of files) {
        let here = dir;
        const parts = path.split('/');
        for (const part of parts.slice(0, -1)) here = await here.getDirectoryHandle(part, { create: true });
        const stream = await (await here.getFileHandle(parts.at(-1), { create: true })).createWritable();
        await stream.write(text);
        await stream.close();
      }
      // A stray file the studio does not read.
      const stray = await (await dir.getFileHandle('notes.txt', { create: true })).createWritable();
      await stray.write('not content');
      await stray.close();
      window.showDirectoryPicker = async (options) => {
        window.pickedWith = options;
        return dir;
      };
    }, files);
    await page.getByRole('button', { name: 'Open a folder…' }).click();
    await assertOpened(page, 'picked');
    assert.deepEqual(await page.evaluate(() => window.pickedWith), { mode: 'readwrite' });
    await typeOver(page, OLD_PHONE, NEW_PHONE);
    await summary(page, /^0 error\(s\)/);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('#opened').filter({ hasText: 'Saved 1 file(s) in picked.' }).waitFor();
    const written = await page.evaluate(async (paths) => {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('picked');
      const read = async (path) => {
        let here = dir;
        const parts = path.split('/');
        for (const part of parts.slice(0, -1)) here = await here.getDirectoryHandle(part);
        return (await (await here.getFileHandle(parts.at(-1))).getFile()).text();
      };
      return Promise.all(paths.map(read));
    }, files.map(([path]) => path));
    const expected = new Map(files);
    expected.set('contacts.toml', expected.get('contacts.toml').replace(OLD_PHONE, NEW_PHONE));
    assert.notEqual(expected.get('contacts.toml'), files.find(([p]) => p === 'contacts.toml')[1]);
    files.forEach(([path], i) => assert.ok(written[i] === expected.get(path), `${path} in the folder after saving`));
    // Saved again with nothing changed: nothing written.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('#opened').filter({ hasText: 'Saved 0 file(s) in picked.' }).waitFor();
    await page.evaluate(async () => (await navigator.storage.getDirectory()).removeEntry('picked', { recursive: true }));
    errors.assertNone();
  }
});

test('content status lists stale sources and missing texts, each a link to its place', { timeout: 120_000 }, async (t) => {
  const { page, errors } = await studio(t);
  await openDefault(page);
  await show(page, 'texts/ar.ftl');
  await typeOver(page, 'ui-start-title = ', '# ui-start-title = ');
  await summary(page, /^0 error\(s\)/);
  await page.getByRole('button', { name: 'Content status' }).click();
  await page.locator('#report-h').filter({ hasText: 'Content status' }).waitFor();
  const missing = page.locator('#report-places button', { hasText: 'W0304' }).filter({ hasText: 'texts/ar.ftl' });
  assert.match(await missing.first().textContent(), /missing in ar: ui-start-title/);
  assert.ok(await page.locator('#report-places button', { hasText: 'W0403' }).count() > 0, 'stale sources listed');
  assert.match(await page.locator('#report').textContent(), /\|/, 'the status table');
  await page.locator('#report-places button', { hasText: 'W0403' }).first().click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text');
  errors.assertNone();
});

test('axe finds nothing; a keyboard alone opens, finds a mistake and fixes it; fits a phone', { timeout: 120_000 }, async (t) => {
  const { page, errors } = await studio(t);
  const tabTo = async (match, most = 200) => {
    for (let i = 0; i < most; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(match)) return;
    }
    throw new Error(`not reached with Tab: ${match}`);
  };
  await tabTo(() => document.activeElement.id === 'open-default');
  await page.keyboard.press('Enter');
  await summary(page, /^0 error\(s\)/);
  await tabTo(() => document.activeElement.id === 'text');
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('x');
  await summary(page, /^[1-9]\d* error/);
  assert.deepEqual(await axeViolations(page, 'studio with an error'), []);
  await tabTo(() => document.activeElement.classList.contains('diag'));
  const [, line, column] = (await page.evaluate(() => document.activeElement.textContent)).match(/contacts\.toml:(\d+):(\d+)/);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text');
  // The caret where the problem is: its line and column.
  const caret = await page.locator('#text').evaluate((el) => {
    const before = el.value.slice(0, el.selectionStart);
    return [before.split('\n').length, before.length - before.lastIndexOf('\n')];
  });
  assert.deepEqual(caret, [Number(line), Number(column)]);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Delete');
  await summary(page, /^0 error\(s\)/);
  await page.getByRole('button', { name: 'Run the tests' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('#report-h').filter({ hasText: 'Tests: all passed' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'report-h', 'the report is where focus goes');
  assert.deepEqual(await axeViolations(page, 'studio with a report'), []);

  await page.setViewportSize({ width: 360, height: 740 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scrolling at 360 px');
  await screenshot(page, 'studio-phone');
  errors.assertNone();
});

test('keystroke to diagnostics at 4× CPU slowdown, on the default content', { timeout: 180_000 }, async (t) => {
  const { context, page, errors } = await studio(t);
  await openDefault(page);
  await show(page, 'contacts.toml');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = [];
  const checks = [];
  await page.locator('#text').evaluate((el) => { el.focus(); el.setSelectionRange(0, 0); });
  for (let i = 0; i < 9; i++) {
    // Each keystroke once the page is idle: the preview rebuilt after the last one (it is
    // rebuilt 0.7 s after typing stops, and would otherwise share the slowed-down thread).
    await page.waitForFunction(() => document.body.dataset.previewed === document.body.dataset.edited, null, { timeout: 60_000 });
    await page.locator('#preview-state').filter({ hasText: 'Preview of the content as edited' }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    const before = await page.evaluate(() => document.body.dataset.checks ?? '');
    await page.keyboard.type(i % 2 ? '\n' : '#');
    await page.waitForFunction((before) => (document.body.dataset.checks ?? '') !== before, before);
    times.push(Number(await page.evaluate(() => document.body.dataset.latency)));
    checks.push(Number(await page.evaluate(() => document.body.dataset.checkMs)));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'studio-latency.json'), `${JSON.stringify({ rate: 4, times, median, checks }, null, 2)}\n`);
  console.log(`studio: keystroke to diagnostics at 4× CPU slowdown: median ${median} ms (${times.join(', ')}; the worker's check ${checks.join(', ')} ms)`);
  // The target: 300 ms. Measured 2026-12-07 on a loaded machine (load average 5 to 13
  // on 2 cores): medians of 126 to 188 ms, single keystrokes up to 830 ms (docs/authoring.md).
  // Timings are reported (studio-latency.json), not budgets: the machines are noisy. This only
  // catches a check that blocks for seconds.
  assert.ok(median > 0 && median <= 1500, `median ${median} ms: something blocks the check`);
  errors.assertNone();
});
