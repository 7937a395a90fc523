// Tap latency under a 6× CPU slowdown (run by `cargo xtask bench`, with AVENIR_URL set).
//
// A phone-sized page in Debian's Chromium (the e2e helpers of tests/e2e/lib.mjs), the CPU slowed
// down 6× through CDP (`Emulation.setCPUThrottlingRate`), then the walk of the e2e tests: for each
// tap on "Start", "Continue" or "See your results", the time from the click event (a capturing
// listener, the page's own performance.now) to the moment the next heading is in the DOM (a
// MutationObserver; for the results, once the build with them has taken over) and to the next
// animation frame after it. The walk is made WALKS times (default 3, the bench's `--runs`), each
// in a new browser context (nothing kept from the walk before), and each tap's time is the
// median of its walks, like every timing of the bench: one sample at a 6× slowdown on a busy
// machine moves by ±50 % (docs/performance.md); every walk's times are printed too. Then the
// repeat visit: with the offline copy in place (its service worker controlling the page), the
// page opened again with the CPU slowed down 4× (Lighthouse's mobile setting), and the time
// from the navigation's start to the widget running (`#avenir-root[data-running]`, the page's
// own performance.now), median of 5. Prints one JSON line.
import { launch, phoneContext, heading, choose, continueButton, offlineReady, WALK, SEE_RESULTS, APP_URL } from '../../tests/e2e/lib.mjs';

const RATE = Number(process.env.CPU_SLOWDOWN || 6);
const WALKS = Number(process.env.WALKS || 3);
if (!Number.isInteger(WALKS) || WALKS < 1) throw new Error(`WALKS must be a whole number of walks, not ${process.env.WALKS}`);
// As the bench's own median (xtask/src/bench.rs): the middle one, or the mean of the two middle ones.
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const browser = await launch();
try {
  const walks = [];
  let context, page, cdp;
  for (let w = 0; w < WALKS; w++) {
    await context?.close();
    context = await phoneContext(browser);
    page = await context.newPage();
    cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.goto(APP_URL);
    await heading(page).waitFor();
    // The widget running, not only the start page in the HTML: a press of Start before then is
    // kept and answered once the code is there, which is the load's time (Lighthouse's), not a tap's.
    await page.locator('#avenir-root[data-running]').waitFor({ state: 'attached' });

    // Arms the page: the next click starts the clock; the next change of the heading stops it.
    const arm = () => page.evaluate(() => {
      const before = document.querySelector('#avenir h1')?.textContent.trim();
      window.__tap = { start: null, dom: null, frame: null };
      document.addEventListener('click', () => { window.__tap.start = performance.now(); }, { capture: true, once: true });
      // Not the results' heading over "Loading…" in the first build (`.preparing`): the results
      // are there once the build with them has taken over (a new `#avenir`, so the whole root
      // is observed).
      const observer = new MutationObserver(() => {
        const now = document.querySelector('#avenir h1')?.textContent.trim();
        if (window.__tap.start === null || !now || now === before || document.querySelector('#avenir .preparing')) return;
        window.__tap.dom = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => { window.__tap.frame = performance.now(); });
      });
      observer.observe(document.getElementById('avenir-root'), { childList: true, subtree: true, characterData: true });
    });
    const tap = async (button) => {
      await arm();
      await button.click();
      await page.waitForFunction(() => window.__tap.frame !== null, null, { timeout: 15_000 });
      const t = await page.evaluate(() => window.__tap);
      return { heading: (await heading(page).textContent()).trim(), dom: t.dom - t.start, frame: t.frame - t.start };
    };

    const taps = [await tap(page.locator('form.intro button[type="submit"]'))];
    for (const label of WALK) {
      if (label === SEE_RESULTS) {
        taps.push(await tap(page.locator('form.review button[type="submit"]')));
      } else {
        await choose(page, label);
        taps.push(await tap(continueButton(page)));
      }
    }
    walks.push(taps);
  }
  const taps = walks[0].map((first, i) => {
    const of = (key) => walks.map((walk) => walk[i][key]);
    return { heading: first.heading, dom: median(of('dom')), frame: median(of('frame')), dom_runs: of('dom'), frame_runs: of('frame') };
  });
  // The repeat visit, with the offline copy.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.getElementById('avenir-root')?.hasAttribute('data-running')) {
        window.__running = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-running'] });
  });
  await page.goto(APP_URL);
  await heading(page).waitFor();
  await offlineReady(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const repeat = [];
  for (let i = 0; i < 5; i++) {
    await page.reload();
    await page.waitForFunction(() => window.__running !== undefined, null, { timeout: 15_000 });
    repeat.push(await page.evaluate(() => window.__running));
  }
  repeat.sort((a, b) => a - b);
  console.log(JSON.stringify({ rate: RATE, walks: WALKS, taps, repeat_visit: { rate: 4, runs_ms: repeat, median_ms: median(repeat) } }));
} finally {
  await browser.close();
}
