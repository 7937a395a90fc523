// The start page in the reader's language before anything is painted, without an inline
// script: `index.html` is the start page in the content's default language, and the build
// renders it in every other language as `index.<tag>.html` (the same components as the widget,
// avenir-web's `prerender`). This script runs first, while the page is being read, and moves to
// the page of the first of the browser's languages that is offered (the same tag, else the
// same primary language, `no` read as `nb`, as avenir-core's `text::negotiate`; among the
// languages an embedding site lists, in `#embed&languages=…`), keeping the address's fragment.
// It never moves away from a language's own page, which someone chose or linked to (language
// pages do not even load it).
// A server that chooses the page from `Accept-Language` (`cargo xtask serve` does) sends the
// reader's page for the folder's address already; this is for hosts that cannot. The widget
// then starts in the page's language (avenir-web's `i18n::initial_language`).
(() => {
  const meta = document.querySelector('meta[name="avenir-languages"]');
  const pages = (meta?.content || '').split(' ').filter(Boolean);
  // Pseudo-locales (for testing) have no page, and match only their exact tag.
  const pseudo = (meta?.dataset.pseudo || '').split(' ').filter(Boolean);
  const here = document.documentElement.lang;
  if (pages.length < 2 || here !== pages[0]) return;
  const settings = new URLSearchParams(location.hash.slice(1));
  const listed = settings.has('embed') && window.parent !== window
    ? (settings.get('languages') || '').split(/[\s,]+/).map((t) => pages.find((p) => p.toLowerCase() === t.toLowerCase())).filter(Boolean)
    : [];
  const offered = listed.length ? listed : pages;
  const primary = (tag) => tag.split(/[-_]/)[0].toLowerCase().replace(/^no$/, 'nb');
  let tag = offered[0];
  for (const wanted of navigator.languages || [navigator.language]) {
    if (pseudo.some((p) => p.toLowerCase() === wanted.toLowerCase())) return;
    const found = offered.find((p) => p.toLowerCase() === wanted.toLowerCase()) || offered.find((p) => primary(p) === primary(wanted));
    if (found) { tag = found; break; }
  }
  if (tag !== here) location.replace(`index.${tag}.html${location.hash}`);
})();
