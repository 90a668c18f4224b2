// The conversation core with the real judges: branches by verdict, endings, the loop bound,
// the scorecard, and the session's skills.
import { describe, expect, it } from 'vitest';
import { converse, turnLimit } from '../../src/roleplay/conversation.js';
import { scoreRoleplay, WALK_OUT_CAP } from '../../src/roleplay/score.js';
import { summarise } from '../../src/session/record.js';
import { scoreItem } from '../../src/session/score-item.js';
import { realJudge } from '../answers/sheet-helpers.js';
import { REFUSAL_BRANCH, roleplayItem, roleplaySet } from './helpers.js';

const en = roleplaySet('en');
const zh = roleplaySet('zh-Hans');

describe('a role-play conversation', { timeout: 60_000 }, () => {
  it('follows the good path to the close when every reply is good', () => {
    const item = roleplayItem(en, 'refusal-alternative');
    const good = item.examples[0]!;
    const c = converse(item, good.replies, realJudge(), 'en');
    expect(c.turns.map((t) => [t.turn, t.verdict])).toEqual([
      ['hear', 'pass'],
      ['receipt', 'pass'],
      ['refuse', 'pass'],
      ['stock', 'pass'],
      ['close', 'pass'],
    ]);
    expect(c.ending?.id).toBe('happy');
    const scored = scoreRoleplay(item, good.replies, realJudge(), 'en');
    expect(scored.verdict).toBe('pass');
    expect(scored.roleplay.scorecard).toMatchObject({
      restating: { score: 1, max: 1 },
      questioning: { score: 1, max: 1 },
      phrases: { max: 5 },
      procedure: { max: 2 },
    });
  });

  it('sends a poor reply to the customer’s reaction, and a good one there back on track', () => {
    const item = roleplayItem(en, 'refusal-alternative');
    const [hear, receipt, , stock, close] = item.examples[0]!.replies;
    const replies = [
      hear!,
      receipt!,
      "No. It's company policy.",
      "I'm sorry. Let me ask my supervisor — at the least I can exchange it for a larger size.",
      stock!,
      close!,
    ];
    const c = converse(item, replies, realJudge(), 'en');
    expect(c.turns.map((t) => t.turn)).toEqual(REFUSAL_BRANCH);
    expect(c.turns[2]).toMatchObject({ verdict: 'fail', next: 'angry' });
    expect(c.turns[2]!.forbidden.length).toBeGreaterThan(0);
    expect(c.ending?.kind).toBe('close');
    const scored = scoreRoleplay(item, replies, realJudge(), 'en');
    expect(scored.criteria.map((x) => x.met)).toEqual([true, true, false, true, true, true]);
    expect(scored.roleplay.scorecard.phrases!.score).toBeLessThan(
      scored.roleplay.scorecard.phrases!.max,
    );
  });

  it('ends at the walk-out after two poor replies, and a walk-out fails', () => {
    for (const [loaded, lang] of [
      [en, 'en'],
      [zh, 'zh-Hans'],
    ] as const) {
      const item = roleplayItem(loaded, 'counter-gift');
      const poor = item.examples[1]!;
      const scored = scoreRoleplay(item, poor.replies, realJudge(), lang);
      expect(scored.roleplay.ending).toEqual({ id: 'gone', kind: 'walk-out' });
      expect(scored.verdict).toBe('fail');
      expect(scored.score).toBeLessThanOrEqual(WALK_OUT_CAP * item.points);
    }
  });

  it('stops a conversation going round a loop after twice its turns, however many replies come', () => {
    const item = roleplayItem(en, 'phone-order');
    const opening = item.examples[0]!.replies.slice(0, 3);
    // "Hold on." is partial at the hold (the caller protests), a reply without an apology partial
    // (back to the hold): a loop with an exit nobody takes.
    const loop = Array.from({ length: 100 }, (_, i) =>
      i % 2 === 0 ? 'Hold on.' : 'I will check the order.',
    );
    const c = converse(item, [...opening, ...loop], realJudge(), 'en');
    expect(c.turns).toHaveLength(turnLimit(item));
    expect(c.cutShort).toBe(true);
    expect(c.ending?.kind).toBe('walk-out');
  });

  it('leaves the turn waiting when the replies run out, and scores it as missed', () => {
    const item = roleplayItem(zh, 'bank-data');
    const first = item.examples[0]!.replies.slice(0, 2);
    const scored = scoreRoleplay(item, first, realJudge(), 'zh-Hans');
    expect(scored.roleplay.pending).toBe('explain');
    expect(scored.criteria.at(-1)).toMatchObject({ met: false, detail: 'explain:missing' });
    expect(scored.verdict).toBe('fail');
  });

  it('counts the scorecard in the session skills next to the item’s own skill', () => {
    const item = roleplayItem(zh, 'complaint-six-steps');
    const result = {
      ...scoreItem(item, item.examples[0]!.replies, {
        judge: realJudge(),
        lang: 'zh-Hans',
        defaultSkill: 'roleplay',
      }),
      durationMs: 0,
    };
    expect(result.verdict).toBe('pass');
    const { skills, score, max } = summarise([result]);
    expect(Object.keys(skills).sort()).toEqual(
      ['listening', 'phrases', 'procedure', 'questioning', 'restating', 'roleplay'].sort(),
    );
    expect({ score, max }).toEqual({ score: result.score, max: 1 });
  });
});
