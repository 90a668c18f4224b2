import type { Problem } from '../errors.js';
import type { DataOwner } from './location.js';
import { appendRegrades, type Regrade, readRegrades, regradesFileFor } from './regrades.js';

/**
 * Carries trainers' regrades along with a merge: each source history's regrades.jsonl is read,
 * and a regrade is appended to the target's file when the target has none for that item or an
 * older one (by `at`), so "later lines win" keeps meaning "the latest verdict wins".
 * Returns how many were added.
 */
export function mergeRegrades(
  targetHistory: string,
  sourceHistories: readonly string[],
  problems: Problem[],
  who: DataOwner,
  own: boolean,
): number {
  const targetFile = regradesFileFor(targetHistory);
  const current = readRegrades(targetFile, problems, who);
  const added: Regrade[] = [];
  for (const source of sourceHistories) {
    const file = regradesFileFor(source);
    if (file === targetFile) continue;
    for (const [sessionId, items] of readRegrades(file, problems, who)) {
      for (const [itemId, regrade] of items) {
        const have = current.get(sessionId)?.get(itemId);
        if (have && have.at >= regrade.at) continue;
        added.push(regrade);
        const known = current.get(sessionId) ?? new Map();
        known.set(itemId, regrade);
        current.set(sessionId, known);
      }
    }
  }
  appendRegrades(targetFile, added, who, own);
  return added.length;
}
