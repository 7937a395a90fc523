// Starts the widget. The wasm module mounts itself on #avenir-root (see avenir-web's `start`).
// No other script runs on this page, and nothing here makes a request after loading.
import init from './pkg/avenir_web.js';

// The widget finds its language files (texts/<tag>.bin) beside this script, wherever it is hosted.
const root = document.getElementById('avenir-root');
if (root) root.dataset.assets = new URL('./', import.meta.url).href;

init().catch(() => {
  if (root) {
    root.textContent = '';
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.className = 'loading';
    p.textContent = 'This assessment could not start in this browser. Please try another browser, or ask a counsellor.';
    root.append(p);
  }
});
