import type { FreeTextJudge } from '../judge/types.js';
import { checkTranscripts } from '../roleplay/check-transcripts.js';
import type { DrillSet } from './schema.js';
import type { Inconsistency } from './set-consistency.js';

/**
 * Runs every item's example answers through the real judge and reports each one whose
 * verdict differs from what the author expects: rubrics are tested like code.
 */
export function checkExamples(set: DrillSet, judge: FreeTextJudge): Inconsistency[] {
  const out: Inconsistency[] = [];
  set.items.forEach((item, i) => {
    if (item.kind === 'roleplay') {
      for (const c of checkTranscripts(item, judge, set.lang))
        out.push({ ...c, path: ['items', i, ...c.path], params: { ...c.params, index: i } });
      return;
    }
    if (item.kind !== 'ask' && item.kind !== 'paraphrase' && item.kind !== 'rewrite') return;
    item.examples.forEach((example, j) => {
      const got = judge.judge(item, example.answer, set.lang);
      if (got.verdict === example.expect) return;
      const missed = got.criteria.filter((c) => !c.met).map((c) => c.id);
      const flagged = got.forbidden.map((f) => f.phrase);
      const why = [
        missed.length ? `missed: ${missed.join(', ')}` : '',
        flagged.length ? `flagged: ${flagged.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      out.push({
        code: 'example-verdict',
        path: ['items', i, 'examples', j, 'answer'],
        message: `items[${i}] "${item.id}": example judged ${got.verdict} (${got.score}/${got.max}${why ? `; ${why}` : ''}), expected ${example.expect}`,
        hint: 'widen the rubric with general alternatives, or correct the expectation',
        params: {
          index: i,
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
