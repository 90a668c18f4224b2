import type { Lang } from '../drills/schema.js';
import type { ItemResult } from './item-result.js';
import { roundPoints } from './points.js';
import type { SkillScore } from './skill-score.js';

export type { SkillScore };

/** 2: choice, multi, order and classify criteria carry chosen/right/place/pick, not a `detail` string. */
export const RECORD_SCHEMA = 2;

export type SessionMode = 'interactive' | 'batch' | 'review';
export type SessionStatus = 'completed' | 'aborted';

/** One session: a line in the history file. */
export interface SessionRecord {
  schema: typeof RECORD_SCHEMA;
  id: string;
  user: string;
  setId: string;
  setHash: string;
  /** Batch sessions: the hash of the answer sheet's text, so recording it twice is noticed. */
  sheetHash?: string;
  setTitle: string;
  lang: Lang;
  mode: SessionMode;
  status: SessionStatus;
  startedAt: string;
  endedAt: string;
  /** Item ids in the order they were (to be) asked: what --resume continues. */
  plan: string[];
  items: ItemResult[];
  score: number;
  max: number;
  /** Percent needed to pass. */
  passMark: number;
  passed: boolean;
  skills: Record<string, SkillScore>;
  /** The aborted session this one continued. */
  resumes?: string;
}

export function summarise(items: ItemResult[]): Pick<SessionRecord, 'score' | 'max' | 'skills'> {
  // No prototype: a skill named "constructor" or "__proto__" is an ordinary key.
  const skills: Record<string, SkillScore> = Object.create(null);
  let score = 0;
  let max = 0;
  for (const r of items) {
    score += r.score;
    max += r.max;
    add(skills, r.skill, r.score, r.max);
    // A role-play also counts towards the skills of its scorecard (listening, questioning, …).
    for (const [skill, s] of Object.entries(r.roleplay?.scorecard ?? {}))
      if (skill !== 'overall' && s.max > 0) add(skills, skill, s.score, s.max);
  }
  return { score: roundPoints(score), max: roundPoints(max), skills };
}

function add(skills: Record<string, SkillScore>, skill: string, score: number, max: number): void {
  const s = skills[skill] ?? { score: 0, max: 0 };
  s.score += score;
  s.max += max;
  skills[skill] = s;
}

export function percent(score: number, max: number): number {
  return max > 0 ? Math.round((score / max) * 1000) / 10 : 0;
}
