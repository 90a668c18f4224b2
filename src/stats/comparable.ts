import type { SessionRecord } from '../session/record.js';

/** A set's item count by set id and language (the catalogue's); undefined for a set not known. */
export type SetSizes = (setId: string, lang: string) => number | undefined;

export function setSizes(
  sets: readonly { id: string; lang: string; itemCount: number }[],
): SetSizes {
  const sizes = new Map(sets.map((s) => [`${s.id}\n${s.lang}`, s.itemCount]));
  return (setId, lang) => sizes.get(`${setId}\n${lang}`);
}

/** A session or its summary (which keeps no plan: a completed run asked the items it holds). */
type Planned = { plan?: readonly string[]; planSize?: number; items: readonly { id: string }[] };
type Run = Pick<SessionRecord, 'mode' | 'status' | 'max'> & Planned;

/** The items a session set out to ask (older records without a plan: the items it answered). */
export function plannedItems(r: Planned): readonly string[] {
  return r.plan ?? r.items.map((i) => i.id);
}

/** How many items a session set out to ask: its plan, a summary's plan size, or its items. */
function plannedCount(r: Planned): number {
  return r.plan ? new Set(r.plan).size : (r.planSize ?? new Set(plannedItems(r)).size);
}

/**
 * A completed run over every item of its set: the only kind a set's LAST and BEST stand for.
 * A --tag, --limit or --missed subset, a review of due items or a stopped session scores
 * the items it asked, not the set.
 */
export function isFullRun(r: Run, setSize: number): boolean {
  return r.mode !== 'review' && r.status === 'completed' && r.max > 0 && plannedCount(r) >= setSize;
}

/**
 * The one rule for a set's score, in `list` (LAST, BEST), `stats` (by set), `history` (a part
 * is marked as such) and the summary's "since your last attempt": a whole-set run of a set
 * still known. Every other run counts for its items only.
 */
export function standsForSet(r: Run & { setId: string; lang: string }, sizes: SetSizes): boolean {
  const size = sizes(r.setId, r.lang);
  return size !== undefined && isFullRun(r, size);
}

/**
 * A completed, scored run that does not stand for its set (a --tag, --limit or --missed part):
 * how many of the set's items it asked, for `history` to say so. Undefined for a whole-set
 * run, a review (its mode says so), a stopped run (its status says so) or a set not known.
 */
export function partOfSet(
  r: Run & { setId: string; lang: string },
  sizes: SetSizes,
): { asked: number; of: number } | undefined {
  const size = sizes(r.setId, r.lang);
  if (size === undefined || r.mode === 'review' || r.status !== 'completed' || r.max <= 0)
    return undefined;
  return isFullRun(r, size) ? undefined : { asked: plannedCount(r), of: size };
}

/**
 * The earlier run a session is compared with: for a full run the latest full run; for a part
 * of the set the latest completed run that asked the same items; otherwise none.
 */
export function comparableRun<R extends Run & { id: string }>(
  current: R,
  earlier: readonly R[],
  setSize: number,
): R | undefined {
  const full = isFullRun(current, setSize);
  const same = sameItems(plannedItems(current));
  return earlier
    .filter(
      (r) =>
        r.id !== current.id &&
        r.status === 'completed' &&
        r.mode !== 'review' &&
        r.max > 0 &&
        (full ? isFullRun(r, setSize) : same(plannedItems(r))),
    )
    .at(-1);
}

function sameItems(ids: readonly string[]): (other: readonly string[]) => boolean {
  const key = [...new Set(ids)].sort().join('\n');
  return (other) => [...new Set(other)].sort().join('\n') === key;
}
