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
// It runs before boot.js (it comes first in index.html) and does nothing when not embedded: an
// address with `#embed&exit-url=…` opened on its own (a crafted link) is the plain widget.
const settings = new URLSearchParams(location.hash.slice(1));
const root = document.getElementById('avenir-root');
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
