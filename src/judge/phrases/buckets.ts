import type { CompiledEntry, PhraseList } from './compile.js';
import { isWordChar, type Sequence } from './phrase-patterns.js';
import { idsOf, knownId, knownWords, NO_IDS, wordWithId } from './word-ids.js';
import {
  type Buckets,
  type Candidate,
  type IndexData,
  type IndexedSequence,
  indexData,
  indexFromData,
  type Keyed,
  type SlotPosting,
  type WordIndex,
  type WordMap,
  wordMap,
} from './word-index.js';

/** A grammar sequence with the entry it belongs to. */
export interface SequenceCandidate {
  entry: CompiledEntry;
  seq: Sequence;
  /**
   * The alternatives of its first slot that can occur in the text it was found for, in slot
   * order: one with a word the text lacks is never searched for (see findSequence).
   */
  firsts: readonly string[];
}

/** The first character of CJK punctuation; every CJK character and kana is at or after it. */
const WIDE = 0x3000;
const isWide = (w: string) => {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= WIDE) return true;
  return false;
};

const cache = new WeakMap<PhraseList, Buckets>();

/**
 * The words of a part (whole runs of word characters) and its CJK characters. The matcher finds
 * a part only at word edges, so where a part matches, each of these is a word (or character)
 * of the text. Punctuation and spaces are left out: they need nothing.
 */
function wordsOfPart(part: string): string[] {
  partsRead++;
  const out: string[] = [];
  let i = 0;
  while (i < part.length) {
    const c = part[i] as string;
    if (isWordChar(c)) {
      let j = i + 1;
      while (isWordChar(part[j])) j++;
      out.push(part.slice(i, j));
      i = j;
    } else {
      if (c > '\u007f' && /[\p{L}\p{N}]/u.test(c)) out.push(c);
      i++;
    }
  }
  return out;
}

/** Whether a part opens with a word or a CJK character (see wordsOfPart), not with punctuation. */
function opensWithWord(part: string): boolean {
  const first = part[0];
  return first !== undefined && (isWordChar(first) || /[\p{L}\p{N}]/u.test(first));
}

/** The words a sequence alternative needs (see wordsOfPart), or undefined when it opens with punctuation or a word form. */
function needsOf(alt: string): string[] | undefined {
  return opensWithWord(alt) ? wordsOfPart(alt) : undefined;
}

/** Parts and alternatives whose words were read while indexing lists so far: tests count it. */
let partsRead = 0;
export const partWordReads = (): number => partsRead;

function bucketsOf(list: PhraseList): Buckets {
  let made = cache.get(list);
  if (!made) {
    made = prebuiltFor(list) ?? built(list);
    cache.set(list, made);
    onIndexed?.(list, made);
  }
  return made;
}

/** Lists indexed from their entries so far (not from a prebuilt index): tests count it. */
let builds = 0;
export const indexBuilds = (): number => builds;

function built(list: PhraseList): Buckets {
  builds++;
  const keyed: Keyed[] = [];
  const uses = new Map<string, number>();
  for (const entry of list.entries)
    for (const pattern of entry.patterns) {
      const words = pattern.parts.map(wordsOfPart);
      const needs = [...new Set(words.flat())];
      for (const w of needs) uses.set(w, (uses.get(w) ?? 0) + 1);
      // The word the pattern opens with: the first of its first part's, unless that opens with punctuation.
      const opens = opensWithWord(pattern.parts[0] ?? '') ? words[0]?.[0] : undefined;
      const others = NO_IDS;
      keyed.push({ candidate: { entry, pattern }, needs, others, order: keyed.length, opens });
    }
  const byKey = new Map<string, Keyed[]>();
  const always: Keyed[] = [];
  for (const k of keyed) {
    if (k.needs.length === 0) {
      always.push(k);
      continue;
    }
    // Rarest first: the bucket's key, then the words a text most likely lacks.
    k.needs.sort((a, b) => (uses.get(a) ?? 0) - (uses.get(b) ?? 0));
    k.others = idsOf(k.needs.slice(1));
    const rarest = k.needs[0] as string;
    const bucket = byKey.get(rarest);
    if (bucket) bucket.push(k);
    else byKey.set(rarest, [k]);
  }
  const sequences: Buckets['sequences'] = [];
  // Every alternative of a slot that needs words: its slot and its words.
  const alternatives: { seq: number; slot: number; words: string[] }[] = [];
  const altUses = new Map<string, number>();
  for (const entry of list.entries)
    for (const seq of entry.sequences) {
      let mask = 0;
      const slotNeeds = seq.slots.map((alts) => alts.map(needsOf));
      slotNeeds.forEach((needs, k) => {
        // A slot with an alternative that opens with no word (punctuation, a "*ed" word form)
        // needs nothing; otherwise every word of one of its alternatives.
        if (needs.some((n) => n === undefined)) return;
        mask |= 1 << k;
        for (const n of needs as string[][]) {
          const words = [...new Set(n)];
          for (const w of words) altUses.set(w, (altUses.get(w) ?? 0) + 1);
          alternatives.push({ seq: sequences.length, slot: k, words });
        }
      });
      const firstNeeds = (slotNeeds[0] ?? []).map((needs) => needs && idsOf(needs));
      sequences.push({ entry, seq, mask, firstNeeds });
    }
  const slotsByWord = slotPostings(alternatives, altUses);
  const open = sequences.flatMap(({ mask }, i) => (mask === 0 ? [i] : []));
  const narrow = narrowed(byKey, sequences, slotsByWord);
  return {
    byKey: wordMap(byKey),
    always,
    sequences,
    slotsByWord: wordMap(slotsByWord),
    open,
    narrow,
  };
}

/** Indexes made beforehand (see usePrebuilt), under the first entry of the list each was made for. */
const prebuilt = new WeakMap<
  CompiledEntry,
  { entries: readonly CompiledEntry[]; data: IndexData }[]
>();

/**
 * Offers `data`, the index of a list of these very `entries` (the same objects, in this order),
 * for such a list when it is first indexed, in place of building its index.
 */
export function usePrebuilt(entries: readonly CompiledEntry[], data: IndexData): void {
  const first = entries[0];
  if (first === undefined) return;
  const offers = prebuilt.get(first);
  if (offers) offers.push({ entries, data });
  else prebuilt.set(first, [{ entries, data }]);
}

/** The index offered for `list`, if any and if it reads back (damaged data is dropped). */
function prebuiltFor(list: PhraseList): Buckets | undefined {
  const { entries } = list;
  const offer = prebuilt
    .get(entries[0] as CompiledEntry)
    ?.find(
      (o) => o.entries.length === entries.length && o.entries.every((e, i) => e === entries[i]),
    );
  if (!offer) return undefined;
  try {
    return indexFromData(offer.data, list);
  } catch {
    return undefined;
  }
}

let onIndexed: ((list: PhraseList, made: Buckets) => void) | undefined;

/** The lists first indexed while `during` runs, each with its index as data (see usePrebuilt). */
export function indexesMade(during: () => void): { list: PhraseList; data: IndexData }[] {
  const made: { list: PhraseList; data: IndexData }[] = [];
  onIndexed = (list, b) => made.push({ list, data: indexData(list, b) });
  try {
    during();
  } finally {
    onIndexed = undefined;
  }
  return made;
}

/** The alternatives' postings, each under its rarest word, one per word and slot. */
function slotPostings(
  alternatives: readonly { seq: number; slot: number; words: readonly string[] }[],
  uses: ReadonlyMap<string, number>,
): Map<string, SlotPosting[]> {
  const rarity = (w: string) => uses.get(w) ?? 0;
  // By word, then by sequence and slot (a sequence has at most 32 slots: its mask's bits).
  const bySlot = new Map<string, Map<number, { seq: number; bit: number; rests: Int32Array[] }>>();
  for (const { seq, slot, words } of alternatives) {
    const [key, ...rest] =
      words.length > 1 ? [...words].sort((a, b) => rarity(a) - rarity(b)) : words;
    let slots = bySlot.get(key as string);
    if (!slots) {
      slots = new Map();
      bySlot.set(key as string, slots);
    }
    const at = seq * 32 + slot;
    const known = slots.get(at);
    if (known) known.rests.push(idsOf(rest));
    else slots.set(at, { seq, bit: 1 << slot, rests: [idsOf(rest)] });
  }
  const postings = new Map<string, SlotPosting[]>();
  for (const [w, slots] of bySlot)
    postings.set(
      w,
      [...slots.values()].map(({ seq, bit, rests }) => ({
        seq,
        bit,
        rests: rests.some((r) => r.length === 0) ? undefined : rests,
      })),
    );
  return postings;
}

/** The index for texts without wide characters: see Buckets['narrow']. */
function narrowed(
  byKey: Map<string, Keyed[]>,
  sequences: Buckets['sequences'],
  slotsByWord: Map<string, SlotPosting[]>,
): WordIndex {
  const narrowKey = new Map<string, Keyed[]>();
  for (const [w, bucket] of byKey) {
    const kept = bucket.filter((k) => !k.needs.some(isWide));
    if (kept.length > 0) narrowKey.set(w, kept);
  }
  // Only alternatives without wide words can be met in such a text, and a sequence only if each
  // slot that needs a word has one.
  const reach = new Uint8Array(sequences.length);
  const narrowable = new Map<string, SlotPosting[]>();
  for (const [w, postings] of slotsByWord) {
    if (isWide(w)) continue;
    const kept: SlotPosting[] = [];
    for (const { seq, bit, rests } of postings) {
      const narrowRests = rests?.filter((r) => !r.some((id) => isWide(wordWithId(id))));
      if (narrowRests?.length === 0) continue;
      kept.push({ seq, bit, rests: narrowRests });
      reach[seq] = (reach[seq] as number) | bit;
    }
    narrowable.set(w, kept);
  }
  const narrowSlots = new Map<string, SlotPosting[]>();
  for (const [w, postings] of narrowable) {
    const kept = postings.filter(({ seq }) => {
      const { mask } = sequences[seq] as IndexedSequence;
      return ((reach[seq] as number) & mask) === mask;
    });
    if (kept.length > 0) narrowSlots.set(w, kept);
  }
  return { byKey: wordMap(narrowKey), slotsByWord: wordMap(narrowSlots) };
}

/** The last text read: a word id is among its words when `markOf[id] === mark`. */
let mark = 0;
let markOf = new Uint32Array(0);
const marked = (ids: Int32Array): boolean => {
  for (let i = 0; i < ids.length; i++) if (markOf[ids[i] as number] !== mark) return false;
  return true;
};

let lastText: string | undefined;
/** The number of known words when the last text was read: a list indexed since adds more. */
let lastKnown = 0;
let lastWords = new Map<string, number>();
/** The ids of the last text's words that have one (see knownId), each once. */
let lastIds: number[] = [];
let lastWide = false;

/**
 * The words of folded text `t` (whole words, and every other character), by first use. The
 * detector asks for the same text's patterns and then its sequences: the last one is kept.
 */
function wordsOf(t: string): Map<string, number> {
  if (t === lastText && lastKnown === knownWords()) return lastWords;
  textsRead++;
  mark++;
  if (markOf.length < knownWords()) markOf = new Uint32Array(knownWords() * 2);
  const words = new Map<string, number>();
  const ids: number[] = [];
  let i = 0;
  while (i < t.length) {
    const c = t[i] as string;
    let j = i + 1;
    if (isWordChar(c)) while (isWordChar(t[j])) j++;
    const w = t.slice(i, j);
    if (!words.has(w)) {
      words.set(w, words.size);
      const id = knownId(w);
      if (id !== undefined) {
        markOf[id] = mark;
        ids.push(id);
      }
    }
    i = j;
  }
  lastText = t;
  lastKnown = knownWords();
  lastWords = words;
  lastIds = ids;
  lastWide = isWide(t);
  return words;
}

/**
 * The words of `t` and the index they are looked up in: the narrow one when `t` has no wide
 * character.
 */
function wordsAndIndex(b: Buckets, t: string): { words: Map<string, number>; index: WordIndex } {
  const words = wordsOf(t);
  return { words, index: lastWide ? b : b.narrow };
}

/** Words of texts looked up in a list's index so far (an empty index is not asked): tests count it. */
let lookups = 0;
export const wordLookups = (): number => lookups;
/** Texts whose words were read so far (once for every list, while no list is newly indexed): tests count it. */
let textsRead = 0;
export const textWordReads = (): number => textsRead;
/** Sequence slots checked against a text's words so far: tests count it. */
let slotChecks = 0;
export const sequenceSlotChecks = (): number => slotChecks;

/**
 * Calls `visit` with the index's entry for each word of the last text read (wordsOf) that the
 * index holds, by word id, walking the smaller of the two (a narrow index may hold fewer words
 * than a reply), in no set order. Every word of an index has an id, so a word without one is in
 * none.
 */
function eachShared<T>(index: WordMap<T>, visit: (entry: T) => void): void {
  if (index.size === 0) return;
  const ids = lastIds;
  lookups += Math.min(ids.length, index.size);
  if (ids.length <= index.size) {
    for (const id of ids) {
      const entry = index.byId(id);
      if (entry !== undefined) visit(entry);
    }
  } else for (const id of index.ids) if (markOf[id] === mark) visit(index.byId(id) as T);
}

/**
 * The listed patterns that can occur in folded text `t`: those all of whose words are words of
 * `t` (whole words, as matching requires) and whose CJK characters are in `t`. A reply then
 * meets a few of a list's thousand patterns instead of all of them. They come in the order
 * the detector has always tried them (by where their opening word first stands in `t`, then
 * in list order), so a tie between two hits on the same span goes the same way.
 */
export function candidates(list: PhraseList, t: string): Candidate[] {
  const buckets = bucketsOf(list);
  const { words, index } = wordsAndIndex(buckets, t);
  const found: Keyed[] = [...buckets.always];
  // In whatever order the buckets come: the ranking below decides the order.
  eachShared(index.byKey, (bucket) => {
    for (const k of bucket) if (marked(k.others)) found.push(k);
  });
  if (found.length < 2) return found.map((k) => k.candidate);
  // Each pattern's rank read once, not once per comparison.
  const ranked = found.map((k) => ({
    k,
    rank: k.opens === undefined ? -1 : (words.get(k.opens) ?? -1),
  }));
  ranked.sort((a, b) => a.rank - b.rank || a.k.order - b.k.order);
  return ranked.map((r) => r.k.candidate);
}

/**
 * The grammar sequences that can occur in `t` (in each slot, an alternative all of whose words
 * are words of `t`), in list order.
 */
export function sequenceCandidates(list: PhraseList, t: string): SequenceCandidate[] {
  const buckets = bucketsOf(list);
  const { sequences, open } = buckets;
  const { index } = wordsAndIndex(buckets, t);
  if (met.length < sequences.length) met = new Uint8Array(sequences.length);
  // Only the sequences a word of `t` reaches are looked at (a reply in another language's
  // script reaches none of a list's), then put back in list order.
  const reached: number[] = [];
  eachShared(index.slotsByWord, (postings) => {
    for (const { seq, bit, rests } of postings) {
      if (((met[seq] as number) & bit) !== 0) continue;
      slotChecks++;
      if (rests !== undefined && !rests.some(marked)) continue;
      if (met[seq] === 0) reached.push(seq);
      met[seq] = (met[seq] as number) | bit;
    }
  });
  const found = [...open];
  for (const i of reached) {
    const { mask } = sequences[i] as IndexedSequence;
    if (((met[i] as number) & mask) === mask) found.push(i);
    met[i] = 0;
  }
  if (reached.length > 0) found.sort((a, b) => a - b);
  return found.map((i) => {
    const { entry, seq, firstNeeds } = sequences[i] as IndexedSequence;
    const alts = seq.slots[0] ?? [];
    // Most first slots keep all their alternatives: a new list only for one that drops some.
    let firsts: string[] | undefined;
    for (let k = 0; k < alts.length; k++) {
      const needs = firstNeeds[k];
      if (needs === undefined || marked(needs)) firsts?.push(alts[k] as string);
      else firsts ??= alts.slice(0, k);
    }
    return { entry, seq, firsts: firsts ?? alts };
  });
}

/** The slots met per sequence while one text is read (a list's length), all zero between texts. */
let met = new Uint8Array(0);
