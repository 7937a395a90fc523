// The content files as an author's editor formats them (issue 20): Taplo, the TOML tool behind the
// "Even Better TOML" editor extension, with the project's `.taplo.toml`, leaves every TOML file
// under assessments/ as it is, so that format-on-save never rewrites a file the author did not
// change. Not a browser test: it lives here because Taplo comes from npm with the browser tests'
// other tools (package.json).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const TAPLO = join(HERE, 'node_modules', '.bin', 'taplo');

test('taplo fmt --check leaves every content file as written', () => {
  const run = spawnSync(TAPLO, ['fmt', '--check', 'assessments/**/*.toml'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.error, undefined, `taplo did not run: ${run.error}`);
  const unformatted = [...run.stderr.matchAll(/not properly formatted path="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(unformatted, [], `run \`tests/e2e/node_modules/.bin/taplo fmt 'assessments/**/*.toml'\` from the repository's root:\n${run.stderr}`);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr + run.stdout, /found files total=(\d+)/, 'taplo found no content file');
});
