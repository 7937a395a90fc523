// Read aloud: only with a voice that runs on the device, in the page's language; otherwise a
// clear message. The browser's speech synthesis is replaced by a recording fake, since the
// test machine has no voices: it lists the voices a phone might have and records what is said.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { WALK, failOnPageErrors, launch, openAll, openApp, phoneContext, recordRequests, startFetched, walk } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Installs a fake speechSynthesis with these voices before the page runs. */
async function withVoices(context, voices) {
  await context.addInitScript((voices) => {
    window.__spoken = [];
    const fake = {
      getVoices: () => voices.map((v) => ({ ...v, voiceURI: v.name, default: false })),
      speak: (u) => window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }),
      cancel: () => {},
      addEventListener: () => {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.voice = null; } };
  }, voices);
}

async function phone(t, options = {}) {
  const context = await phoneContext(browser, options);
  t.after(() => context.close());
  return context;
}

test('a question and its options are read with the voice on the device, never a network voice', { timeout: 60_000 }, async (t) => {
  const context = await phone(t);
  await withVoices(context, [
    { name: 'Network US', lang: 'en-US', localService: false },
    { name: 'Phone GB', lang: 'en-GB', localService: true },
  ]);
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  await openApp(page);
  await page.getByRole('button', { name: 'Listen' }).click();
  const spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].voice, 'Phone GB');
  assert.equal(spoken[0].lang, 'en');
  for (const text of ['Which country are you living in now?', 'Belgium', 'Another country', 'I prefer not to say']) {
    assert.ok(spoken[0].text.includes(text), `"${text}" not read: ${spoken[0].text}`);
  }
  assert.ok(!spoken[0].text.includes('Listen'), 'the button read its own label');
  // On the results, each programme, need and contact can be heard.
  await walk(page, WALK);
  // Every part opened as a person would (their content is built when first opened).
  await openAll(page, '.results');
  // (A contact named again in a second need has no button of its own: it is read in full once.)
  const cards = page.locator('article.programme, li.need, article.contact:not(.again)');
  assert.equal(await cards.count(), await page.locator('.readable .listen').count());
  const programme = page.locator('article.programme').first();
  await programme.getByRole('button', { name: 'Listen' }).click();
  const last = (await page.evaluate(() => window.__spoken)).at(-1);
  assert.ok(last.text.startsWith('Voluntary return programme (Fedasil)'), last.text);
  errors.assertNone();
});

test('with only a network voice, nothing is read and the person is told why', { timeout: 60_000 }, async (t) => {
  const context = await phone(t, { locale: 'ar' });
  await withVoices(context, [{ name: 'Network Arabic', lang: 'ar-SA', localService: false }]);
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  await openApp(page);
  await page.locator('form.question .listen').click();
  await page.locator('form.question .listen-status').filter({ hasText: 'العربية' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__spoken), []);
  errors.assertNone();
});

// The same widget, with content that ships recordings of the start page in Albanian
// (`cargo xtask test` serves it; see xtask's `recorded_fixture`).
const RECORDED_URL = process.env.AVENIR_RECORDED_URL;

test('recordings shipped with the content are played instead of the voice, all fetched at once', { timeout: 60_000, skip: !RECORDED_URL && 'AVENIR_RECORDED_URL is not set' }, async (t) => {
  const context = await phone(t, { locale: 'sq' });
  await withVoices(context, [{ name: 'Phone SQ', lang: 'sq', localService: true }]);
  await context.addInitScript(() => {
    window.__played = [];
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function () { window.__played.push(this.src); return play.call(this).catch(() => {}); };
  });
  const requests = recordRequests(context);
  const page = await context.newPage();
  const errors = failOnPageErrors(page);
  await page.goto(RECORDED_URL);
  // The widget running (not only the start page prerendered in Albanian), and the parts it
  // fetches for everyone at start (the results' content and texts) in.
  await page.locator('#avenir-root[data-running] #avenir[lang="sq"] form.intro').waitFor();
  await startFetched(page);
  const before = requests.length;
  await page.locator('form.intro .listen').click();
  await page.waitForFunction(() => window.__played.length >= 1);
  const played = await page.evaluate(() => window.__played);
  assert.match(played[0], /^blob:/, 'a recording is played from memory, not by its address');
  assert.deepEqual(await page.evaluate(() => window.__spoken), [], 'the device voice read a recorded text');
  // Every recording of the language was fetched together, whatever is listened to.
  // (Playing a `blob:` address is no request: it never leaves the device.)
  const network = ({ worker, url }) => !worker && !url.startsWith('blob:');
  const fetched = requests.slice(before).filter(network).map(({ url }) => new URL(url).pathname.replace(/^.*\/audio\//, 'audio/')).sort();
  assert.deepEqual(fetched, ['ui-start-check', 'ui-start-indicative', 'ui-start-private', 'ui-start-title', 'ui-start-what'].map((k) => `audio/sq/${k}.wav`));
  // A second listen fetches nothing more.
  const again = requests.length;
  await page.locator('form.intro .listen').click();
  await page.waitForFunction((n) => window.__played.length > n, played.length);
  assert.deepEqual(requests.slice(again).filter(network).map(({ url }) => url), []);
  // A question without recordings is read by the device's voice.
  await page.locator('form.intro button[type="submit"]').click();
  await page.locator('form.question').waitFor();
  await page.locator('form.question .listen').click();
  const spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].voice, 'Phone SQ');
  errors.assertNone();
});
