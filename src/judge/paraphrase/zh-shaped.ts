import type { Criterion } from '../../drills/schema.js';
import { type NormalisedText, originalSpan, readCantonese } from '../text/index.js';
import { type FactShape, factShapes } from '../text/zh-fact-shapes.js';
import type { CriterionResult } from '../types.js';
import { clausesOf } from './clauses.js';
import { readZh } from './zh-wordings.js';

/** A denial just before a place (没, 不, 未 with adverbs between): an affirmed shape there is denied. */
const DENIED_BEFORE = /[没未不别][已经都也还就又才]*$/;

/**
 * Chinese facts the trainee retold by grammar (see factShapes): a missed fact is met where one
 * clause of the answer, read as Mandarin, says one of its wordings' shapes — affirmed shapes not
 * after a denial. Wordings are the criterion's own, nothing added: the shape keeps every content
 * character of the wording or swaps one for a closed-class word of the same grammar.
 */
export function shapedFacts(
  facts: readonly CriterionResult[],
  criteria: readonly Criterion[],
  answer: NormalisedText,
): CriterionResult[] {
  if (!/[\u4e00-\u9fff]/.test(answer.text) || facts.every((f) => f.met)) return [...facts];
  const readings = [answer, readCantonese(answer)].filter(
    (r, k, all) => k === 0 || r.text !== all[0]?.text,
  );
  return facts.map((f, k) => {
    // A fact read as said the other way round (暖气 affirmed for 没有暖气) may be a closed state
    // said for the denial of its pair (暖气是关着的): only a state shape in that clause meets it.
    const turned = f.status === 'contradicted' && f.detail?.startsWith('opposite:') && f.span;
    if (f.status !== 'missed' && !turned) return f;
    const all = [...new Set((criteria[k]?.any ?? []).map(readZh))].flatMap(factShapes);
    const shapes = turned ? all.filter((s) => s.state) : all;
    for (const text of readings) {
      for (const at of clausesOf(text.text)) {
        const span = originalSpan(text, at.start, at.end);
        if (turned && f.span && (span.end <= f.span.start || f.span.end <= span.start)) continue;
        const clause = text.text.slice(at.start, at.end);
        const found = firstShape(shapes, clause);
        if (!found) continue;
        const { said: _contradicting, ...read } = f;
        return {
          ...read,
          met: true,
          status: 'met',
          span: originalSpan(text, at.start + found.start, at.start + found.end),
          detail: `shaped:${found.said}`,
        };
      }
    }
    return f;
  });
}

function firstShape(
  shapes: readonly FactShape[],
  clause: string,
): { start: number; end: number; said: string } | null {
  for (const { re, affirmed } of shapes) {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      if (affirmed && DENIED_BEFORE.test(clause.slice(0, m.index))) continue;
      return { start: m.index, end: m.index + m[0].length, said: m[0] };
    }
  }
  return null;
}
