// An embedding site's own file (its contacts, and in the content format its programmes and
// their texts), in the widget's frame (loaded by frame.js only when the site gives one): checked
// by the same checker as `avenir lint` (config/, a wasm module of its own), then handed to the
// widget, which has been waiting for it. Open Referral HSDS
// (JSON, or a datapackage's CSV tables, as embed.js sends them) is first converted to the
// content format by the same import as `avenir hsds import`. With errors, the widget starts
// with its own contacts only, and the errors (file, line, column, hint) go to the site's
// author: the console and the host page's debug panel.
export async function check(received, configured, report) {
  const data = await received;
  let bytes = null;
  if (!data) {
    report(['no contacts came from the host page within 10 s: the widget shows its own contacts only']);
  } else if (typeof data.text === 'string' || Array.isArray(data.files)) {
    let checker = null;
    try {
      checker = await import('./config/avenir_config.js');
      await checker.default();
    } catch {
      checker = null;
      report(['the checker of the site\'s contacts could not be loaded: the widget shows its own contacts only']);
    }
    try {
      if (checker) bytes = checked(checker, data, report);
    } catch (error) {
      report([`the checker of the site's contacts failed (${error}): the widget shows its own contacts only`]);
    }
  }
  await configured;
  (await import('./pkg/avenir_web.js')).contacts(bytes || new Uint8Array());
}

/** The contacts as postcard bytes for the widget, or null; every problem reported. */
function checked(checker, data, report) {
  let name = String(data.name), text = data.text;
  if (data.format === 'hsds-json' || data.format === 'hsds-csv') {
    const files = Array.isArray(data.files)
      ? data.files.map((f) => ({ name: String(f.name), table: String(f.table), text: String(f.text) }))
      : [{ name, table: '', text: String(text) }];
    const [toml, problems] = checker.hsds_to_toml(files);
    if (problems.length) report(problems);
    if (toml === null) return null;
    // Problems only the content format shows (an unknown need, a country…) name the TOML
    // the site's file became, and show its line.
    [name, text] = [`${name}, converted to contacts.toml`, toml];
  }
  const languages = document.getElementById('avenir-root')?.dataset.languages || '';
  const [bytes, problems] = checker.check_contacts(name, String(text), languages);
  if (problems.length) report(problems);
  return bytes;
}
