// Starts the widget. The wasm module mounts itself on #avenir-root (see avenir-web's `start`).
// No other script runs on this page. After loading, the only requests are the offline copy's
// (avenir-sw.js), for the widget's own files.
//
// Two builds of the same widget: the person's (`pkg/avenir_web*`, the first load) and the
// counsellor's (`pkg/avenir_counsellor*`: the counsellor view and the QR code reader), loaded
// only when the address ends in `#counsellor`. The hash is never sent to the server.

// The widget's side of embedding (docs/embedding.md). When the page is opened by embed.js
// (`index.html#embed&languages=…`) in a frame, this copies the host's settings onto
// #avenir-root for the widget, which checks them (avenir-core's `embed::check`) before it
// starts. Then it tells the host page three things, and nothing else, ever, none of which
// depends on an answer: that the widget started, with the settings it left out (for the site's
// author; later, the problems of the site's own file), and that the person pressed quick exit,
// with the address the widget checked. Never its height: the host sizes the frame from its own
// window (a content height would tell which screen, and so which answers, the person has).
// A site's own contacts come from the host page as text, in a message; frame-contacts.js checks
// them (loaded only then) while the widget runs with its own, and hands them over when checked.
// It runs first, before the widget is started below, and does nothing when not embedded: an
// address with `#embed&exit-url=…` opened on its own (a crafted link) is the plain widget.
// (It was frame.js: one file less to fetch before the first screen, 152 B of brotli less.)
const root = document.getElementById('avenir-root');
{
  const settings = new URLSearchParams(location.hash.slice(1));
  const framed = window.parent !== window;

  if (settings.has('embed') && root && framed) {
    document.documentElement.classList.add('embedded');
    for (const name of ['languages', 'country', 'accent', 'exit-url', 'hide-programmes', 'organisation', 'contacts']) {
      const value = settings.get(name);
      if (value !== null) root.setAttribute(`data-${name}`, value);
    }
    // The host page's origin, named by embed.js: messages go only there ('*' for a host without
    // an origin of its own, such as a file:// page).
    const host = settings.get('host');
    const target = host && /^https?:\/\/[^/]+$/.test(host) ? host : '*';
    const tell = (message) => window.parent.postMessage({ avenir: 1, ...message }, target);
    // After quick exit has cleared the offline copy (boot.js), with the address the widget
    // checked (avenir-core's `exit::is_exit_url`, the one check): the host page leaves too.
    addEventListener('avenir-left', () => tell({ type: 'exit', url: root.dataset.leave || '' }));
    // A key pressed on the host page (embed.js): Shift or another key, counted by the widget
    // like its own for quick exit's Shift ×3.
    addEventListener('message', (event) => {
      const data = event.data;
      if (event.source !== window.parent || !data || data.avenir !== 1 || data.type !== 'key') return;
      document.dispatchEvent(new KeyboardEvent('keydown', { key: data.shift === true ? 'Shift' : 'Unidentified' }));
    });
    // At most PROBLEMS_MAX lines of at most LINE_MAX characters: a huge or hostile site file
    // cannot make a message the browser refuses to clone, nor flood the author's console.
    const [PROBLEMS_MAX, LINE_MAX] = [50, 4000];
    const bounded = (problems) => {
      const lines = problems.slice(0, PROBLEMS_MAX).map((p) => (p.length > LINE_MAX ? `${p.slice(0, LINE_MAX)}…` : p));
      if (problems.length > PROBLEMS_MAX) lines.push(`… and ${problems.length - PROBLEMS_MAX} more problems not shown`);
      return lines;
    };
    const report = (problems) => tell({ type: 'problems', problems: bounded(problems) });
    let started;
    const configured = new Promise((resolve) => { started = resolve; });
    // The widget checks the settings when it starts, and again with the programmes once its
    // build with the results is there (an unknown programme to hide): each problem told once.
    let told;
    addEventListener('avenir-configured', () => {
      const problems = (root.dataset.problems || '').split('\n').filter(Boolean);
      if (!told) {
        told = new Set(problems);
        tell({ type: 'ready', problems: bounded(problems) });
        started();
        return;
      }
      const fresh = problems.filter((p) => !told.has(p));
      for (const p of fresh) told.add(p);
      if (fresh.length) report(fresh);
    });

    if (settings.get('contacts') === 'pending') {
      // Checked when they come (see frame-contacts.js, loaded only then), however late: the
      // widget runs meanwhile. The message may come before that module: listen now. After 10 s
      // the author is told they have not come yet.
      const received = new Promise((resolve) => {
        addEventListener('message', (event) => {
          const data = event.data;
          if (event.source === window.parent && data && data.avenir === 1 && data.type === 'contacts') resolve(data);
        });
      });
      const late = setTimeout(() => report(['no contacts came from the host page within 10 s: the widget shows its own contacts until they do']), 10_000);
      received.then(() => clearTimeout(late));
      const start = async () => { await configured; dispatchEvent(new CustomEvent('avenir-site', { detail: new Uint8Array() })); };
      import('./frame-contacts.js').then((m) => m.check(received, configured, report), start);
    }
  }
}
const COUNSELLOR = '#counsellor';
const counsellor = location.hash === COUNSELLOR;
addEventListener('hashchange', () => { if (location.hash === COUNSELLOR && !counsellor) location.reload(); });

// Quick exit's "or press Shift 3 times" shows where there is a keyboard (style.css): a fine
// pointer, or from the first key pressed here (the embedding part above passes the host page's presses on).
// The widget names the hint from the exit button only where it is shown (the same mark).
const keys = () => document.documentElement.classList.add('avenir-keys');
if (matchMedia('(hover: hover) and (pointer: fine)').matches) keys();
document.addEventListener('keydown', keys, { once: true });

// The widget finds its language files (texts/<tag>.bin) beside this script, wherever it is hosted.
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
// screen has the phone to itself. Once it is there, the first build asks on each move
// (`avenir-handover`): the results build is prepared on that screen, and takes over on the next
// move, or at once on the results. All in the page's memory. The
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
  // What the first build asked on the results (kept until taken): this build takes over.
  // (Once it has, the first build asks nothing more: its listeners stay, idle.)
  const take = () => {
    const state = first.handover(true);
    if (!state.length) return;
    builds.splice(0, builds.indexOf(build));
    build.resume(state);
  };
  // When the first build asks (handover.rs: on each move, and on the results), this build is
  // prepared on that screen, apart from the page, in short tasks after it (the first build
  // goes on, or waits on the results); once it is whole, it takes over on the next ask, or at
  // once if the first build is waiting: a screen change, not a new widget.
  let prepared;
  const ask = () => {
    if (prepared) {
      take();
      return;
    }
    if (prepared === false) return;
    const state = first.handover(false);
    if (!state.length) return;
    prepared = false;
    setTimeout(() => build.prepare(state), 0);
  };
  addEventListener('avenir-prepared', () => { prepared = true; take(); });
  addEventListener('avenir-handover', ask);
  root?.setAttribute('data-whole', '');
  ask();
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

// Quick exit (once: the results build, prepared apart from the page, counts Shift presses too,
// and a second replace would abort the first): the widget has emptied itself, removed the saved answers and put the address it
// checked (avenir-core's `exit::is_exit_url`) on #avenir-root's `data-leave`. The offline copy
// goes (its files would tell that the widget was used, and in which language), waiting at most
// 300 ms for it; then `avenir-left` (the embedding part above tells the host page, which leaves too) and the
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
}, { once: true });

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
// (Only the making: using one, or making a collator, costs a tenth of a millisecond.)
const warm = () => setTimeout(() => {
  try {
    new Intl.DisplayNames([document.documentElement.lang], { type: 'region' });
  } catch { /* no Intl here (or no language): the widget does without */ }
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
    const part = await questions;
    // The widget's start in tasks of their own, after the module's (avenir-web's `mount`).
    await new Promise((resolve) => { setTimeout(resolve, 0); });
    module.run(part);
    await running();
    document.removeEventListener('submit', early);
    if (started) root.querySelector('form.intro button[type="submit"]')?.click();
    styles();
    if (counsellor) results(module);
    else whole(module);
  })
  .then(offline, failed);
