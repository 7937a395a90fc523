// check.html: opened on a CSO's host, in the release's folder, it tests what the host sends
// with the widget's files (status, type, CORS, cache, framing and policy headers), the
// snippet's integrity hash against this folder's embed.js, and a site's own file with the
// widget's own checker (config/, the same wasm module the frame runs). It says what to fix in
// plain words. Every request is for a file on this host; nothing is sent anywhere.
//
// A classic script, not a module: a host that sends `.js` files with a wrong type blocks every
// module script, and this page must still run to say so. The widget's checker (a module) is
// imported only to check a site file.
(() => {
/** The release's folder (this page's). */
const FOLDER = new URL('../', document.currentScript.src);

/** What each file is, so which type it must be sent with. */
const FILES = [
  ['embed.js', 'script'], ['index.html', 'html'], ['boot.js', 'script'], ['lang.js', 'script'],
  ['style.css', 'css'], ['pkg/avenir_web.js', 'script'], ['pkg/avenir_web_bg.wasm', 'wasm'],
  ['pkg/avenir_results.js', 'script'], ['pkg/avenir_results_bg.wasm', 'wasm'], ['content/start.bin', 'bin'],
  ['content/results.bin', 'bin'], ['config/avenir_config.js', 'script'], ['config/avenir_config_bg.wasm', 'wasm'],
];
const TYPES = {
  script: [/^(text|application)\/(x-)?(java|ecma)script\b/i, 'text/javascript', 'AddType text/javascript .js'],
  wasm: [/^application\/wasm\b/i, 'application/wasm', 'AddType application/wasm .wasm'],
  css: [/^text\/css\b/i, 'text/css', 'AddType text/css .css'],
  html: [/^text\/html\b/i, 'text/html', 'AddType text/html .html'],
  // Any type but a web page (a host answering a missing file with its home page).
  bin: [/^(?!text\/html)/i, 'application/octet-stream', 'AddType application/octet-stream .bin'],
};
const HOSTS = 'Apache: the release\'s avenir/.htaccess does it (it needs mod_headers). Netlify, Cloudflare Pages: put '
  + 'the release\'s _headers at your site\'s root. GitHub Pages sends it already. nginx, a bucket: see the guide, '
  + '"Host set-up".';

/** One line of results: `kind` is 'ok', 'problem' or 'note'; `detail` is shown as code. */
function line(list, kind, text, detail) {
  const item = document.createElement('li');
  item.className = kind;
  const label = document.createElement('strong');
  label.textContent = { ok: 'OK: ', problem: 'Problem: ', note: 'Note: ' }[kind];
  item.append(label, text);
  if (detail) {
    const pre = document.createElement('pre');
    pre.textContent = detail;
    item.append(pre);
  }
  list.append(item);
  return kind;
}

/** `fetch` that never throws: the response, or `{error}`. */
async function get(url) {
  try {
    return await fetch(url, { cache: 'no-store', credentials: 'omit' });
  } catch (error) {
    return { error };
  }
}

/** The checks of the files and headers; returns how many problems were found. */
async function checkFiles(list) {
  list.replaceChildren();
  const kinds = [];
  const add = (...args) => kinds.push(line(list, ...args));
  const got = await Promise.all(FILES.map(async ([file, kind]) => ({ file, kind, response: await get(new URL(file, FOLDER)) })));

  const missing = got.filter(({ response }) => response.error || !response.ok);
  if (missing.length) {
    add('problem', `${missing.length} of the widget's files cannot be read here. Upload the whole release folder, keeping its sub-folders (pkg/, content/, config/, texts/).`,
      missing.map(({ file, response }) => `${file}: ${response.error ? response.error.message : `HTTP ${response.status}`}`).join('\n'));
  } else {
    add('ok', `all ${FILES.length} files tested are there.`);
  }
  const present = got.filter(({ response }) => !response.error && response.ok);

  const mistyped = present.filter(({ kind, response }) => !TYPES[kind][0].test(response.headers.get('content-type') || ''));
  const typed = (list) => list.map(({ file, kind, response }) => `${file}: sent as "${response.headers.get('content-type') || 'no type'}", must be ${TYPES[kind][1]}   (Apache: ${TYPES[kind][2]})`).join('\n');
  const [wasm, others] = [mistyped.filter(({ kind }) => kind === 'wasm'), mistyped.filter(({ kind }) => kind !== 'wasm')];
  if (others.length) {
    add('problem', 'some files are sent with the wrong type (Content-Type): browsers refuse a script or style sheet of another type, and the widget does not start. Make the host send these types (Apache: the release\'s avenir/.htaccess has the lines; nginx: the types block):', typed(others));
  }
  if (wasm.length) {
    add('note', 'the wasm files are not sent as application/wasm: the widget still starts, but later (the browser cannot compile them while they download) and with a warning in the console. Make the host send this type:', typed(wasm));
  }
  if (!mistyped.length && present.length) add('ok', 'every file is sent with the right type.');

  const closed = present.filter(({ response }) => !['*', 'null'].includes(response.headers.get('access-control-allow-origin')));
  if (closed.length) {
    add('problem', 'the files are sent without "Access-Control-Allow-Origin: *". Without it the widget cannot start on a page of this site (it runs in a sandboxed frame of its own, so that the page\'s other scripts cannot read the answers, and such a frame may load these files only with that header), nor can a page on another site load embed.js. Visitors are then offered the widget on a page of its own instead. ' + HOSTS + ' (A bucket such as Amazon S3 sends the header only to requests from another origin: with the CORS configuration of the guide, it does send it to the widget\'s frame.)',
      closed.map(({ file }) => file).join('\n'));
  } else if (present.length) {
    add('ok', 'the files are sent with "Access-Control-Allow-Origin: *": the widget can start in a page of this site and of any other.');
  }

  // Each release has a folder of its own (`<version>-<8 hex digits>`): a returning visitor's
  // browser can never hold an embed.js of another release under the address a snippet names.
  if (/-[0-9a-f]{8}\/$/.test(FOLDER.pathname)) {
    add('ok', `this release is in a folder of its own (${FOLDER.pathname}): an update never meets an old copy in a visitor's browser.`);
  } else {
    add('problem', `the release's folder was renamed (${FOLDER.pathname}). Keep each release in the folder it comes in (avenir/<version>-<fingerprint>/) and put a new release beside the old one: copied over an old folder, a visitor's browser may keep the old embed.js, which then fails the new snippet's integrity hash, and the widget does not start for them.`);
  }

  const embed = present.find(({ file }) => file === 'embed.js');
  if (embed) {
    const cache = embed.response.headers.get('cache-control') || '';
    const age = Number((/max-age=(\d+)/.exec(cache) || [])[1] || 0);
    if (/no-store/.test(cache)) {
      add('note', `the files are sent with "Cache-Control: ${cache}": browsers download the widget again at every visit. It works, but costs visitors data; the release's .htaccess or _headers let browsers keep each release's files for a year.`);
    } else if (/immutable/.test(cache) || age >= 86400) {
      add('ok', `browsers may keep the files ("Cache-Control: ${cache}"), which is safe because each release has its own folder.`);
    } else if (!cache) {
      add('note', 'the files are sent without a cache policy (Cache-Control): browsers decide themselves how long to keep them. That is safe while each release stays in its own folder; the release\'s .htaccess or _headers let browsers keep them for a year, which saves visitors data.');
    } else {
      add('ok', `cache policy "Cache-Control: ${cache}".`);
    }
  }

  const page = present.find(({ file }) => file === 'index.html');
  if (page) {
    const frameOptions = (page.response.headers.get('x-frame-options') || '').toUpperCase();
    const policy = page.response.headers.get('content-security-policy') || '';
    const ancestors = (/frame-ancestors([^;]*)/.exec(policy) || [])[1]?.trim();
    if (frameOptions === 'DENY' || ancestors === "'none'") {
      add('problem', `the widget's page is sent with ${frameOptions === 'DENY' ? '"X-Frame-Options: DENY"' : '"frame-ancestors \'none\'"'}: no page, not even yours, may show it in a frame. Remove that header for the widget's folder.`);
    } else if (frameOptions === 'SAMEORIGIN') {
      add('note', `the widget's page is sent with "X-Frame-Options: SAMEORIGIN": only pages of ${location.origin} can show it.`);
    }
    const scripts = (/script-src([^;]*)/.exec(policy) || /default-src([^;]*)/.exec(policy) || [])[1];
    if (policy && scripts !== undefined && !/'wasm-unsafe-eval'|'unsafe-eval'/.test(scripts)) {
      add('problem', 'the host sends a Content-Security-Policy with the widget\'s page that forbids WebAssembly (its script-src has no \'wasm-unsafe-eval\'): the widget cannot start. Send the widget\'s own policy for its folder (the release\'s .htaccess or _headers), or none: its page carries it already.', policy);
    } else if (policy) {
      add('ok', 'the widget\'s page is sent with a Content-Security-Policy that lets it run.', policy);
    } else {
      add('note', 'the widget\'s page is sent without a Content-Security-Policy header. It carries its own policy in the page, which is enough for the widget; with the release\'s .htaccess or _headers the host sends it as a header too.');
    }
  }
  return kinds.filter((k) => k === 'problem').length;
}

/** The `<script>` of a snippet that loads embed.js: `{src, integrity, module}`, or null. */
function snippetScript(text) {
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const script = [...doc.querySelectorAll('script[src]')].find((s) => /embed\.js(\?|#|$)/.test(s.getAttribute('src')));
  return script && { src: script.getAttribute('src'), integrity: script.getAttribute('integrity'), module: script.type === 'module' };
}

/** `sha384-` and the base64 SHA-384 of `bytes`. */
async function sri(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** The snippet's checks; returns how many problems were found. */
async function checkSnippet(list, text) {
  list.replaceChildren();
  const kinds = [];
  const add = (...args) => kinds.push(line(list, ...args));
  const script = snippetScript(text);
  if (!script) {
    add('problem', 'no <script … src="…/embed.js"> found in what you pasted. Paste the snippet as it is in your page.');
    return 1;
  }
  // The snippet's address as the page reads it: a relative one is taken from this site's root.
  const src = new URL(script.src, location.origin + '/');
  if (!script.module) add('problem', 'the script has no type="module": the browser does not run embed.js without it. Use the snippet as the release gives it (snippet.html).');
  if (src.href !== new URL('embed.js', FOLDER).href) {
    add('note', `the snippet loads ${src.href}, not this folder's embed.js (${new URL('embed.js', FOLDER).href}): it is checked against that file. To check that release's files, open the check.html in its folder.`);
  }
  const response = await get(src);
  if (response.error || !response.ok) {
    add('problem', `${src.href} cannot be read from here (${response.error ? response.error.message : `HTTP ${response.status}`}): check the address in the snippet${src.origin !== location.origin ? ', and that its host sends "Access-Control-Allow-Origin: *"' : ''}.`);
    return kinds.filter((k) => k === 'problem').length;
  }
  if (!crypto.subtle) {
    add('problem', 'this browser computes hashes only on an https:// page: open check.html over https to check the integrity value (visitors\' browsers need https for the widget too).');
    return kinds.filter((k) => k === 'problem').length;
  }
  const actual = await sri(await response.arrayBuffer());
  if (!script.integrity) {
    add('note', `the snippet has no integrity value: the browser runs whatever embed.js the server sends. The release's snippet.html has it (for this file: integrity="${actual}").`);
  } else if (script.integrity.split(/\s+/).includes(actual)) {
    add('ok', 'the integrity value matches embed.js: browsers will run it.');
  } else {
    add('problem', `the integrity value does not match ${src.href}: every browser will refuse to run it, and the widget does not start. Use the snippet.html that came with the same release as the folder the snippet names (each release has its own address and hash; never copy a new embed.js over an old one).`,
      `in the snippet:  ${script.integrity}\nembed.js there:  ${actual}`);
  }
  return kinds.filter((k) => k === 'problem').length;
}

/** The site file's checks, with the widget's own checker; returns how many errors were found. */
async function checkSiteFile(list, { address, text, languages }) {
  list.replaceChildren();
  let site;
  try {
    const { siteFile } = await import(new URL('embed.js', FOLDER).href);
    if (address.trim()) site = await siteFile(new URL(address.trim(), location.href));
    else if (text.trim()) site = await siteFile(new URL(location.href), { text, type: /^\s*[{[]\s*["{\]]/.test(text) ? 'application/json' : 'application/toml' });
    else {
      line(list, 'problem', 'give the file\'s address or paste it.');
      return 1;
    }
  } catch (error) {
    line(list, 'problem', `the file could not be read (${error.message}). Check its address: it must be on this site (and the files' types, section 1).`);
    return 1;
  }
  let outcome;
  try {
    const checker = await import(new URL('config/avenir_config.js', FOLDER).href);
    const { checkSite } = await import(new URL('config-check.js', FOLDER).href);
    await checker.default();
    outcome = checkSite(checker, site, languages.trim());
  } catch (error) {
    line(list, 'problem', `the checker could not run here (${error}): see the files' results above.`);
    return 1;
  }
  const errors = outcome.problems.filter((p) => p.startsWith('error'));
  for (const problem of outcome.problems) line(list, problem.startsWith('error') ? 'problem' : 'note', problem.startsWith('error') ? 'an error; what has it is left out, the rest is used:' : 'a warning:', problem);
  if (outcome.bytes && !errors.length) line(list, 'ok', `${site.name} is valid: the widget uses all of it.`);
  else if (outcome.bytes) line(list, 'note', 'the rest of the file is valid and used.');
  else line(list, 'problem', 'nothing of this file can be used: the widget shows its own contacts only. Fix the errors above.');
  return errors.length;
}

/** Announces each part's end with the number of problems found. */
function say(status, count, what) {
  status.textContent = count ? `${what}: ${count} problem${count === 1 ? '' : 's'} found. What to fix is below.` : `${what}: no problem found.`;
}

const files = document.getElementById('files');
if (files) {
  checkFiles(files).then((count) => say(document.getElementById('files-status'), count, 'Files and headers tested'));
  document.getElementById('snippet-form').addEventListener('submit', (event) => {
    event.preventDefault();
    checkSnippet(document.getElementById('snippet-results'), document.getElementById('snippet').value);
  });
  document.getElementById('site-form').addEventListener('submit', (event) => {
    event.preventDefault();
    checkSiteFile(document.getElementById('site-results'), {
      address: document.getElementById('site-address').value,
      text: document.getElementById('site-text').value,
      languages: document.getElementById('site-languages').value,
    });
  });
}
})();
