import type { CompiledEntry, PhraseList } from './compile.js';
import { isWordChar, type Pattern } from './phrase-patterns.js';

/** A listed pattern with the entry it belongs to. */
export interface Candidate {
  entry: CompiledEntry;
  pattern: Pattern;
}

interface Buckets {
  /** By the pattern's first word (spaced scripts) or first character (CJK). */
  byKey: Map<string, Candidate[]>;
  /** Patterns opening with punctuation: tried on every text. */
  always: Candidate[];
}

const cache = new WeakMap<PhraseList, Buckets>();

/** The word a pattern opens with, or its first character when that is not a word character. */
function keyOf(part: string): string | undefined {
  const first = part[0];
  if (first === undefined) return undefined;
  if (!isWordChar(first)) return /[\p{L}\p{N}]/u.test(first) ? first : undefined;
  let j = 1;
  while (isWordChar(part[j])) j++;
  return part.slice(0, j);
}

function bucketsOf(list: PhraseList): Buckets {
  const known = cache.get(list);
  if (known) return known;
  const byKey = new Map<string, Candidate[]>();
  const always: Candidate[] = [];
  for (const entry of list.entries) {
    for (const pattern of entry.patterns) {
      const key = keyOf(pattern.parts[0] ?? '');
      if (key === undefined) always.push({ entry, pattern });
      else {
        const bucket = byKey.get(key);
        if (bucket) bucket.push({ entry, pattern });
        else byKey.set(key, [{ entry, pattern }]);
      }
    }
  }
  const made = { byKey, always };
  cache.set(list, made);
  return made;
}

/**
 * The listed patterns that can occur in folded text `t`: those whose first word is a word of
 * `t` (a whole word, as matching requires) or whose first CJK character is in `t`. A reply
 * then meets a few dozen of a list's thousand patterns instead of all of them.
 */
export function candidates(list: PhraseList, t: string): Candidate[] {
  const { byKey, always } = bucketsOf(list);
  const out = [...always];
  const seen = new Set<string>();
  let i = 0;
  while (i < t.length) {
    const c = t[i] as string;
    let key: string;
    if (isWordChar(c)) {
      let j = i + 1;
      while (isWordChar(t[j])) j++;
      key = t.slice(i, j);
      i = j;
    } else {
      key = c;
      i++;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    const found = byKey.get(key);
    if (found) out.push(...found);
  }
  return out;
}
