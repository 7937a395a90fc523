// The release's `_headers` (Netlify, Cloudflare Pages) as those hosts read it: the file the
// build wrote for this build (`target/host/_headers`, `release::write_host_files`, the same
// bytes as the release's archive), parsed by Netlify's own parser (`@netlify/headers-parser`).
// Used by `netlify.test.mjs` and the 'netlify' host of `hosts.test.mjs`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllHeaders } from '@netlify/headers-parser';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where `cargo xtask build` wrote the release's headers files (`avenir/.htaccess`, `_headers`). */
export const HOST_FILES = process.env.AVENIR_HOST_FILES || join(ROOT, 'target', 'host');

/** The rules of `_headers` (`[{ for, values, forRegExp }]`, in the file's order) and its syntax errors. */
export async function netlifyRules(file = join(HOST_FILES, '_headers')) {
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
  return { rules: headers, errors: errors.map((e) => e.message) };
}

/**
 * The headers Netlify sends with `path`: every matching rule's, a later rule's value of a
 * header replacing an earlier one's (as Netlify's own engine, `@netlify/headers`, applies them).
 */
export function onNetlify(rules, path) {
  return Object.assign({}, ...rules.filter((r) => r.forRegExp.test(path)).map((r) => r.values));
}

/**
 * The headers Cloudflare Pages sends with `path`, as its documentation and asset worker say:
 * a rule's `*` matches any characters, `:name` one path segment, the whole path; a header that
 * two matching rules set is sent with both values, joined by ", "
 * (https://developers.cloudflare.com/pages/configuration/headers/, read 2026-12-07).
 */
export function onCloudflare(rules, path) {
  const headers = {};
  for (const rule of rules) {
    const pattern = rule.for.split('*').map((part) => part.replace(/[-/\\^$+?.()|[\]{}]/g, '\\$&')).join('.*')
      .replace(/:[A-Za-z]\w*/g, '[^/]+');
    if (!new RegExp(`^${pattern}$`).test(path)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}
