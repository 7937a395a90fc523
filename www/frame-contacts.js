// An embedding site's own file (its contacts, and in the content format its programmes and
// their texts), in the widget's frame (loaded by boot.js only when the site gives one): checked
// by the same checker as `avenir lint` (config/, a wasm module of its own) while the widget
// already runs with its own contacts, then handed to it. Open Referral HSDS (JSON, or a
// datapackage's CSV tables, as embed.js sends them) is first converted to the content format
// by the same import as `avenir hsds import`. A part with errors (a contact, a programme, a
// text) is left out and the rest used; the errors (file, line, column, hint) and what was left
// out go to the site's author: the console and the host page's debug panel.
//
// The check runs in a worker (config-worker.js), so that however large or hostile the file,
// the widget and its quick exit answer at once; a check that takes longer than CHECK_MAX_MS,
// or fails (out of memory), is stopped and the widget keeps its own contacts. Where the browser
// gives the frame no worker (a sandboxed frame's opaque origin), the same check runs here,
// after the widget has started, for a file of at most HERE_MAX characters.
import { checkSite } from './config-check.js';

/** The longest a site's file may take to check. */
const CHECK_MAX_MS = 30_000;
/**
 * The most characters checked on the frame's own thread (no worker): the widget, quick exit
 * included, waits while it runs; a careless site's file of contacts is far smaller.
 */
const HERE_MAX = 30_000;
const size = (site) => (typeof site.text === 'string' ? site.text.length : 0)
  + (Array.isArray(site.files) ? site.files.reduce((sum, f) => sum + String(f?.text ?? '').length, 0) : 0);

export async function check(received, configured, report) {
  const data = await received;
  let bytes = null;
  if (typeof data.text === 'string' || Array.isArray(data.files)) {
    const site = { name: data.name, format: data.format, text: data.text, files: data.files };
    const languages = document.getElementById('avenir-root')?.dataset.languages || '';
    let outcome = await inWorker(site, languages).catch((error) => (error === STOPPED ? null : undefined));
    if (outcome === undefined && size(site) > HERE_MAX) {
      outcome = { bytes: null, problems: [`the site's file has more than ${HERE_MAX} characters, the most this frame checks without a worker (a self-hosted widget's sandboxed frame has none; on another origin, such as a subdomain, it has): the widget shows its own contacts only`] };
    } else if (outcome === undefined) {
      await configured;
      await new Promise((resolve) => { setTimeout(resolve, 0); });
      outcome = await here(site, languages);
    }
    if (outcome) {
      if (outcome.problems.length) report(outcome.problems);
      bytes = outcome.bytes;
    } else {
      report([`the check of the site's file took longer than ${CHECK_MAX_MS / 1000} s or ran out of memory: the widget shows its own contacts only`]);
    }
  }
  await configured;
  // To every build of the widget that runs (boot.js): the first one, and the one with the
  // results when it takes over.
  dispatchEvent(new CustomEvent('avenir-site', { detail: bytes || new Uint8Array() }));
  // Inside the frame only (the host page cannot read it): for the browser tests to wait on.
  document.getElementById('avenir-root')?.setAttribute('data-contacts', 'checked');
}

const STOPPED = new Error('stopped');

/** The check in a worker: `{bytes, problems}`; rejects with STOPPED if it took too long or crashed, with another error if there is no worker. */
function inWorker(site, languages) {
  return new Promise((resolve, reject) => {
    let worker;
    try {
      worker = new Worker(new URL('./config-worker.js', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(error);
      return;
    }
    let started = false;
    const stop = (why) => { clearTimeout(timer); worker.terminate(); reject(why); };
    const timer = setTimeout(() => stop(STOPPED), CHECK_MAX_MS);
    worker.onmessage = ({ data }) => {
      if (data === 'started') { started = true; return; }
      clearTimeout(timer);
      worker.terminate();
      resolve(data);
    };
    // Before it started: no worker here (a policy or an opaque origin); after: it crashed.
    worker.onerror = (event) => { event.preventDefault(); stop(started ? STOPPED : new Error('no worker')); };
    worker.postMessage({ site, languages });
  });
}

/** The check on this page's own thread. */
async function here(site, languages) {
  try {
    const checker = await import('./config/avenir_config.js');
    await checker.default();
    return checkSite(checker, site, languages);
  } catch (error) {
    return { bytes: null, problems: [`the checker of the site's contacts failed (${error}): the widget shows its own contacts only`] };
  }
}
