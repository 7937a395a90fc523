// The check of an embedding site's file with the checker module (config/avenir_config.js):
// HSDS converted to the content format first, then checked as `avenir site` checks it. Used by
// config-worker.js, or by frame-contacts.js where there is no worker.

/**
 * `{bytes, problems}`: what the site adds, as postcard bytes for the widget (null with errors),
 * and every problem rendered as `avenir lint` prints it.
 */
export function checkSite(checker, site, languages) {
  let name = String(site.name), text = site.text;
  const problems = [];
  if (site.format === 'hsds-json' || site.format === 'hsds-csv') {
    const files = Array.isArray(site.files)
      ? site.files.map((f) => ({ name: String(f.name), table: String(f.table), text: String(f.text) }))
      : [{ name, table: '', text: String(text) }];
    const [toml, found] = checker.hsds_to_toml(files);
    problems.push(...found);
    if (toml === null) return { bytes: null, problems };
    // Problems only the content format shows (an unknown need, a country…) name the TOML
    // the site's file became, and show its line.
    [name, text] = [`${name}, converted to contacts.toml`, toml];
  }
  const [bytes, found] = checker.check_contacts(name, String(text), languages);
  problems.push(...found);
  return { bytes, problems };
}
