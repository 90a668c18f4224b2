import { indexesMade, usePrebuilt } from './buckets.js';
import type { CompiledEntry, PhraseList } from './compile.js';
import { detectPhrases } from './detect.js';
import type { IndexData } from './word-index.js';

/**
 * The index of one list the detector reads: the list as a place in the lists, and when the
 * detector reads a part of it (its hedged or its literal entries), those entries' places.
 */
export interface PrebuiltIndex {
  list: number;
  entries: number[] | null;
  data: IndexData;
}

/** The indexes the detector makes for `lists` (fresh ones: none indexed yet), as data. */
export function prebuiltIndexes(lists: readonly PhraseList[]): PrebuiltIndex[] {
  return indexesMade(() => detectPhrases('', lists)).flatMap(({ list, data }): PrebuiltIndex[] => {
    const whole = lists.indexOf(list);
    if (whole >= 0) return [{ list: whole, entries: null, data }];
    const first = list.entries[0];
    const from = lists.findIndex((l) => first !== undefined && l.entries.includes(first));
    const source = lists[from];
    if (!source) return [];
    return [{ list: from, entries: list.entries.map((e) => source.entries.indexOf(e)), data }];
  });
}

/**
 * Offers `indexes` (prebuiltIndexes of lists equal to `lists`, read from a file: anything that
 * does not fit is left out) for the lists the detector reads, so it does not build them.
 */
export function adoptIndexes(lists: readonly PhraseList[], indexes: unknown): void {
  if (!Array.isArray(indexes)) return;
  for (const index of indexes as Partial<Record<keyof PrebuiltIndex, unknown>>[]) {
    const source = typeof index?.list === 'number' ? lists[index.list] : undefined;
    if (!source) continue;
    const places = index.entries;
    const entries =
      places === null
        ? source.entries
        : Array.isArray(places)
          ? places.map((at) => source.entries[at])
          : [undefined];
    if (entries.every((e) => e !== undefined))
      usePrebuilt(entries as CompiledEntry[], index.data as IndexData);
  }
}
