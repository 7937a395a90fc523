// An embedding site's own contacts, in the widget's frame (loaded by frame.js only when the
// site gives some): checked by the same checker as `avenir lint` (config/, a wasm module of
// its own), then handed to the widget, which has been waiting for them. With errors, the widget
// starts with its own contacts only, and the errors (file, line, column, hint) go to the site's
// author: the console and the host page's debug panel.
export async function check(received, configured, report) {
  const data = await received;
  let bytes = null;
  if (!data) {
    report(['no contacts came from the host page within 10 s: the widget shows its own contacts only']);
  } else if (typeof data.text === 'string') {
    try {
      const checker = await import('./config/avenir_config.js');
      await checker.default();
      const languages = document.getElementById('avenir-root')?.dataset.languages || '';
      const [checked, problems] = checker.check_contacts(String(data.name), data.text, languages);
      if (problems.length) report(problems);
      bytes = checked;
    } catch {
      report(['the checker of the site\'s contacts could not be loaded: the widget shows its own contacts only']);
    }
  }
  await configured;
  (await import('./pkg/avenir_web.js')).contacts(bytes || new Uint8Array());
}
