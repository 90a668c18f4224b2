/**
 * Every match of global regex `re` in `text`, as `[...text.matchAll(re)]` finds them from the
 * start. matchAll copies the regex on every call (`new RegExp(re)`), at a cost that grows with the
 * pattern's source: for the dead-end forms (up to 1,800 characters) the copies cost more than
 * matching a short reply. Here each regex is copied once, and the copy is read to the end before
 * returning, so no other caller ever sees its lastIndex.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: ${re}`);
  let copy = copies.get(re);
  if (!copy) {
    copy = new RegExp(re);
    copies.set(re, copy);
    copied++;
  }
  const out: RegExpExecArray[] = [];
  copy.lastIndex = 0;
  for (let m = copy.exec(text); m !== null; m = copy.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step past it, a whole code point
    // in a unicode regex (as matchAll does).
    if (m[0] === '') copy.lastIndex = stepPast(text, copy.lastIndex, /[uv]/.test(copy.flags));
  }
  copy.lastIndex = 0;
  return out;
}

const copies = new WeakMap<RegExp, RegExp>();
/** Regexes copied so far: tests count it. */
let copied = 0;
export const regexCopies = (): number => copied;

function stepPast(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
