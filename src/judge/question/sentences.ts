import type { NormalisedText } from '../text/index.js';

/** A sentence as a range of the normalised text. */
export interface SentenceRange {
  start: number;
  end: number;
  text: string;
}

const ENDERS = new Set(['.', '?', '!']);
/** Closing marks that stay with the sentence they follow. */
const TRAILERS = new Set(['.', '?', '!', '~', '"', "'", ')', ']']);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Splits normalised text into sentences at . ? ! (any script, already folded) and at line
 * breaks in the original. A "." between digits (3.5) does not end a sentence.
 */
export function splitSentences(n: NormalisedText): SentenceRange[] {
  const t = n.text;
  const out: SentenceRange[] = [];
  let start = 0;
  const close = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && t[s] === ' ') s++;
    while (e > s && t[e - 1] === ' ') e--;
    if (e > s) out.push({ start: s, end: e, text: t.slice(s, e) });
    start = end;
  };
  let i = 0;
  while (i < t.length) {
    if (i > start && n.original.slice(n.ends[i - 1], n.starts[i]).includes('\n')) close(i);
    const ch = t[i] as string;
    if (ch === ' ' && n.original.slice(n.starts[i], n.ends[i]).includes('\n')) {
      close(i);
      i++;
      start = i;
      continue;
    }
    if (ENDERS.has(ch) && !(ch === '.' && isDigit(t[i - 1]) && isDigit(t[i + 1]))) {
      let j = i + 1;
      while (j < t.length && TRAILERS.has(t[j] as string)) j++;
      close(j);
      i = j;
      continue;
    }
    i++;
  }
  close(t.length);
  return out;
}
