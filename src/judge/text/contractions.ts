import { copyUnit, type MappedText, replaceUnits } from './buffer.js';

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
  // Chat typed without apostrophes or with its short forms ("u didnt", "thats cos ur…"). Not
  // "its", "ill", "id", "were", "well", "shell", "lets": those are words of their own.
  didnt: 'did not',
  dont: 'do not',
  doesnt: 'does not',
  isnt: 'is not',
  wasnt: 'was not',
  arent: 'are not',
  werent: 'were not',
  couldnt: 'could not',
  shouldnt: 'should not',
  wouldnt: 'would not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  cant: 'can not',
  wont: 'will not',
  thats: 'that is',
  whats: 'what is',
  theres: 'there is',
  im: 'i am',
  ive: 'i have',
  youre: 'you are',
  theyre: 'they are',
  u: 'you',
  ur: 'your',
  cos: 'because',
  coz: 'because',
  cuz: 'because',
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

/**
 * A noun's "'s" before "been" is "has", never a possessive: "your lesson's been cancelled" is
 * "your lesson has been cancelled".
 */
function hasBeen(word: string, units: readonly string[], end: number): string | null {
  if (!word.endsWith("'s") || units[end] !== ' ') return null;
  const next = units.slice(end + 1, end + 5).join('');
  return next === 'been' && !isAsciiLetter(units[end + 5]) ? `${word.slice(0, -2)} has` : null;
}

/** A word's expansion: a listed contraction, or a noun's "'s" before "been". */
function expandedAt(word: string, units: readonly string[], end: number): string | null {
  return expandContraction(word) ?? hasBeen(word, units, end);
}

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

/**
 * The irregular forms without an apostrophe ("cannot", "gonna") by first letter, last letter and
 * length: a plain word with none of these shapes is kept unread (no string made of it).
 */
const shapeOf = (first: string, last: string, length: number): number =>
  (first.charCodeAt(0) << 16) | (last.charCodeAt(0) << 8) | length;
const PLAIN_IRREGULAR_SHAPES = new Set(
  Object.keys(IRREGULAR)
    .filter((w) => !w.includes("'"))
    .map((w) => shapeOf(w[0] as string, w[w.length - 1] as string, w.length)),
);

/**
 * Expands English contractions in lower-cased text with straight apostrophes:
 * "don't" → "do not", "i'm" → "i am", "it's" → "it is", "can't"/"cannot" → "can not".
 * The expansion maps back to the whole original word. Text with nothing to expand is returned as is.
 */
export function expandContractions(src: MappedText): MappedText {
  const { units } = src;
  // Written only from the first expansion on: until then it is the source's own prefix.
  let out: MappedText | null = null;
  let i = 0;
  while (i < units.length) {
    if (!isAsciiLetter(units[i]) || isAsciiLetter(units[i - 1])) {
      if (out) copyUnit(out, src, i);
      i++;
      continue;
    }
    let j = i;
    let apostrophe = false;
    while (
      j < units.length &&
      (isAsciiLetter(units[j]) || (units[j] === "'" && isAsciiLetter(units[j + 1])))
    ) {
      if (units[j] === "'") apostrophe = true;
      j++;
    }
    const expanded =
      apostrophe ||
      PLAIN_IRREGULAR_SHAPES.has(shapeOf(units[i] as string, units[j - 1] as string, j - i))
        ? expandedAt(units.slice(i, j).join(''), units, j)
        : null;
    if (expanded === null) {
      if (out) for (let k = i; k < j; k++) copyUnit(out, src, k);
    } else {
      out ??= {
        units: units.slice(0, i),
        starts: src.starts.slice(0, i),
        ends: src.ends.slice(0, i),
      };
      replaceUnits(out, src, i, j, expanded);
    }
    i = j;
  }
  return out ?? src;
}
