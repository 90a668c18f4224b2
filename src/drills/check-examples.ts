import type { FreeTextJudge, Judgement } from '../judge/types.js';
import { checkTranscripts } from '../roleplay/check-transcripts.js';
import type { DrillSet } from './schema.js';
import type { Inconsistency } from './set-consistency.js';

/** Why a judged answer lost points: criteria missed or contradicted, phrases flagged. */
function whyOf(got: Judgement): { missed: string[]; flagged: string[]; text: string } {
  const missed = got.criteria
    .filter((c) => !c.met)
    .map((c) => (c.status === 'contradicted' ? `${c.id} (contradicted: "${c.said}")` : c.id));
  const flagged = got.forbidden.map((f) => f.phrase);
  const text = [
    missed.length ? `missed: ${missed.join(', ')}` : '',
    flagged.length ? `flagged: ${flagged.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return { missed, flagged, text };
}

/**
 * Runs every item's model answer and example answers through the real judge: a model answer
 * that does not get full marks, or an example whose verdict differs from what the author
 * expects, is a problem — rubrics are tested like code.
 */
export function checkExamples(
  set: Pick<DrillSet, 'items' | 'lang'>,
  judge: FreeTextJudge,
): Inconsistency[] {
  const out: Inconsistency[] = [];
  set.items.forEach((item, i) => {
    if (item.kind === 'roleplay') {
      for (const c of checkTranscripts(item, judge, set.lang))
        out.push({ ...c, path: ['items', i, ...c.path], params: { ...c.params, index: i } });
      return;
    }
    if (item.kind !== 'ask' && item.kind !== 'paraphrase' && item.kind !== 'rewrite') return;
    const model = judge.judge(item, item.model_answer, set.lang);
    if (model.score < model.max) {
      const why = whyOf(model);
      out.push({
        code: 'model-answer-score',
        path: ['items', i, 'model_answer'],
        message: `item "${item.id}": the model answer scores ${model.score}/${model.max} (${model.verdict}${why.text ? `; ${why.text}` : ''}), not full marks`,
        hint: 'a trainee shown this answer must be able to score with it: widen the rubric or fix the model answer',
        params: {
          index: i,
          id: item.id,
          verdict: model.verdict,
          score: model.score,
          max: model.max,
          missed: why.missed.join(', '),
          flagged: why.flagged.join(', '),
        },
      });
    }
    item.examples.forEach((example, j) => {
      const got = judge.judge(item, example.answer, set.lang);
      if (got.verdict === example.expect) return;
      const { missed, flagged, text: why } = whyOf(got);
      out.push({
        code: 'example-verdict',
        path: ['items', i, 'examples', j, 'answer'],
        message: `item "${item.id}": example ${j + 1} judged ${got.verdict} (${got.score}/${got.max}${why ? `; ${why}` : ''}), expected ${example.expect}`,
        hint: 'widen the rubric with general alternatives, or correct the expectation',
        params: {
          index: i,
          example: j + 1,
          id: item.id,
          verdict: got.verdict,
          score: got.score,
          max: got.max,
          missed: missed.join(', '),
          flagged: flagged.join(', '),
          expect: example.expect,
        },
      });
    });
  });
  return out;
}
