// The studio's checker, off the page's thread: avenir-studio's wasm (avenir-content's checker,
// the same as `avenir lint`), run on the files the page sends. Requests and answers are
// messages inside this browser tab; nothing leaves it.
import init, { check, run_tests, diff, content_status, build } from './pkg/avenir_studio.js';

const ready = init({ module_or_path: new URL('./pkg/avenir_studio_bg.wasm', import.meta.url) });

const jobs = {
  check: ({ paths, texts, today }) => check(paths, texts, today),
  tests: ({ paths, texts }) => run_tests(paths, texts),
  diff: ({ old, paths, texts }) => diff(old.paths, old.texts, paths, texts),
  status: ({ paths, texts, today }) => content_status(paths, texts, today),
  build: ({ paths, texts }) => build(paths, texts),
};

/** The files as the page last told them: all of them after an opening, then only the edited ones. */
const files = { paths: [], texts: [], at: new Map() };

addEventListener('message', async ({ data }) => {
  if (data.paths) {
    files.paths = data.paths;
    files.texts = data.texts;
    files.at = new Map(data.paths.map((path, i) => [path, i]));
  }
  for (const [path, text] of data.changes ?? []) files.texts[files.at.get(path)] = text;
  await ready;
  const started = performance.now();
  let result;
  try {
    result = jobs[data.job]({ ...data, paths: files.paths, texts: files.texts });
  } catch (error) {
    result = { failed: String(error) };
  }
  const transfer = data.job === 'build' ? result.filter((x) => x instanceof Uint8Array).map((x) => x.buffer) : [];
  postMessage({ id: data.id, job: data.job, result, ms: performance.now() - started }, transfer);
});
