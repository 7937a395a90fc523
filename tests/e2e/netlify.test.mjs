// The release's `_headers` (issue 21): the headers Netlify and Cloudflare Pages send with every
// file of a release, read from the file the build wrote (`target/host/_headers`) by Netlify's
// own parser, applied as each host applies it (`host-files.mjs`). A content published in place
// (`content/*.bin`, `texts/*.bin`, the studio's built content) must reach returning visitors:
// those files are checked at each visit, every other file is kept a year (its release folder
// never changes), and no file gets two cache policies at once (Cloudflare would send both,
// joined: "immutable, no-cache").
//
// No browser, no server: run by hand after `cargo xtask build` with
//   node --test tests/e2e/netlify.test.mjs
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { netlifyRules, onCloudflare, onNetlify } from './host-files.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = process.env.AVENIR_DIST || join(ROOT, 'dist');
const FOLDER = '2026.12.0-0a1b2c3d';
const YEAR = 'public, max-age=31536000, immutable';

/** Every file of `dir`, as paths relative to it. */
function files(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory()
    ? files(join(dir, entry.name), `${prefix}${entry.name}/`)
    : [`${prefix}${entry.name}`]));
}

/** The release's files as `cargo xtask release` lays them out (demo/ as examples/, no studio). */
const RELEASE = files(DIST)
  .filter((f) => !f.startsWith('studio/') && !f.endsWith('.br') && !f.endsWith('.gz'))
  .map((f) => f.replace(/^demo\//, 'examples/'));

test('_headers: the content is checked at each visit, the rest kept a year, on Netlify and Cloudflare alike', async () => {
  const { rules, errors } = await netlifyRules();
  assert.deepEqual(errors, [], 'Netlify reads _headers without an error');
  assert.ok(RELEASE.some((f) => f.startsWith('content/')) && RELEASE.some((f) => f.startsWith('texts/')), 'a built dist/');
  // A recording of the content (audio/), which the default content has none of.
  for (const file of [...RELEASE, 'audio/ar/ui-start-title.wav', '']) {
    const path = `/avenir/${FOLDER}/${file}`;
    const [netlify, cloudflare] = [onNetlify(rules, path), onCloudflare(rules, path)];
    assert.deepEqual(cloudflare, netlify, `${path}: a header set by two rules (Cloudflare joins them)`);
    assert.equal(netlify['Access-Control-Allow-Origin'], '*', path);
    assert.equal(netlify['X-Content-Type-Options'], 'nosniff', path);
    assert.match(netlify['Content-Security-Policy'] || '', /frame-ancestors/, path);
    // The folder's address: the host's own policy (checked at each visit), as for anything
    // that no rule names.
    const expected = file === '' ? undefined : file.endsWith('.bin') ? 'no-cache' : YEAR;
    assert.equal(netlify['Cache-Control'], expected, path);
  }
});
