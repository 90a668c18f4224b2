import type { Lang, RoleplayItem } from '../drills/schema.js';
import type { CriterionResult, FreeTextJudge, PhraseHit } from '../judge/types.js';
import { verdictOf } from '../judge/verdict.js';
import type { SkillScore } from '../session/skill-score.js';
import { type Conversation, converse, type TurnResult } from './conversation.js';
import { scorecard } from './scorecard.js';

/** A conversation the customer walked out of fails: it keeps at most this share of the points. */
export const WALK_OUT_CAP = 0.3;

/** How a role-play went, stored with its item result in history. */
export interface RoleplayOutcome {
  turns: TurnResult[];
  ending?: { id: string; kind: 'close' | 'walk-out' };
  /** The turn left without a reply (the replies ran out). */
  pending?: string;
  cutShort?: boolean;
  scorecard: Record<string, SkillScore>;
}

export interface RoleplayScore {
  score: number;
  max: number;
  verdict: ReturnType<typeof verdictOf>;
  /** One per turn played: met when the reply passed. */
  criteria: CriterionResult[];
  forbidden: PhraseHit[];
  needsReview?: boolean;
  roleplay: RoleplayOutcome;
}

export function scoreRoleplay(
  item: RoleplayItem,
  replies: readonly string[],
  judge: FreeTextJudge,
  lang: Lang,
): RoleplayScore {
  return fromConversation(item, converse(item, replies, judge, lang));
}

export function fromConversation(item: RoleplayItem, c: Conversation): RoleplayScore {
  const card = scorecard(c);
  const ratio = card.overall.max > 0 ? card.overall.score / card.overall.max : 0;
  const closed = c.ending?.kind === 'close';
  const share = closed ? ratio : Math.min(ratio, WALK_OUT_CAP);
  const score = Math.round(item.points * share * 100) / 100;
  const criteria: CriterionResult[] = c.turns.map((t, i) => ({
    id: `turn-${i + 1}`,
    label: item.turns.find((x) => x.id === t.turn)?.task ?? t.turn,
    met: t.verdict === 'pass',
    weight: 1,
    detail: `${t.turn}:${t.verdict}`,
  }));
  if (c.pending)
    criteria.push({
      id: `turn-${c.turns.length + 1}`,
      label: c.pending.task,
      met: false,
      weight: 1,
      detail: `${c.pending.id}:missing`,
    });
  const needsReview = c.turns.some((t) => t.needsReview);
  return {
    score,
    max: item.points,
    verdict: verdictOf(score, item.points),
    criteria,
    // Every turn's hits, for counts and lists (exports, assess --format json); their spans
    // are within the turn's own reply, kept with the turn.
    forbidden: c.turns.flatMap((t) => t.forbidden),
    ...(needsReview ? { needsReview } : {}),
    roleplay: {
      turns: c.turns,
      ...(c.ending ? { ending: { id: c.ending.id, kind: c.ending.kind } } : {}),
      ...(c.pending ? { pending: c.pending.id } : {}),
      ...(c.cutShort ? { cutShort: true } : {}),
      scorecard: card,
    },
  };
}
