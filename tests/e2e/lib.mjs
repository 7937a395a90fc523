// Helpers for the end-to-end tests: a headless Debian Chromium, a phone-sized context, and
// checks for requests, storage and page errors. Run through `cargo xtask test`, or by hand:
//   cargo xtask serve &   AVENIR_URL=http://127.0.0.1:8080/ node --test tests/e2e/*.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { CONTENT } from './cases.mjs';

/** The page under test (the server of `cargo xtask serve` or `test`). */
export const APP_URL = process.env.AVENIR_URL || 'http://127.0.0.1:8080/';
/** The policy the server sends, when run by `cargo xtask test`; the tests compare it. */
export const EXPECTED_CSP = process.env.AVENIR_CSP || null;
export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'out');
export const RESULTS_HEADING = 'Your indicative results';

// Root needs --no-sandbox; the background-networking flags stop Chromium calling home at start.
const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** Debian's Chromium, headless; `extra` flags are added to the usual ones. */
export function launch(extra = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extra] });
}

/** A context like a small Android phone: 360×740 CSS px at 2×, touch. Waits give up after 15 s. */
export async function phoneContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, ...options });
  context.setDefaultTimeout(15_000);
  return context;
}

/**
 * A new phone-sized page for test `t`, closed after it; `errors.assertNone()` checks it.
 * `options` go to the context (`{ locale: 'ar' }`).
 */
export async function newPhone(browser, t, options = {}) {
  const context = await phoneContext(browser, options);
  t.after(() => context.close());
  const page = await context.newPage();
  return { context, page, errors: failOnPageErrors(page) };
}

/**
 * Records every request made by `target` (a page, or a context to include its service workers):
 * returns a live array of `{ url, method, time, worker }`, `worker` true for the offline copy's
 * own requests (the service worker's). Call it before `page.goto`.
 */
export function recordRequests(target) {
  const requests = [];
  target.on('request', (request) => requests.push({
    url: request.url(), method: request.method(), time: Date.now(), worker: Boolean(request.serviceWorker()),
  }));
  return requests;
}

/** Collects uncaught exceptions and console errors; `assertNone()` fails the test if any. */
export function failOnPageErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack || error.message}`));
  page.on('console', (message) => {
    // embed.js's reports to a site's author (its settings or file left out) are the page's
    // messages by design, not its errors: the tests that expect them read them.
    if (message.type() === 'error' && !message.text().startsWith('<avenir-assessment>: ')) {
      errors.push(`console.error: ${message.text()} (${message.location().url || 'page'})`);
    }
  });
  return {
    errors,
    assertNone() {
      assert.deepEqual(errors, [], `the page reported errors:\n${errors.join('\n')}`);
    },
  };
}

/** The widget's service worker script: the only one it may register. */
export const WORKER_URL = new URL('avenir-sw.js', APP_URL).href;

/**
 * Everything the browser keeps for the page: cookies, web storage (as text), IndexedDB names,
 * every Cache Storage entry (cache name, URL, body as text) and service worker registrations.
 */
export async function deviceStorage(page, context) {
  const stored = await page.evaluate(async () => {
    const entries = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = new Uint8Array(await (await cache.match(request)).arrayBuffer());
        entries.push({ cache: name, url: request.url, body: Array.from(body, (b) => String.fromCharCode(b)).join('') });
      }
    }
    return {
      localStorage: { ...localStorage },
      sessionStorage: { ...sessionStorage },
      indexedDB: (await indexedDB.databases()).map((db) => db.name),
      caches: entries,
      cacheNames: await caches.keys(),
      serviceWorkers: (await navigator.serviceWorker.getRegistrations())
        .map((registration) => (registration.active || registration.installing || registration.waiting)?.scriptURL),
    };
  });
  return { cookies: await context.cookies(), ...stored };
}

/**
 * Nothing of the person's is stored: no cookie, no web storage, no IndexedDB. The only thing
 * allowed is the widget's offline copy: its own service worker, and caches named `avenir-…`
 * holding only files of the widget, byte for byte as the server sends them.
 */
export async function assertNoStorage(page, context) {
  const stored = await deviceStorage(page, context);
  assert.deepEqual(stored.cookies, [], 'cookies were set');
  assert.deepEqual({ localStorage: stored.localStorage, sessionStorage: stored.sessionStorage, indexedDB: stored.indexedDB },
    { localStorage: {}, sessionStorage: {}, indexedDB: [] }, 'something was stored on the device');
  for (const url of stored.serviceWorkers) assert.equal(url, WORKER_URL, 'a service worker other than the widget\'s');
  for (const name of stored.cacheNames) assert.match(name, /^avenir-[0-9a-f]+$/, 'a cache not of the widget');
  for (const entry of stored.caches) {
    assert.ok(entry.url.startsWith(APP_URL) && !new URL(entry.url).search, `cached: ${entry.url}`);
    const served = Buffer.from(await (await fetch(entry.url)).arrayBuffer()).toString('latin1');
    assert.ok(served === entry.body, `the cached ${entry.url} is not the file the server sends`);
  }
}

/** After "delete everything": nothing at all, not even the offline copy. */
export async function assertNothingStored(page, context) {
  const { caches, ...rest } = await deviceStorage(page, context);
  assert.deepEqual(rest, { cookies: [], localStorage: {}, sessionStorage: {}, indexedDB: [], cacheNames: [], serviceWorkers: [] },
    'something is left on the device');
}

/** Waits until the offline copy is installed and controls the page. */
export async function offlineReady(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** Saves a PNG as tests/e2e/out/NAME.png. */
export async function screenshot(page, name, options = {}) {
  await mkdir(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, name.endsWith('.png') ? name : `${name}.png`);
  await page.screenshot({ path, ...options });
  return path;
}

/**
 * The current page heading (`#avenir h1`), once the widget runs: the start page is in the HTML
 * before the wasm arrives (rendered at build time), and `#avenir-root[data-running]` says the
 * widget has taken over. Not the results' heading over "Loading…" in the first build
 * (`.preparing`): the results are there once the build with them has taken over.
 */
export function heading(page) {
  return page.locator('#avenir-root[data-running] #avenir:not(:has(.preparing)) h1').first();
}

/**
 * Opens every collapsed part under `root` as a person would, a tap on each summary, nested ones
 * too (on the results, a part's content is built when it is first opened: `views/fold.rs`).
 * Returns how many were opened.
 */
export async function openAll(page, root = '#avenir') {
  let opened = 0;
  for (;;) {
    const summary = page.locator(`${root} details:not([open]) > summary`).first();
    if (!(await summary.count())) return opened;
    await summary.scrollIntoViewIfNeeded();
    await summary.click();
    opened++;
    if (opened > 500) throw new Error('more than 500 collapsed parts: one does not open');
  }
}

/**
 * Opens the widget and, unless `{ intro: true }`, goes past the start page to the first
 * question. Returns the page's response.
 */
export async function openApp(page, { intro = false } = {}) {
  const response = await page.goto(APP_URL);
  await heading(page).waitFor();
  if (!intro) {
    const start = page.locator('form.intro button[type="submit"]');
    if (await start.count()) await press(page, start);
  }
  return response;
}

/** What boot.js fetches once the widget runs, the same files for everyone: the results' part of the content and the build with the results. */
export const AFTER_START = ['content/results.bin', 'pkg/avenir_results.css', 'pkg/avenir_results.js', 'pkg/avenir_results_bg.wasm'];

/**
 * Until the widget's start is over: it runs, and what boot.js fetches once it runs
 * ([`AFTER_START`]) has arrived. The requests before this do not depend on anything the
 * person does; a test that counts the requests "after loading" counts from here, or it races
 * those fetches.
 */
export async function startFetched(page) {
  await page.locator('#avenir-root[data-running]').waitFor({ state: 'attached' });
  await page.waitForFunction((files) => files.every((file) => performance.getEntriesByType('resource')
    .some((entry) => entry.name.endsWith(`/${file}`) && entry.responseEnd > 0)), AFTER_START);
}

/** Waits until the heading's text is no longer `previous`; returns the new text. */
export async function nextHeading(page, previous, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = (await heading(page).textContent().catch(() => null))?.trim();
    if (text && text !== previous) return text;
    if (Date.now() > deadline) throw new Error(`the heading stayed "${previous}" for ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function currentHeading(page) {
  return (await heading(page).textContent())?.trim();
}

/** The question form's submit button, whatever the language ("Continue" in English). */
export function continueButton(page) {
  return page.locator('form.question button[type="submit"]');
}

export function backButton(page) {
  return page.getByRole('button', { name: 'Back', exact: true });
}

/** Pushes `button` and waits for the next screen; returns its heading. */
export async function press(page, button) {
  const before = await currentHeading(page);
  await button.click();
  return nextHeading(page, before);
}

/** Chooses the option labelled exactly `label`, presses Continue; returns the next heading. */
export async function answer(page, label) {
  if (label === SEE_RESULTS) return press(page, page.locator('form.review button[type="submit"]'));
  await choose(page, label);
  return press(page, continueButton(page));
}

/** The last step of a walk: "See your results" on "Check your answers". */
export const SEE_RESULTS = Object.freeze({ seeResults: true });
export const REVIEW_HEADING = 'Check your answers';

/**
 * Gives an answer without moving on: `label` is an option's label (a radio or checkbox, or an
 * option of a country select), or `{ number: '2' }` for a number field.
 */
export async function choose(page, label) {
  if (label === SEE_RESULTS) return;
  if (typeof label === 'object') {
    await page.locator('form.question input[inputmode="numeric"]').fill(label.number);
    return;
  }
  const select = page.locator('form.question select');
  if (await select.count() && await select.locator('option', { hasText: label }).count()) {
    await select.selectOption({ label });
  } else {
    await page.getByLabel(label, { exact: true }).check();
  }
}

/** Same, choosing the option by its value (e.g. `prefer-not-to-say`). */
export async function answerValue(page, value) {
  const select = page.locator('form.question select');
  if (await select.count() && await select.locator(`option[value="${value}"]`).count()) {
    await select.selectOption(value);
  } else {
    await page.locator(`form.question input[name="answer"][value="${value}"]`).check();
  }
  return press(page, continueButton(page));
}

/**
 * Answers every question left with `valueFor(heading)` (an option's value; "prefer not to say"
 * unless told), presses "See your results" on "Check your answers", and waits for the results.
 */
export async function answerRestToResults(page, valueFor = () => 'prefer-not-to-say') {
  for (let step = 0; !(await page.locator('.results').count()); step++) {
    assert.ok(step < 30, 'no results after 30 steps');
    if (await page.locator('form.review').count()) await press(page, page.locator('form.review button[type="submit"]'));
    else await answerValue(page, await valueFor(await currentHeading(page)));
  }
  await page.locator('.results').waitFor();
}

/** Answers with `labels` in order from where the page is; returns the last heading reached. */
export async function walk(page, labels) {
  let title = await currentHeading(page);
  for (const label of labels) title = await answer(page, label);
  return title;
}

// The questions of the UI contract, in order.
export const Q = {
  livingIn: 'Which country are you living in now?',
  returningTo: 'Which country are you thinking of returning to?',
  situation: 'What is your situation in the country where you live now?',
  passport: 'Do you have a valid passport or another travel document?',
  children: 'How many children under 18 would return with you?',
  health: 'Do you have an illness or a health condition that needs treatment or regular medicine?',
  medicine: 'Do you have enough medicine for the journey and the first weeks after you arrive?',
  wellbeing: 'Would you like to talk to someone about how you feel? For example stress, worry, sadness or trouble sleeping.',
  helpAfter: 'After you return, would you like help with any of these?',
  debts: 'Do you have debts that worry you, here or in your country?',
  afraid: 'Are you afraid of what could happen to you if you return?',
  exploited: 'Has someone taken your documents, or forced you to work or do things you did not want to do?',
};

/**
 * A person in Belgium going to Albania, refused asylum, no passport, two children, ill without
 * enough medicine, who would like to talk to someone, wants help with housing after return, and
 * is not under 18.
 */
export const WALK = [
  'Belgium', 'Albania', 'My asylum application was refused, or I withdrew it', 'No', { number: '2' }, 'Yes', 'No',
  'Yes', 'A place to live', 'No', 'I prefer not to say', 'No', 'No',
  SEE_RESULTS,
];

/**
 * What makes the page wider than the viewport (WCAG 1.4.10 reflow): an empty list when it fits,
 * else one line naming the innermost too-wide elements.
 */
export async function overflowing(page, where) {
  const { width } = page.viewportSize();
  const found = await page.evaluate((width) => {
    const right = (element) => Math.round(element.getBoundingClientRect().right);
    const left = (element) => Math.round(element.getBoundingClientRect().left);
    const wide = [...document.querySelectorAll('#avenir *')].filter((element) => right(element) > width || left(element) < 0);
    // The culprits: wide elements with no wide element inside.
    const innermost = wide.filter((element) => !wide.some((other) => other !== element && element.contains(other)));
    const describe = (element) => `<${element.localName}${element.className ? `.${element.className}` : ''}> spans ${left(element)}..${right(element)} px: "${element.textContent.trim().slice(0, 50)}"`;
    return { scrollWidth: document.documentElement.scrollWidth, wide: innermost.slice(0, 5).map(describe) };
  }, width);
  return found.scrollWidth > width ? [`${where}: page is ${found.scrollWidth} px wide, because of:\n    ${found.wide.join('\n    ')}`] : [];
}

/** axe's WCAG 2.2 AA violations on the page as it is, one line each. */
export async function axeViolations(page, where) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
}

/**
 * A PDF as Chromium prints it (`page.pdf()`): its number of pages and the text of each, read
 * back through the fonts' ToUnicode maps (no PDF library: Chromium writes each text run as
 * glyph ids, `<…> Tj` or `[…] TJ`, in FlateDecode content streams). Right-to-left runs come
 * out in visual order, so `pdfHas` looks for a text both ways; spaces are not kept.
 */
export function pdfPages(pdf) {
  const s = pdf.toString('latin1');
  const objects = new Map();
  for (const m of s.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b([\s\S]*?)\bendobj/g)) objects.set(Number(m[1]), m[2]);
  const streamOf = (body) => {
    const start = body.search(/stream\r?\n/);
    if (start < 0) return '';
    const from = body.indexOf('\n', start) + 1;
    const raw = Buffer.from(body.slice(from, body.lastIndexOf('endstream')).replace(/\r?\n$/, ''), 'latin1');
    try { return (/FlateDecode/.test(body.slice(0, start)) ? inflateSync(raw) : raw).toString('latin1'); } catch { return ''; }
  };
  const dictOf = (text) => (/^\s*(\d+) 0 R/.test(text) ? objects.get(Number(text.match(/^\s*(\d+)/)[1])) ?? '' : text);
  const cmaps = new Map();
  const cmapOf = (fontObject) => {
    if (cmaps.has(fontObject)) return cmaps.get(fontObject);
    const map = new Map();
    const to = (objects.get(fontObject) ?? '').match(/\/ToUnicode\s+(\d+) 0 R/);
    const text = to ? streamOf(objects.get(Number(to[1])) ?? '') : '';
    const chars = (hex) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)));
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, code, uni] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(code, 16), chars(uni));
    }
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, a, b, uni] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        for (let c = parseInt(a, 16); c <= parseInt(b, 16); c++) map.set(c, String.fromCodePoint(parseInt(uni, 16) + c - parseInt(a, 16)));
      }
    }
    cmaps.set(fontObject, map);
    return map;
  };
  const pages = [...objects.values()].filter((body) => /\/Type\s*\/Page[^s]/.test(body));
  return pages.map((page) => {
    const resources = dictOf(page.match(/\/Resources\s*(\d+ 0 R|<<[\s\S]*)/)?.[1] ?? '');
    const fonts = new Map([...(resources.match(/\/Font\s*<<([^>]*)>>/)?.[1] ?? '').matchAll(/\/([^\s/]+)\s+(\d+) 0 R/g)]
      .map(([, name, n]) => [name, Number(n)]));
    const contents = page.match(/\/Contents\s*(?:\[([^\]]*)\]|(\d+ 0 R))/);
    const streams = [...(contents?.[1] ?? contents?.[2] ?? '').matchAll(/(\d+) 0 R/g)].map(([, n]) => streamOf(objects.get(Number(n)) ?? ''));
    let map = new Map();
    let text = '';
    for (const content of streams) {
      for (const m of content.matchAll(/\/([^\s/]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[((?:[^\]\\]|\\.)*)\]\s*TJ/g)) {
        if (m[1]) { map = cmapOf(fonts.get(m[1])); continue; }
        const hexes = m[2] !== undefined ? [m[2]] : [...m[3].matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => h[1]);
        for (const hex of hexes) for (const g of hex.match(/.{4}/g) ?? []) text += map.get(parseInt(g, 16)) ?? '';
        text += '\n';
      }
    }
    return text;
  });
}

/**
 * Whether a PDF page's text (`pdfPages`) has `wanted`, spaces aside. Chromium maps shaped
 * Arabic-script glyphs to presentation forms (U+FB50–U+FEFF) in visual order: they are read
 * back to letters (NFKC), glyph by glyph, in both orders.
 */
export function pdfHas(pageText, wanted) {
  const glyphs = [...pageText.replace(/\s+/g, '')];
  const forward = glyphs.map((g) => g.normalize('NFKC')).join('');
  const backward = glyphs.reverse().map((g) => g.normalize('NFKC')).join('');
  const w = wanted.replace(/\s+/g, '').normalize('NFKC');
  return forward.includes(w) || backward.includes(w);
}

/** The entries of a zip of stored files (the studio's downloads): name → bytes. The studio's writer stores, never compresses. */
export function unzip(buffer) {
  const files = new Map();
  for (let at = 0; buffer.readUInt32LE(at) === 0x04034b50;) {
    assert.equal(buffer.readUInt16LE(at + 8), 0, 'stored, not compressed');
    const size = buffer.readUInt32LE(at + 18);
    const nameLength = buffer.readUInt16LE(at + 26);
    const extra = buffer.readUInt16LE(at + 28);
    const name = buffer.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extra;
    files.set(name, buffer.subarray(start, start + size));
    at = start + size;
  }
  return files;
}

/** The content's source files on disk, as the studio names them (the build's manifest): path → text. */
export function contentOnDisk() {
  const manifest = JSON.parse(readFileSync(join(CONTENT, '..', '..', 'dist', 'studio', 'content', 'manifest.json'), 'utf8'));
  return new Map(manifest.map((name) => [name, readFileSync(join(CONTENT, name), 'utf8')]));
}

/** A zip the studio saved holds every file of the content as on disk, but `path`'s `from` replaced by `to`. */
export function assertSavedZip(bytes, [path, from, to]) {
  const files = unzip(bytes);
  const expected = contentOnDisk();
  assert.ok(expected.get(path).includes(from), `"${from}" is in ${path}`);
  expected.set(path, expected.get(path).replace(from, to));
  assert.deepEqual([...files.keys()].sort(), [...expected.keys()].sort());
  for (const [name, text] of expected) assert.ok(files.get(name).toString('utf8') === text, `${name} in the zip`);
}
