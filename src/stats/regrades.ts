import type { ItemResult } from '../session/item-result.js';
import type { SessionRecord } from '../session/record.js';

/** One trainer's regrade of one item, beside the automatic score. */
export interface RegradeRow {
  session: string;
  user: string;
  set: string;
  item: string;
  auto_score: number;
  score: number;
  max: number;
  by: string;
  at: string;
  note: string;
}

/** The regraded items of a session, each with the automatic and the trainer's score. */
export function regradeRows(
  r: Pick<SessionRecord, 'id' | 'user' | 'setId'> & {
    items: readonly Pick<ItemResult, 'id' | 'score' | 'max' | 'regrade'>[];
  },
): RegradeRow[] {
  return r.items.flatMap((i) =>
    i.regrade
      ? [
          {
            session: r.id,
            user: r.user,
            set: r.setId,
            item: i.id,
            auto_score: i.regrade.autoScore,
            score: i.score,
            max: i.max,
            by: i.regrade.by,
            at: i.regrade.at,
            note: i.regrade.note,
          },
        ]
      : [],
  );
}
