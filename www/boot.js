// Starts the widget. The wasm module mounts itself on #avenir-root (see avenir-web's `start`).
// No other script runs on this page. After loading, the only requests are the offline copy's
// (avenir-sw.js), for the widget's own files.
//
// Two builds of the same widget: the person's (`pkg/avenir_web*`, the first load) and the
// counsellor's (`pkg/avenir_counsellor*`: the counsellor view and the QR code reader), loaded
// only when the address ends in `#counsellor`. The hash is never sent to the server.
const COUNSELLOR = '#counsellor';
const counsellor = location.hash === COUNSELLOR;
addEventListener('hashchange', () => { if (location.hash === COUNSELLOR && !counsellor) location.reload(); });

// Quick exit's "or press Shift 3 times" shows where there is a keyboard (style.css): a fine
// pointer, or from the first key pressed here (frame.js passes the host page's presses on).
// The widget names the hint from the exit button only where it is shown (the same mark).
const keys = () => document.documentElement.classList.add('avenir-keys');
if (matchMedia('(hover: hover) and (pointer: fine)').matches) keys();
document.addEventListener('keydown', keys, { once: true });

// The widget finds its language files (texts/<tag>.bin) beside this script, wherever it is hosted.
const root = document.getElementById('avenir-root');
if (root) root.dataset.assets = new URL('./', import.meta.url).href;

// The content is two files beside the wasm, the same for everyone (avenir-content's `bundle`):
// what the questions need, fetched now, alongside the wasm; and what only the results need,
// fetched once the widget runs, so that the first visit does not grow with the programmes and
// contacts. Neither request depends on anything the person does.
const content = (part) => fetch(new URL(`./content/${part}.bin`, import.meta.url))
  .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(response.status))))
  .then((buffer) => new Uint8Array(buffer));
// The first paint needs only the page and its styles (the start page is in the HTML): the code
// and the questions' part are fetched once the start page is painted (at most half a second
// later, for a page the browser does not paint, such as a frame out of view), all at once, so
// that neither the paint nor any of them waits for another.
const painted = new Promise((resolve) => {
  const timer = setTimeout(resolve, 500);
  try {
    new PerformanceObserver((_, observer) => { observer.disconnect(); clearTimeout(timer); resolve(); })
      .observe({ type: 'paint', buffered: true });
  } catch { /* no paint timing here: the timer starts it */ }
});
const questions = painted.then(() => content('start'));
// Tried again after 2, 4, 8… seconds (at most a minute apart) and when the browser is back
// online, until it succeeds: on a timer, never on the person's progress.
const retried = (attempt, wait = 2000) => attempt().catch(() => {
  const again = () => { clearTimeout(timer); removeEventListener('online', again); retried(attempt, Math.min(wait * 2, 60000)); };
  const timer = setTimeout(again, wait);
  addEventListener('online', again);
});

// The widget that runs: the first build, then the one with the results (below). An embedding
// site's own file, once checked (frame-contacts.js), goes to each of them.
const builds = [];
let site;
addEventListener('avenir-site', ({ detail }) => {
  site = detail;
  for (const build of builds) build.contacts(site);
});

// The person's widget is two builds (avenir-web's `handover`): the first load, without the
// results' code, and the whole widget, fetched with the content's results' part once the first
// one runs — the same files for everyone, never on the person's progress. It is compiled only
// once the person has left the start page (on the device: nothing is sent), so that the first
// screen has the phone to itself. When the person reaches the results, the first build asks to
// hand over (`avenir-handover`); the results build then takes over, in the page's memory. The
// counsellor build has everything and only gets the results' part.
// The styles only the results need (pkg/avenir_results.css), with the build that has them.
const styles = () => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./pkg/avenir_results.css', import.meta.url).href;
  document.head.append(link);
};
const results = (module) => retried(() => content('results').then((bytes) => module.results(bytes)));
// After the next paint: the first question is on the screen before the compile starts.
const begun = new Promise((resolve) => {
  const go = () => requestAnimationFrame(() => setTimeout(resolve, 0));
  document.addEventListener('submit', go, { once: true, capture: true });
  addEventListener('avenir-handover', go, { once: true });
});
// Its three requests are made at once, in the task that started the first build (called from
// it): Lighthouse's model then starts them after the first load, as the browser does; a request
// made in a later, short task is modelled as starting with boot.js, competing with the first
// build's wasm for the bandwidth (xtask/bench/lantern-dump.mjs shows the model's timeline).
const whole = (first) => retried(() => Promise.all([
  import('./pkg/avenir_results.js'), content('results'), fetch(new URL('./pkg/avenir_results_bg.wasm', import.meta.url)),
]).then(async ([build, bytes, response]) => {
  if (!response.ok) throw new Error(response.status);
  const wasm = await response.arrayBuffer();
  await begun;
  await build.default({ module_or_path: wasm });
  build.ready(await questions, bytes);
  builds.push(build);
  if (site) build.contacts(site);
  const hand = () => {
    const state = first.handover();
    if (!state.length) return;
    removeEventListener('avenir-handover', hand);
    builds.splice(0, builds.indexOf(build));
    build.resume(state);
  };
  addEventListener('avenir-handover', hand);
  hand();
}));

// The offline copy (see avenir-sw.js): registered once the widget runs, so that it never
// competes with the first load. It keeps only the widget's files, never an answer.
const WORKER = new URL('./avenir-sw.js', import.meta.url).href;
const offline = () => {
  // In a sandboxed embed (an opaque origin, see embed.js) the browser refuses workers: no copy.
  try {
    if ('serviceWorker' in navigator) navigator.serviceWorker.register(WORKER, { updateViaCache: 'none' }).catch(() => {});
  } catch { /* no offline copy here */ }
};

// The offline copy, its caches and its service worker, removed.
const forget = async () => {
  try {
    for (const name of await caches.keys()) if (name.startsWith('avenir-')) await caches.delete(name);
    for (const registration of await navigator.serviceWorker.getRegistrations()) {
      const worker = registration.active || registration.waiting || registration.installing;
      if (worker?.scriptURL === WORKER) await registration.unregister();
    }
  } catch { /* storage blocked: nothing was kept */ }
};

// "Delete everything" in the widget (which has already removed the saved answers): the offline
// copy goes too.
addEventListener('avenir-delete', async () => {
  await forget();
  dispatchEvent(new Event('avenir-deleted'));
});

// Quick exit: the widget has emptied itself, removed the saved answers and put the address it
// checked (avenir-core's `exit::is_exit_url`) on #avenir-root's `data-leave`. The offline copy
// goes (its files would tell that the widget was used, and in which language), waiting at most
// 300 ms for it; then `avenir-left` (frame.js tells the host page, which leaves too) and the
// page is replaced without a history entry: the top page when embedded (allowed on the
// person's click or key press), else this one.
addEventListener('avenir-exit', async () => {
  const url = root?.dataset.leave;
  if (!url) return;
  await Promise.race([forget(), new Promise((resolve) => { setTimeout(resolve, 300); })]);
  dispatchEvent(new Event('avenir-left'));
  try {
    top.location.replace(url);
  } catch {
    location.replace(url);
  }
});

// The widget cannot start (a browser without WebAssembly, a file missing): the start page
// rendered at build time stays, with its quick exit, and says so in place of its Start button,
// in the page's language (`ui-host-failed`, written into the page by `cargo xtask build`).
const failed = () => {
  if (!root) return;
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.className = 'loading';
  p.textContent = root.dataset.failed;
  const start = root.querySelector('form.intro button[type="submit"]');
  if (start) start.replaceWith(p);
  else root.replaceChildren(p);
};
// The start page is in index.html already (rendered at build time); a press of Start before the
// widget has taken over is kept, and passed on once it has.
let started = false;
const early = (event) => {
  if (!event.target.closest?.('form.intro')) return;
  event.preventDefault();
  started = true;
};
document.addEventListener('submit', early);
const running = () => new Promise((resolve) => {
  if (root?.hasAttribute('data-running')) return resolve();
  new MutationObserver((_, observer) => {
    if (root.hasAttribute('data-running')) { observer.disconnect(); resolve(); }
  }).observe(root, { attributes: true, attributeFilter: ['data-running'] });
});

// The browser's country names (the widget names countries with `Intl.DisplayNames`, avenir-web's
// i18n) cost far more to make the first time, for any language, than ever after: the locale
// data is loaded then (13 ms in English, 66 ms in Arabic on a fast machine; 6 times that on a
// slow phone, in the tap on Start, whose question lists countries). Made once here, in a task
// of its own while the code downloads, where nobody waits for it.
const warm = () => setTimeout(() => {
  try {
    const lang = [document.documentElement.lang || 'en'];
    new Intl.DisplayNames(lang, { type: 'region' }).of('DE');
    new Intl.Collator(lang).compare('a', 'b');
  } catch { /* no Intl here: the widget does without */ }
}, 0);

painted
  .then(() => {
    warm();
    const wasm = fetch(new URL(counsellor ? './pkg/avenir_counsellor_bg.wasm' : './pkg/avenir_web_bg.wasm', import.meta.url));
    wasm.catch(() => {});
    return Promise.all([counsellor ? import('./pkg/avenir_counsellor.js') : import('./pkg/avenir_web.js'), wasm]);
  })
  .then(async ([module, wasm]) => {
    await module.default({ module_or_path: wasm });
    builds.push(module);
    module.run(await questions);
    await running();
    document.removeEventListener('submit', early);
    if (started) root.querySelector('form.intro button[type="submit"]')?.click();
    styles();
    if (counsellor) results(module);
    else whole(module);
  })
  .then(offline, failed);
