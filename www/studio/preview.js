// The studio's live preview: the real widget (its build with the results, `pkg/avenir_results*`,
// the same files the person's page loads) running the content the studio built in memory. The
// person's page (boot.js) knows nothing of it: this page starts the widget itself, as boot.js
// does for the build with the results (`ready` with the content's two parts, then `run`), and
// gets the content's bytes only from the studio that frames it, by a message on this origin.
// The widget's requests for a language's texts (`texts/<tag>.bin`) are answered from those
// bytes: nothing of the content is fetched, and nothing is sent anywhere.
const root = document.getElementById('avenir-root');
const studio = window.parent;

/** Files of the built content, by name (`content/start.bin`, `texts/ar.bin`…). */
let files = new Map();
/** Where the widget looks for its language files (`data-assets`): answered below, never fetched. */
const BASE = new URL('./built/', location.href).href;

// The widget fetches a language's texts with `fetch` (avenir-web's i18n): from the built files.
const fetchFromNetwork = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url.startsWith(BASE)) {
    const bytes = files.get(url.slice(BASE.length));
    return Promise.resolve(bytes ? new Response(bytes) : new Response(null, { status: 404 }));
  }
  return fetchFromNetwork(input, init);
};

async function start({ files: flat, lang }) {
  files = new Map();
  for (let i = 0; i < flat.length; i += 2) files.set(flat[i], flat[i + 1]);
  const [start, results] = [files.get('content/start.bin'), files.get('content/results.bin')];
  if (!start || !results) return;
  // The page's language is the one the widget starts in (avenir-web's `initial_language`).
  document.documentElement.lang = lang || 'en';
  root.dataset.assets = BASE;
  const build = await import('../pkg/avenir_results.js');
  await build.default({ module_or_path: new URL('../pkg/avenir_results_bg.wasm', import.meta.url) });
  build.ready(start.slice(), results.slice());
  build.run(start.slice());
  new MutationObserver((_, observer) => {
    if (!root.hasAttribute('data-running')) return;
    observer.disconnect();
    studio.postMessage({ studio: 'running' }, location.origin);
  }).observe(root, { attributes: true, attributeFilter: ['data-running'] });
}

addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.source !== studio || event.data?.studio !== 'content') return;
  start(event.data);
});
if (studio !== window) studio.postMessage({ studio: 'ready' }, location.origin);
