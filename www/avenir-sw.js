// Avenir's offline copy: after the first visit the widget opens and works with no network.
//
// It keeps only the widget's own files (the page, script, styles, wasm, content, and each
// language's start page, texts and recordings, and the counsellor build, once fetched), never an answer: the widget sends none, and this worker handles only GET
// requests for files under its own folder. `cargo xtask build` writes VERSION (a hash of the
// files) and FILES; a new build changes this file, so the browser installs the new version,
// which then deletes the old copy. "Delete everything" in the widget removes the copy and
// unregisters this worker.
const VERSION = '__AVENIR_VERSION__';
const FILES = ['__AVENIR_FILES__'];
const PREFIX = 'avenir-';
const CACHE = `${PREFIX}${VERSION}`;
const SCOPE = new URL('./', self.location.href).href;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    // The first copy takes the files the page has just loaded from the browser's HTTP cache,
    // so a first visit does not download them twice; an update fetches them fresh.
    const update = (await caches.keys()).some((name) => name.startsWith(PREFIX) && name !== CACHE);
    const cache = await caches.open(CACHE);
    // The start page of the open page's language (`index.<tag>.html`, where lang.js moved a
    // reader of that language) and that language's texts: fetched before this worker could
    // keep them, and needed to open offline.
    const open = (await self.clients.matchAll({ type: 'window', includeUncontrolled: true }))
      .map((client) => client.url).filter((url) => url.startsWith(SCOPE));
    const languages = new Set(open.map((url) => /\/index\.([A-Za-z0-9-]+)\.html$/.exec(new URL(url).pathname)?.[1]).filter(Boolean));
    const request = (file) => new Request(new URL(file, SCOPE), { cache: update ? 'no-cache' : 'force-cache' });
    await cache.addAll(FILES.map(request));
    // A server that answers the folder's address in the reader's language (HTTP content
    // negotiation) says which in `Content-Language`: that language's files are needed too.
    const negotiated = (await cache.match(SCOPE, { ignoreVary: true }))?.headers.get('Content-Language');
    if (negotiated && /^[A-Za-z0-9-]+$/.test(negotiated)) languages.add(negotiated);
    const pages = [...languages].flatMap((tag) => [`index.${tag}.html`, `texts/${tag}.bin`, `texts/${tag}.results.bin`]);
    await cache.addAll(pages.map(request));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // One copy of each address is kept: the folder's is the reader's language already.
    const hit = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
    const { pathname } = new URL(request.url);
    const content = pathname.endsWith('.bin');
    // The content's files may be published again in place (the studio's built content, `avenir
    // build`): given from the copy, then asked again (only what the page asked for), so that
    // the next visit has the new ones. Not when the phone is offline: nothing to ask then.
    if (hit) {
      if (content && navigator.onLine) {
        event.waitUntil(fetch(request, { cache: 'no-cache' }).then((fresh) => fresh.ok && cache.put(request, fresh), () => {}));
      }
      return hit;
    }
    const response = await fetch(request);
    // A language's texts and recordings, and the counsellor build, fetched when first needed,
    // are kept for offline use.
    const later = content || pathname.includes('/audio/') || pathname.includes('/pkg/avenir_counsellor')
      || /\/index\.[^/]+\.html$/.test(pathname);
    if (response.ok && later) await cache.put(request, response.clone());
    return response;
  })());
});
