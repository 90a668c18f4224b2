import { isHan } from '../text/chars.js';
import { type NormalisedText, readCantonese } from '../text/index.js';
import { ZH_DEGREE_FEELINGS, ZH_FEELINGS } from './cues.js';

/** Every Chinese feeling word. */
const WORDS = [...new Set([...ZH_FEELINGS, ...ZH_DEGREE_FEELINGS])];

/**
 * What stands right before a feeling said of someone: the person (我很急, 您着急), a degree or
 * sentence adverb (很, 太, 真是, 真的, 都), a causer (让人, 害我) or a complement marker (气得, 急到).
 */
const SAID_OF =
  /(?:[我你您他她它们們人很好太超真挺蛮最常别分当点都也又就还還更是得到让讓令叫使害被给給]|真的)$/;

/** Put over a feeling word that is the customer's thing: no Han character, no cue holds it. */
const MASK = '〇';

/**
 * The answer with every Chinese feeling word masked that stands inside the customer's own thing
 * or event told back: the word and the character after it are said together in the customer's
 * text, where something other than a person, a degree word or a causer stands before it — a
 * modifier or a word it is part of (二級壓力襪, 在急诊, 加急费, 已经白跑了四趟). There the word names
 * a pressure stocking, the emergency room, a rush fee or the trips wasted, not how the customer
 * feels; the same word said of the customer (我压力很大, 我很担心孩子) stays a feeling.
 */
export function withoutStoryFeelings(
  read: NormalisedText,
  customer: NormalisedText | undefined,
): NormalisedText {
  if (!customer) return read;
  const heard = readCantonese(customer).text;
  const text = read.text.split('');
  let masked = false;
  for (const w of WORDS) {
    for (let i = read.text.indexOf(w); i >= 0; i = read.text.indexOf(w, i + 1)) {
      const end = i + w.length;
      if (inLongerFeeling(read.text, i, w)) continue;
      const next = read.text[end];
      if (next === undefined || !isHan(next.charCodeAt(0))) continue;
      if (!insideTheirThing(heard, w + next)) continue;
      text.fill(MASK, i, end);
      masked = true;
    }
  }
  return masked ? { ...read, text: text.join('') } : read;
}

/** Whether the customer says `run` (a feeling word and the character after it) inside a word of theirs. */
function insideTheirThing(heard: string, run: string): boolean {
  const word = run.slice(0, -1);
  for (let j = heard.indexOf(run); j >= 0; j = heard.indexOf(run, j + 1)) {
    const before = heard.slice(Math.max(0, j - 2), j);
    if (!isHan(before.charCodeAt(before.length - 1)) || SAID_OF.test(before)) continue;
    if (inLongerFeeling(heard, j, word)) continue;
    return true;
  }
  return false;
}

/** Whether the feeling word at `at` is part of a longer one there (急 of 着急, 怕 of 害怕). */
function inLongerFeeling(text: string, at: number, word: string): boolean {
  return WORDS.some((v) => {
    const o = v.length > word.length ? v.indexOf(word) : -1;
    return o >= 0 && text.startsWith(v, at - o);
  });
}
