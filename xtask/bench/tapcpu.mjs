// One tap's main-thread CPU time, from a Chromium trace: robust on a loaded or slower machine,
// where `tap.mjs`'s wall-clock times at a 6× slowdown move by ±50 %. Not run by `cargo xtask
// bench`; run by hand to compare two builds served side by side:
//
//   AVENIR_URL=http://127.0.0.1:8080/ CHROMIUM=/usr/bin/chromium node xtask/bench/tapcpu.mjs N [RUNS]
//
// N is the tap: 0 = Start, then the walk of the e2e tests (tests/e2e/lib.mjs `WALK`: 1 = the
// first Continue, to the country of return; 14 = "See your results"). Each run opens a fresh
// page (no service worker), walks to the tap, traces it (`toplevel`, `devtools.timeline`,
// `v8.wasm`) and reports the thread time (`tdur`) of the task that handled the click, at 1×
// (no slowdown: the slowdown only pauses the thread), and in the first run the time V8 spent
// compiling wasm functions on their first call inside it. `KEEP_RESULTS=1` lets the results
// build load (it prepares on a move and takes over on the next); without it, it is blocked,
// so that nothing but the tap runs. Prints the runs and their median.
import { launch, choose, continueButton, WALK, SEE_RESULTS, APP_URL } from '../../tests/e2e/lib.mjs';

const N = Number(process.argv[2] || 1);
const RUNS = Number(process.argv[3] || 5);
const browser = await launch();
const out = [];
try {
  for (let r = 0; r < RUNS; r++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    if (!process.env.KEEP_RESULTS) await page.route(/avenir_results/, (route) => route.abort());
    const cdp = await context.newCDPSession(page);
    await page.goto(APP_URL);
    await page.locator('#avenir-root[data-running]').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    const button = (i) => (i === 0 ? page.locator('form.intro button[type="submit"]')
      : WALK[i - 1] === SEE_RESULTS ? page.locator('form.review button[type="submit"]') : continueButton(page));
    for (let i = 0; i <= N; i++) {
      if (i > 0 && WALK[i - 1] !== SEE_RESULTS) await choose(page, WALK[i - 1]);
      if (i === N) break;
      await button(i).click();
      await page.waitForTimeout(300);
    }
    await page.waitForTimeout(500);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8.wasm'] }, transferMode: 'ReportEvents' });
    await button(N).click();
    await page.waitForTimeout(1000);
    await cdp.send('Tracing.end');
    await done;
    const isClick = (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click';
    const click = events.find(isClick);
    const same = (e) => e.pid === click.pid && e.tid === click.tid;
    const own = events.find((e) => same(e) && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts <= click.ts && e.ts + e.dur >= click.ts + click.dur);
    if (!own) throw new Error('no task around the click in the trace');
    if (r === 0) {
      const lazy = events.filter((e) => same(e) && e.name === 'wasm.CompileLazy' && e.ts >= own.ts && e.ts <= own.ts + own.dur);
      console.log(`first run: ${lazy.length} wasm functions compiled on their first call, ${(lazy.reduce((s, e) => s + (e.tdur || 0), 0) / 1000).toFixed(1)} ms of it`);
    }
    out.push(own.tdur / 1000);
    await context.close();
  }
} finally {
  await browser.close();
}
out.sort((a, b) => a - b);
console.log(`tap ${N}: main-thread CPU ms ${out.map((x) => x.toFixed(1)).join(' ')}; median ${out[Math.floor(out.length / 2)].toFixed(1)}`);
