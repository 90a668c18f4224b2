import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PhraseList } from '../judge/phrases/compile.js';
import { adoptIndexes, type PrebuiltIndex } from '../judge/phrases/prebuilt-indexes.js';

/**
 * Where the build leaves the detector's word indexes of the bundled phrase lists, beside the
 * lists (see phraseIndexText).
 */
export function phraseIndexFile(packageRoot: string): string {
  return join(packageRoot, 'dist', 'drills', 'phrase-index.json');
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * The file of `indexes`, made from the lists' file `listsBytes`: a line `{ stamp, sum }` (the
 * hash of those lists, the hash of the rest), then the indexes as JSON. The indexes are read
 * only for those very lists, and only as written: a word's part is read when the word is met.
 */
export function phraseIndexText(listsBytes: Uint8Array, indexes: readonly PrebuiltIndex[]): string {
  const body = JSON.stringify(indexes);
  return `${JSON.stringify({ stamp: sha256(listsBytes), sum: sha256(body) })}\n${body}`;
}

/**
 * Offers the prebuilt indexes in `file` for `lists` (parsed from `listsBytes`) when the file was
 * made from those very bytes and is whole. The indexes are derived data: a missing, stale or
 * damaged file only means the detector builds them, as it does for lists without one.
 */
export function usePhraseIndexFile(
  file: string,
  listsBytes: Uint8Array,
  lists: readonly PhraseList[],
): void {
  try {
    const bytes = readFileSync(file);
    const line = bytes.indexOf(10);
    const head: unknown = JSON.parse(bytes.subarray(0, line).toString('utf8'));
    if (typeof head !== 'object' || head === null || !('stamp' in head) || !('sum' in head)) return;
    const body = bytes.subarray(line + 1);
    if (head.stamp === sha256(listsBytes) && head.sum === sha256(body))
      adoptIndexes(lists, JSON.parse(body.toString('utf8')));
  } catch {
    // Missing or unreadable: the indexes are built.
  }
}
