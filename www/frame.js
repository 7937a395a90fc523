// The widget's side of embedding (docs/embedding.md). When the page is opened by embed.js
// (`index.html#embed&languages=…`), this copies the host's settings onto #avenir-root for the
// widget, which checks them (avenir-core's `embed::check`) before it starts. Then it tells the
// host page three things, and nothing else, ever: the frame's height (a number), that the
// person pressed quick exit, and the settings the widget left out (for the site's author).
// It runs before boot.js (it comes first in index.html) and does nothing when not embedded.
const settings = new URLSearchParams(location.hash.slice(1));
const root = document.getElementById('avenir-root');
const framed = window.parent !== window;

if (settings.has('embed') && root) {
  document.documentElement.classList.add('embedded');
  for (const name of ['languages', 'country', 'accent', 'exit-url']) {
    const value = settings.get(name);
    if (value !== null) root.setAttribute(`data-${name}`, value);
  }
  // The host page's origin, named by embed.js: messages go only there ('*' for a host without
  // an origin of its own, such as a file:// page).
  const host = settings.get('host');
  const target = host && /^https?:\/\/[^/]+$/.test(host) ? host : '*';
  const tell = (message) => { if (framed) window.parent.postMessage({ avenir: 1, ...message }, target); };

  let last = -1;
  const measure = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) tell({ type: 'height', height: (last = height) });
  };
  new ResizeObserver(measure).observe(document.body);
  // A frame out of view gets no rendering updates (so no ResizeObserver callbacks) in Chromium
  // until it is scrolled to; a cheap look each second sizes it anyway.
  setInterval(measure, 1000);
  addEventListener('avenir-exit', () => tell({ type: 'exit' }));
  addEventListener('avenir-configured', () => {
    const problems = (root.dataset.problems || '').split('\n').filter(Boolean);
    if (!framed) for (const problem of problems) console.warn(`Avenir: ${problem}`);
    tell({ type: 'problems', problems });
  }, { once: true });
}
