import type { Lang, RoleplayItem } from '../drills/schema.js';
import type { FreeTextJudge } from '../judge/types.js';
import type { PathProblem } from './paths.js';
import { scoreRoleplay } from './score.js';

/**
 * Plays every example transcript through the real judges and reports each whose ending (or
 * verdict) differs from the author's: a role-play's branches are tested like code.
 */
export function checkTranscripts(
  item: RoleplayItem,
  judge: FreeTextJudge,
  lang: Lang,
): PathProblem[] {
  const out: PathProblem[] = [];
  item.examples.forEach((example, j) => {
    const got = scoreRoleplay(item, example.replies, judge, lang);
    const ending = got.roleplay.ending?.id ?? `(still at turn "${got.roleplay.pending}")`;
    const path = got.roleplay.turns.map((t) => `${t.turn}:${t.verdict}`).join(' → ');
    if (ending !== example.ending) {
      out.push({
        code: 'example-ending',
        path: ['examples', j, 'replies'],
        message: `"${item.id}": example transcript ${j + 1} ended at ${ending}, expected ${example.ending} (path: ${path})`,
        hint: 'widen the turn criteria with general alternatives, or correct the expected ending',
        params: { id: item.id, example: j + 1, ending, expect: example.ending, path },
      });
      return;
    }
    if (example.expect && got.verdict !== example.expect)
      out.push({
        code: 'example-verdict',
        path: ['examples', j, 'expect'],
        message: `"${item.id}": example transcript ${j + 1} judged ${got.verdict} (${got.score}/${got.max}), expected ${example.expect} (path: ${path})`,
        hint: 'widen the turn criteria with general alternatives, or correct the expectation',
        params: {
          id: item.id,
          verdict: got.verdict,
          score: got.score,
          max: got.max,
          expect: example.expect,
        },
      });
  });
  return out;
}
