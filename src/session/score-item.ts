import type { Item, Lang } from '../drills/schema.js';
import type { CriterionResult, FreeTextJudge } from '../judge/types.js';
import { scoreRoleplay } from '../roleplay/score.js';
import type { Answer } from './answer.js';
import { type ItemResult, verdictOf } from './item-result.js';
import { longestOrderedRun } from './longest-run.js';

export interface ScoreContext {
  judge: FreeTextJudge;
  lang: Lang;
  defaultSkill: string;
}

type Scored = Omit<ItemResult, 'durationMs'>;

/** The one scoring function: interactive, batch and review runs all come through here. */
export function scoreItem(item: Item, answer: Answer | null, ctx: ScoreContext): Scored {
  const base = { id: item.id, kind: item.kind, skill: item.skill ?? ctx.defaultSkill, answer };
  if (answer === null) {
    return {
      ...base,
      score: 0,
      max: item.points,
      verdict: item.kind === 'scale' ? 'pass' : 'fail',
      criteria: [],
    };
  }
  switch (item.kind) {
    case 'choice': {
      const met = answer === item.answer;
      return finish(base, item.points, met ? 1 : 0, [
        { id: 'answer', met, weight: 1, chosen: String(answer) },
      ]);
    }
    case 'multi': {
      const picked = new Set(answer as string[]);
      const criteria: CriterionResult[] = item.options.map((o) => {
        const correct = item.answers.includes(o.key);
        const chosen = picked.has(o.key);
        return {
          id: o.key,
          met: correct === chosen,
          weight: 1,
          pick: chosen ? (correct ? 'picked' : 'wrong-pick') : correct ? 'missed' : 'left',
        };
      });
      const hits = criteria.filter((c) => c.pick === 'picked').length;
      const wrong = criteria.filter((c) => c.pick === 'wrong-pick').length;
      // Each wrong pick cancels a right one, so ticking everything earns nothing.
      return finish(base, item.points, Math.max(0, hits - wrong) / item.answers.length, criteria);
    }
    case 'order': {
      const given = answer as string[];
      const positions = given.map((k) => item.steps.findIndex((s) => s.key === k));
      const keep = new Set(longestOrderedRun(positions).map((i) => given[i]!));
      const criteria: CriterionResult[] = given.map((key, i) => ({
        id: key,
        met: keep.has(key),
        weight: 1,
        place: { at: i + 1, belongs: item.steps.findIndex((s) => s.key === key) + 1 },
      }));
      const n = item.steps.length;
      return finish(base, item.points, (keep.size - 1) / (n - 1), criteria);
    }
    case 'classify': {
      const cats = answer as string[];
      const criteria: CriterionResult[] = item.statements.map((s, i) => ({
        id: `s${i + 1}`,
        met: cats[i] === s.category,
        weight: 1,
        chosen: String(cats[i]),
        right: s.category,
      }));
      return finish(
        base,
        item.points,
        criteria.filter((c) => c.met).length / criteria.length,
        criteria,
      );
    }
    case 'ask':
    case 'paraphrase':
    case 'rewrite': {
      const j = ctx.judge.judge(item, answer as string, ctx.lang);
      return {
        id: base.id,
        kind: base.kind,
        skill: base.skill,
        answer,
        score: j.score,
        max: j.max,
        verdict: j.verdict,
        criteria: j.criteria,
        forbidden: j.forbidden,
        needsReview: j.needsReview,
      };
    }
    case 'roleplay':
      return { ...base, ...scoreRoleplay(item, answer as string[], ctx.judge, ctx.lang) };
    case 'scale': {
      const total = (answer as number[]).reduce((a, b) => a + b, 0);
      const band = item.bands.find((b) => b.min <= total && total <= b.max) ?? item.bands[0]!;
      return {
        ...base,
        score: 0,
        max: item.points,
        verdict: 'pass',
        criteria: [],
        scale: { total, band: band.label, message: band.message },
      };
    }
  }
}

function finish(
  base: Pick<Scored, 'id' | 'kind' | 'skill' | 'answer'>,
  points: number,
  ratio: number,
  criteria: CriterionResult[],
): Scored {
  const score = Math.round(points * Math.max(0, Math.min(1, ratio)) * 100) / 100;
  // Written out, not spread: a class of sheets comes through here for every item, and a
  // spread of `base` (its answer a string, a list or a number) is copied the slow way.
  const { id, kind, skill, answer } = base;
  return {
    id,
    kind,
    skill,
    answer,
    score,
    max: points,
    verdict: verdictOf(score, points),
    criteria,
  };
}
