/**
 * A fast reader for answer sheets written the way `cs-drill template` writes them and trainees
 * fill them in: `key: value` lines, one nested mapping (`answers:`), lists as `[a, b]` or as
 * `- value` lines, values plain, "double-quoted" (JSON escapes) or 'single-quoted', comments.
 * It reads what the YAML parser would read, or gives up (undefined) on anything else — any
 * other YAML feature, any doubt (a plain value that might be a number, a date or null, a tab,
 * a colon in a value, a key given twice) — and the full parser reads the sheet. Pure.
 */

type Value = string | number | null | Value[] | { [key: string]: Value };

/** Deep enough for a sheet: top-level keys, the answers, a list under an answer. */
const MAX_DEPTH = 3;
/** A key the YAML parser reads as text, whatever follows. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Plain values YAML reads as something other than text (core schema): left to the parser. */
const NOT_TEXT = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const SMALL_INT = /^(?:0|[1-9][0-9]{0,14})$/;
/** Characters the fast reader leaves to the parser wherever they are (tabs, CR, controls …). */
const DOUBTFUL = /[\t\r\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\p{Cs}/u;
/** Brackets in a plain value: YAML reads them there, but they look like a list gone wrong. */
const BRACKETS = /[[\]{}]/;
/** A plain value may not start with a YAML indicator (nor a digit, sign or dot: numbers). */
const PLAIN_START = /^[^-?:,[\]{}#&*!|>'"%@`~+.0-9\s]/;

interface Line {
  indent: number;
  /** The line without its indentation. */
  body: string;
}

class GiveUp extends Error {}

function giveUp(): never {
  throw new GiveUp();
}

/** The sheet's value, exactly as the YAML parser reads it, or undefined to let the parser read it. */
export function readSimpleSheet(text: string): Record<string, Value> | undefined {
  if (DOUBTFUL.test(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    const body = raw.trimStart();
    if (body === '' || body.startsWith('#')) continue;
    // Document markers and directives belong to the full parser.
    if (raw.startsWith('---') || raw.startsWith('...') || raw.startsWith('%')) return undefined;
    lines.push({ indent: raw.length - body.length, body });
  }
  if (lines.length === 0 || lines[0]?.indent !== 0) return undefined;
  try {
    const at = { i: 0 };
    const value = block(lines, at, 0, 1);
    return at.i === lines.length && !Array.isArray(value)
      ? (value as Record<string, Value>)
      : undefined;
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

/** The mapping or list whose lines start at `at.i`, all at `indent`. */
function block(lines: Line[], at: { i: number }, indent: number, depth: number): Value {
  const first = lines[at.i] as Line;
  const isList = first.body === '-' || first.body.startsWith('- ');
  const map: Record<string, Value> = {};
  const list: Value[] = [];
  while (at.i < lines.length) {
    const line = lines[at.i] as Line;
    if (line.indent < indent) break;
    if (line.indent > indent) giveUp();
    at.i++;
    if (isList) {
      if (!(line.body === '-' || line.body.startsWith('- '))) giveUp();
      list.push(inlineValue(line.body.slice(1)));
      if ((lines[at.i]?.indent ?? -1) > indent) giveUp();
      continue;
    }
    const colon = line.body.indexOf(':');
    const key = line.body.slice(0, colon);
    const rest = line.body.slice(colon + 1);
    if (colon < 0 || !PLAIN_KEY.test(key) || NOT_TEXT.test(key) || key === '__proto__') giveUp();
    if (rest !== '' && !rest.startsWith(' ')) giveUp();
    if (Object.hasOwn(map, key)) giveUp();
    const next = lines[at.i];
    if (isEmpty(rest) && next !== undefined && next.indent > indent) {
      if (depth >= MAX_DEPTH) giveUp();
      map[key] = block(lines, at, next.indent, depth + 1);
    } else {
      map[key] = inlineValue(rest);
    }
  }
  return isList ? list : map;
}

function isEmpty(rest: string): boolean {
  const t = rest.trimStart();
  return t === '' || (t.startsWith('#') && rest.length > t.length);
}

/** A value written on the line after "key:" or "-" (with its leading spaces and any comment). */
function inlineValue(rest: string): Value {
  if (isEmpty(rest)) return null;
  if (!rest.startsWith(' ')) giveUp();
  const text = rest.trimStart();
  if (text.startsWith('"') || text.startsWith("'")) {
    const { value, end } = quoted(text, 0);
    return ending(text.slice(end), value);
  }
  if (text.startsWith('[')) return flowList(text);
  return plain(text);
}

/** After a value: nothing, spaces, or spaces and a comment. */
function ending<T>(after: string, value: T): T {
  const t = after.trimStart();
  if (t === '' || (t.startsWith('#') && after.length > t.length)) return value;
  return giveUp();
}

/** A quoted scalar on one line, from `from` (the opening quote). */
function quoted(text: string, from: number): { value: string; end: number } {
  const q = text[from];
  if (q === "'") {
    let i = from + 1;
    for (;;) {
      const at = text.indexOf("'", i);
      if (at < 0) giveUp();
      if (text[at + 1] === "'") i = at + 2;
      else return { value: text.slice(from + 1, at).replaceAll("''", "'"), end: at + 1 };
    }
  }
  let i = from + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  if (i >= text.length) giveUp();
  // JSON's escapes mean the same in YAML; YAML's others (\x41, \e, \N …) are left to the parser.
  try {
    return { value: JSON.parse(text.slice(from, i + 1)) as string, end: i + 1 };
  } catch {
    return giveUp();
  }
}

/** A plain scalar: text up to a comment, when YAML can only read it as that text. */
function plain(text: string): Value {
  const comment = text.search(/ #/);
  const value = (comment < 0 ? text : text.slice(0, comment)).trimEnd();
  if (SMALL_INT.test(value)) return Number(value);
  if (!PLAIN_START.test(value) || NOT_TEXT.test(value) || BRACKETS.test(value)) giveUp();
  if (value.includes(': ') || value.endsWith(':')) giveUp();
  return value;
}

/** `[a, b, "c d"]` on one line: plain words, small numbers or quoted texts. */
function flowList(text: string): Value[] {
  const out: Value[] = [];
  let i = 1;
  const skip = () => {
    while (text[i] === ' ') i++;
  };
  skip();
  if (text[i] === ']') return ending(text.slice(i + 1), out);
  for (;;) {
    skip();
    if (text[i] === '"' || text[i] === "'") {
      const q = quoted(text, i);
      out.push(q.value);
      i = q.end;
    } else {
      const m = /^[A-Za-z0-9_-]+/.exec(text.slice(i));
      const word = m?.[0] ?? '';
      if (SMALL_INT.test(word)) out.push(Number(word));
      else if (PLAIN_KEY.test(word) && !NOT_TEXT.test(word)) out.push(word);
      else giveUp();
      i += word.length;
    }
    skip();
    if (text[i] === ']') return ending(text.slice(i + 1), out);
    if (text[i] !== ',') giveUp();
    i++;
  }
}
