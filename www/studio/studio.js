// The content studio (docs/authoring.md, "Without installing anything: the studio"): an
// author opens the content's folder (or the widget's own content), edits it, sees the
// problems `avenir lint` would report as they type, runs the test cases, sees what changes for
// whom, previews the widget with the edited content, and saves. The files never leave the
// computer: they are read and written by the browser, checked by a worker on this page
// (studio-worker.js, avenir-studio's wasm), and shown to the preview (preview.html, the real
// widget) by a message inside this tab. This page makes no request but for its own files, and
// stores nothing.
import { zip } from './zip.js';

const $ = (id) => document.getElementById(id);
/**
 * How long typing must pause before the files are checked, in ms: none. A keystroke while a
 * check runs is checked right after it (`check`'s `again`), so typing never queues more than
 * one check, and waiting for a pause only delayed the diagnostics (by 50 ms until 2026-12).
 */
const DEBOUNCE = 0;
/** How long typing must pause before the preview is rebuilt, in ms. */
const PREVIEW_DEBOUNCE = 700;

const state = {
  /** path → text, as edited; `order` keeps the folder's order. */
  texts: new Map(),
  order: [],
  /** path → text as opened (what "save" compares with). */
  saved: new Map(),
  current: null,
  /** The folder's handle (File System Access), when opened with it: save writes back. */
  folder: null,
  /** The folder's name, for the zip's. */
  name: 'content',
  /** The widget's own content (`content/manifest.json`), fetched once when needed. */
  published: null,
  /** The last diagnostics, by path. */
  byPath: new Map(),
  /** Whether the last check found no error. */
  valid: false,
  /** The built files for the preview: `[name, Uint8Array…]` flattened, as the worker gives. */
  built: null,
  /** Counts the changes to the files; `builtVersion` is the one `built` was made from. */
  version: 0,
  builtVersion: 0,
};

/** The files changed: `body[data-edited]` and `body[data-previewed]` tell whether the preview shows the last change. */
function changed() {
  state.version += 1;
  document.body.dataset.edited = String(state.version);
}

// ---- the worker ------------------------------------------------------------------------

const worker = new Worker(new URL('./studio-worker.js', import.meta.url), { type: 'module' });
const waiting = new Map();
let asked = 0;
worker.addEventListener('message', ({ data }) => {
  waiting.get(data.id)?.(data);
  waiting.delete(data.id);
});
const today = () => new Date().toISOString().slice(0, 10);
/**
 * What the worker must learn of the files since it last heard: all of them after an opening
 * (`paths` and `texts`, in order), else only the files edited since (`changes`, `[path, text]`):
 * sending the whole content (2 MB) at every keystroke was a slow copy on the page's thread.
 */
const toSend = { all: true, edited: new Set() };
function lists() {
  if (toSend.all) {
    toSend.all = false;
    toSend.edited.clear();
    return { paths: [...state.order], texts: state.order.map((p) => state.texts.get(p)) };
  }
  const changes = [...toSend.edited].map((p) => [p, state.texts.get(p)]);
  toSend.edited.clear();
  return { changes };
}
/** Runs `job` on the files as they are now; resolves with `{ result, ms }`. */
function ask(job, extra = {}) {
  const id = ++asked;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker.postMessage({ id, job, today: today(), ...lists(), ...extra });
  });
}

// ---- opening ---------------------------------------------------------------------------

/** Whether a path (relative to the folder) is content the checker reads, as avenir-content's `memory`. */
function isContent(path) {
  const parts = path.split('/');
  if (parts.length === 1) return path.endsWith('.toml');
  if (parts.length === 2 && parts[0] === 'texts') return parts[1].endsWith('.ftl');
  if (parts.length === 2 && parts[0] === 'tests') return parts[1].endsWith('.toml');
  return parts.length === 3 && parts[0] === 'audio' && parts[2] !== '';
}

/** Opens `files` (`[path, text]`, paths relative to the folder) as the content being edited. */
function open(files, name, folder = null) {
  const kept = files.filter(([path]) => isContent(path)).sort(([a], [b]) => compare(a, b));
  state.texts = new Map(kept);
  state.saved = new Map(kept);
  state.order = kept.map(([path]) => path);
  state.folder = folder;
  state.name = name;
  state.current = null;
  toSend.all = true;
  changed();
  document.querySelector('.work').hidden = false;
  $('opened').textContent = `Opened ${name}: ${kept.length} files.`;
  listFiles();
  languages();
  show(state.order.find((p) => p === 'contacts.toml') ?? state.order[0]);
  check();
}

/** Paths in the order avenir-content reads them: component by component. */
function compare(a, b) {
  const [x, y] = [a.split('/'), b.split('/')];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

/** The widget's own content, as the build copied it beside the studio (same origin). */
async function published() {
  if (!state.published) {
    const get = (path) => fetch(new URL(`content/${path}`, import.meta.url)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${path}: ${r.status}`))));
    const names = JSON.parse(await get('manifest.json'));
    state.published = await Promise.all(names.map(async (name) => [name, await get(name)]));
  }
  return state.published;
}

$('open-default').addEventListener('click', async () => {
  try {
    open(await published(), 'the widget\'s content');
  } catch (error) {
    $('opened').textContent = `The widget's content could not be read: ${error.message}`;
  }
});

/** Every file of a File System Access folder that is content: `[path, text, handle]`. */
async function readHandle(dir, prefix = '') {
  const out = [];
  for await (const [name, handle] of dir.entries()) {
    const path = prefix + name;
    if (handle.kind === 'directory') {
      if (['texts', 'tests', 'audio'].includes(path) || (prefix === 'audio/' && !name.includes('/'))) {
        out.push(...await readHandle(handle, `${path}/`));
      }
    } else if (isContent(path)) {
      out.push([path, path.startsWith('audio/') ? '' : await (await handle.getFile()).text()]);
    }
  }
  return out;
}

$('open-folder').addEventListener('click', async () => {
  if (!window.showDirectoryPicker) {
    $('pick').click();
    return;
  }
  try {
    const dir = await window.showDirectoryPicker({ mode: 'readwrite' });
    open(await readHandle(dir), dir.name, dir);
  } catch (error) {
    if (error.name !== 'AbortError') $('opened').textContent = `The folder could not be read: ${error.message}`;
  }
});

/** `[path, text]` of File objects from a folder input or a drop, without the folder's own name. */
async function fromFiles(files) {
  const named = files.map((file) => [file.webkitRelativePath || file.relativePath || file.name, file]);
  const root = named.length && named.every(([p]) => p.includes('/')) ? named[0][0].split('/')[0] : null;
  const strip = (p) => (root && p.startsWith(`${root}/`) ? p.slice(root.length + 1) : p);
  const kept = named.map(([p, f]) => [strip(p), f]).filter(([p]) => isContent(p));
  return [root ?? 'content', await Promise.all(kept.map(async ([p, f]) => [p, p.startsWith('audio/') ? '' : await f.text()]))];
}

$('pick').addEventListener('change', async (event) => {
  const [name, files] = await fromFiles([...event.target.files]);
  open(files, name);
});

/** The files under a dropped entry (the File and Directory Entries API), each with its path. */
async function entries(entry, prefix = '') {
  if (entry.isFile) {
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
    file.relativePath = prefix + entry.name;
    return [file];
  }
  const reader = entry.createReader();
  const out = [];
  for (;;) {
    const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return out;
    for (const child of batch) out.push(...await entries(child, `${prefix}${entry.name}/`));
  }
}

const drop = document.body;
drop.addEventListener('dragover', (event) => { event.preventDefault(); $('drop').classList.add('over'); });
drop.addEventListener('dragleave', () => $('drop').classList.remove('over'));
drop.addEventListener('drop', async (event) => {
  event.preventDefault();
  $('drop').classList.remove('over');
  const items = [...event.dataTransfer.items].map((item) => item.webkitGetAsEntry?.()).filter(Boolean);
  const files = (await Promise.all(items.map((entry) => entries(entry)))).flat();
  const [name, read] = await fromFiles(files);
  open(read, name);
});

// ---- the file list and the editor ------------------------------------------------------

function listFiles() {
  const list = $('file-list');
  list.replaceChildren(...state.order.filter((p) => !p.startsWith('audio/')).map((path) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.path = path;
    button.addEventListener('click', () => show(path));
    const name = document.createElement('span');
    name.textContent = path;
    const count = document.createElement('span');
    count.className = 'count';
    button.append(name, count);
    li.append(button);
    return li;
  }));
  marks();
}

/** Each file's number of problems in the list; the current file marked. */
function marks() {
  for (const button of $('file-list').querySelectorAll('button')) {
    const found = state.byPath.get(button.dataset.path) ?? [];
    const errors = found.filter((d) => d.severity === 'error').length;
    const count = button.querySelector('.count');
    count.textContent = errors ? ` ${errors} error${errors > 1 ? 's' : ''}` : found.length ? ` ${found.length} warning${found.length > 1 ? 's' : ''}` : '';
    button.classList.toggle('has-errors', errors > 0);
    if (button.dataset.path === state.current) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
}

const text = $('text');
const gutter = $('gutter');

function show(path) {
  if (!state.texts.has(path)) return;
  state.current = path;
  $('file-name').textContent = path;
  text.value = state.texts.get(path);
  text.scrollTop = 0;
  numbers();
  marks();
}

/** The line numbers beside the text, a mark on each line with a problem (redrawn only when they change). */
let drawn = '';
function numbers() {
  const lines = text.value.split('\n').length;
  const bad = new Map();
  for (const d of state.byPath.get(state.current) ?? []) {
    if (bad.get(d.line) !== 'error') bad.set(d.line, d.severity);
  }
  const key = `${state.current}:${lines}:${[...bad].join()}`;
  if (key !== drawn) {
    drawn = key;
    let html = '';
    for (let i = 1; i <= lines; i++) {
      const mark = bad.get(i);
      html += mark ? `<span class="${mark}">${i}</span>\n` : `${i}\n`;
    }
    gutter.innerHTML = html;
  }
  gutter.scrollTop = text.scrollTop;
}

let lastKey = null;
let checkTimer;
text.addEventListener('input', () => {
  lastKey = performance.now();
  state.texts.set(state.current, text.value);
  toSend.edited.add(state.current);
  changed();
  numbers();
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, DEBOUNCE);
});
text.addEventListener('scroll', () => { gutter.scrollTop = text.scrollTop; });

/** Selects a diagnostic's text in the editor, its file opened, the line in view. */
function goTo(d) {
  if (state.current !== d.path) show(d.path);
  text.focus();
  text.setSelectionRange(d.from, Math.max(d.from, d.to));
  const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
  text.scrollTop = Math.max(0, (d.line - 3) * lineHeight);
  gutter.scrollTop = text.scrollTop;
}

// ---- checking --------------------------------------------------------------------------

let checking = false;
let again = false;
/** Checks the files as they are; once more after it if they changed meanwhile. */
async function check() {
  if (checking) {
    again = true;
    return;
  }
  checking = true;
  const typed = lastKey;
  lastKey = null;
  const { result, ms } = await ask('check');
  checking = false;
  showDiagnostics(result);
  document.body.dataset.checks = String(Number(document.body.dataset.checks ?? 0) + 1);
  if (typed !== null) {
    // Keystroke to diagnostics on the screen (the browser test reads it).
    const latency = Math.round(performance.now() - typed);
    document.body.dataset.latency = String(latency);
    document.body.dataset.checkMs = String(Math.round(ms));
  }
  if (again) {
    again = false;
    check();
  } else if (state.valid) {
    schedulePreview();
  } else {
    $('preview-state').textContent = 'The content has errors: the preview shows it again once they are fixed.';
  }
}

function place(d) {
  return `${d.path}:${d.line}:${d.column}`;
}

/** One diagnostic as a list item: a button that goes to its place, and its hint. */
function diagnosticItem(d) {
  const li = document.createElement('li');
  if (typeof d === 'string') {
    li.textContent = d;
    return li;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `diag ${d.severity}`;
  const code = document.createElement('span');
  code.className = 'diag-code';
  code.textContent = `${d.severity}[${d.code}]`;
  const at = document.createElement('span');
  at.className = 'place';
  at.textContent = place(d);
  const message = document.createElement('span');
  message.className = 'message';
  message.textContent = d.message;
  button.append(code, ' ', at, ' ', message);
  button.addEventListener('click', () => goTo(d));
  li.append(button);
  if (d.hint) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.textContent = `hint: ${d.hint}`;
    li.append(hint);
  }
  return li;
}

function showDiagnostics(result) {
  if (result.failed) {
    $('summary').textContent = `The checker stopped: ${result.failed}`;
    return;
  }
  const all = [...result.diagnostics];
  state.byPath = new Map();
  for (const d of all.filter((x) => typeof x !== 'string')) {
    if (!state.byPath.has(d.path)) state.byPath.set(d.path, []);
    state.byPath.get(d.path).push(d);
  }
  state.valid = result.errors === 0;
  $('summary').textContent = `${result.errors} error(s), ${result.warnings} warning(s)`;
  $('summary').className = result.errors ? 'bad' : 'good';
  $('diagnostics').replaceChildren(...all.map(diagnosticItem));
  marks();
  numbers();
}

// ---- reports ---------------------------------------------------------------------------

function report(title, body, places = []) {
  const section = document.querySelector('.report');
  section.hidden = false;
  $('report-h').textContent = title;
  $('report').textContent = body;
  $('report-places').replaceChildren(...places.map(diagnosticItem));
  $('report-h').focus();
}

$('run-tests').addEventListener('click', async () => {
  const { result: [ok, body] } = await ask('tests');
  report(ok ? 'Tests: all passed' : 'Tests: not all passed', body);
});

$('run-diff').addEventListener('click', async () => {
  const old = await published();
  const { result: [, body] } = await ask('diff', { old: { paths: old.map(([p]) => p), texts: old.map(([, t]) => t) } });
  report('What changes, compared with the widget\'s published content', body);
});

$('run-status').addEventListener('click', async () => {
  const { result } = await ask('status');
  const places = [...result.diagnostics];
  const body = result.markdown || 'The content has errors: fix them first (see Problems).';
  report(`Content status: ${places.filter((d) => typeof d !== 'string').length} source(s) or language(s) to look at`, body, places);
});

// ---- saving ----------------------------------------------------------------------------

function download(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Writes `text` to `path` under the folder's handle, creating folders as needed. */
async function write(dir, path, text) {
  const parts = path.split('/');
  let here = dir;
  for (const part of parts.slice(0, -1)) here = await here.getDirectoryHandle(part, { create: true });
  const file = await here.getFileHandle(parts.at(-1), { create: true });
  const stream = await file.createWritable();
  await stream.write(text);
  await stream.close();
}

$('save').addEventListener('click', async () => {
  const changed = state.order.filter((p) => !p.startsWith('audio/') && state.texts.get(p) !== state.saved.get(p));
  if (state.folder) {
    try {
      for (const path of changed) {
        await write(state.folder, path, state.texts.get(path));
        state.saved.set(path, state.texts.get(path));
      }
      $('opened').textContent = `Saved ${changed.length} file(s) in ${state.name}.`;
      return;
    } catch (error) {
      $('opened').textContent = `Could not write to the folder (${error.message}): downloading a zip instead.`;
    }
  }
  const files = state.order.filter((p) => !p.startsWith('audio/')).map((p) => [p, state.texts.get(p)]);
  download(zip(files), `${state.name.replace(/[^\w.-]+/g, '-')}.zip`);
  $('opened').textContent = `Downloaded ${files.length} file(s) as a zip (${changed.length} changed).`;
});

$('download-built').addEventListener('click', async () => {
  const { result } = await ask('build');
  if (result[0] === null) {
    report('The content has errors: nothing to build', result[1].join('\n'));
    return;
  }
  const entries = [];
  for (let i = 0; i < result.length; i += 2) entries.push([result[i], result[i + 1]]);
  download(zip(entries), 'avenir-content-files.zip');
  $('opened').textContent = `Downloaded the ${entries.length} built files: upload them over your widget's content/ and texts/.`;
});

// ---- the preview -----------------------------------------------------------------------

const frame = $('preview');
let previewTimer;
function schedulePreview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(rebuild, PREVIEW_DEBOUNCE);
}

/** The languages of the content (`texts/<tag>.ftl`), for the preview's picker. */
function languages() {
  const select = $('preview-lang');
  const tags = state.order.filter((p) => /^texts\/[^/]+\.ftl$/.test(p)).map((p) => p.slice(6, -4));
  const chosen = select.value || 'en';
  select.replaceChildren(...tags.map((tag) => new Option(tag, tag, false, tag === chosen)));
}

let building = false;
async function rebuild() {
  if (building) {
    schedulePreview();
    return;
  }
  // Every check of valid content schedules this; the preview starts again only for a change it
  // does not show yet (a check that ends after the rebuild would restart it under the author).
  const version = state.version;
  if (state.built && version === state.builtVersion) return;
  building = true;
  const { result } = await ask('build');
  building = false;
  if (result[0] === null) return;
  state.built = result;
  state.builtVersion = version;
  reloadPreview();
}

/** The preview's start under way: since when (0: none), whether another must follow, and the version it shows. */
const starting = { since: 0, again: false, version: 0 };

function reloadPreview() {
  if (!state.built) return;
  $('preview-state').textContent = 'Preview updating…';
  // Not while the preview is still starting: navigating the frame then cancels the widget's
  // module import, which Firefox reports as an error. It starts again once running (or, should
  // it never run, after 10 s).
  if (starting.since && performance.now() - starting.since < 10_000) {
    starting.again = true;
    return;
  }
  starting.since = performance.now();
  starting.again = false;
  frame.src = `preview.html?${Date.now()}`;
}

// The preview asks for the content when it is ready; it gets it only from this page.
addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.source !== frame.contentWindow) return;
  if (event.data?.studio === 'ready' && state.built) {
    starting.version = state.builtVersion;
    const copy = state.built.map((x) => (x instanceof Uint8Array ? x.slice() : x));
    frame.contentWindow.postMessage({ studio: 'content', files: copy, lang: $('preview-lang').value }, location.origin);
  } else if (event.data?.studio === 'running') {
    starting.since = 0;
    if (starting.again) {
      reloadPreview();
      return;
    }
    document.body.dataset.previewed = String(starting.version);
    $('preview-state').textContent = `Preview of the content as edited, at ${new Date().toLocaleTimeString()}.`;
  }
});
$('preview-lang').addEventListener('change', reloadPreview);
$('preview-reload').addEventListener('click', reloadPreview);
