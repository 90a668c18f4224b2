import { type NormalisedText, normalise, plainYouText } from '../text/index.js';
import { keptReadings } from '../text/kept.js';

/**
 * Share of the answer copied from the customer's words: of the answer's token trigrams
 * (a Han/kana character or a Latin word per token, punctuation dropped), the share that
 * also occur in the customer's text.
 */
export function copiedShare(
  answer: string | NormalisedText,
  customer: string,
  foldZh = false,
): number {
  const a = answerTrigrams(answer, foldZh);
  if (a.length === 0) return 0;
  const c = customerTrigrams(customer, foldZh);
  let copied = 0;
  for (const g of a) if (c.has(g)) copied++;
  return copied / a.length;
}

/**
 * Share of the customer's words handed back: of the customer's token trigrams, the share
 * that occur in the answer. A restatement trimmed to its facts copies phrases but leaves much
 * of the customer out; a copy hands nearly all of it back.
 */
export function coveredShare(
  answer: string | NormalisedText,
  customer: string,
  foldZh = false,
): number {
  const c = customerTrigrams(customer, foldZh);
  if (c.size === 0) return 0;
  const a = new Set(answerTrigrams(answer, foldZh));
  let covered = 0;
  for (const g of c) if (a.has(g)) covered++;
  return covered / c.size;
}

// The customer's words are the same for every answer to an item: a batch of sheets
// tokenises them once.
const customerGrams = keptReadings(1000, (customer: string) => {
  const both = foldedTrigrams(tokens(customer));
  return { p: new Set(both.p), z: both.z === both.p ? undefined : new Set(both.z) };
});

function customerTrigrams(customer: string, foldZh: boolean): Set<string> {
  const grams = customerGrams(customer);
  return foldZh ? (grams.z ?? grams.p) : grams.p;
}

// An answer is measured both ways, with and without the Chinese person folded: its tokens are
// read once, and the fold made from them.
const answerCache = new WeakMap<NormalisedText, { p: string[]; z: string[] }>();

function answerTrigrams(answer: string | NormalisedText, foldZh: boolean): string[] {
  if (typeof answer === 'string') return foldedTrigrams(tokens(answer))[foldZh ? 'z' : 'p'];
  let known = answerCache.get(answer);
  if (!known) {
    known = foldedTrigrams(tokens(answer));
    answerCache.set(answer, known);
  }
  return foldZh ? known.z : known.p;
}

/**
 * Trigrams of the tokens as read (`p`) and with the Chinese person folded (`z`): the same list
 * when the tokens hold no 我, 你 or 您 (most answers, and every English one).
 */
function foldedTrigrams(t: readonly string[]): { p: string[]; z: string[] } {
  const p = trigrams(t);
  if (!t.some((w) => ZH_PERSON.has(w))) return { p, z: p };
  return { p, z: trigrams(t.map((w) => (ZH_PERSON.has(w) ? '\u0002p' : w))) };
}

/**
 * Above this share of the answer copied, with more than COVERED_THRESHOLD of the customer's
 * words in it, the answer is the customer's words handed back.
 */
export const COPIED_THRESHOLD = 0.6;
export const COVERED_THRESHOLD = 0.7;
/** An answer this much made of the customer's words is a copy, whatever part it hands back. */
export const COPIED_ALONE = 0.78;

/**
 * English, the feeling not acknowledged: an answer this much copied need only hand back this
 * share of the customer's words. Such a copy turns the person (folded here) and drops the
 * customer's feeling clause ("I'm honestly fed up"), which leaves less of the customer covered:
 * at 0.55–0.7 the English rows of every round without a feeling are near copies graded poor.
 */
export const COVERED_THRESHOLD_EN = 0.55;

/** The answer is the customer's words handed back (see the thresholds above). */
export function isCopy(share: number, covered: number, storyOnly = false): boolean {
  const enough = storyOnly ? COVERED_THRESHOLD_EN : COVERED_THRESHOLD;
  return share > COPIED_ALONE || (share > COPIED_THRESHOLD && covered > enough);
}

/** Above this share both ways, the answer is the customer's whole story with only 我 turned 您. */
export const HANDED_BACK_WHOLE = 0.9;

/**
 * The customer's Chinese words handed back whole with the person turned (我 → 您, 你们 → 我们):
 * a copy, though a restatement that borrows their phrases with the person turned is not.
 */
export function handedBackWhole(answer: string | NormalisedText, customer: string): boolean {
  return (
    copiedShare(answer, customer, true) > HANDED_BACK_WHOLE &&
    coveredShare(answer, customer, true) > HANDED_BACK_WHOLE
  );
}

/**
 * Person and its verb agreement folded away, so the customer's sentence handed back with
 * "my" turned into "your" still counts as copied. (Chinese keeps 我 and 您 apart, but for
 * `handedBackWhole`: a clause turned from 我 to 您 reads as restated, not handed back.)
 */
const PERSON: Record<string, string> = Object.assign(Object.create(null), {
  i: '\u0002p',
  you: '\u0002p',
  me: '\u0002p',
  we: '\u0002p',
  us: '\u0002p',
  my: '\u0002pp',
  your: '\u0002pp',
  our: '\u0002pp',
  mine: '\u0002pp',
  yours: '\u0002pp',
  am: '\u0002be',
  are: '\u0002be',
  was: '\u0002was',
  were: '\u0002was',
  myself: '\u0002self',
  yourself: '\u0002self',
});
const ZH_PERSON = new Set(['我', '你', '您']);

/** Texts tokenised so far: tests count it (an answer is read once, not once per measure or fold). */
let tokenised = 0;
export const tokenisations = (): number => tokenised;

function tokens(text: string | NormalisedText): string[] {
  tokenised++;
  const out: string[] = [];
  const re = /[a-z0-9]+|[\u3040-\u30ff\u3400-\u9fff]/g;
  const lower =
    typeof text === 'string' ? normalise(text, { plainYou: true }).text : plainYouText(text);
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) out.push(PERSON[m[0]] ?? m[0]);
  return out;
}

function trigrams(t: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < t.length; i++) out.push(`${t[i]}\u0001${t[i + 1]}\u0001${t[i + 2]}`);
  return out;
}
