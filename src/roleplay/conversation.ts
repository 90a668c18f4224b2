import type { Lang, RoleplayEnding, RoleplayItem, RoleplayTurn } from '../drills/schema.js';
import type { CriterionResult, FreeTextJudge, PhraseHit, Verdict } from '../judge/types.js';
import { branchOf, nextOf } from './graph.js';
import { turnItem } from './turn-item.js';

/** One agent turn as it was played: the reply, its judgement, and where it led. */
export interface TurnResult {
  turn: string;
  expect: RoleplayTurn['expect'];
  reply: string;
  score: number;
  max: number;
  verdict: Verdict;
  criteria: CriterionResult[];
  forbidden: PhraseHit[];
  needsReview?: boolean;
  /** The turn or ending this reply led to. */
  next: string;
}

export interface Conversation {
  turns: TurnResult[];
  /** The turn waiting for a reply: the replies ran out before an ending. */
  pending?: RoleplayTurn;
  ending?: RoleplayEnding;
  /** The turn limit ended a conversation going round a loop. */
  cutShort?: boolean;
}

/** A loop may be played through, but not for ever: twice the turns ends it as a walk-out. */
export function turnLimit(item: RoleplayItem): number {
  return item.turns.length * 2;
}

/**
 * Plays the replies through the conversation: each is judged as its turn's free-text item,
 * and the verdict picks the next turn. Pure and deterministic, so the interactive run (one
 * reply at a time), an answer sheet and history all give the same path from the same replies.
 */
export function converse(
  item: RoleplayItem,
  replies: readonly string[],
  judge: FreeTextJudge,
  lang: Lang,
): Conversation {
  const turns = new Map(item.turns.map((t) => [t.id, t]));
  const endings = new Map(item.endings.map((e) => [e.id, e]));
  const played: TurnResult[] = [];
  let turn = item.turns[0]!;
  for (const reply of replies) {
    const j = judge.judge(turnItem(item, turn), reply, lang);
    const next = nextOf(turn, branchOf(j.verdict));
    played.push({
      turn: turn.id,
      expect: turn.expect,
      reply,
      score: j.score,
      max: j.max,
      verdict: j.verdict,
      criteria: j.criteria,
      forbidden: j.forbidden,
      ...(j.needsReview ? { needsReview: true } : {}),
      next,
    });
    const ending = endings.get(next);
    if (ending) return { turns: played, ending };
    if (played.length >= turnLimit(item)) {
      const walkOut = item.endings.find((e) => e.kind === 'walk-out') ?? item.endings.at(-1)!;
      return { turns: played, ending: walkOut, cutShort: true };
    }
    turn = turns.get(next)!;
  }
  return { turns: played, pending: turn };
}
