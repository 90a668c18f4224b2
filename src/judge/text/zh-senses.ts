import { ZH_SENSE_PAIRS } from './zh-senses-data.js';

/** A wording with one word swapped for another of its sense, and the word put in. */
export interface SenseSwap {
  readonly wording: string;
  readonly word: string;
}

/** The longest word of the table (characters). */
const LONGEST = 4;
/** At most this many swapped wordings of one phrase: each is matched against every answer. */
const MAX_SWAPS = 24;

let mates: Map<string, string[]> | undefined;
function matesOf(word: string): readonly string[] | undefined {
  if (!mates) {
    mates = new Map();
    for (const pair of ZH_SENSE_PAIRS.split('|')) {
      const [a, b] = pair.split(',') as [string, string];
      mates.set(a, [...(mates.get(a) ?? []), b]);
      mates.set(b, [...(mates.get(b) ?? []), a]);
    }
  }
  return mates.get(word);
}

/**
 * The phrase (Simplified) with one of its words said in another word of that word's sense
 * (CC-CEDICT, see zh-senses-data.ts): 承诺 for 许诺, 修复 for 修理. Its words are read longest
 * first from the left; each swap changes one word only.
 */
export function senseSwaps(phrase: string): SenseSwap[] {
  const out: SenseSwap[] = [];
  for (let i = 0; i < phrase.length; ) {
    let step = 1;
    for (let len = Math.min(LONGEST, phrase.length - i); len >= 2; len--) {
      const word = phrase.slice(i, i + len);
      const others = matesOf(word);
      if (!others) continue;
      for (const other of others)
        out.push({ wording: phrase.slice(0, i) + other + phrase.slice(i + len), word: other });
      step = len;
      break;
    }
    i += step;
  }
  return out.slice(0, MAX_SWAPS);
}
