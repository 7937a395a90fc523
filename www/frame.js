// The widget's side of embedding (docs/embedding.md). When the page is opened by embed.js
// (`index.html#embed&languages=…`), this copies the host's settings onto #avenir-root for the
// widget, which checks them (avenir-core's `embed::check`) before it starts. Then it tells the
// host page three things, and nothing else, ever: the frame's height (a number), that the
// person pressed quick exit, and the settings the widget left out (for the site's author).
// A site's own contacts come from the host page as text, in a message; frame-contacts.js checks
// them (loaded only then) and the widget starts with them, or with its own contacts only.
// It runs before boot.js (it comes first in index.html) and does nothing when not embedded.
const settings = new URLSearchParams(location.hash.slice(1));
const root = document.getElementById('avenir-root');
const framed = window.parent !== window;

if (settings.has('embed') && root) {
  document.documentElement.classList.add('embedded');
  for (const name of ['languages', 'country', 'accent', 'exit-url', 'hide-programmes', 'contacts']) {
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
  // A key pressed on the host page (embed.js): Shift or another key, counted by the widget
  // like its own for quick exit's Shift ×3.
  addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== window.parent || !data || data.avenir !== 1 || data.type !== 'key') return;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: data.shift === true ? 'Shift' : 'Unidentified' }));
  });
  const report = (problems) => {
    if (!framed) for (const problem of problems) console.warn(`Avenir: ${problem}`);
    tell({ type: 'problems', problems });
  };
  let started;
  const configured = new Promise((resolve) => { started = resolve; });
  addEventListener('avenir-configured', () => {
    report((root.dataset.problems || '').split('\n').filter(Boolean));
    started();
  }, { once: true });

  if (settings.get('contacts') === 'pending') {
    // The widget waits for them (see frame-contacts.js, loaded only then). The message may
    // come before that module: listen now.
    const received = new Promise((resolve) => {
      addEventListener('message', (event) => {
        const data = event.data;
        if (event.source === window.parent && data && data.avenir === 1 && data.type === 'contacts') resolve(data);
      });
      setTimeout(() => resolve(null), 10_000);
    });
    const start = async () => { await configured; (await import('./pkg/avenir_web.js')).contacts(new Uint8Array()); };
    import('./frame-contacts.js').then((m) => m.check(received, configured, report), start);
  }
}
