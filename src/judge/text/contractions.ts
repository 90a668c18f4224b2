import { copyUnit, emptyMapped, type MappedText, replaceUnits } from './buffer.js';

/** Whole-word forms that do not follow the suffix rules. */
const IRREGULAR: Readonly<Record<string, string>> = {
  "can't": 'can not',
  cannot: 'can not',
  "won't": 'will not',
  "shan't": 'shall not',
  "ain't": 'is not',
  "let's": 'let us',
  "y'all": 'you all',
  gonna: 'going to',
  gotta: 'got to',
};

const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["n't", ' not'],
  ["'m", ' am'],
  ["'re", ' are'],
  ["'ll", ' will'],
  ["'ve", ' have'],
  ["'d", ' would'],
];

/** Words whose "'s" is "is" rather than a possessive. */
const S_IS = new Set([
  'it',
  'that',
  'what',
  'who',
  'where',
  'when',
  'why',
  'how',
  'there',
  'here',
  'he',
  'she',
  'this',
  'everything',
  'nothing',
  'something',
  'anything',
  'everyone',
  'someone',
]);

/** Expands one lower-case word with an apostrophe, or returns null to keep it. */
export function expandContraction(word: string): string | null {
  // Own keys only: a word such as "constructor" must not find Object.prototype's.
  const irregular = Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined;
  if (irregular !== undefined) return irregular;
  if (!word.includes("'")) return null;
  for (const [suffix, expansion] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length > suffix.length) {
      return word.slice(0, -suffix.length) + expansion;
    }
  }
  if (word.endsWith("'s")) {
    const base = word.slice(0, -2);
    if (S_IS.has(base)) return `${base} is`;
  }
  return null;
}

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

/**
 * Expands English contractions in lower-cased text with straight apostrophes:
 * "don't" → "do not", "i'm" → "i am", "it's" → "it is", "can't"/"cannot" → "can not".
 * The expansion maps back to the whole original word.
 */
export function expandContractions(src: MappedText): MappedText {
  const { units } = src;
  const out = emptyMapped();
  let i = 0;
  while (i < units.length) {
    if (!isAsciiLetter(units[i]) || isAsciiLetter(units[i - 1])) {
      copyUnit(out, src, i);
      i++;
      continue;
    }
    let j = i;
    while (
      j < units.length &&
      (isAsciiLetter(units[j]) || (units[j] === "'" && isAsciiLetter(units[j + 1])))
    ) {
      j++;
    }
    const word = units.slice(i, j).join('');
    const expanded = expandContraction(word);
    if (expanded === null) {
      for (let k = i; k < j; k++) copyUnit(out, src, k);
    } else {
      replaceUnits(out, src, i, j, expanded);
    }
    i = j;
  }
  return out;
}
