// The release's `.htaccess` on Apache itself (issue 18): a CSO's shared host that reads
// `.htaccess` files (`AllowOverride FileInfo`, as most do), with the release as `cargo xtask
// release` lays it out — `avenir/.htaccess` and the built widget in `avenir/<version>-<hash>/`.
// The `.htaccess` is the one the build wrote for this build (`target/host/avenir/.htaccess`,
// `release::write_host_files`), byte for byte what the release's archive holds.
//
// - the widget's address answers in the reader's language at once (`index.<tag>.html` with
//   `Content-Language`, `Vary: Accept-Language`), for several `Accept-Language` headers, the
//   same choice as `cargo xtask serve` (when `AVENIR_URL` is given) and `lang.js`;
// - files are never negotiated, and keep their types, policy and cache (the content's `.bin`
//   files checked at each visit, the rest kept a year);
// - a phone in Arabic gets the Arabic page with no move through `lang.js`, the widget starts,
//   and its offline copy opens in Arabic with the network off.
//
// Apache is Debian's `apache2-bin` (`cargo xtask setup` installs it): `/usr/sbin/apache2`, or
// `$APACHE2`, with its modules in `/usr/lib/apache2/modules` (or `$APACHE_MODULES`). It runs
// on a free port of 127.0.0.1 for this file only, started and stopped here. By hand, after
// `cargo xtask build`: CHROMIUM=/usr/bin/chromium node --test tests/e2e/apache.test.mjs
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { failOnPageErrors, launch, offlineReady, phoneContext, recordRequests, screenshot } from './lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = process.env.AVENIR_DIST || join(ROOT, 'dist');
const HTACCESS = join(process.env.AVENIR_HOST_FILES || join(ROOT, 'target', 'host'), 'avenir', '.htaccess');
const APACHE = process.env.APACHE2 || '/usr/sbin/apache2';
const MODULES = process.env.APACHE_MODULES || '/usr/lib/apache2/modules';
const FOLDER = '2026.12.0-0a1b2c3d';
/** `cargo xtask serve` (the test stage's server), whose choice Apache's must equal. */
const DEV_SERVER = process.env.AVENIR_URL || null;

let apache = null;
let origin = '';
let work = '';
let browser;

/** A free port of 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Apache's configuration: the site's folder, its `.htaccess` files read as a shared host does. */
function configuration(port) {
  const user = process.getuid?.() === 0 ? 'User www-data\nGroup www-data\n' : '';
  const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers', 'rewrite']
    .map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`).join('\n');
  return `ServerRoot ${work}
DefaultRuntimeDir ${work}
PidFile ${work}/httpd.pid
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
${modules}
${user}ErrorLog ${work}/error.log
LogLevel warn
TypesConfig /dev/null
AddType text/html .html
AddType image/svg+xml .svg
AddType application/json .json
AddType text/plain .toml
DocumentRoot ${work}/site
DirectoryIndex index.html
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${work}/site>
  Options SymLinksIfOwnerMatch
  AllowOverride FileInfo
  Require all granted
</Directory>
`;
}

before(async () => {
  assert.ok(existsSync(APACHE), `no Apache at ${APACHE}: \`cargo xtask setup\` installs Debian's apache2-bin (or set APACHE2)`);
  assert.ok(existsSync(HTACCESS), `no ${HTACCESS}: \`cargo xtask build\` writes it`);
  work = mkdtempSync(join(tmpdir(), 'avenir-apache-'));
  mkdirSync(join(work, 'site', 'avenir'), { recursive: true });
  cpSync(HTACCESS, join(work, 'site', 'avenir', '.htaccess'));
  cpSync(DIST, join(work, 'site', 'avenir', FOLDER), { recursive: true });
  // Apache's workers run as www-data when started by root: they must read the site, whatever
  // the umask the files were built with.
  const readable = (path) => {
    const dir = statSync(path).isDirectory();
    chmodSync(path, dir ? 0o755 : 0o644);
    if (dir) for (const name of readdirSync(path)) readable(join(path, name));
  };
  chmodSync(work, 0o755);
  readable(join(work, 'site'));
  const port = await freePort();
  writeFileSync(join(work, 'httpd.conf'), configuration(port));
  apache = spawn(APACHE, ['-f', join(work, 'httpd.conf'), '-DFOREGROUND'], { stdio: ['ignore', 'inherit', 'inherit'] });
  origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      const log = existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : '';
      if (apache.exitCode !== null || Date.now() > deadline) throw new Error(`Apache did not start:\n${log}`);
      await new Promise((resolve) => { setTimeout(resolve, 50); });
    }
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (apache && apache.exitCode === null) {
    const stopped = new Promise((resolve) => { apache.once('exit', resolve); });
    apache.kill('SIGTERM');
    await stopped;
  }
  // Apache's own warnings (a directive it refused, a rule it could not read) fail the file.
  const log = work && existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : '';
  if (work) rmSync(work, { recursive: true, force: true });
  const problems = log.split('\n').filter((l) => /\[(?!mpm_event:notice|core:notice)[^\]]*:(warn|error|crit|alert|emerg)\]/.test(l));
  assert.deepEqual(problems, [], 'Apache logged problems');
});

const WIDGET = () => `${origin}/avenir/${FOLDER}/`;

/** The folder's answer to `accept` (no header when null): status, headers and the page's language. */
async function ask(url, accept) {
  const response = await fetch(url, { headers: accept === null ? {} : { 'Accept-Language': accept } });
  const body = await response.text();
  return { status: response.status, headers: response.headers, lang: /<html lang="([^"]+)"/.exec(body)?.[1] ?? null, body };
}

// [Accept-Language, the page's language]: index.html is English.
const CHOICES = [
  ['ar', 'ar'],
  ['AR', 'ar'],
  ['ar-SY,ar;q=0.9,en-US;q=0.8,en;q=0.7', 'ar'],
  ['fa-AF,fa;q=0.9', 'fa-AF'],
  ['fa-IR,fa;q=0.9,en;q=0.5', 'fa-AF'],
  ['ckb-IQ', 'ckb'],
  ['no-NO,no;q=0.9', 'nb'],
  ['fr-BE;q=0.9, nl-BE;q=0.8', 'fr'],
  ['en-GB,en;q=0.9,ar;q=0.8', 'en'],
  ['en', 'en'],
  ['xx-YY, ar;q=0.5', 'ar'],
  ['zh-CN,zh;q=0.9', 'en'],
  ['ar;q=0, de-CH;q=0.8', 'de'],
  ['ar;q=0.000, tr', 'tr'],
  ['ar;q=0.001', 'ar'],
  ['ar-XB', 'en'],
  ['en-XA, ar', 'en'],
  ['*', 'en'],
  ['', 'en'],
  [null, 'en'],
];

test('the widget’s address answers in the reader’s language, with Vary and Content-Language', async () => {
  for (const [accept, lang] of CHOICES) {
    const got = await ask(WIDGET(), accept);
    const what = `Accept-Language: ${accept}`;
    assert.equal(got.status, 200, what);
    assert.equal(got.lang, lang, what);
    assert.equal(got.headers.get('content-language'), lang === 'en' ? null : lang, what);
    assert.match(got.headers.get('vary') || '', /(^|,\s*)Accept-Language(\s*,|$)/i, what);
    // One person's language: kept by their browser, never by a cache shared by several people.
    assert.equal(got.headers.get('cache-control'), 'private, max-age=31536000, immutable', what);
    assert.match(got.headers.get('content-security-policy') || '', /frame-ancestors/, what);
    // lang.js is on index.html only: a language's page never moves the reader.
    assert.equal(got.body.includes('<script src="lang.js">'), lang === 'en', what);
  }
});

test('Apache chooses as `cargo xtask serve` does', { skip: DEV_SERVER ? false : 'AVENIR_URL not given' }, async () => {
  for (const [accept] of CHOICES.filter(([a]) => a !== null)) {
    const [ours, dev] = [await ask(WIDGET(), accept), await ask(DEV_SERVER, accept)];
    assert.equal(ours.lang, dev.lang, `Accept-Language: ${accept}`);
    assert.equal(ours.headers.get('content-language'), dev.headers.get('content-language'), `Accept-Language: ${accept}`);
  }
});

test('files are never negotiated, and keep their types, policy and cache', async () => {
  const file = async (path, accept = 'ar') => {
    const response = await fetch(`${WIDGET()}${path}`, { headers: { 'Accept-Language': accept } });
    await response.arrayBuffer();
    assert.equal(response.status, 200, path);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', path);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
    assert.doesNotMatch(response.headers.get('vary') || '', /Accept-Language/i, `${path} does not depend on the language`);
    assert.equal(response.headers.get('content-language'), null, path);
    return response.headers;
  };
  // index.html is asked for by name (an embedding frame does): English, and lang.js decides.
  const index = await ask(`${WIDGET()}index.html`, 'ar');
  assert.equal(index.lang, 'en');
  assert.doesNotMatch(index.headers.get('vary') || '', /Accept-Language/i);
  assert.equal((await ask(`${WIDGET()}index.ar.html`, 'de')).lang, 'ar');
  const year = 'public, max-age=31536000, immutable';
  for (const [path, cache, type] of [
    ['boot.js', year, 'text/javascript'],
    ['pkg/avenir_web_bg.wasm', year, 'application/wasm'],
    ['style.css', year, 'text/css'],
    ['avenir-sw.js', 'no-cache', 'text/javascript'],
    ['content/start.bin', 'no-cache', 'application/octet-stream'],
    ['texts/ar.bin', 'no-cache', 'application/octet-stream'],
    ['demo/', year, 'text/html'],
  ]) {
    const headers = await file(path);
    assert.equal(headers.get('cache-control'), cache, path);
    assert.equal(headers.get('content-type'), type, path);
  }
});

test('a phone in Arabic gets the Arabic page at once, and its offline copy opens in Arabic', async (t) => {
  const context = await phoneContext(browser, { locale: 'ar' });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  const requests = recordRequests(page);
  const response = await page.goto(WIDGET());
  assert.equal(response.headers()['content-language'], 'ar');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar', 'the first page is the Arabic one');
  await page.locator('#avenir-root[data-running]').waitFor({ state: 'attached', timeout: 30_000 });
  assert.equal(page.url(), WIDGET(), 'no move to another address');
  assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), 1);
  const asked = requests.map((r) => r.url.slice(WIDGET().length));
  assert.ok(!asked.includes('lang.js') && !asked.includes('index.html') && !asked.includes('index.ar.html'), asked.join(' '));
  assert.equal(await page.locator('main#avenir').getAttribute('dir'), 'rtl');
  await screenshot(page, 'apache-ar');

  // The offline copy kept the Arabic page and texts (it reads Content-Language), and opens with
  // the network off.
  await offlineReady(page);
  await page.waitForFunction(async () => {
    const keys = (await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).keys()))).flat();
    return keys.some((r) => r.url.endsWith('/texts/ar.bin')) && keys.some((r) => r.url.endsWith('/index.ar.html'));
  }, null, { timeout: 15_000 });
  await context.setOffline(true);
  await page.reload();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar', 'offline, the same page');
  await page.locator('#avenir-root[data-running]').waitFor({ state: 'attached', timeout: 30_000 });
  errors.assertNone();
});
