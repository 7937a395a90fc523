// Read aloud: only with a voice that runs on the device, in the page's language; otherwise a
// clear message. The browser's speech synthesis is replaced by a recording fake, since the
// test machine has no voices: it lists the voices a phone might have and records what is said.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { WALK, failOnPageErrors, launch, openApp, phoneContext, walk } from './lib.mjs';

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
  const cards = page.locator('article.programme, li.need, article.contact');
  assert.equal(await cards.count(), await page.locator('.readable .listen').count());
  await page.locator('article.programme').first().getByRole('button', { name: 'Listen' }).click();
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
