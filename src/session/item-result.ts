import type { ItemKind } from '../drills/schema.js';
import type { CriterionResult, PhraseHit, Verdict } from '../judge/types.js';
import type { RoleplayOutcome } from '../roleplay/score.js';
import type { Answer } from './answer.js';

export interface ScaleOutcome {
  total: number;
  band: string;
  message: string;
}

/** How one item was answered and scored; stored as-is in history. */
export interface ItemResult {
  id: string;
  kind: ItemKind;
  skill: string;
  /** null: no answer was given (it scores zero and is listed as missing). */
  answer: Answer | null;
  score: number;
  max: number;
  verdict: Verdict;
  criteria: CriterionResult[];
  forbidden?: PhraseHit[];
  needsReview?: boolean;
  scale?: ScaleOutcome;
  /** A role-play: every turn with its judgement, the ending reached and the scorecard. */
  roleplay?: RoleplayOutcome;
  durationMs: number;
  /** Set when history is read and a trainer regraded this item: `score` is then the trainer's. */
  regrade?: { autoScore: number; score: number; note: string; at: string; by: string };
}

export { verdictOf } from '../judge/verdict.js';
