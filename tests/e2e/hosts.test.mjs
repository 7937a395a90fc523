// A CSO's web space (issue 23): the built widget (`dist/`, as `cargo xtask release` puts it in
// `avenir/<version>-<hash>/`) on servers that behave like the hosts a CSO has — a plain static
// host that sends no header but the type, an Apache host reading the release's `.htaccess`, a
// Netlify-like host reading its `_headers` (as Netlify's own parser reads the file the build
// wrote, `host-files.mjs`), GitHub Pages (`Access-Control-Allow-Origin: *`, a
// short cache) — with the page on the same origin or another. Each server is a node http
// server in this file; the headers files are the release's own (xtask/src/host/).
//
// - where the host works: the widget starts and reaches the results with the site's contacts;
// - where it cannot (a same-origin page, no CORS header): the visitor is told in their language,
//   with a link to the widget's own page (which works there), and the author gets the cause;
// - visit, update (a new release beside the old, a new snippet), visit again in the same
//   browser: the widget starts (and, as a control, overwriting the old folder instead fails);
// - check.html finds each misconfiguration, checks a snippet's integrity and a site file.
//
// Run by hand after `cargo xtask build` (no server needed: it serves `dist/` itself):
//   CHROMIUM=/usr/bin/chromium node --test tests/e2e/hosts.test.mjs
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  RESULTS_HEADING, SEE_RESULTS, axeViolations, failOnPageErrors, heading, launch, overflowing, phoneContext, press,
  openAll, screenshot, walk,
} from './lib.mjs';
import { ftlText } from './cases.mjs';
import { netlifyRules, onNetlify } from './host-files.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = process.env.AVENIR_DIST || join(ROOT, 'dist');
const HOST_FILES = join(ROOT, 'xtask', 'src', 'host');
/** The widget's policy as `cargo xtask serve` sends it: the page's `<meta>` one and `frame-ancestors *`. */
const CSP = process.env.AVENIR_CSP
  || `${/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))[1]}; frame-ancestors *`;
const FOLDER = '2026.12.0-0a1b2c3d';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream', '.svg': 'image/svg+xml', '.toml': 'text/plain; charset=utf-8', '.json': 'application/json',
};

/** The release's `_headers` (Netlify, Cloudflare Pages) as Netlify reads it (`host-files.mjs`). */
const NETLIFY = await netlifyRules();

/**
 * The release's `.htaccess` as Apache with mod_headers reads it, for a file of `avenir/`: its
 * `AddType`s, and its `Header set`s (those inside a `<FilesMatch>` for matching names only).
 */
function apacheHeaders(path) {
  const headers = {};
  let match = null;
  for (const raw of readFileSync(join(HOST_FILES, 'htaccess'), 'utf8').split('\n')) {
    const line = raw.trim();
    let m;
    if ((m = /^AddType (\S+) (\.\S+)$/.exec(line)) && path.endsWith(m[2])) headers['Content-Type'] = m[1];
    else if ((m = /^<FilesMatch "(.*)">$/.exec(line))) match = new RegExp(m[1]);
    else if (line === '</FilesMatch>') match = null;
    else if ((m = /^Header set (\S+) "(.*)"$/.exec(line)) && (!match || match.test(path.split('/').pop()))) {
      headers[m[1]] = m[2].replace('{csp}', CSP);
    }
  }
  return headers;
}

/**
 * A host: `kind` is 'plain' (the type only), 'apache' (the release's .htaccess), 'netlify' (its
 * _headers), 'pages' (GitHub Pages: `Access-Control-Allow-Origin: *` and ten minutes' cache) or
 * 'bucket' (Amazon S3 with a CORS configuration: the header only to a request with `Origin`).
 * `releases` maps a folder under `/avenir/` to `{dir, files}` (`files`: bodies that replace
 * the dir's, `null` for a file missing); `pages` the host's own pages (`/site/<name>`); `extra(path, headers)` may change
 * the headers of any file. Returns `{origin, close}`.
 */
async function host(kind, { releases = {}, pages = new Map(), extra = () => {} } = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://host').pathname);
    let body = null;
    if (path.startsWith('/site/')) body = pages.get(path.slice('/site/'.length)) ?? null;
    const m = /^\/avenir\/([^/]+)\/(.*)$/.exec(path);
    if (m && releases[m[1]]) {
      const { dir, files = {} } = releases[m[1]];
      const name = m[2] || 'index.html';
      if (name in files) body = files[name];
      else {
        const file = normalize(join(dir, name));
        if (file.startsWith(dir) && statSync(file, { throwIfNoEntry: false })?.isFile()) body = readFileSync(file);
      }
    }
    if (body === null) return response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    const headers = { 'Content-Type': TYPES[extname(path) || '.html'] || 'application/octet-stream' };
    if (path.startsWith('/avenir/')) {
      if (kind === 'apache') Object.assign(headers, apacheHeaders(path));
      if (kind === 'netlify') {
        Object.assign(headers, onNetlify(NETLIFY.rules, path));
      }
    }
    if (kind === 'pages') Object.assign(headers, { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'max-age=600' });
    // A bucket with the guide's CORS configuration: the header only for a request naming an origin.
    if (kind === 'bucket') {
      headers['x-amz-request-id'] = 'TEST';
      if (request.headers.origin) Object.assign(headers, { 'Access-Control-Allow-Origin': '*', Vary: 'Origin' });
    }
    extra(path, headers);
    response.writeHead(200, headers);
    return response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const EMBED = readFileSync(join(DIST, 'embed.js'));

/** A site's legal-advice contact for the tests only (example.org: nobody to reach). */
const SITE_CONTACT = `
[[contact]]
id = "example_test_cso"
name = "Example CSO (host test)"
kind = "legal-advice"
applies = 'stay_country == "HR"'
countries = ["HR"]
website = "https://example.org/"
source = { url = "https://example.org/about", checked = 2026-11-23 }
`;

/** The CSO's page: the release's snippet (its folder, its integrity) at `base`, with the site's contact inline. */
function sitePage(base, { folder = FOLDER, embed = EMBED, languages = 'hr en ar' } = {}) {
  return `<!doctype html><html lang="hr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Udruga</title><link rel="icon" href="data:,">
<script type="module" src="${base}/avenir/${folder}/embed.js" integrity="${integrity(embed)}" crossorigin="anonymous"></script></head>
<body><h1>Udruga</h1>
<avenir-assessment country="HR" languages="${languages}"><script type="application/toml">${SITE_CONTACT}</script>
<a href="${base}/avenir/${folder}/">Otvorite samoprocjenu</a></avenir-assessment>
</body></html>`;
}

let browser;
const closing = [];
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); for (const close of closing) close(); });

/** A host started for this file, closed at its end. */
async function started(kind, options) {
  const server = await host(kind, options);
  closing.push(server.close);
  return server;
}

/** A phone (in `locale`), with what embed.js told the author in the console. */
async function phone(t, locale = 'en-GB', context = null) {
  const ctx = context || (await phoneContext(browser, { locale }));
  if (!context) t.after(() => ctx.close());
  const page = await ctx.newPage();
  const errors = failOnPageErrors(page);
  const author = [];
  const console = [];
  page.on('console', (m) => {
    console.push(m.text());
    if (m.text().startsWith('<avenir-assessment>: ')) author.push(m.text());
  });
  return { context: ctx, page, errors, author, console };
}

/** The widget's frame once it shows its first heading, or null after `ms`. */
async function widgetFrame(page, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => /\/index(\.[^/]+)?\.html#embed/.test(f.url()));
    if (frame && (await frame.locator('#avenir-root[data-running]').count())) return frame;
    await page.waitForTimeout(100);
  }
  return null;
}

/** From the start page to the results (country of stay fixed to HR), once the site's file is in. */
async function resultsInCroatia(frame) {
  await frame.locator('#avenir-root[data-contacts="checked"]').waitFor({ state: 'attached', timeout: 60_000 });
  await press(frame, frame.locator('form.intro button[type="submit"]'));
  const title = await walk(frame, ['Albania', 'I never applied for asylum and I have no residence permit', 'Yes', { number: '0' }, 'No',
    'No', 'Work, income or training', 'No', 'No', 'No', 'No', SEE_RESULTS]);
  // Every collapsed part opened, as a person would (built when first opened).
  await openAll(frame, '.results');
  return title;
}

const RELEASE = { [FOLDER]: { dir: DIST } };

/** The hosts where the widget works: [name, kind of the widget's host, page on the same origin]. */
const WORKING = [
  ['Apache with the release\'s .htaccess, the page on the same site', 'apache', true],
  ['Netlify with the release\'s _headers, the page on the same site', 'netlify', true],
  ['GitHub Pages, the page on another site', 'pages', false],
  ['Apache with .htaccess, the page on another site', 'apache', false],
  ['a bucket (CORS only for requests naming an origin), the page on the same site', 'bucket', true],
];

for (const [name, kind, same] of WORKING) {
  test(`${name}: the widget reaches the results with the site's contact`, { timeout: 150_000 }, async (t) => {
    const pages = new Map();
    const widget = await started(kind, { releases: RELEASE, pages });
    const site = same ? widget : await started('plain', { pages });
    pages.set('index.html', sitePage(widget.origin));
    const { page, errors, author } = await phone(t, 'en-GB');
    await page.goto(`${site.origin}/site/index.html`);
    const frame = await widgetFrame(page);
    assert.ok(frame, `the widget did not start: ${author.join('\n')}`);
    assert.equal(await resultsInCroatia(frame), RESULTS_HEADING);
    const names = await frame.locator('article.contact h3').allTextContents();
    assert.ok(names.includes('Example CSO (host test)'), names.join(', '));
    assert.deepEqual(author, []);
    errors.assertNone();
  });
}

test('a plain host (no header but the type), the page on the same site: the visitor is told in their language, with a working link; the author gets the cause', { timeout: 120_000 }, async (t) => {
  const pages = new Map();
  const server = await started('plain', { releases: RELEASE, pages });
  pages.set('index.html', sitePage(server.origin));
  for (const [locale, tag] of [['en-GB', 'en'], ['ar', 'ar']]) {
    const { page, author } = await phone(t, locale);
    await page.goto(`${server.origin}/site/index.html`);
    const note = page.locator('avenir-assessment .cannot');
    await note.waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('avenir-assessment iframe').count(), 0, 'a frame that cannot start stays');
    assert.equal(await note.getAttribute('lang'), tag);
    // The content's texts (texts/<tag>.ftl), built into embed.js.
    assert.equal(await note.getAttribute('dir'), tag === 'ar' ? 'rtl' : 'ltr');
    assert.equal(await note.locator('p').textContent(), ftlText(tag, 'ui-host-embed-failed'));
    assert.equal(await note.locator('a').textContent(), ftlText(tag, 'ui-host-embed-open'));
    assert.ok(author.some((m) => m.includes('without the header "Access-Control-Allow-Origin: *"')), author.join('\n'));
    assert.ok(!author.some((m) => m.includes('frame-src')), `a misleading cause: ${author.join('\n')}`);
    await screenshot(page, `hosts-plain-same-${tag}`);
    // The link: the widget on a page of its own, in the visitor's language, works on this host.
    await Promise.all([page.waitForURL(/\/avenir\/.*index(\.ar)?\.html$/), note.locator('a').click()]);
    await page.locator('#avenir-root[data-running]').waitFor({ state: 'attached', timeout: 30_000 });
    assert.equal(await page.locator('html').getAttribute('lang'), tag);
    if (tag === 'en') {
      await press(page, page.locator('form.intro button[type="submit"]'));
      assert.equal(await walk(page, ['Croatia', 'Albania', 'I never applied for asylum and I have no residence permit', 'Yes',
        { number: '0' }, 'No', 'No', 'Work, income or training', 'No', 'No', 'No', 'No', SEE_RESULTS]), RESULTS_HEADING);
    }
  }
});

test('a plain host, the page on another site: embed.js is blocked by the browser, and the site\'s own link stays', { timeout: 60_000 }, async (t) => {
  const pages = new Map();
  const widget = await started('plain', { releases: RELEASE });
  const site = await started('plain', { pages });
  pages.set('index.html', sitePage(widget.origin));
  const { page, console } = await phone(t, 'hr');
  await page.goto(`${site.origin}/site/index.html`);
  await page.waitForTimeout(3000);
  assert.equal(await page.locator('avenir-assessment iframe').count(), 0);
  assert.ok(await page.getByRole('link', { name: 'Otvorite samoprocjenu' }).isVisible());
  assert.ok(console.some((m) => /CORS|Access-Control-Allow-Origin/.test(m)), console.join('\n'));
});

test('visit, update, visit again in the same browser: the new release starts; overwriting the old folder instead would not', { timeout: 120_000 }, async (t) => {
  // Release B: another embed.js (so another integrity), in its own folder beside A's.
  const B = '2026.12.1-9f8e7d6c';
  const embedB = Buffer.concat([EMBED, Buffer.from('\n// release B\n')]);
  const pages = new Map();
  const releases = { [FOLDER]: { dir: DIST } };
  const server = await started('apache', { releases, pages });
  const context = await phoneContext(browser, { locale: 'en-GB' });
  t.after(() => context.close());
  const visit = async () => {
    const { page, author, console } = await phone(t, 'en-GB', context);
    await page.goto(`${server.origin}/site/index.html`);
    const frame = await widgetFrame(page, 15_000);
    await page.close();
    return { started: Boolean(frame), author, console };
  };
  pages.set('index.html', sitePage(server.origin));
  assert.ok((await visit()).started, 'release A did not start');
  releases[B] = { dir: DIST, files: { 'embed.js': embedB } };
  pages.set('index.html', sitePage(server.origin, { folder: B, embed: embedB }));
  const again = await visit();
  assert.ok(again.started, `release B did not start for a returning visitor: ${again.console.join('\n')}`);

  // The control: the old way, the new embed.js copied over the old folder, a year's cache.
  const overwritten = await phoneContext(browser, { locale: 'en-GB' });
  t.after(() => overwritten.close());
  const C = '2026.12.0-overwritten';
  releases[C] = { dir: DIST };
  pages.set('index.html', sitePage(server.origin, { folder: C }));
  const old = async () => {
    const { page, console } = await phone(t, 'en-GB', overwritten);
    await page.goto(`${server.origin}/site/index.html`);
    const frame = await widgetFrame(page, 8_000);
    await page.close();
    return { started: Boolean(frame), console };
  };
  assert.ok((await old()).started);
  releases[C] = { dir: DIST, files: { 'embed.js': embedB } };
  pages.set('index.html', sitePage(server.origin, { folder: C, embed: embedB }));
  const broken = await old();
  assert.ok(!broken.started, 'the cached old embed.js passed the new integrity hash: the control proves nothing');
  assert.ok(broken.console.some((m) => /integrity/i.test(m)), broken.console.join('\n'));
});

/** check.html on `server` at `folder`, once its file checks have run: the page and its lines by kind. */
async function checkPage(t, server, folder = FOLDER) {
  const { page, errors } = await phone(t, 'en-GB');
  await page.goto(`${server.origin}/avenir/${folder}/check.html`);
  await page.locator('#files-status').filter({ hasText: /tested/ }).waitFor({ timeout: 20_000 });
  const lines = async (list = '#files') => ({
    problem: await page.locator(`${list} li.problem`).allTextContents(),
    note: await page.locator(`${list} li.note`).allTextContents(),
    ok: await page.locator(`${list} li.ok`).allTextContents(),
  });
  return { page, errors, lines };
}

test('check.html: a host set up with the release\'s .htaccess passes; the page is accessible and fits 360 px', { timeout: 60_000 }, async (t) => {
  const server = await started('apache', { releases: RELEASE });
  const { page, errors, lines } = await checkPage(t, server);
  const found = await lines();
  assert.deepEqual(found.problem, []);
  assert.equal(await page.locator('#files-status').textContent(), 'Files and headers tested: no problem found.');
  assert.ok(found.ok.some((l) => l.includes('Access-Control-Allow-Origin')), found.ok.join('\n'));
  assert.ok(found.ok.some((l) => l.includes('a folder of its own')));
  assert.deepEqual(await axeViolations(page, 'check.html'), []);
  assert.deepEqual(await overflowing(page, 'check.html'), []);
  errors.assertNone();
});

test('check.html finds each misconfiguration and says what to fix', { timeout: 120_000 }, async (t) => {
  // A plain host: no CORS header, no cache policy, no policy header; .wasm mistyped;
  // X-Frame-Options: DENY; the folder renamed.
  const misconfigured = {
    dir: DIST,
  };
  const server = await started('plain', {
    releases: { widget: misconfigured },
    extra: (path, headers) => {
      if (path.endsWith('.wasm')) headers['Content-Type'] = 'application/octet-stream';
      if (path.endsWith('.html')) headers['X-Frame-Options'] = 'DENY';
    },
  });
  const { page, lines } = await checkPage(t, server, 'widget');
  const { problem, note } = await lines();
  const has = (list, pattern) => assert.ok(list.some((l) => pattern.test(l)), `${pattern} not in:\n${list.join('\n')}`);
  has(problem, /without "Access-Control-Allow-Origin: \*"/);
  has(note, /not sent as application\/wasm[\s\S]*pkg\/avenir_web_bg\.wasm: sent as "application\/octet-stream", must be application\/wasm/);
  has(problem, /folder was renamed/);
  has(problem, /X-Frame-Options: DENY/);
  has(note, /without a cache policy/);
  has(note, /without a Content-Security-Policy header/);
  assert.match(await page.locator('#files-status').textContent(), /3 problems found/);
  assert.deepEqual(await overflowing(page, 'check.html'), []);
  await screenshot(page, 'check-misconfigured', { fullPage: true });
  await page.locator('#files-title').evaluate((h) => h.scrollIntoView());
  await screenshot(page, 'check-misconfigured-screen');

  // A host policy that forbids WebAssembly; style sheets mistyped (which also leaves this page
  // without its own styles: it still reports); missing files.
  const strict = await started('apache', {
    releases: RELEASE,
    extra: (path, headers) => {
      if (path.endsWith('.html')) headers['Content-Security-Policy'] = "default-src 'self'";
      if (path.endsWith('.css')) headers['Content-Type'] = 'text/plain';
    },
  });
  const second = await checkPage(t, strict);
  has((await second.lines()).problem, /forbids WebAssembly/);
  has((await second.lines()).problem, /wrong type[\s\S]*style\.css: sent as "text\/plain", must be text\/css/);
  const missing = await started('apache', { releases: { [FOLDER]: { dir: DIST, files: { 'embed.js': null, 'content/results.bin': null } } } });
  const third = await checkPage(t, missing);
  has((await third.lines()).problem, /cannot be read here[\s\S]*embed\.js: HTTP 404/);
});

test('check.html: the snippet\'s integrity against embed.js, and a site file with the widget\'s checker', { timeout: 120_000 }, async (t) => {
  const server = await started('apache', { releases: RELEASE });
  const { page, lines } = await checkPage(t, server);
  const snippet = (value) => `<script type="module" src="${server.origin}/avenir/${FOLDER}/embed.js" integrity="${value}" crossorigin="anonymous"></script>`;
  await page.locator('#snippet').fill(snippet(integrity(EMBED)));
  await page.getByRole('button', { name: 'Check the snippet' }).click();
  await page.locator('#snippet-results li').first().waitFor();
  assert.deepEqual((await lines('#snippet-results')).problem, []);
  assert.match((await lines('#snippet-results')).ok.join('\n'), /matches embed\.js/);
  await page.locator('#snippet').fill(snippet(integrity(Buffer.from('another release'))));
  await page.getByRole('button', { name: 'Check the snippet' }).click();
  await page.locator('#snippet-results li.problem').first().waitFor();
  assert.match((await lines('#snippet-results')).problem.join('\n'), /does not match[\s\S]*embed\.js there: {2}sha384-/);

  // A site file: one contact with a mistake, one valid (kept).
  const kept = SITE_CONTACT.replace('example_test_cso', 'example_test_law');
  await page.locator('#site-text').fill(SITE_CONTACT.replace('stay_country', 'stay_contry') + kept);
  await page.locator('#site-languages').fill('hr en ar');
  await page.getByRole('button', { name: 'Check the site file' }).click();
  await page.locator('#site-results li').first().waitFor({ timeout: 30_000 });
  const site = await lines('#site-results');
  assert.match(site.problem.join('\n'), /error\[E0102\]: unknown question `stay_contry`/);
  assert.match(site.note.join('\n'), /the rest of the file is valid and used/);
  await page.locator('#site-text').fill(SITE_CONTACT);
  await page.getByRole('button', { name: 'Check the site file' }).click();
  await page.locator('#site-results li.ok').waitFor({ timeout: 30_000 });
  assert.deepEqual((await lines('#site-results')).problem, []);
  assert.deepEqual(await axeViolations(page, 'check.html with results'), []);
});
