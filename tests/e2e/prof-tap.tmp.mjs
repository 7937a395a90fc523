import { launch, phoneContext, heading, choose, continueButton, WALK, SEE_RESULTS, APP_URL } from './lib.mjs';
const browser = await launch();
const context = await phoneContext(browser);
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
await page.goto(APP_URL);
await heading(page).waitFor();
await page.locator('#avenir-root[data-running]').waitFor({ state: 'attached' });
await page.waitForTimeout(3000);
async function profiled(name, act) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await act();
  await page.waitForTimeout(1500);
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas; 
  const counts = new Map();
  profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)));
  for (const [id, us] of counts) {
    const n = byId.get(id); const f = n.callFrame;
    const key = `${f.functionName || "(anon)"} ${f.url.split("/").pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) || 0) + us);
  }
  const top = [...self].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 14);
  console.log(`== ${name}`);
  for (const [k, us] of top) console.log((us / 1000).toFixed(1).padStart(8), k);
}
await profiled('Start', () => page.locator('form.intro button[type="submit"]').click().then(() => heading(page).filter({ hasText: 'Which country are you living' }).waitFor()));
let n = 0;
for (const label of WALK) {
  n++;
  if (n === 1) { await choose(page, label); await profiled('second', () => continueButton(page).click().then(() => heading(page).filter({ hasText: 'returning to' }).waitFor())); continue; }
  if (label === SEE_RESULTS) {
    await profiled('See results', () => page.locator('form.review button[type="submit"]').click().then(() => page.getByRole('heading', { name: 'Your indicative results' }).waitFor()));
  } else { await choose(page, label); await continueButton(page).click(); await page.waitForTimeout(300); }
}
await browser.close();
