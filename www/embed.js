// <avenir-assessment>: the Avenir widget on any web page, in one snippet (docs/embedding.md):
//
//   <script type="module" src="https://cso.example/avenir/embed.js" integrity="sha384-…" crossorigin="anonymous"></script>
//   <avenir-assessment country="BE" languages="fr nl en ar" accent="#00703c" exit-url="https://…">
//     <a href="https://cso.example/avenir/">Open the self-assessment</a>  <!-- shown until it runs -->
//   </avenir-assessment>
//
// The widget runs in an <iframe> of its own page, found beside this file (any host, any
// sub-path), so that no script of the host page (analytics, session replay) can read what the
// person enters: a frame of another origin, or, when the widget is on the host's own origin, a
// sandboxed frame without `allow-same-origin` (an origin of its own, opaque). The frame tells
// this script only that it started, that quick exit was pressed (and where to go, as the
// widget checked it), and the settings it left out: nothing that depends on an answer, not
// even its height (the frame is as tall as this window, whatever it shows). The settings go to
// it in the address's fragment, which is never sent to a server, the site's
// own file in a message (or an HSDS datapackage.json and its tables), and, for quick exit's
// Shift ×3, whether a key pressed on the host page was Shift. No dependency; no request but the
// frame, the logo and the site's file. The host page gets two DOM events on the element:
// `avenir-ready` (the frame runs) and `avenir-problem` (each of the author's configuration
// problems, as in the console) — nothing about answers. Attributes changed later are applied
// (a setting the frame reads starts a fresh frame); listeners go when the element leaves.
const WIDGET = new URL('./index.html', import.meta.url);
/** Self-hosted on the host page's own origin: the frame is sandboxed, its origin opaque (`null`). */
const SAME_ORIGIN = WIDGET.origin === location.origin;
/** Quick exit's destination if the frame's message names none (the widget's default). */
const DEFAULT_EXIT = 'https://www.bbc.com/weather';
const SETTINGS = ['languages', 'country', 'accent', 'exit-url', 'hide-programmes', 'organisation'];
/** The most text a site's contacts may have (a directory of hundreds of contacts is far less);
 * for HSDS CSV, the datapackage.json and its tables together. */
const CONTACTS_MAX = 1_000_000;
/** The HSDS tables `avenir hsds import` reads, each `<name>.csv` (crates/avenir-content/src/hsds/tables.rs; a test keeps them equal). A datapackage's other tables are not fetched. */
const HSDS_TABLES = ['organizations', 'services', 'locations', 'service_at_location', 'addresses', 'phones', 'schedules', 'languages', 'x_avenir_sources'];
/** The most resources a datapackage.json may list. */
const RESOURCES_MAX = 100;
/**
 * What a visitor is told, in their language, when the widget cannot start in this page (see
 * `#cannotStart`): `{tag: [direction, "cannot start inside this page", "open it on a page of
 * its own"]}`, the content's default language first. From the content's texts (`ui-host-…` in
 * `texts/<tag>.ftl`), written in by `cargo xtask build`.
 */
const TEXTS = /*AVENIR_TEXTS*/{};

const STYLE = `
:host { all: initial !important; display: block !important; }
.logo { display: block; max-block-size: 4rem; max-inline-size: 100%; margin-block-end: 0.5rem; }
iframe { display: block !important; inline-size: 100% !important; block-size: 28rem; border: 0 !important;
  margin: 0 !important; padding: 0 !important; visibility: visible !important; opacity: 1 !important; transform: none !important; }
.ready slot { display: none; }
.debug { font: 14px/1.4 system-ui, sans-serif; color: #0b0c0c; background: #fff4d6; border: 2px solid #6f4a00;
  padding: 0.5rem 0.75rem; margin-block-end: 0.5rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.debug h2 { font-size: 1rem; margin: 0 0 0.25rem; }
.failed slot { display: none; }
.cannot { font: 1rem/1.5 system-ui, sans-serif; color: #0b0c0c; background: #fff; border: 2px solid #0b0c0c;
  padding: 0.75rem 1rem; overflow-wrap: anywhere; }
.cannot p { margin: 0 0 0.5rem; }
.cannot a { color: #1d4ed8; font-weight: 600; display: inline-block; min-block-size: 44px; line-height: 44px; }
.debug ul { margin: 0; padding-inline-start: 1.25rem; font-family: ui-monospace, Menlo, Consolas, monospace; }
`;

function sheet() {
  // A constructed style sheet: allowed by a host policy without 'unsafe-inline' for styles.
  const css = new CSSStyleSheet();
  css.replaceSync(STYLE);
  return css;
}

/** The attributes the frame reads when it starts (in its address's fragment): a change starts a fresh frame. */
const RESTART = [...SETTINGS, 'contacts'];

class AvenirAssessment extends HTMLElement {
  /**
   * Observed after connection: the settings the frame reads when it starts (RESTART) start a
   * fresh frame — the widget starts again, the person's answers in it are gone, as when the
   * page is reloaded (a site changes them before the person starts, e.g. when its own language
   * switcher changes `languages`); `label`, `logo`, `logo-alt` and `debug` are applied in place.
   * (An inline `<script type="application/toml">` is read when the frame starts: change it,
   * then any setting, or put the element in again.)
   */
  static observedAttributes = [...RESTART, 'label', 'logo', 'logo-alt', 'debug'];

  #frame = null;
  #shadow = null;
  #ready = false;
  /** The window's and document's listeners, removed together when the element leaves the page. */
  #listening = null;
  /** The "did not start within 15 s" timer of the current frame. */
  #timer = 0;
  /** A fresh frame is due (several attributes changed in one go start one frame). */
  #restarting = false;
  /** Every problem reported for the current frame (the debug panel shows them when `debug` is set later). */
  #problems = [];

  connectedCallback() {
    if (!this.#shadow) {
      const shadow = (this.#shadow = this.attachShadow({ mode: 'open' }));
      shadow.adoptedStyleSheets = [sheet()];
      const box = document.createElement('div');
      box.className = 'box';
      box.append(document.createElement('slot'));
      shadow.append(box);
    }
    this.#listen();
    this.#logo();
    // A frame put in the page again reloads anyway: this element starts a fresh one.
    this.#start();
  }

  /**
   * Off the page (a single-page site changing its view): the listeners on the window and the
   * document go, and the frame with them, so that nothing of the element stays behind.
   */
  disconnectedCallback() {
    this.#listening?.abort();
    this.#listening = null;
    clearTimeout(this.#timer);
    this.#frame?.remove();
    this.#frame = null;
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#listening || old === value) return; // before connection: connectedCallback reads them all
    if (name === 'label') {
      if (this.#frame) this.#frame.title = value || 'Avenir';
    } else if (name === 'logo' || name === 'logo-alt') {
      this.#logo();
    } else if (name === 'debug') {
      this.#shadow.querySelector('.debug')?.remove();
      if (value !== null) this.#panel(this.#problems);
    } else if (!this.#restarting) {
      this.#restarting = true;
      queueMicrotask(() => {
        this.#restarting = false;
        if (this.#listening) this.#start();
      });
    }
  }

  /** The host's logo above the frame, as `logo` and `logo-alt` say (none without `logo`). */
  #logo() {
    const box = this.#shadow.querySelector('.box');
    box.querySelector('.logo')?.remove();
    const logo = this.getAttribute('logo');
    if (!logo) return;
    // Outside the frame, so that the widget's own policy stays `img-src 'self'`: the logo is
    // the host's, loaded under the host's policy.
    const img = document.createElement('img');
    img.className = 'logo';
    img.src = logo;
    img.alt = this.getAttribute('logo-alt') || '';
    img.addEventListener('error', () => this.#report([`logo="${logo}": could not be loaded`]), { once: true });
    box.prepend(img);
  }

  /** The listeners on the window and the document, while the element is on the page. */
  #listen() {
    this.#listening?.abort();
    const listening = (this.#listening = new AbortController());
    const { signal } = listening;
    addEventListener('message', (event) => this.#message(event), { signal });
    // Quick exit's Shift ×3 works with the focus on the host page too: each key press outside
    // the frame is passed on to it as "Shift" or "another key" (never which key), and the
    // widget counts them as its own (avenir-core's exit count) and asks to leave.
    addEventListener('keydown', (event) => {
      if (event.key === 'Shift' && event.repeat) return;
      this.#post({ type: 'key', shift: event.key === 'Shift' });
    }, { capture: true, signal });
    addEventListener('resize', () => this.#size(), { signal });
    // The page's policy forbids the frame: the author gets that cause, the visitor a way on.
    document.addEventListener('securitypolicyviolation', (event) => {
      if (this.#ready || !['frame-src', 'child-src', 'default-src'].includes(event.effectiveDirective)) return;
      if (!String(event.blockedURI).startsWith(WIDGET.origin)) return;
      this.#cannotStart(`this page's Content-Security-Policy (${event.effectiveDirective}) blocks the widget's frame `
        + `(${WIDGET.href}): add ${SAME_ORIGIN ? "'self'" : WIDGET.origin} to the policy's frame-src`);
    }, { signal });
  }

  /** A fresh frame with the element's settings as they are now (the old one, if any, goes). */
  #start() {
    const box = this.#shadow.querySelector('.box');
    this.#frame?.remove();
    clearTimeout(this.#timer);
    this.#ready = false;
    this.#failed = false;
    this.#problems = [];
    box.classList.remove('ready', 'failed');
    box.querySelector('.cannot')?.remove();
    box.querySelector('.debug')?.remove();

    const frame = (this.#frame = document.createElement('iframe'));
    // Scripts, forms (answers are form fields; nothing is ever submitted: the widget's policy
    // says form-action 'none'), leaving the page on the person's click, opening a source or a
    // contact's site in a new tab, calling a phone number or writing an e-mail, printing.
    // Never allow-same-origin on the host's own origin: that would let the host page in.
    frame.sandbox = 'allow-scripts allow-forms allow-top-navigation-by-user-activation allow-popups '
      + 'allow-popups-to-escape-sandbox allow-top-navigation-to-custom-protocols allow-modals'
      + (SAME_ORIGIN ? '' : ' allow-same-origin');
    frame.referrerPolicy = 'no-referrer';
    frame.title = this.getAttribute('label') || 'Avenir';
    const settings = new URLSearchParams({ embed: '' });
    for (const name of SETTINGS) {
      const value = this.getAttribute(name);
      if (value !== null) settings.set(name, value);
    }
    if (location.origin !== 'null') settings.set('host', location.origin);
    const inline = this.querySelector('script[type="application/toml"], script[type="application/json"]');
    if (inline || this.hasAttribute('contacts')) {
      settings.set('contacts', 'pending');
      frame.addEventListener('load', () => this.#sendContacts(inline), { once: true });
    }
    frame.src = `${WIDGET.href}#${settings}`;
    box.querySelector('slot').before(frame);
    this.#size();
    if (SAME_ORIGIN) this.#probe();
    // No sign of life from the frame and no cause seen (a slow or broken connection, a file of
    // the widget missing or sent with the wrong type): the author is told where to look.
    this.#timer = setTimeout(() => {
      if (frame === this.#frame && !this.#ready && !this.#failed) {
        this.#report([`the widget at ${WIDGET.href} did not start within 15 s (no policy blocked its frame): `
          + `open ${new URL('./check.html', WIDGET).href} on this host to test its files and headers`]);
      }
    }, 15_000);
  }

  #failed = false;

  /**
   * Self-hosted (the frame sandboxed, its origin opaque): such a frame loads its scripts, wasm
   * and content as cross-origin requests, which the browser allows only if the server sends
   * `Access-Control-Allow-Origin`. On this page's own origin this script can read the headers
   * of the widget's files: without that one, the frame could only show a start page whose
   * Start does nothing. One request, the same for everyone, before any answer.
   */
  async #probe() {
    let response;
    try {
      response = await fetch(new URL('./boot.js', WIDGET), { method: 'HEAD', credentials: 'omit', cache: 'no-store' });
    } catch {
      return; // offline: the frame says so itself
    }
    if (this.#ready) return;
    const file = new URL('./boot.js', WIDGET).href;
    if (!response.ok && response.status !== 405) {
      this.#cannotStart(`${file} answers HTTP ${response.status}: upload the whole release folder (open check.html in it to test it)`);
    } else if (response.ok && !['*', 'null'].includes(response.headers.get('access-control-allow-origin')) && !perOrigin(response.headers)) {
      this.#cannotStart(`the widget's files are sent without the header "Access-Control-Allow-Origin: *" (${file} has none). `
        + 'On the page\'s own origin the widget runs in a sandboxed frame (origin "null", so that this page\'s scripts cannot read '
        + 'the answers), and such a frame may load its scripts, wasm and content only with that header. Add it (the release\'s '
        + 'avenir/.htaccess for Apache, _headers for Netlify or Cloudflare Pages; see the guide), or put the widget on another '
        + `origin. Meanwhile the visitor is offered the widget on a page of its own. ${new URL('./check.html', WIDGET).href} tests the host.`);
    }
  }

  /**
   * The widget cannot start in this page: the frame goes, and the visitor reads why, in their
   * language, with a link to the widget on a page of its own (where only the widget's own
   * scripts run, and no header is needed); the author gets the cause in the console (an error)
   * and the debug panel.
   */
  #cannotStart(cause) {
    if (this.#failed || this.#ready) return;
    this.#failed = true;
    this.#frame?.remove();
    this.#frame = null;
    this.#report([`error: ${cause}`]);
    const tags = Object.keys(TEXTS);
    if (!tags.length) return; // an unbuilt embed.js: the element's own content stays
    const listed = (this.getAttribute('languages') || '').split(/[\s,]+/)
      .map((t) => tags.find((tag) => tag.toLowerCase() === t.toLowerCase())).filter(Boolean);
    const offered = listed.length ? listed : tags;
    // Norwegian asked for as `no` is read as Bokmål (`nb`), as avenir-core's `text::negotiate` does.
    const primary = (tag) => tag.split(/[-_]/)[0].toLowerCase().replace(/^no$/, 'nb');
    let tag = offered[0];
    for (const wanted of navigator.languages || [navigator.language]) {
      const found = offered.find((t) => t.toLowerCase() === String(wanted).toLowerCase())
        || offered.find((t) => primary(t) === primary(String(wanted)));
      if (found) { tag = found; break; }
    }
    const [dir, says, open] = TEXTS[tag];
    const note = document.createElement('div');
    note.className = 'cannot';
    note.lang = tag;
    note.dir = dir;
    const p = document.createElement('p');
    p.textContent = says;
    const link = document.createElement('a');
    link.href = new URL(tag === tags[0] ? './index.html' : `./index.${tag}.html`, WIDGET).href;
    link.textContent = open;
    note.append(p, link);
    const box = this.#shadow.querySelector('.box');
    box.classList.add('failed');
    box.append(note);
  }

  #message(event) {
    if (!this.#frame || event.source !== this.#frame.contentWindow) return;
    if (event.origin !== (SAME_ORIGIN ? 'null' : WIDGET.origin)) return;
    const data = event.data;
    if (!data || data.avenir !== 1) return;
    if (data.type === 'ready' && !this.#ready) {
      this.#ready = true;
      this.#shadow.querySelector('.box').classList.add('ready');
      // For the host: the frame is loaded and the widget runs (once per frame). No detail.
      this.dispatchEvent(new CustomEvent('avenir-ready', { bubbles: true, composed: true }));
    } else if (data.type === 'exit') {
      // Leave the whole page, not only the frame, without a history entry back, for the
      // address the widget checked (avenir-core's `exit::is_exit_url`: the one check).
      this.#frame.remove();
      location.replace(typeof data.url === 'string' && data.url.startsWith('https://') ? data.url : DEFAULT_EXIT);
      return;
    }
    if ((data.type === 'problems' || data.type === 'ready') && Array.isArray(data.problems)) {
      // The frame sends at most 50 lines and says how many more there were.
      this.#report(data.problems.filter((p) => typeof p === 'string').slice(0, 51));
    }
  }

  /**
   * The site's own contacts, to the frame that checks them (from the element's inline
   * `<script type="application/toml">` or `application/json`, or read from the `contacts`
   * address, on the site's own origin under its policy's connect-src): the content format, or
   * Open Referral HSDS, JSON or the CSV tables a datapackage.json lists (`contactsFormat`).
   * `text: null` when they cannot be read: the widget then starts with its own contacts.
   */
  async #sendContacts(inline) {
    const given = inline ? 'the inline contacts' : `contacts="${this.getAttribute('contacts')}"`;
    let message;
    try {
      const url = new URL(inline ? location.href : this.getAttribute('contacts'), location.href);
      message = await siteFile(url, inline && { text: inline.textContent, type: inline.type });
    } catch (error) {
      this.#report([`${given}: could not be read (${error.message}): the widget shows its own contacts only`]);
      message = { name: inline ? inlineName(inline.type) : String(new URL(this.getAttribute('contacts'), location.href)), format: 'toml', text: null };
    }
    this.#post({ type: 'contacts', ...message });
  }

  /** A message to the widget's frame, for its origin only (any, for a sandboxed frame's `null`). */
  #post(message) {
    this.#frame?.contentWindow?.postMessage({ avenir: 1, ...message }, SAME_ORIGIN ? '*' : WIDGET.origin);
  }

  /**
   * The window's height (at least 320 px), whatever the widget shows: the widget scrolls
   * inside, its quick exit at the top stays in view, and nothing the frame shows changes a
   * size the host page can measure.
   */
  #size() {
    if (this.#frame) this.#frame.style.blockSize = `${Math.max(320, innerHeight)}px`;
  }

  /**
   * Settings left out: the console always (errors, such as a part of the site's file left out
   * because of its mistakes, as errors; the rest as warnings), the page with `debug` (for the
   * site's author), and an `avenir-problem` event on the element for each (`detail`: `message`,
   * the same line, and `severity`, 'error' or 'warning'), for a site that shows or logs them
   * its own way. These are the author's configuration problems only: nothing the person does
   * makes one.
   */
  #report(problems) {
    this.#problems.push(...problems);
    for (const problem of problems) {
      const error = problem.startsWith('error');
      (error ? console.error : console.warn)(`<avenir-assessment>: ${problem}`);
      const detail = { message: problem, severity: error ? 'error' : 'warning' };
      this.dispatchEvent(new CustomEvent('avenir-problem', { bubbles: true, composed: true, detail }));
    }
    if (this.hasAttribute('debug')) this.#panel(problems);
  }

  /** Lines added to the debug panel (made on the first). */
  #panel(problems) {
    if (!problems.length) return;
    let panel = this.#shadow.querySelector('.debug');
    if (!panel) {
      panel = document.createElement('section');
      panel.className = 'debug';
      panel.setAttribute('role', 'status');
      const title = document.createElement('h2');
      title.textContent = 'Avenir: settings left out (shown because of the debug attribute)';
      panel.append(title, document.createElement('ul'));
      this.#shadow.querySelector('.box').prepend(panel);
    }
    for (const problem of problems) {
      const item = document.createElement('li');
      item.textContent = problem;
      panel.querySelector('ul').append(item);
    }
  }
}

/**
 * Whether a server answers CORS by the request's `Origin` (a bucket such as Amazon S3 or Google
 * Cloud Storage sends `Access-Control-Allow-Origin` only to a request that names one, which
 * a same-origin request does not): then its answer to this page says nothing about the frame's.
 */
const perOrigin = (headers) => /\borigin\b/i.test(headers.get('vary') || '')
  || headers.has('x-amz-request-id') || headers.has('x-goog-generation');

/** The name a site's inline file is reported under. */
const inlineName = (type) => (type === 'application/json' ? 'inline contacts.json' : 'inline contacts.toml');

/**
 * A site's own file as the frame's checker takes it (config-check.js's `checkSite`): `{name,
 * format, text}`, or `{name, format: 'hsds-csv', files: [{name, table, text}]}` for HSDS CSV
 * tables. Read from `url`, or given `inline` (`{text, type}`, the element's own
 * `<script type="application/toml">` or `application/json`; a datapackage's paths are then
 * relative to `url`, the page). Also used by check.html.
 */
export async function siteFile(url, inline) {
  const name = inline ? inlineName(inline.type) : url.href;
  const { text, type } = inline || (await readContacts(url, CONTACTS_MAX));
  const format = contactsFormat(inline ? '' : url.pathname, type, text);
  if (format === 'datapackage') return { name, format: 'hsds-csv', files: await datapackageTables(url, text) };
  if (format === 'hsds-csv') return { name, format, files: [{ name: url.href, table: url.pathname.split('/').pop().toLowerCase(), text }] };
  return { name, format, text };
}

/** A contacts file's text and content type, if it is at most `max` characters. */
async function readContacts(url, max) {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url.href}`);
  // Bytes: up to 4 per character.
  if (Number(response.headers.get('content-length')) > max * 4) throw new Error(`${url.href} has more than ${max} characters`);
  const text = await response.text();
  if (text.length > max) throw new Error(`${url.href} has more than ${max} characters`);
  return { text, type: response.headers.get('content-type') || '' };
}

/**
 * What a site's contacts are: 'toml' (the content format), 'hsds-json', 'hsds-csv' (one table)
 * or 'datapackage' (HSDS CSV tables listed by a Frictionless datapackage.json). By the file's
 * name, else its content type, else its text: JSON starts with `{`, or with `[` and then `{`
 * or `]` (a TOML file's `[[contact]]` starts with `[` too).
 */
function contactsFormat(path, type, text) {
  const json = () => {
    try {
      const value = JSON.parse(text);
      return value && Array.isArray(value.resources) ? 'datapackage' : 'hsds-json';
    } catch {
      return 'hsds-json'; // the import reports the syntax error, with line and column
    }
  };
  const file = path.toLowerCase().split('/').pop();
  if (file.endsWith('.toml')) return 'toml';
  if (file.endsWith('.json')) return json();
  if (file.endsWith('.csv')) return 'hsds-csv';
  if (/json/.test(type)) return json();
  if (/csv/.test(type)) return 'hsds-csv';
  if (/toml/.test(type)) return 'toml';
  return /^\s*(\{|\[\s*[{\]])/.test(text) ? json() : 'toml';
}

/**
 * The HSDS tables a datapackage.json at `url` lists (its `resources`, each with a `path`
 * relative to it), fetched from the datapackage's own origin only: `[{name, table, text}]`,
 * `name` the table's address, `table` the HSDS table it holds (`services.csv`…, from the
 * resource's `name`, else its file's name). Only the tables the import reads are fetched, at
 * most CONTACTS_MAX characters in all.
 */
async function datapackageTables(url, text) {
  const resources = JSON.parse(text).resources;
  if (resources.length > RESOURCES_MAX) throw new Error(`more than ${RESOURCES_MAX} resources in the datapackage`);
  const wanted = [];
  for (const resource of resources) {
    if (!resource || typeof resource !== 'object') continue;
    const path = resource.path;
    const file = typeof path === 'string' ? path.split(/[?#]/)[0].split('/').pop().toLowerCase().replace(/\.csv$/, '') : '';
    const table = [resource.name, file].find((name) => HSDS_TABLES.includes(name));
    if (!table) continue; // one of HSDS's other tables: not read
    if (typeof path !== 'string') throw new Error(`the resource "${table}" has no "path" of one CSV file`);
    const at = new URL(path, url);
    if (at.origin !== url.origin) throw new Error(`the resource "${table}" is on another origin (${at.origin}): give the tables beside the datapackage`);
    wanted.push({ name: at.href, table: `${table}.csv` });
  }
  if (!wanted.length) throw new Error(`the datapackage lists none of the HSDS tables read: ${HSDS_TABLES.join(', ')}`);
  const files = await Promise.all(wanted.map(async (table) => ({ ...table, text: (await readContacts(new URL(table.name), CONTACTS_MAX)).text })));
  if (files.reduce((sum, file) => sum + file.text.length, text.length) > CONTACTS_MAX) {
    throw new Error(`the datapackage and its tables have more than ${CONTACTS_MAX} characters`);
  }
  return files;
}

if (!customElements.get('avenir-assessment')) customElements.define('avenir-assessment', AvenirAssessment);
