// The content's test cases (assessments/<content>/tests/*.toml) as walks through the widget:
// every case whose results a person can reach, none picked by hand. A case's answers are read
// with a small reader of the subset of TOML the cases use (`[[case]]`, `name`, `answers` as an
// inline table of strings, numbers and arrays of strings); the questions are told apart by
// their English text (texts/en.ftl), so that a walk knows which answer to give on each screen.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CONTENT = process.env.AVENIR_CONTENT || join(ROOT, 'assessments', 'default');
export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';

/** A TOML value of the subset: "string", 'string', a number, an array or an inline table. */
function value(text, at) {
  const skip = () => { while (/[\s,]/.test(text[at.i] ?? '')) at.i++; };
  skip();
  const c = text[at.i];
  if (c === '"') {
    let out = '';
    for (at.i++; text[at.i] !== '"'; at.i++) {
      if (text[at.i] === '\\') { at.i++; out += { n: '\n', t: '\t' }[text[at.i]] ?? text[at.i]; } else out += text[at.i];
    }
    at.i++;
    return out;
  }
  if (c === "'") {
    const end = text.indexOf("'", at.i + 1);
    const out = text.slice(at.i + 1, end);
    at.i = end + 1;
    return out;
  }
  if (c === '[') {
    const out = [];
    at.i++;
    for (skip(); text[at.i] !== ']'; skip()) out.push(value(text, at));
    at.i++;
    return out;
  }
  if (c === '{') {
    const out = {};
    at.i++;
    for (skip(); text[at.i] !== '}'; skip()) {
      const key = /^"/.test(text.slice(at.i)) ? value(text, at) : text.slice(at.i).match(/^[\w.-]+/)[0];
      if (!text.slice(at.i).startsWith('"')) at.i += key.length;
      skip();
      if (text[at.i] !== '=') throw new Error(`expected = at ${text.slice(at.i, at.i + 20)}`);
      at.i++;
      out[key] = value(text, at);
    }
    at.i++;
    return out;
  }
  const number = text.slice(at.i).match(/^-?\d+(\.\d+)?/);
  if (number) { at.i += number[0].length; return Number(number[0]); }
  throw new Error(`a value the cases' reader does not know: ${text.slice(at.i, at.i + 30)}`);
}

/** Every `[[case]]` of the content's tests: `{ name, answers, file }`. */
export function cases(dir = join(CONTENT, 'tests')) {
  const out = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.toml')).sort()) {
    let current = null;
    let table = '';
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const t = line.trim();
      if (t.startsWith('#') || !t) continue;
      if (t === '[[case]]') { current = { name: '', answers: {}, file }; out.push(current); table = 'case'; continue; }
      if (t.startsWith('[')) { table = t; continue; }
      if (table !== 'case' || !current) continue;
      const m = t.match(/^(\w+)\s*=\s*(.*)$/);
      if (m && (m[1] === 'name' || m[1] === 'answers')) current[m[1]] = value(m[2], { i: 0 });
    }
  }
  return out;
}

/** The English text of each question, as its heading shows it: text → question id. */
export function questionsByText() {
  const byText = new Map();
  for (const line of readFileSync(join(CONTENT, 'texts', 'en.ftl'), 'utf8').split('\n')) {
    const m = line.match(/^question-(\w+) = (.+)$/);
    if (m) byText.set(m[2].trim(), m[1]);
  }
  return byText;
}

/**
 * The walks: one per set of answers a person can give, with the cases it stands for. A question
 * a case leaves unanswered is answered "I prefer not to say" (which counts as not answered: the
 * same results), so answers that are only "prefer not to say" make the same walk.
 */
export function walks() {
  const byKey = new Map();
  for (const c of cases()) {
    const given = Object.fromEntries(Object.entries(c.answers).filter(([, v]) => v !== PREFER_NOT_TO_SAY));
    const key = JSON.stringify(Object.entries(given).sort());
    if (!byKey.has(key)) byKey.set(key, { answers: given, cases: [], preferNotToSay: Object.keys(given).length === 0 });
    byKey.get(key).cases.push(`${c.file}: ${c.name}`);
  }
  return [...byKey.values()];
}

/** The text of `key` in the content's `texts/<tag>.ftl` (a one-line message), as written. */
export function ftlText(tag, key) {
  const line = readFileSync(join(CONTENT, 'texts', `${tag}.ftl`), 'utf8').split('\n').find((l) => l.startsWith(`${key} = `));
  if (!line) throw new Error(`no ${key} in texts/${tag}.ftl`);
  return line.slice(key.length + 3).trim();
}
