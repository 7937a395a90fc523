// Starts the widget. The wasm module mounts itself on #avenir-root (see avenir-web's `start`).
// No other script runs on this page. After loading, the only requests are the offline copy's
// (avenir-sw.js), for the widget's own files.
import init from './pkg/avenir_web.js';

// The widget finds its language files (texts/<tag>.bin) beside this script, wherever it is hosted.
const root = document.getElementById('avenir-root');
if (root) root.dataset.assets = new URL('./', import.meta.url).href;

// The offline copy (see avenir-sw.js): registered once the widget runs, so that it never
// competes with the first load. It keeps only the widget's files, never an answer.
const WORKER = new URL('./avenir-sw.js', import.meta.url).href;
const offline = () => {
  // In a sandboxed embed (an opaque origin, see embed.js) the browser refuses workers: no copy.
  try {
    if ('serviceWorker' in navigator) navigator.serviceWorker.register(WORKER, { updateViaCache: 'none' }).catch(() => {});
  } catch { /* no offline copy here */ }
};

// "Delete everything" in the widget (which has already removed the saved answers): the offline
// copy goes too, its caches and its service worker.
addEventListener('avenir-delete', async () => {
  try {
    for (const name of await caches.keys()) if (name.startsWith('avenir-')) await caches.delete(name);
    for (const registration of await navigator.serviceWorker.getRegistrations()) {
      const worker = registration.active || registration.waiting || registration.installing;
      if (worker?.scriptURL === WORKER) await registration.unregister();
    }
  } catch { /* storage blocked: nothing was kept */ }
  dispatchEvent(new Event('avenir-deleted'));
});

init().then(offline, () => {
  if (root) {
    root.textContent = '';
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.className = 'loading';
    p.textContent = 'This assessment could not start in this browser. Please try another browser, or ask a counsellor.';
    root.append(p);
  }
});
