import type { CompiledEntry, PhraseList } from './compile.js';
import type { Pattern, Sequence } from './phrase-patterns.js';
import { idOf, interner, knownId, NO_IDS, wordWithId } from './word-ids.js';

/** A listed pattern with the entry it belongs to. */
export interface Candidate {
  entry: CompiledEntry;
  pattern: Pattern;
}

/** A pattern with the words it needs, where it stands in the list, and the word it opens with. */
export interface Keyed {
  candidate: Candidate;
  /** Rarest first (see bucketsOf). */
  needs: string[];
  /** The needs but the rarest (the bucket's key), as word ids (see idOf). */
  others: Int32Array;
  order: number;
  /** Undefined when the pattern opens with punctuation. */
  opens: string | undefined;
}

/**
 * A slot of a sequence that a word can meet: the sequence (by index), the slot (its bit) and
 * the other words each of the slot's alternatives keyed by that word needs, rarest first
 * (undefined when one of them needs none).
 */
export interface SlotPosting {
  seq: number;
  bit: number;
  /** As word ids (see idOf). */
  rests: readonly Int32Array[] | undefined;
}

/**
 * Words and what each leads to, by word and by word id (see idOf; every word of the map has one):
 * built from a Map, or a prebuilt index that reads a word's part of its data when the word is
 * first looked up. A text's words are looked up by the ids read once per text.
 */
export interface WordMap<T> {
  readonly size: number;
  get(word: string): T | undefined;
  keys(): Iterable<string>;
  /** What the word with id `id` leads to. */
  byId(id: number): T | undefined;
  /** The ids of its words. */
  readonly ids: readonly number[];
}

/** `map` as a WordMap: each of its words gets an id (see idOf). */
export function wordMap<T>(map: ReadonlyMap<string, T>): WordMap<T> {
  const byId: (T | undefined)[] = [];
  const ids: number[] = [];
  for (const [w, item] of map) {
    const id = idOf(w);
    byId[id] = item;
    ids.push(id);
  }
  return {
    size: map.size,
    get: (w) => map.get(w),
    keys: () => map.keys(),
    byId: (id) => byId[id],
    ids,
  };
}

/** Where a text's words lead: the patterns and the sequence slots each word opens the way to. */
export interface WordIndex {
  /** By the pattern's rarest word: the one of its words that fewest patterns of the list have. */
  byKey: WordMap<Keyed[]>;
  /**
   * By the rarest word of each alternative of a slot (the one fewest alternatives of the list
   * have): the sequence slots it can meet. A common word ("you", "the") keys few slots, so a
   * reply's words visit few postings.
   */
  slotsByWord: WordMap<SlotPosting[]>;
}

/** A sequence of a list, with what its candidates need. */
export interface IndexedSequence {
  entry: CompiledEntry;
  seq: Sequence;
  /** The bit mask of its slots that need a word. */
  mask: number;
  /**
   * The words (ids, see idOf) each first-slot alternative needs (undefined: it opens with
   * punctuation or a word form).
   */
  firstNeeds: (Int32Array | undefined)[];
}

export interface Buckets extends WordIndex {
  /** Patterns without words (punctuation only): tried on every text. */
  always: Keyed[];
  /** In list order. */
  sequences: IndexedSequence[];
  /** The sequences (by index) none of whose slots needs a word: tried on every text. */
  open: number[];
  /**
   * The index without the patterns and sequences that need a word with a character from
   * WIDE on (CJK, Hangul): a text with none of those characters (most English replies to a
   * Chinese or Japanese list) meets none of them, and looks its words up in a small index.
   */
  narrow: WordIndex;
}

/** A word map as data: its words (places in IndexData['words']) and where each one's part of `items` starts. */
export interface WordMapData {
  keys: number[];
  at: number[];
  items: number[];
}

/**
 * A list's index as data that JSON carries: flat arrays of numbers, words as places in `words`,
 * entries, patterns and sequences as places in the list. Read back (indexFromData) it is the
 * same index, for the same list only.
 */
export interface IndexData {
  words: string[];
  /**
   * Per pattern in list order, from its place in `patternAt`: its entry, its place there, the
   * word it opens with (-1: none), its needs (a count, then the words).
   */
  patterns: number[];
  patternAt: number[];
  /** Patterns by order. */
  always: number[];
  /** Per key: a count, the patterns by order. */
  byKey: WordMapData;
  /**
   * Per sequence: its entry, its place there, its mask, a count of first-slot alternatives,
   * each one's needs (-1: none, else a count and the words).
   */
  sequences: number[];
  /** Per word: a count of postings, each one's sequence, slot and rests (-1: none, else a count and each rest's words). */
  slotsByWord: WordMapData;
  open: number[];
  narrowByKey: WordMapData;
  narrowSlots: WordMapData;
}

/** `b`, the index of `list`, as data. */
export function indexData(list: PhraseList, b: Buckets): IndexData {
  const { id: word, words } = interner();
  const wordList = (ws: readonly string[]) => [ws.length, ...ws.map(word)];
  const idList = (ids: Int32Array) => wordList([...ids].map(wordWithId));
  const mapData = <T>(index: WordMap<T>, itemData: (item: T) => number[]): WordMapData => {
    const data: WordMapData = { keys: [], at: [], items: [] };
    for (const w of index.keys()) {
      data.keys.push(word(w));
      data.at.push(data.items.length);
      data.items.push(...itemData(index.get(w) as T));
    }
    return data;
  };
  const bucketData = (bucket: Keyed[]) => [bucket.length, ...bucket.map((k) => k.order)];
  const postingsData = (postings: SlotPosting[]) => [
    postings.length,
    ...postings.flatMap(({ seq, bit, rests }) => [
      seq,
      31 - Math.clz32(bit),
      ...(rests === undefined ? [-1] : [rests.length, ...rests.flatMap(idList)]),
    ]),
  ];
  const entryAt = new Map(list.entries.map((e, i) => [e, i]));
  const placeOf = (entry: CompiledEntry) => entryAt.get(entry) as number;
  const keyed: Keyed[] = [...b.always];
  for (const w of b.byKey.keys()) keyed.push(...(b.byKey.get(w) as Keyed[]));
  keyed.sort((x, y) => x.order - y.order);
  const patterns: number[] = [];
  const patternAt: number[] = [];
  for (const { candidate, needs, opens } of keyed) {
    patternAt.push(patterns.length);
    const { entry, pattern } = candidate;
    patterns.push(
      placeOf(entry),
      entry.patterns.indexOf(pattern),
      opens === undefined ? -1 : word(opens),
      ...wordList(needs),
    );
  }
  return {
    words,
    patterns,
    patternAt,
    always: b.always.map((k) => k.order),
    byKey: mapData(b.byKey, bucketData),
    sequences: b.sequences.flatMap(({ entry, seq, mask, firstNeeds }) => [
      placeOf(entry),
      entry.sequences.indexOf(seq),
      mask,
      firstNeeds.length,
      ...firstNeeds.flatMap((ids) => (ids === undefined ? [-1] : idList(ids))),
    ]),
    slotsByWord: mapData(b.slotsByWord, postingsData),
    open: b.open,
    narrowByKey: mapData(b.narrow.byKey, bucketData),
    narrowSlots: mapData(b.narrow.slotsByWord, postingsData),
  };
}

/** A word map read from its data (see WordMapData): each word's part when it is first asked for. */
function lazyMap<T>(
  data: WordMapData,
  words: readonly string[],
  wordIds: Int32Array,
  read: (items: readonly number[], at: number) => T,
): WordMap<T> {
  // By word id, a word's part of `items` (where it starts) until the word is first asked for,
  // then what it reads as.
  const known: (T | number | undefined)[] = [];
  const ids: number[] = [];
  for (let i = 0; i < data.keys.length; i++) {
    const id = wordIds[data.keys[i] as number] as number;
    known[id] = data.at[i] as number;
    ids.push(id);
  }
  const byId = (id: number): T | undefined => {
    const item = known[id];
    if (typeof item !== 'number') return item;
    const made = read(data.items, item);
    known[id] = made;
    return made;
  };
  return {
    size: ids.length,
    keys: () => data.keys.map((k) => words[k] as string),
    get(w) {
      const id = knownId(w);
      return id === undefined ? undefined : byId(id);
    },
    byId,
    ids,
  };
}

/**
 * The index `data` describes, for `list`: `data` must be what indexData made of the index of a
 * list with the same entries (its file is checked whole and made from these lists before it is
 * offered; data of another shape throws). Each word's patterns and slots are read when
 * the word is first looked up.
 */
export function indexFromData(data: IndexData, list: PhraseList): Buckets {
  const { words, patterns, patternAt } = data;
  const { entries } = list;
  // Word ids (see idOf) by place in `words`, all taken now: a text's words are marked with the
  // ids known when it is read (see wordsOf), before any of its words is looked up.
  const ids = Int32Array.from(words, idOf);
  /** The `count` word ids from `items[from]` on. */
  const idList = (items: readonly number[], from: number, count: number): Int32Array => {
    if (count === 0) return NO_IDS;
    const out = new Int32Array(count);
    for (let i = 0; i < count; i++) out[i] = ids[items[from + i] as number] as number;
    return out;
  };
  const keyed: Keyed[] = [];
  const keyedAt = (order: number): Keyed => {
    let k = keyed[order];
    if (k === undefined) {
      let at = patternAt[order] as number;
      const entry = entries[patterns[at++] as number] as CompiledEntry;
      const pattern = entry.patterns[patterns[at++] as number] as Pattern;
      const opens = patterns[at++] as number;
      const count = patterns[at++] as number;
      const needs: string[] = [];
      for (let i = 0; i < count; i++) needs.push(words[patterns[at + i] as number] as string);
      k = {
        candidate: { entry, pattern },
        needs,
        others: idList(patterns, at + 1, Math.max(0, count - 1)),
        order,
        opens: opens < 0 ? undefined : (words[opens] as string),
      };
      keyed[order] = k;
    }
    return k;
  };
  const bucket = (items: readonly number[], from: number): Keyed[] => {
    const out: Keyed[] = [];
    for (let i = 1; i <= (items[from] as number); i++) out.push(keyedAt(items[from + i] as number));
    return out;
  };
  const postings = (items: readonly number[], from: number): SlotPosting[] => {
    const out: SlotPosting[] = [];
    let at = from + 1;
    for (let n = items[from] as number; n > 0; n--) {
      const seq = items[at++] as number;
      const bit = 1 << (items[at++] as number);
      const count = items[at++] as number;
      let rests: Int32Array[] | undefined;
      if (count >= 0) {
        rests = [];
        for (let r = 0; r < count; r++) {
          const size = items[at++] as number;
          rests.push(idList(items, at, size));
          at += size;
        }
      }
      out.push({ seq, bit, rests });
    }
    return out;
  };
  const sequences: IndexedSequence[] = [];
  const seqs = data.sequences;
  for (let at = 0; at < seqs.length; ) {
    const entry = entries[seqs[at++] as number] as CompiledEntry;
    const seq = entry.sequences[seqs[at++] as number] as Sequence;
    const mask = seqs[at++] as number;
    const firstNeeds: (Int32Array | undefined)[] = [];
    for (let n = seqs[at++] as number; n > 0; n--) {
      const count = seqs[at++] as number;
      firstNeeds.push(count < 0 ? undefined : idList(seqs, at, count));
      if (count > 0) at += count;
    }
    sequences.push({ entry, seq, mask, firstNeeds });
  }
  return {
    byKey: lazyMap(data.byKey, words, ids, bucket),
    always: data.always.map(keyedAt),
    sequences,
    slotsByWord: lazyMap(data.slotsByWord, words, ids, postings),
    open: data.open,
    narrow: {
      byKey: lazyMap(data.narrowByKey, words, ids, bucket),
      slotsByWord: lazyMap(data.narrowSlots, words, ids, postings),
    },
  };
}
