import type { RoleplayTurn } from '../drills/schema.js';
import { roundPoints } from '../session/points.js';
import type { SkillScore } from '../session/skill-score.js';
import type { Conversation, TurnResult } from './conversation.js';

/** The simulators' scorecard lines, in order. */
export const SCORECARD_SKILLS = [
  'listening',
  'questioning',
  'restating',
  'phrases',
  'procedure',
] as const;
export type ScorecardSkill = (typeof SCORECARD_SKILLS)[number];

const SKILL_OF: Record<RoleplayTurn['expect'], ScorecardSkill> = {
  'open-question': 'questioning',
  'closed-question': 'questioning',
  restate: 'restating',
  phrase: 'phrases',
  step: 'procedure',
};

/**
 * Per skill, score over max. Each turn counts for the skill its expectation trains; every
 * turn also counts for phrases (clean of forbidden phrases or not) and for listening (the
 * share of the author's criteria — what the customer said — that the reply took up).
 * A turn left unanswered counts as nothing on its own skill.
 */
export function scorecard(
  conversation: Conversation,
): Record<ScorecardSkill, SkillScore> & { overall: SkillScore } {
  const card = Object.fromEntries(SCORECARD_SKILLS.map((s) => [s, { score: 0, max: 0 }])) as Record<
    ScorecardSkill,
    SkillScore
  >;
  const add = (skill: ScorecardSkill, score: number, max: number) => {
    card[skill].score = roundPoints(card[skill].score + score);
    card[skill].max = roundPoints(card[skill].max + max);
  };
  for (const t of conversation.turns) {
    add(SKILL_OF[t.expect], t.score, t.max);
    if (t.expect !== 'phrase') add('phrases', t.forbidden.length === 0 ? 1 : 0, 1);
    const heard = listening(t);
    if (heard) add('listening', heard.score, heard.max);
  }
  if (conversation.pending) add(SKILL_OF[conversation.pending.expect], 0, 1);
  const overall = {
    score: roundPoints(conversation.turns.reduce((sum, t) => sum + t.score, 0)),
    max: roundPoints(
      conversation.turns.reduce((sum, t) => sum + t.max, 0) + (conversation.pending ? 1 : 0),
    ),
  };
  return { ...card, overall };
}

function listening(t: TurnResult): { score: number; max: number } | undefined {
  const own = t.criteria.filter((c) => !c.builtin);
  const total = own.reduce((sum, c) => sum + c.weight, 0);
  if (total <= 0) return undefined;
  return { score: own.reduce((sum, c) => sum + (c.met ? c.weight : 0), 0) / total, max: 1 };
}
