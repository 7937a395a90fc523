// Embedding with <avenir-assessment> (www/embed.js, docs/embedding.md): the widget inside a host
// page with hostile CSS and a strict policy, on another origin and on the widget's own; a
// tracking script on the host page that tries every way to read the answers finds none (and a
// control proves that it reads what it can); two widgets on one page; quick exit leaves the whole
// page; a configuration with mistakes shows the author why and the person the default widget;
// no request to any origin but the widget's and the host's.
//
// Host pages are served by the test itself, from a server on another port (another origin):
// `cross/` loads the widget from AVENIR_URL; `same/` from the test server's own origin, which
// passes every other path on to AVENIR_URL (the self-hosting case: a sandboxed frame). A real
// server on the loopback address, like the widget's: Chromium does not let a page it did not
// see come from there (a Playwright route) load anything from the loopback address.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import {
  APP_URL, Q, RESULTS_HEADING, SEE_RESULTS, currentHeading, failOnPageErrors, heading, launch, phoneContext, press,
  openAll, recordRequests, screenshot, walk,
} from './lib.mjs';

const EXIT = 'https://exit.test/left';
const INTRO = 'Thinking about returning to your country?';

let browser, server, HOST, SAME, SUB, INTEGRITY;
const SUB_PATH = '/sub/avenir/';
/** The host pages' files by name (`[type, body]`), set by each test before it opens a page. */
const hosted = new Map();
/** Every path the host's server was asked for (for the self-hosted case: the widget's too). */
const served = [];
before(async () => {
  browser = await launch();
  server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://host');
    served.push(url.pathname);
    const [, site, ...path] = url.pathname.split('/');
    const name = path.join('/');
    const file = ['cross', 'same', 'sub'].includes(site) && hosted.get(name);
    if (file) {
      response.writeHead(200, { 'Content-Type': file[0], 'Content-Security-Policy': hostPolicy(site), 'Cache-Control': 'no-store' });
      return response.end(file[1]);
    }
    try {
      // `/sub/avenir/…`: the widget self-hosted in a sub-path of the host's site.
      const path = url.pathname.startsWith(SUB_PATH) ? url.pathname.slice(SUB_PATH.length) : url.pathname.slice(1);
      const upstream = await fetch(new URL(path + url.search, APP_URL));
      const skip = ['content-encoding', 'content-length', 'connection', 'transfer-encoding'];
      response.writeHead(upstream.status, Object.fromEntries([...upstream.headers].filter(([k]) => !skip.includes(k))));
      return response.end(Buffer.from(await upstream.arrayBuffer()));
    } catch {
      return response.writeHead(502).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  HOST = `${origin}/cross/`;
  SAME = `${origin}/same/`;
  SUB = `${origin}/sub/`;
  // The snippet as the release writes it: with embed.js's Subresource Integrity hash (which the
  // browser checks only if the widget's server allows CORS).
  const embed = Buffer.from(await (await fetch(new URL('embed.js', APP_URL))).arrayBuffer());
  INTEGRITY = `sha384-${createHash('sha384').update(embed).digest('base64')}`;
});
after(async () => { await browser?.close(); server?.close(); });

/** Where the widget is for a host page of `site`: the widget's server, or the host's own origin. */
const widgetBase = (site) => ({ cross: APP_URL, same: new URL('/', SAME).href, sub: new URL(SUB_PATH, SUB).href })[site];

/** A theme's global rules at their most careless, and more. */
const HOSTILE_CSS = `
* { box-sizing: content-box; line-height: 3; letter-spacing: 2px; }
iframe { border: 10px solid red !important; width: 100px !important; height: 60px !important; }
avenir-assessment { display: inline; padding: 40px; zoom: 0.5; }
div, section { display: flex; color: red; }
`;

/**
 * A tracking script as analytics and session-replay tools run them: it records the host DOM,
 * every message, every input event, and tries to reach into each frame. `window.stolen` is
 * what it got, `window.tried` the ways it tried that were refused.
 */
const TRACKER = `
window.stolen = []; window.tried = []; const observed = new WeakSet();
const grab = (how, value) => { if (value !== undefined && value !== null && value !== '') stolen.push(how + ': ' + String(value)); };
const refused = (how, error) => tried.push(how + ': ' + (error && error.name));
const readFrame = (how, win, doc) => {
  try { const d = doc === undefined ? win.document : doc; if (!d) { tried.push(how + ': null'); return; }
    grab(how, d.documentElement.innerText);
    for (const input of d.querySelectorAll('input, select, textarea')) grab(how + ' input', input.checked + input.value);
    grab(how + ' storage', JSON.stringify({ ...win.localStorage }));
  } catch (error) { refused(how, error); }
};
const sweep = () => {
  for (const element of document.querySelectorAll('avenir-assessment')) {
    const frame = element.shadowRoot && element.shadowRoot.querySelector('iframe');
    if (!frame) { tried.push('shadowRoot: closed'); continue; }
    if (!observed.has(element.shadowRoot)) { observed.add(element.shadowRoot); observe(element.shadowRoot); }
    readFrame('contentDocument', frame.contentWindow, frame.contentDocument);
    readFrame('contentWindow.document', frame.contentWindow);
  }
  for (let i = 0; i < frames.length; i++) readFrame('frames[' + i + ']', frames[i]);
};
setInterval(sweep, 200);
addEventListener('message', (event) => stolen.push('message from ' + event.origin + ': ' + JSON.stringify(event.data)), true);
for (const type of ['input', 'change', 'keydown', 'click', 'focusin', 'submit']) {
  addEventListener(type, (event) => grab(type, (event.target && (event.target.value || event.target.textContent)) || ''), true);
}
const observe = (root) => new MutationObserver((records) => { for (const r of records) {
  for (const node of r.addedNodes) grab('mutation', node.textContent);
  if (r.attributeName) grab('attribute ' + r.attributeName, r.target.getAttribute(r.attributeName));
} }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
observe(document);
`;

/** A frame of the host's own origin with a field: what the tracker can read when nothing isolates it. */
const CONTROL = '<!doctype html><title>control</title><label>Note <input id="note"></label>';
const CONTROL_MARKER = 'Tajikistan-control';

/** The host page of `site`: the snippet for each element in `widgets`, hostile CSS, the tracker. */
function hostPage(site, widgets, { control = false } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A CSO</title>
<link rel="stylesheet" href="hostile.css"><script src="tracker.js"></script>
<script type="module" src="${new URL('embed.js', widgetBase(site)).href}" integrity="${INTEGRITY}" crossorigin="anonymous"></script></head>
<body><h1>A civil-society organisation</h1>
${control ? '<iframe src="control.html" title="control"></iframe>' : ''}
${widgets.join('\n')}
<p>Footer</p></body></html>`;
}

/** The host's strict policy: nothing inline, the widget's origin only for its script and frame. */
function hostPolicy(site) {
  const widget = site === 'cross' ? new URL(APP_URL).origin : "'self'";
  return `default-src 'none'; script-src 'self' ${widget}; style-src 'self'; img-src 'self'; `
    + `frame-src 'self' ${widget}; connect-src 'self'; base-uri 'none'; form-action 'none'`;
}

/**
 * A phone on the host page of `site` ('cross' or 'same') with `widgets` (and `extra` files);
 * the exit page is answered by the test. Returns the page, its errors, what embed.js told the
 * site's author in the console (warnings and errors; the errors apart too), and every request.
 */
async function hostedPhone(t, site, widgets, { control = false, extra = {}, init = null } = {}) {
  hosted.clear();
  hosted.set('index.html', ['text/html', hostPage(site, widgets, { control })]);
  hosted.set('hostile.css', ['text/css', HOSTILE_CSS]);
  hosted.set('tracker.js', ['text/javascript', TRACKER]);
  hosted.set('control.html', ['text/html', CONTROL]);
  for (const [name, file] of Object.entries(extra)) hosted.set(name, file);
  const context = await phoneContext(browser);
  t.after(() => context.close());
  if (init) await context.addInitScript(init);
  const requests = recordRequests(context);
  await context.route(`${EXIT}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Left</title><h1>Left</h1>' }));
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  // What embed.js tells the site's author in the console: warnings, and errors (a part of the
  // site's file left out), in one list; the errors also in their own.
  const [warnings, authorErrors] = [[], []];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
    if (m.type() === 'error' && m.text().startsWith('<avenir-assessment>: ')) {
      warnings.push(m.text());
      authorErrors.push(m.text());
    }
  });
  await page.goto(`${{ cross: HOST, same: SAME, sub: SUB }[site]}index.html`);
  return { context, page, errors, warnings, authorErrors, requests };
}

/** The widgets' frames, in the page's order, once each shows its first heading. */
async function widgetFrames(page, count) {
  const deadline = Date.now() + 20_000;
  let frames = [];
  while ((frames = page.frames().filter((f) => /\/index(\.[^/]+)?\.html#embed/.test(f.url()))).length < count) {
    if (Date.now() > deadline) throw new Error(`${frames.length} of ${count} widgets started`);
    await page.waitForTimeout(100);
  }
  // Frames come in document order (the page's order of the elements).
  for (const frame of frames) await heading(frame).waitFor();
  return frames;
}

/**
 * Until the site's own file has been checked in `frame` (the widget runs meanwhile, with its own
 * contacts; frame-contacts.js marks the frame's root when the site's are in).
 */
function siteChecked(frame) {
  return frame.locator('#avenir-root[data-contacts="checked"]').waitFor({ state: 'attached', timeout: 60_000 });
}

/** From the start page to the first question; returns its heading. */
async function begin(frame) {
  return press(frame, frame.locator('form.intro button[type="submit"]'));
}

/** The primary button's background colour in a frame. */
function primaryColour(frame) {
  return frame.locator('form.intro button[type="submit"]').evaluate((b) => getComputedStyle(b).backgroundColor);
}

const networkOrigins = (requests) => [...new Set(requests.map((r) => r.url).filter((u) => /^https?:/.test(u)).map((u) => new URL(u).origin))];

// Distinctive answers (as in privacy.test.mjs): a country of return far down the list.
const MARKERS = ['Kyrgyzstan', 'KG', 'no_permit'];
const MARKED_WALK = ['Kyrgyzstan', 'I never applied for asylum and I have no residence permit', 'No', { number: '2' }, 'No',
  'No', 'Work, income or training', 'No', 'No', 'No', 'No', SEE_RESULTS];

for (const [mode, site] of [['on another origin', 'cross'], ['on the widget\'s own origin (sandboxed)', 'same']]) {
  test(`host page ${mode}: hostile CSS, strict policy, two widgets, and its scripts read no answer`, { timeout: 150_000 }, async (t) => {
    const widgets = [
      `<avenir-assessment country="BE" languages="fr en" accent="#00703c" exit-url="${EXIT}"><a href="${APP_URL}">Open</a></avenir-assessment>`,
      '<avenir-assessment languages="de en ar"><a href="/">Open</a></avenir-assessment>',
    ];
    const { page, errors, requests } = await hostedPhone(t, site, widgets, { control: true });
    const [one, two] = await widgetFrames(page, 2);
    assert.equal(await currentHeading(one), INTRO);
    assert.equal(await currentHeading(two), INTRO);

    // Isolation: another origin, or an opaque one on the host's own origin.
    const origins = await Promise.all([one, two].map((f) => f.evaluate(() => origin)));
    const widgetOrigin = new URL(widgetBase(site)).origin;
    assert.deepEqual(origins, site === 'same' ? ['null', 'null'] : [widgetOrigin, widgetOrigin]);

    // The hostile CSS does not reach the frames: full width, no border, sized to the widget
    // (once the frame has said its height).
    await page.waitForFunction(() => [...document.querySelectorAll('avenir-assessment')]
      .every((e) => e.shadowRoot.querySelector('iframe').getBoundingClientRect().height > 300), null, { timeout: 5_000 })
      .catch(() => {});
    const boxes = await page.evaluate(() => [...document.querySelectorAll('avenir-assessment')].map((e) => {
      const frame = e.shadowRoot.querySelector('iframe');
      const style = getComputedStyle(frame);
      return { host: Math.round(e.getBoundingClientRect().width), width: Math.round(frame.getBoundingClientRect().width),
        height: Math.round(frame.getBoundingClientRect().height), border: style.borderTopWidth, display: getComputedStyle(e).display };
    }));
    for (const box of boxes) {
      assert.equal(box.display, 'block');
      assert.equal(box.border, '0px');
      assert.ok(box.width >= 300 && box.width === box.host, `the frame is ${box.width} px wide in ${box.host} px`);
      assert.ok(box.height > 300, `the frame is only ${box.height} px high`);
    }

    // Each widget has its own settings: languages in the site's order, accent, fixed country.
    const languages = (f) => f.locator('#avenir-language option').evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(await languages(one), ['fr', 'en']);
    assert.deepEqual(await languages(two), ['de', 'en', 'ar']);
    assert.equal(await primaryColour(one), 'rgb(0, 112, 60)');
    assert.equal(await primaryColour(two), 'rgb(29, 79, 145)', 'the widget\'s own colour');
    assert.equal(await begin(one), Q.returningTo, 'the country of stay is fixed by the site, not asked');
    assert.equal(await begin(two), Q.livingIn);

    // "Save on this phone" only where the frame can store: never in a sandboxed frame; in a
    // frame of another origin, as the browser's third-party storage settings allow.
    const canStore = await one.evaluate(() => { try { return Boolean(localStorage); } catch { return false; } });
    assert.equal(canStore, site !== 'same' && canStore);
    assert.equal(await one.getByRole('button', { name: 'Save my answers on this phone' }).count(), canStore ? 1 : 0);

    // The person answers in one widget; the other stays where it was.
    assert.equal(await walk(one, MARKED_WALK), RESULTS_HEADING);
    assert.ok(await one.locator('article.programme').count() >= 1);
    assert.equal(await currentHeading(two), Q.livingIn);

    // The control: the tracker does read a frame of the host's own origin.
    const control = page.frames().find((f) => f.url().endsWith('control.html'));
    await control.locator('#note').fill(CONTROL_MARKER);
    await page.waitForTimeout(600); // two sweeps
    const { stolen, tried } = await page.evaluate(() => ({ stolen: window.stolen, tried: window.tried }));
    assert.ok(stolen.some((s) => s.includes(CONTROL_MARKER)), 'the tracker failed to read even the control frame');
    for (const how of ['contentDocument: null', 'contentWindow.document: SecurityError']) {
      assert.ok(tried.some((s) => s.startsWith(how)), `the tracker did not try ${how}: ${tried.slice(0, 5)}`);
    }
    const found = stolen.filter((s) => MARKERS.some((m) => s.includes(m)));
    assert.deepEqual(found, [], 'the host page read an answer');
    // Every message the host page received is one of those the widget may send, none with an answer or a size.
    for (const message of stolen.filter((s) => s.startsWith('message from '))) {
      const data = JSON.parse(message.slice(message.indexOf(': ') + 2));
      const keys = Object.keys(data).sort().join(' ');
      assert.ok(keys === 'avenir problems type' && ['ready', 'problems'].includes(data.type)
        || keys === 'avenir type url' && data.type === 'exit', `unexpected message ${message}`);
    }

    // No request but to the widget's origin and the host's (the exit page is the test's).
    const allowed = [widgetOrigin, new URL(HOST).origin];
    assert.deepEqual(networkOrigins(requests).filter((o) => !allowed.includes(o)), [], 'a request to a third party');
    errors.assertNone();

    // Quick exit inside the first widget leaves the whole page. Two navigations to the same
    // address may race (the frame's own of the top page, and the host's on its message): wait
    // for where the page ends up.
    await one.getByRole('button', { name: 'Exit this page' }).click();
    await page.waitForFunction(() => document.title === 'Left', null, { timeout: 10_000 }).catch(() => {});
    assert.equal(page.url(), EXIT);
    assert.equal(await page.title(), 'Left');
  });
}

for (const site of ['cross', 'same']) {
  test(`quick exit's Shift ×3 with the focus on the host page (${site}) leaves the whole page; another key starts the count again`, { timeout: 60_000 }, async (t) => {
    const { page } = await hostedPhone(t, site, [`<avenir-assessment country="BE" exit-url="${EXIT}"></avenir-assessment>`]);
    const [frame] = await widgetFrames(page, 1);
    await page.locator('h1').click();
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'the focus is on the host page');
    for (const key of ['Shift', 'Shift', 'a', 'Shift', 'Shift']) await page.keyboard.press(key);
    await page.waitForTimeout(500);
    assert.notEqual(page.url(), EXIT, 'left after a key between the presses');
    // The widget tells screen readers how many presses are left, as for its own keys.
    assert.match(await frame.locator('[aria-live]').allTextContents().then((t) => t.join(' ')), /Shift/);
    await page.keyboard.press('Shift');
    await page.waitForFunction(() => document.title === 'Left', null, { timeout: 10_000 }).catch(() => {});
    assert.equal(page.url(), EXIT);
  });
}

test('a configuration with mistakes: the author sees why (debug, console), the person the default widget', { timeout: 90_000 }, async (t) => {
  const widget = '<avenir-assessment debug country="PT" languages="sl xx" accent="#ffdd00" exit-url="http://example.org/"></avenir-assessment>';
  const { page, errors, warnings } = await hostedPhone(t, 'cross', [widget]);
  const [frame] = await widgetFrames(page, 1);
  const panel = page.locator('avenir-assessment .debug');
  await panel.waitFor();
  const items = await panel.locator('li').allTextContents();
  assert.equal(items.length, 4, items.join('\n'));
  assert.match(items.find((i) => i.startsWith('languages=')), /sl, xx not in this content, every language is offered; it has: en ar( \S+)* hr\b/);
  assert.match(items.find((i) => i.startsWith('country=')), /"PT": not a country of stay .* it has: BE DE DK BG HR SI( [A-Z]{2})* other/);
  assert.match(items.find((i) => i.startsWith('accent=')), /contrast of only 1\.\d+:1, WCAG 2\.2 AA needs 4\.5:1/);
  assert.match(items.find((i) => i.startsWith('exit-url=')), /not an https:\/\/ address/);
  await page.waitForTimeout(200);
  for (const item of items) assert.ok(warnings.some((w) => w.includes(item)), `not in the console: ${item}`);

  // The person: the default widget, nothing missing.
  assert.equal(await currentHeading(frame), INTRO);
  assert.equal(await primaryColour(frame), 'rgb(29, 79, 145)');
  assert.ok((await frame.locator('#avenir-language option').count()) >= 13, 'every language offered');
  assert.equal(await begin(frame), Q.livingIn, 'the country is asked');
  assert.ok(await frame.getByRole('button', { name: 'Exit this page' }).isVisible());
  errors.assertNone();
});

/** A site's contact for the tests only (example.org: nobody to reach). */
const SITE_CONTACT = `
[[contact]]
id = "example_test_cso"
name = "Example CSO (test)"
kind = "legal-advice"
applies = 'stay_country == "HR"'
countries = ["HR"]
website = "https://example.org/"
source = { url = "https://example.org/about", checked = 2026-11-23 }
`;

test('a site\'s own contacts: checked in the frame, shown with the results; a contact with a mistake is left out, the valid one kept, and the author told where and why', { timeout: 150_000 }, async (t) => {
  const widgets = [
    `<avenir-assessment country="HR" hide-programmes="eurp"><script type="application/toml">${SITE_CONTACT}</script></avenir-assessment>`,
    '<avenir-assessment debug country="HR" contacts="broken.toml"></avenir-assessment>',
  ];
  // One contact with a mistake, and a valid one of the site's own beside it: only the first is
  // left out.
  const kept = SITE_CONTACT.replace('example_test_cso', 'example_test_law').replace('Example CSO (test)', 'Example Law (test)');
  const broken = SITE_CONTACT.replace('stay_country', 'stay_contry') + kept;
  const { page, errors, requests, authorErrors } = await hostedPhone(t, 'cross', widgets, { extra: { 'broken.toml': ['text/plain', broken] } });
  const [good, bad] = await widgetFrames(page, 2);

  // The author of the second: the checker's message, with the file's address, line and column.
  const panel = page.locator('avenir-assessment .debug');
  await panel.waitFor();
  const message = (await panel.locator('li').allTextContents()).join('\n');
  assert.match(message, /error\[E0102\]: unknown question `stay_contry`/);
  assert.ok(message.includes(`--> ${HOST}broken.toml:6:12`), message);
  assert.match(message, /hint: did you mean `stay_country`\?/);
  // What was left out, and that the rest is used: in the panel and as a console error.
  const leftOut = `error: left out of ${HOST}broken.toml: the contact \`example_test_cso\` (${HOST}broken.toml, lines 2–9)`;
  assert.ok(message.includes(leftOut), message);
  assert.ok(authorErrors.some((e) => e.includes(leftOut)), authorErrors.join('\n'));

  // The people: the first sees the site's contact and not the hidden programme; the second,
  // the widget's own contacts, never a blank.
  const results = async (frame) => {
    await siteChecked(frame);
    await begin(frame);
    const title = await walk(frame, ['Albania', 'I never applied for asylum and I have no residence permit', 'Yes', { number: '0' }, 'No',
      'No', 'Work, income or training', 'No', 'No', 'No', 'No', SEE_RESULTS]);
    // Every collapsed part opened, as a person would (built when first opened).
    await openAll(frame, '.results');
    return title;
  };
  assert.equal(await results(good), RESULTS_HEADING);
  const names = (frame) => frame.locator('article.contact h3').allTextContents();
  assert.ok((await names(good)).includes('Example CSO (test)'), (await names(good)).join(', '));
  assert.equal(await good.locator('#programme-eurp').count(), 0, 'a hidden programme is shown');
  assert.equal(await good.locator('#programme-hr_avrr').count(), 1);
  assert.equal(await results(bad), RESULTS_HEADING);
  assert.ok(!(await names(bad)).includes('Example CSO (test)'));
  assert.ok((await names(bad)).includes('Example Law (test)'), `the valid contact is kept: ${(await names(bad)).join(', ')}`);
  assert.ok((await names(bad)).length >= 3, 'the widget\'s own contacts');
  assert.equal(await bad.locator('#programme-eurp').count(), 1);

  // The checker came from the widget's origin, only for the widget that needed it... both did.
  const checker = requests.filter((r) => r.url.endsWith('config/avenir_config_bg.wasm'));
  assert.equal(checker.length >= 1, true, 'the checker was not loaded');
  assert.ok(checker.every((r) => r.url.startsWith(APP_URL)));
  errors.assertNone();
});

/** A site's programme for the tests only, with its texts in English and (one of them) Arabic. */
const SITE_PROGRAMME = `
[[programme]]
id = "example_test_fund"
applies = 'stay_country == "HR"'
contacts = ["example_test_cso"]
source = { url = "https://example.org/fund", checked = 2026-11-23 }

  [[programme.criterion]]
  id = "in_croatia"
  when = 'stay_country == "HR"'
  source = { url = "https://example.org/fund", checked = 2026-11-23 }

[texts]
en = '''
programme-example_test_fund = Example test fund
programme-example_test_fund-runs = Example CSO (test).
programme-example_test_fund-offers = Nothing: it is a test.
programme-example_test_fund-how = Nobody to call: it is a test.
criterion-example_test_fund-in_croatia-met = You live in Croatia (test).
criterion-example_test_fund-in_croatia-unmet = It is for people living in Croatia (test).
criterion-example_test_fund-in_croatia-not-answered = It is for people living in Croatia (test).
'''
ar = '''
programme-example_test_fund = صندوق اختبار
'''
`;

test('a site\'s own programme: checked in the frame, shown as the site\'s, with its texts in each language', { timeout: 120_000 }, async (t) => {
  const file = SITE_CONTACT + SITE_PROGRAMME;
  const { page, errors } = await hostedPhone(t, 'cross', ['<avenir-assessment debug country="HR" languages="en ar" contacts="site.toml"></avenir-assessment>'],
    { extra: { 'site.toml': ['text/plain', file] } });
  const [frame] = await widgetFrames(page, 1);
  await siteChecked(frame);
  await begin(frame);
  assert.equal(await walk(frame, ['Albania', 'I never applied for asylum and I have no residence permit', 'Yes', { number: '0' }, 'No',
    'No', 'Work, income or training', 'No', 'No', 'No', 'No', SEE_RESULTS]), RESULTS_HEADING);
  await openAll(frame, '.results');
  const fund = frame.locator('article.programme:has(#programme-example_test_fund)');
  assert.equal(await frame.locator('#programme-example_test_fund').textContent(), 'Example test fund');
  assert.equal(await fund.locator('.tag').first().textContent(), 'Likely');
  assert.equal(await fund.locator('.from-site').textContent(), 'Added by the organisation whose website you are on.');
  assert.ok((await fund.textContent()).includes('You live in Croatia (test).'));
  // The content's own programmes and contacts are not labelled; the site's contact is.
  assert.equal(await frame.locator('article.programme:has(#programme-hr_avrr) .from-site').count(), 0);
  const contact = frame.locator('article.contact:not(.again)', { hasText: 'Example CSO (test)' });
  assert.equal(await contact.locator('.from-site').count(), 1);
  assert.equal(await frame.locator('article.contact .from-site').count(), 1);

  // In Arabic: the site's Arabic name; its other texts fall back to English, as content's do.
  await frame.locator('#avenir-language').selectOption('ar');
  await frame.locator('#avenir[lang="ar"]:not([aria-busy]) .results').waitFor();
  // The results in the new language, shown as new: collapsed, each part built when opened.
  await openAll(frame, '.results');
  assert.equal(await frame.locator('#programme-example_test_fund').textContent(), 'صندوق اختبار');
  assert.equal(await frame.locator('#programme-example_test_fund [lang]').count(), 0, 'the Arabic name is Arabic');
  // The English texts are marked as English, left to right (WCAG 3.1.2, language of parts).
  const english = fund.locator('span[lang="en"][dir="ltr"]', { hasText: 'You live in Croatia (test).' });
  assert.equal(await english.count(), 1);
  assert.equal(await fund.locator('dd > span[lang="en"]').count(), 3, 'offers, runs, how');
  // Its author is told which Arabic texts are missing (the only language offered without all).
  const told = (await page.locator('avenir-assessment .debug li').allTextContents()).join('\n');
  assert.match(told, /warning\[W0304\]: 6 text\(s\) missing in ar: programme-example_test_fund-runs/);
  assert.doesNotMatch(told, /missing in (en|de|ru)/);
  await screenshot(fund, 'embed-site-programme-ar');
  errors.assertNone();
});

test('self-hosted in a sub-path of the site: the widget, its checker and its language files come from there', { timeout: 90_000 }, async (t) => {
  const { page, errors, requests } = await hostedPhone(t, 'sub',
    ['<avenir-assessment debug country="HR" languages="en ar" contacts="site.toml"></avenir-assessment>'],
    { extra: { 'site.toml': ['text/plain', SITE_CONTACT + SITE_PROGRAMME] } });
  const [frame] = await widgetFrames(page, 1);
  assert.equal(frame.url().split('#')[0], `${SUB}avenir/index.html`);
  assert.equal(await frame.evaluate(() => origin), 'null', 'the host\'s own origin: sandboxed');
  await frame.locator('#avenir-language').selectOption('ar');
  await frame.locator('#avenir[lang="ar"]').waitFor();
  await begin(frame);
  const hostFiles = ['index.html', 'site.toml', 'hostile.css', 'tracker.js'].map((f) => `/sub/${f}`);
  const widgetFiles = requests.map((r) => new URL(r.url)).filter((u) => !hostFiles.includes(u.pathname));
  for (const file of ['avenir/embed.js', 'avenir/pkg/avenir_web_bg.wasm', 'avenir/config/avenir_config_bg.wasm', 'avenir/texts/ar.bin']) {
    assert.ok(widgetFiles.some((u) => u.pathname === `/sub/${file}`), `${file} not loaded from the sub-path`);
  }
  // Nothing from the site's root: every widget file came from its sub-path.
  assert.deepEqual(widgetFiles.filter((u) => u.protocol.startsWith('http') && !u.pathname.startsWith(SUB_PATH)).map((u) => u.href), []);
  errors.assertNone();
});

/** Open Referral HSDS services for the tests (example.org: nobody to reach), as JSON text. */
function hsdsJson(name, { sources = true, needs } = {}) {
  const service = {
    id: 'example_test_hsds', name, status: 'active', url: 'https://example.org/',
    x_avenir_kind: 'legal-advice', x_avenir_countries: ['HR'],
    ...(needs ? { x_avenir_needs: needs } : {}),
    ...(sources ? { x_avenir_sources: [{ url: 'https://example.org/about', checked: '2026-11-23' }] } : {}),
  };
  return JSON.stringify([service], null, 2);
}

/** HSDS's tabular form as a CSO publishes it: a datapackage.json listing CSV tables (one of which the import does not read). */
const HSDS_CSV = {
  'hsds/datapackage.json': ['application/json', JSON.stringify({
    name: 'example-directory', profile: 'tabular-data-package',
    resources: [
      { name: 'services', path: 'tables/svc.csv', format: 'csv' },
      { name: 'phones', path: 'tables/phones.csv', format: 'csv' },
      { name: 'funding', path: 'tables/funding.csv', format: 'csv' },
      { name: 'x_avenir_sources', path: 'tables/x_avenir_sources.csv', format: 'csv' },
    ],
  }, null, 2)],
  'hsds/tables/svc.csv': ['text/csv', 'id,name,url,status,x_avenir_kind,x_avenir_countries\n'
    + 'example_test_csv,Example CSO (HSDS CSV test),https://example.org/,active,legal-advice,HR\n'],
  'hsds/tables/phones.csv': ['text/csv', 'id,service_id,number\nphone-1,example_test_csv,+385 1 000 0000\n'],
  'hsds/tables/x_avenir_sources.csv': ['text/csv', 'id,service_id,url,checked\nsource-1,example_test_csv,https://example.org/about,2026-11-23\n'],
};

/** From the start page to the results, in a widget whose country of stay is fixed (HR). */
async function resultsInCroatia(frame) {
  await siteChecked(frame);
  await begin(frame);
  const title = await walk(frame, ['Albania', 'I never applied for asylum and I have no residence permit', 'Yes', { number: '0' }, 'No',
    'No', 'Work, income or training', 'No', 'No', 'No', 'No', SEE_RESULTS]);
  // Every collapsed part opened, as a person would (built when first opened).
  await openAll(frame, '.results');
  return title;
}

const contactNames = (frame) => frame.locator('article.contact h3').allTextContents();

test('a site\'s contacts in HSDS: JSON at an address or inline, CSV tables of a datapackage.json, converted and checked in the frame', { timeout: 180_000 }, async (t) => {
  const widgets = [
    '<avenir-assessment country="HR" contacts="hsds/services.json"></avenir-assessment>',
    '<avenir-assessment country="HR" contacts="hsds/datapackage.json"></avenir-assessment>',
    `<avenir-assessment country="HR"><script type="application/json">${hsdsJson('Example CSO (inline HSDS test)')}</script></avenir-assessment>`,
  ];
  const extra = { 'hsds/services.json': ['application/json', hsdsJson('Example CSO (HSDS JSON test)')], ...HSDS_CSV };
  const { page, errors, warnings, requests } = await hostedPhone(t, 'cross', widgets, { extra });
  const frames = await widgetFrames(page, 3);
  const expected = ['Example CSO (HSDS JSON test)', 'Example CSO (HSDS CSV test)', 'Example CSO (inline HSDS test)'];
  for (const [i, frame] of frames.entries()) {
    assert.equal(await resultsInCroatia(frame), RESULTS_HEADING);
    const names = await contactNames(frame);
    assert.ok(names.includes(expected[i]), `widget ${i + 1}: no ${expected[i]} in ${names.join(', ')}`);
    for (const other of expected.filter((_, j) => j !== i)) assert.ok(!names.includes(other), `widget ${i + 1} shows ${other}`);
  }
  // The CSV tables were joined: the phone of phones.csv is the CSV contact's.
  const csvContact = frames[1].locator('article.contact:not(.again)', { hasText: 'Example CSO (HSDS CSV test)' });
  assert.match(await csvContact.textContent(), /\+385 1 000 0000/);

  // embed.js read the datapackage's tables beside it, and not a table the import does not read.
  const read = requests.map((r) => r.url).filter((u) => u.includes('/hsds/'));
  for (const file of ['hsds/services.json', 'hsds/datapackage.json', 'hsds/tables/svc.csv', 'hsds/tables/phones.csv', 'hsds/tables/x_avenir_sources.csv']) {
    assert.ok(read.includes(`${HOST}${file}`), `${file} was not read: ${read.join(', ')}`);
  }
  assert.ok(!read.some((u) => u.endsWith('funding.csv')), 'a table the import does not read was fetched');
  assert.deepEqual(warnings, [], 'every HSDS file passed');
  errors.assertNone();
});

test('a site\'s HSDS with a mistake: the author sees where and what to add, the person the widget\'s own contacts', { timeout: 150_000 }, async (t) => {
  const widgets = [
    '<avenir-assessment id="unsourced" debug country="HR" contacts="hsds/unsourced.json"></avenir-assessment>',
    '<avenir-assessment id="needs" debug country="HR" contacts="hsds/needs.json"></avenir-assessment>',
  ];
  const unsourced = hsdsJson('Example CSO (no source)', { sources: false });
  const extra = {
    'hsds/unsourced.json': ['application/json', unsourced],
    'hsds/needs.json': ['application/json', hsdsJson('Example CSO (unknown need)', { needs: ['housin'] })],
  };
  const { page, errors, warnings } = await hostedPhone(t, 'cross', widgets, { extra });
  const [frame, needsFrame] = await widgetFrames(page, 2);

  // No source: an error placed in the HSDS file, saying what to add; never a source invented.
  const panel = page.locator('#unsourced .debug');
  await panel.waitFor();
  const message = (await panel.locator('li').allTextContents()).join('\n');
  const before = unsourced.slice(0, unsourced.indexOf('"Example CSO (no source)"')).split('\n');
  const place = `${before.length}:${before.at(-1).length + 1}`;
  assert.match(message, /error\[E0401\]: `Example CSO \(no source\)` has no source/);
  assert.ok(message.includes(`--> ${HOST}hsds/unsourced.json:${place}`), message);
  assert.match(message, /hint: add to this service `"x_avenir_sources": \[\{ "url": "https:\/\/…", "checked": "2026-11-23" \}\]`/);
  await page.waitForTimeout(200);
  assert.ok(warnings.some((w) => w.includes('E0401') && w.includes('unsourced.json')), 'not in the console');

  // A problem only the content format shows: named as the converted file, with its TOML line.
  const needsPanel = page.locator('#needs .debug');
  await needsPanel.waitFor();
  const needs = (await needsPanel.locator('li').allTextContents()).join('\n');
  assert.ok(needs.includes(`--> ${HOST}hsds/needs.json, converted to contacts.toml:`), needs);
  assert.match(needs, /\| needs = \["housin"\]/);

  // The person: the widget's own contacts, never a blank, never the refused ones.
  for (const [f, refused] of [[frame, 'Example CSO (no source)'], [needsFrame, 'Example CSO (unknown need)']]) {
    assert.equal(await resultsInCroatia(f), RESULTS_HEADING);
    const names = await contactNames(f);
    assert.ok(!names.includes(refused), `${refused} is shown`);
    assert.ok(names.length >= 2, `the widget's own contacts: ${names.join(', ')}`);
  }
  errors.assertNone();
});

test('without contacts, the frame does not load the checker', { timeout: 60_000 }, async (t) => {
  const { page, requests } = await hostedPhone(t, 'cross', ['<avenir-assessment country="BE"></avenir-assessment>']);
  const [frame] = await widgetFrames(page, 1);
  assert.equal(await begin(frame), Q.returningTo);
  await page.waitForTimeout(300);
  assert.deepEqual(requests.filter((r) => /config\/|frame-contacts/.test(r.url)).map((r) => r.url), []);
});

test('the demo page: three sites\' configurations, at 360×740, in English, in Arabic and in Croatian', { timeout: 180_000 }, async (t) => {
  // The languages each example shows, by the browser's language: a Croatian browser gets Croatian
  // from the Croatian site ("hr en ar"), and the first language of the two sites without it.
  const expected = { 'en-GB': ['en', 'en', 'en'], ar: ['ar', 'ar', 'ar'], 'hr-HR': ['hr', 'fr', 'de'] };
  for (const locale of Object.keys(expected)) {
    const context = await phoneContext(browser, { locale });
    t.after(() => context.close());
    const requests = recordRequests(context);
    const page = await context.newPage();
    const errors = failOnPageErrors(page);
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    const response = await page.goto(new URL('demo/', APP_URL).href);
    assert.match(response.headers()['content-security-policy'], /frame-src 'self'/);
    const frames = await widgetFrames(page, 3);
    const langs = await Promise.all(frames.map((f) => f.locator('#avenir').getAttribute('lang')));
    assert.deepEqual(langs, expected[locale]);
    for (const frame of frames) assert.equal(await frame.evaluate(() => origin), 'null', 'self-hosted: sandboxed');
    const dirs = await Promise.all(frames.map((f) => f.locator('#avenir').getAttribute('dir')));
    assert.deepEqual(dirs, locale === 'ar' ? ['rtl', 'rtl', 'rtl'] : ['ltr', 'ltr', 'ltr']);
    // The Croatian example's logo is drawn by embed.js outside the frame, under the host's policy.
    assert.ok(await page.locator('#croatia avenir-assessment img.logo').evaluate((i) => i.complete && i.naturalWidth > 0));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `the demo page is ${width} px wide`);
    await screenshot(page, `embed-demo-${locale}`);
    await page.locator('#belgium').scrollIntoViewIfNeeded();
    await screenshot(page, `embed-demo-${locale}-belgium`);
    assert.deepEqual(networkOrigins(requests).filter((o) => o !== new URL(APP_URL).origin), []);
    // Every setting of the three examples passes, the Croatian contacts file and the German
    // site's programme (with its texts in each language it offers) included.
    assert.ok(requests.some((r) => r.url.endsWith('demo/contacts-hr.toml')), 'the contacts file was not read');
    assert.ok(requests.some((r) => r.url.endsWith('demo/site-de.toml')), 'the German site\'s file was not read');
    assert.deepEqual(warnings, []);
    errors.assertNone();
  }
});

/**
 * A hostile host page's recorder: everything a script on the page can observe of an embedded
 * widget, as a list of changes. Messages (with when they came), the element's and the frame's
 * sizes (ResizeObserver and polling), the page's scroll and size, focus and the events that
 * tell it, visibility in the viewport, the page's address, title and history length, the
 * host's own resource timing, and changes inside the element's (open) shadow root.
 */
const RECORDER = `
window.record = [];
const log = (...entry) => record.push(entry.join(' '));
addEventListener('message', (e) => log('message', e.origin, JSON.stringify(e.data), '@' + Math.round(performance.now())), true);
for (const type of ['blur', 'focus', 'focusin', 'focusout', 'scroll', 'resize', 'visibilitychange', 'hashchange', 'popstate', 'pagehide', 'beforeunload']) {
  addEventListener(type, (e) => log('event', type, e.target && e.target.localName || 'window'), true);
}
let last = {};
const sample = () => {
  const element = document.querySelector('avenir-assessment');
  const frame = element && element.shadowRoot && element.shadowRoot.querySelector('iframe');
  const box = (el) => { if (!el) return '-'; const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round).join(','); };
  const now = {
    element: box(element), frame: box(frame), frameStyle: frame ? frame.getAttribute('style') : '-',
    scroll: scrollX + ',' + scrollY, page: document.documentElement.scrollWidth + 'x' + document.documentElement.scrollHeight,
    active: document.activeElement ? document.activeElement.localName : '-', focused: document.hasFocus(),
    history: history.length, url: location.href, title: document.title, frames: frames.length,
    resources: performance.getEntriesByType('resource').length,
  };
  for (const [k, v] of Object.entries(now)) if (last[k] !== v) { log(k, v); last[k] = v; }
};
setInterval(sample, 25);
const watch = () => {
  const element = document.querySelector('avenir-assessment');
  if (!element || !element.shadowRoot) return setTimeout(watch, 10);
  new ResizeObserver((es) => es.forEach((e) => log('resized', e.target.localName, Math.round(e.contentRect.width), Math.round(e.contentRect.height)))).observe(element);
  new IntersectionObserver((es) => es.forEach((e) => log('intersection', e.intersectionRatio.toFixed(3))), { threshold: [0, 0.25, 0.5, 0.75, 1] }).observe(element);
  new MutationObserver((rs) => rs.forEach((r) => log('mutation', r.type, r.attributeName || ''))).observe(element.shadowRoot, { subtree: true, childList: true, attributes: true });
  const frame = element.shadowRoot.querySelector('iframe');
  if (frame) new ResizeObserver((es) => es.forEach((e) => log('frame resized', Math.round(e.contentRect.width), Math.round(e.contentRect.height)))).observe(frame);
};
watch();
`;

/** A long host page around the widget, so that any scroll the frame causes shows. */
function recordedHost(site, widget) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A CSO</title><link rel="icon" href="favicon.ico">
<link rel="stylesheet" href="page.css"><script src="recorder.js"></script>
<script type="module" src="${new URL('embed.js', widgetBase(site)).href}" integrity="${INTEGRITY}" crossorigin="anonymous"></script></head>
<body><h1>A civil-society organisation</h1><p class="before">Our work.</p>
${widget}
<p class="after">Footer</p></body></html>`;
}

// Two people, same other answers: one with no health condition, not afraid, not exploited; the
// other ill (one more question), afraid and exploited (urgent needs, other results).
const CALM = ['Albania', 'My asylum application was refused, or I withdrew it', 'Yes', { number: '0' }, 'No',
  'No', 'Work, income or training', 'No', 'No', 'No', 'No', SEE_RESULTS];
const SENSITIVE = ['Albania', 'My asylum application was refused, or I withdrew it', 'Yes', { number: '0' }, 'Yes', 'No',
  'No', 'Work, income or training', 'No', 'Yes', 'Yes', 'No', SEE_RESULTS];

for (const site of ['cross', 'same']) {
  test(`a hostile host page (${site}) observes the same whatever the answers: messages, sizes, scroll, focus, navigation, requests`, { timeout: 180_000 }, async (t) => {
    const observe = async (answers) => {
      hosted.clear();
      hosted.set('index.html', ['text/html', recordedHost(site, '<avenir-assessment country="BE" languages="en ar"></avenir-assessment>')]);
      hosted.set('recorder.js', ['text/javascript', RECORDER]);
      hosted.set('page.css', ['text/css', '.before { block-size: 600px; } .after { block-size: 3000px; }']);
      hosted.set('favicon.ico', ['image/x-icon', '']);
      const context = await phoneContext(browser);
      t.after(() => context.close());
      const page = await context.newPage();
      const errors = failOnPageErrors(page);
      await page.goto(`${{ cross: HOST, same: SAME }[site]}index.html`);
      const [frame] = await widgetFrames(page, 1);
      await page.waitForTimeout(1_500); // everything the start sends, sent
      // What the host saw while the widget loaded cannot depend on answers (there are none
      // yet; its timing is the network's): compared from here on, as the person answers.
      const [walkStarted, from] = await page.evaluate(() => [performance.now(), window.record.length]);
      served.length = 0;
      await begin(frame);
      assert.equal(await walk(frame, answers), RESULTS_HEADING);
      // The results differ (or this test proves nothing).
      const needs = await frame.locator('#avenir').textContent();
      await frame.locator('#avenir').evaluate((m) => m.scrollIntoView()).catch(() => {});
      await page.waitForTimeout(2_500); // what a second sampling of the host would see
      const record = await page.evaluate((from) => window.record.slice(from), from);
      // From the start: only `ready`, the one message of a widget without a site file.
      const messages = await page.evaluate(() => window.record.filter((r) => r.startsWith('message ')));
      assert.deepEqual(messages.map((m) => JSON.parse(m.split(' ')[2]).type), ['ready'], messages.join('\n'));
      errors.assertNone();
      const late = record.filter((r) => r.startsWith('message ') && Number(r.split('@').pop()) >= walkStarted);
      assert.deepEqual(late, [], 'the frame sent a message while the person answered');
      // Each channel's own sequence (which of two observers fires first is the browser's race).
      const channels = {};
      for (const entry of record) (channels[entry.split(' ', entry.startsWith('event') ? 2 : 1).join(' ')] ||= []).push(entry);
      return { record: channels, needs, requests: [...served] };
    };
    const calm = await observe(CALM);
    const sensitive = await observe(SENSITIVE);
    assert.notEqual(calm.needs, sensitive.needs, 'the two walks should give different results');
    assert.deepEqual(sensitive.record, calm.record, 'the host page observed something that depends on the answers');
    assert.deepEqual(sensitive.requests, calm.requests, 'the host\'s server saw requests that depend on the answers');
  });
}

test('pseudo-locales never reach a person: a site offering French and Dutch, a phone in English or Arabic', { timeout: 90_000 }, async (t) => {
  for (const locale of ['en-US', 'ar-EG']) {
    hosted.clear();
    hosted.set('index.html', ['text/html', hostPage('cross', ['<avenir-assessment languages="fr nl"></avenir-assessment>'])]);
    hosted.set('hostile.css', ['text/css', HOSTILE_CSS]);
    hosted.set('tracker.js', ['text/javascript', TRACKER]);
    const context = await phoneContext(browser, { locale });
    t.after(() => context.close());
    const page = await context.newPage();
    await page.goto(`${HOST}index.html`);
    const [frame] = await widgetFrames(page, 1);
    assert.equal(await frame.locator('#avenir').getAttribute('lang'), 'fr', locale);
    assert.doesNotMatch(await currentHeading(frame), /[⟦⟧]/, locale);
    const offered = await frame.locator('#avenir-language option').evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(offered, ['fr', 'nl'], locale);
  }
});

/** About 1 MB of contacts, each with a mistake: the most checking and reporting a file under embed.js's cap can ask for. */
function hugeSiteFile() {
  const one = (i) => SITE_CONTACT.replace('example_test_cso', `example_test_${i}`).replace('stay_country', 'stay_contry');
  let huge = '';
  for (let i = 0; huge.length < 990_000; i++) huge += one(i);
  return huge;
}

/**
 * A slow phone's check, made certain: in every frame, a worker's answer waits until the test
 * calls `__releaseChecks()` in that frame (the check itself runs as it would). An idle machine
 * checks the huge file in under a second, a loaded one may take longer than the widget takes
 * to start: without this, which comes first is a race.
 */
function holdWorkerAnswers() {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  window.__releaseChecks = () => release();
  window.__checksAnswered = 0;
  Object.defineProperty(Worker.prototype, 'onmessage', {
    configurable: true,
    set(handler) {
      this.addEventListener('message', (event) => {
        // The worker's "started" passes at once; its answer waits.
        if (event.data === 'started') { handler.call(this, event); return; }
        held.then(() => { window.__checksAnswered += 1; handler.call(this, event); });
      });
    },
  });
}

test('a huge site file: the widget starts at once with its own contacts, quick exit works while the file is checked', { timeout: 180_000 }, async (t) => {
  const huge = hugeSiteFile();
  const { page, errors } = await hostedPhone(t, 'cross', [`<avenir-assessment debug country="HR" exit-url="${EXIT}" contacts="huge.toml"></avenir-assessment>`],
    { extra: { 'huge.toml': ['text/plain', huge] }, init: holdWorkerAnswers });
  const [frame] = await widgetFrames(page, 1);
  // The widget runs before the site's file has been checked (the author's panel is not there
  // yet, and the frame has not had the site's contacts).
  const panel = page.locator('avenir-assessment .debug li');
  assert.equal(await panel.count(), 0);
  assert.equal(await frame.locator('#avenir-root[data-contacts="checked"]').count(), 0);
  assert.equal(await begin(frame), Q.returningTo);
  // The check ends with the author told, in a bounded number of lines.
  await frame.evaluate(() => window.__releaseChecks());
  await panel.first().waitFor({ timeout: 120_000 });
  assert.equal(await frame.evaluate(() => window.__checksAnswered), 1, 'the check ran in a worker');
  await siteChecked(frame);
  const lines = await panel.allTextContents();
  assert.ok(lines.length <= 51, `${lines.length} lines for the author`);
  assert.match(lines.join('\n'), /E0102/);
  errors.assertNone();
  // Quick exit, at once.
  await frame.getByRole('button', { name: 'Exit this page' }).click();
  await page.waitForFunction(() => document.title === 'Left', null, { timeout: 10_000 }).catch(() => {});
  assert.equal(page.url(), EXIT);
});

test('quick exit while a huge site file is being checked', { timeout: 120_000 }, async (t) => {
  const huge = hugeSiteFile();
  const { page } = await hostedPhone(t, 'cross', [`<avenir-assessment debug country="HR" exit-url="${EXIT}" contacts="huge.toml"></avenir-assessment>`],
    { extra: { 'huge.toml': ['text/plain', huge] }, init: holdWorkerAnswers });
  const [frame] = await widgetFrames(page, 1);
  // The check has not ended (its answer is held).
  const exit = frame.getByRole('button', { name: 'Exit this page' });
  await exit.waitFor();
  assert.equal(await page.locator('avenir-assessment .debug li').count(), 0, 'the check is over already');
  await exit.click();
  await page.waitForFunction(() => document.title === 'Left', null, { timeout: 10_000 }).catch(() => {});
  assert.equal(page.url(), EXIT, 'quick exit waited for the check');
});

/**
 * In the host page before anything runs: every event a script of the page dispatches (type,
 * target, detail as JSON) in `window.events`, and the listeners on the window and the document
 * still in force (added, not removed, their signal not aborted) by type, `window.liveListeners()`.
 */
const WATCH = `
window.events = [];
const dispatch = EventTarget.prototype.dispatchEvent;
EventTarget.prototype.dispatchEvent = function (event) {
  const target = this === window ? 'window' : this === document ? 'document' : (this.localName || String(this));
  let detail = null; try { detail = JSON.stringify(event.detail ?? null); } catch { detail = '?'; }
  window.events.push({ type: event.type, target, detail });
  return dispatch.call(this, event);
};
const live = [];
const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (type, listener, options) {
  if (this === window || this === document) live.push({ on: this, type, listener, capture: Boolean(options === true || options?.capture), signal: options?.signal });
  return add.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (type, listener, options) {
  const capture = Boolean(options === true || options?.capture);
  const i = live.findIndex((l) => l.on === this && l.type === type && l.listener === listener && l.capture === capture);
  if (i >= 0) live.splice(i, 1);
  return remove.call(this, type, listener, options);
};
window.liveListeners = () => {
  const count = {};
  for (const l of live) if (!l.signal?.aborted) count[l.type] = (count[l.type] || 0) + 1;
  return count;
};
`;

/** The widget's frame whose address has `part` (a fresh frame after a change of settings), once it shows its first heading. */
async function freshFrame(page, part) {
  const deadline = Date.now() + 20_000;
  let frame;
  while (!(frame = page.frames().find((f) => /#embed/.test(f.url()) && f.url().includes(part)))) {
    if (Date.now() > deadline) throw new Error(`no frame with ${part}`);
    await page.waitForTimeout(100);
  }
  await heading(frame).waitFor();
  return [frame];
}

/** The element's events the host page saw (`avenir-…`, dispatched on the element). */
const elementEvents = (page) => page.evaluate(() => window.events.filter((e) => e.type.startsWith('avenir-') && e.target === 'avenir-assessment'));

test('the element: attributes changed after it connects are applied; its listeners go when it leaves the page; avenir-ready and avenir-problem reach the host', { timeout: 150_000 }, async (t) => {
  const { page, errors } = await hostedPhone(t, 'cross', [], { init: WATCH });
  await page.evaluate(() => customElements.whenDefined('avenir-assessment'));
  const baseline = await page.evaluate(() => window.liveListeners());

  // A single-page site puts the element in and takes it out, five times: nothing stays behind.
  for (let i = 0; i < 5; i++) {
    await page.evaluate(() => {
      const element = document.createElement('avenir-assessment');
      element.setAttribute('country', 'BE');
      document.body.append(element);
      window.element = element;
    });
    await widgetFrames(page, 1);
    const during = await page.evaluate(() => window.liveListeners());
    for (const type of ['message', 'keydown', 'resize']) {
      assert.equal(during[type] || 0, (baseline[type] || 0) + 1, `one ${type} listener while the element is on the page`);
    }
    await page.evaluate(() => window.element.remove());
    assert.deepEqual(await page.evaluate(() => window.liveListeners()), baseline, `listeners left behind after removal ${i + 1}`);
    assert.equal(page.frames().filter((f) => /#embed/.test(f.url())).length, 0, 'the frame goes with the element');
  }
  // Each connection started one frame, which said it was ready: one avenir-ready each, no detail.
  const readies = (await elementEvents(page)).filter((e) => e.type === 'avenir-ready');
  assert.equal(readies.length, 5);
  assert.ok(readies.every((e) => e.detail === 'null'));

  // Attributes after connection.
  await page.evaluate(() => {
    const element = (window.element = document.createElement('avenir-assessment'));
    element.setAttribute('languages', 'fr en');
    element.setAttribute('label', 'Self-assessment');
    document.body.append(element);
    window.events.length = 0;
  });
  let [frame] = await widgetFrames(page, 1);
  const languages = (f) => f.locator('#avenir-language option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(await languages(frame), ['fr', 'en']);
  await page.waitForFunction(() => window.events.some((e) => e.type === 'avenir-ready'));

  // In place: the frame's title (the same frame goes on: its own mark survives).
  await frame.evaluate(() => { window.mark = 'same frame'; });
  await page.evaluate(() => window.element.setAttribute('label', 'Avenir, in French'));
  assert.equal(await page.evaluate(() => window.element.shadowRoot.querySelector('iframe').title), 'Avenir, in French');
  assert.equal(await frame.evaluate(() => window.mark), 'same frame');

  // Settings the frame reads when it starts: one fresh frame for several changes in one go.
  await page.evaluate(() => {
    window.events.length = 0;
    window.element.setAttribute('languages', 'de en ar');
    window.element.setAttribute('accent', '#00703c');
    window.element.setAttribute('country', 'DE');
  });
  [frame] = await freshFrame(page, 'languages=de');
  assert.deepEqual(await languages(frame), ['de', 'en', 'ar']);
  assert.equal(await primaryColour(frame), 'rgb(0, 112, 60)');
  assert.equal(await frame.evaluate(() => window.mark), undefined, 'a fresh frame');
  assert.equal(await begin(frame), Q.returningTo, 'the new country of stay is fixed');
  await page.waitForFunction(() => window.events.some((e) => e.type === 'avenir-ready'));
  assert.equal((await elementEvents(page)).filter((e) => e.type === 'avenir-ready').length, 1, 'one fresh frame, not three');

  // A setting with a mistake: the same line as in the console, as an avenir-problem event.
  await page.evaluate(() => { window.events.length = 0; window.element.setAttribute('accent', '#ffdd00'); });
  await page.waitForFunction(() => window.events.some((e) => e.type === 'avenir-problem'), null, { timeout: 20_000 });
  const problems = (await elementEvents(page)).filter((e) => e.type === 'avenir-problem').map((e) => JSON.parse(e.detail));
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.match(problems[0].message, /^accent=.*contrast of only 1\.\d+:1/);
  assert.equal(problems[0].severity, 'warning');
  // `debug` set later shows the problems already reported.
  await page.evaluate(() => window.element.setAttribute('debug', ''));
  assert.match(await page.locator('avenir-assessment .debug li').first().textContent(), /^accent=/);
  await page.evaluate(() => window.element.removeAttribute('debug'));
  assert.equal(await page.locator('avenir-assessment .debug').count(), 0);
  errors.assertNone();
});

for (const site of ['cross', 'same']) {
  test(`an attacker's host page (${site}) learns nothing of the answers from the element's events`, { timeout: 150_000 }, async (t) => {
    const widget = `<avenir-assessment country="BE" languages="en ar" accent="#ffdd00" exit-url="${EXIT}"></avenir-assessment>`;
    const { page } = await hostedPhone(t, site, [widget], { init: WATCH });
    const [frame] = await widgetFrames(page, 1);
    // Everything the element tells at start: ready, and the author's problem (the accent).
    await page.waitForFunction(() => window.events.some((e) => e.type === 'avenir-ready'));
    await page.waitForTimeout(3_000); // the build with the results arrives and checks the settings again
    const atStart = await page.evaluate(() => window.events.length);
    const told = await elementEvents(page);
    assert.deepEqual(told.map((e) => e.type).sort(), ['avenir-problem', 'avenir-ready']);

    // The person answers, changes the language, goes back, reaches the results.
    await begin(frame);
    await frame.locator('#avenir-language').selectOption('ar');
    await frame.locator('#avenir-language').selectOption('en');
    assert.equal(await walk(frame, MARKED_WALK), RESULTS_HEADING);
    await page.waitForTimeout(1_000);
    const after = await page.evaluate(() => window.events);
    assert.deepEqual(after.slice(atStart), [], 'an event on the host page while the person answered');
    assert.deepEqual(await elementEvents(page), told, 'the element told the same before and after the answers');
    for (const event of after) assert.ok(!MARKERS.some((m) => event.detail.includes(m)), `an answer in ${JSON.stringify(event)}`);
  });
}
