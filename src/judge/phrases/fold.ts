import { Converter } from 'opencc-js/t2cn';

/**
 * Text folded for phrase matching, with a map back to the original: folded unit i came from
 * original [start[i], end[i]). Folding: NFKC, lower case, CJK punctuation to ASCII, quotes
 * to “ ” (straight " kept), 您/妳 → 你, Traditional → Simplified (sentences without kana
 * only: Japanese is never converted), English contractions expanded, whitespace collapsed
 * and dropped between CJK characters.
 */
export interface Folded {
  text: string;
  start: Int32Array;
  end: Int32Array;
}

const CHAR_MAP: Record<string, string> = {
  '。': '.',
  '｡': '.',
  '、': ',',
  '「': '“',
  '『': '“',
  '﹁': '“',
  '﹃': '“',
  '」': '”',
  '』': '”',
  '﹂': '”',
  '﹄': '”',
  '‘': "'",
  '’': "'",
  ʼ: "'",
  '`': "'",
  '´': "'",
  您: '你',
  妳: '你',
  祢: '你',
  '—': ',',
  '–': ',',
  '―': ',',
  '～': ',',
  '〜': ',',
};

let t2s: ((s: string) => string) | undefined;
function toSimplified(s: string): string {
  const convert = t2s ?? Converter({ from: 't', to: 'cn' });
  t2s = convert;
  return convert(s);
}

const KANA = /[\u3040-\u30ff\uff66-\uff9f]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
export const isCjk = (c: string | undefined): boolean =>
  c !== undefined && /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/.test(c);
export const isWordChar = (c: string | undefined): boolean =>
  c !== undefined && /[a-z0-9\u00c0-\u024f]/.test(c);

const N_T_SPECIAL: Record<string, string> = { can: 'can', won: 'will', shan: 'shall', ain: 'is' };
const S_IS = new Set([
  'it',
  'that',
  'there',
  'here',
  'what',
  'who',
  'he',
  'she',
  'where',
  'how',
  'this',
  'everything',
  'nothing',
  'something',
  'someone',
  'somebody',
  'nobody',
  'everyone',
  'everybody',
]);
const SUFFIX: Record<string, string> = { m: 'am', re: 'are', ll: 'will', ve: 'have', d: 'would' };

/** The expansion of one English word with an apostrophe, or undefined to keep it. */
function expandWord(word: string): string | undefined {
  if (word === 'cannot') return 'can not';
  if (word === 'gonna') return 'going to';
  if (word === 'gotta') return 'got to';
  const q = word.indexOf("'");
  if (q <= 0 || q === word.length - 1) return undefined;
  const head = word.slice(0, q);
  const tail = word.slice(q + 1);
  if (tail === 't' && head.endsWith('n')) {
    const stem = head.slice(0, -1);
    return `${N_T_SPECIAL[stem] ?? stem} not`;
  }
  if (tail === 's') {
    if (head === 'let') return 'let us';
    return S_IS.has(head) ? `${head} is` : undefined;
  }
  const full = SUFFIX[tail];
  return full ? `${head} ${full}` : undefined;
}

interface Units {
  s: string[];
  a: number[];
  b: number[];
}

export interface FoldOptions {
  /** Convert Traditional to Simplified (default true; sentences with kana are never converted). */
  simplify?: boolean;
}

export function fold(input: string, options: FoldOptions = {}): Folded {
  let u = basicUnits(input);
  if (options.simplify !== false) simplifyUnits(u);
  u = expandContractions(u);
  u = dropCjkSpaces(u);
  // Units are code points; the map is indexed by UTF-16 offsets of the folded text.
  const text = u.s.join('');
  const start = new Int32Array(text.length);
  const end = new Int32Array(text.length);
  let k = 0;
  for (let i = 0; i < u.s.length; i++) {
    for (let r = 0; r < (u.s[i] ?? '').length; r++, k++) {
      start[k] = u.a[i] ?? 0;
      end[k] = u.b[i] ?? 0;
    }
  }
  return { text, start, end };
}

function basicUnits(input: string): Units {
  const u: Units = { s: [], a: [], b: [] };
  for (let i = 0; i < input.length; ) {
    const cp = input.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const raw = input.slice(i, i + len);
    let m = CHAR_MAP[raw] ?? raw.normalize('NFKC').toLowerCase();
    if (/^\s+$/.test(m)) {
      m = m.includes('\n') ? '\n' : ' ';
      const last = u.s.length - 1;
      if (last >= 0 && (u.s[last] === ' ' || u.s[last] === '\n')) {
        if (m === '\n') u.s[last] = '\n';
        u.b[last] = i + len;
        i += len;
        continue;
      }
    }
    for (const c of m) {
      u.s.push(c);
      u.a.push(i);
      u.b.push(i + len);
    }
    i += len;
  }
  return u;
}

const SENTENCE_END = new Set(['.', '!', '?', '\n', ';']);

/** Traditional → Simplified per sentence, skipping sentences with kana (Japanese). */
function simplifyUnits(u: Units): void {
  let from = 0;
  for (let i = 0; i <= u.s.length; i++) {
    if (i < u.s.length && !SENTENCE_END.has(u.s[i] ?? '')) continue;
    const seg = u.s.slice(from, i).join('');
    if (HAN.test(seg) && !KANA.test(seg)) {
      const out = toSimplified(seg);
      const chars = Array.from(out);
      if (chars.length === i - from) {
        for (let k = 0; k < chars.length; k++)
          u.s[from + k] = CHAR_MAP[chars[k] ?? ''] ?? chars[k] ?? '';
      } else {
        for (let k = from; k < i; k++) {
          const c = u.s[k] ?? '';
          if (HAN.test(c)) {
            const one = toSimplified(c);
            u.s[k] = CHAR_MAP[one] ?? one;
          }
        }
      }
    }
    from = i + 1;
  }
}

function expandContractions(u: Units): Units {
  const out: Units = { s: [], a: [], b: [] };
  const n = u.s.length;
  let i = 0;
  while (i < n) {
    const c = u.s[i];
    if (isWordChar(c) && !isWordChar(u.s[i - 1]) && u.s[i - 1] !== "'") {
      let j = i;
      while (j < n && (isWordChar(u.s[j]) || (u.s[j] === "'" && isWordChar(u.s[j + 1])))) j++;
      const word = u.s.slice(i, j).join('');
      const repl = j - i <= 12 ? expandWord(word) : undefined;
      if (repl !== undefined) {
        const a = u.a[i] ?? 0;
        const b = u.b[j - 1] ?? a;
        for (const ch of repl) {
          out.s.push(ch);
          out.a.push(a);
          out.b.push(b);
        }
      } else {
        for (let k = i; k < j; k++) {
          out.s.push(u.s[k] ?? '');
          out.a.push(u.a[k] ?? 0);
          out.b.push(u.b[k] ?? 0);
        }
      }
      i = j;
      continue;
    }
    out.s.push(c ?? '');
    out.a.push(u.a[i] ?? 0);
    out.b.push(u.b[i] ?? 0);
    i++;
  }
  return out;
}

function dropCjkSpaces(u: Units): Units {
  const out: Units = { s: [], a: [], b: [] };
  for (let i = 0; i < u.s.length; i++) {
    const c = u.s[i] ?? '';
    if (c === ' ' && isCjk(out.s[out.s.length - 1]) && isCjk(u.s[i + 1])) continue;
    out.s.push(c);
    out.a.push(u.a[i] ?? 0);
    out.b.push(u.b[i] ?? 0);
  }
  return out;
}
