// The check of an embedding site's own file, off the widget's thread (see frame-contacts.js):
// one message in ({site, languages}), one out ({bytes, problems}). 'started' first, so that the
// frame can tell a browser that gives it no worker from a check that crashed.
import init, * as checker from './config/avenir_config.js';
import { checkSite } from './config-check.js';

postMessage('started');
onmessage = async ({ data }) => {
  let outcome;
  try {
    await init();
    outcome = checkSite(checker, data.site, data.languages);
  } catch (error) {
    outcome = { bytes: null, problems: [`the checker of the site's contacts failed (${error}): the widget shows its own contacts only`] };
  }
  postMessage(outcome, outcome.bytes ? [outcome.bytes.buffer] : []);
};
