import type { ItemKind } from '../drills/schema.js';
import type { Verdict } from '../judge/types.js';
import type { ItemResult, ScaleOutcome } from '../session/item-result.js';
import type { SessionRecord } from '../session/record.js';

/** What the session-level readers (list, history, stats, export of sessions) need of an item. */
export interface ItemSummary {
  id: string;
  kind: ItemKind;
  skill: string;
  score: number;
  max: number;
  verdict: Verdict;
  answered: boolean;
  /** A self-rating scale: how many statements were rated. */
  ratings?: number;
  scale?: ScaleOutcome;
  /** A trainer's regrade, as the full record has it (summaries of regraded sessions are made
   * from the record with its regrades applied, never kept in the index). */
  regrade?: ItemResult['regrade'];
}

/** A session without its plan, answers, criteria and turns: a tenth of the line to parse. */
export type SessionSummary = Omit<SessionRecord, 'items' | 'plan'> & {
  items: ItemSummary[];
  /** How many items the session set out to ask (its plan's length), when it had a plan. */
  planSize?: number;
};

export function summaryOf(record: SessionRecord): SessionSummary {
  const { items, plan, ...head } = record;
  return {
    ...head,
    ...(plan ? { planSize: new Set(plan).size } : {}),
    items: items.map((i) => ({
      id: i.id,
      kind: i.kind,
      skill: i.skill,
      score: i.score,
      max: i.max,
      verdict: i.verdict,
      answered: i.answer !== null,
      ...(i.kind === 'scale' && Array.isArray(i.answer) ? { ratings: i.answer.length } : {}),
      ...(i.scale ? { scale: i.scale } : {}),
      ...(i.regrade ? { regrade: i.regrade } : {}),
    })),
  };
}

type ItemTuple = [
  id: string,
  kind: ItemKind,
  skill: string,
  score: number,
  max: number,
  verdict: Verdict,
  answered: 0 | 1,
  ratings?: number | null,
  scale?: ScaleOutcome,
];

/** A summary as stored in the index: items as tuples, which halves the bytes to parse. */
export function encodeSummary(s: SessionSummary): unknown {
  return {
    ...s,
    items: s.items.map((i): ItemTuple => {
      const t: ItemTuple = [i.id, i.kind, i.skill, i.score, i.max, i.verdict, i.answered ? 1 : 0];
      if (i.ratings !== undefined || i.scale) t.push(i.ratings ?? null);
      if (i.scale) t.push(i.scale);
      return t;
    }),
  };
}

/** The summary back from the index; undefined when the value is not one (a damaged index). */
export function decodeSummary(value: unknown): SessionSummary | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const s = value as { items?: unknown; id?: unknown };
  if (!Array.isArray(s.items) || typeof s.id !== 'string') return undefined;
  const items: ItemSummary[] = [];
  for (const t of s.items as unknown[]) {
    if (!Array.isArray(t) || t.length < 7) return undefined;
    const [id, kind, skill, score, max, verdict, answered, ratings, scale] = t as ItemTuple;
    const item: ItemSummary = { id, kind, skill, score, max, verdict, answered: answered === 1 };
    if (typeof ratings === 'number') item.ratings = ratings;
    if (scale) item.scale = scale;
    items.push(item);
  }
  return { ...(value as SessionSummary), items };
}
