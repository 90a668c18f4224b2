import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { matchCriterion, normalise, prepareAnswer } from '../../src/judge/text/index.js';
import { senseSwaps } from '../../src/judge/text/zh-senses.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const zh = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');

// A word of the fact said in another word of its sense (CC-CEDICT glosses, zh-senses-data.ts).
test.each([
  ['客服承诺两天内回电。', ['承诺'], '客服允诺两天之内回电'],
  ['空调送去修理了两次还是不制冷。', ['修理'], '空调修复过两回，还是不制冷'],
  ['我和你们经理商谈了三次。', ['商谈'], '您跟经理洽谈了三回'],
  ['寄给我妈的药在仓库丢失了。', ['丢失'], '寄给妈妈的药在仓库遗失了'],
])('%s / %s ← %s: met', (customer, any, answer) => {
  expect(zh(customer, any, answer)).toBe('met');
});

test('a swapped word keeps the answer’s polarity: 没允诺 does not meet 承诺', () => {
  expect(zh('客服承诺两天内回电。', ['承诺'], '客服根本没允诺回电')).not.toBe('met');
});

// The customer's own word for another part of the story is not said for this fact.
test.each([
  ['我和经理商谈过一次。', true],
  ['我和经理商谈过一次，还要和总部洽谈。', false],
])('%s / 商谈 ← 跟经理洽谈过一次: met %s', (customer, met) => {
  const c = matchCriterion(
    { id: 'x', label: 'x', any: ['和经理商谈'], weight: 1 },
    prepareAnswer('您跟经理洽谈过一次'),
    normalise(customer),
  );
  expect(c.met).toBe(met);
});

test('swaps change one word at a time and leave grammar words alone', () => {
  const wordings = senseSwaps('承诺退还押金').map((s) => s.wording);
  expect(wordings).toContain('允诺退还押金');
  expect(wordings).toContain('承诺退回押金');
  expect(wordings).not.toContain('允诺退回押金');
  expect(senseSwaps('没有已经')).toEqual([]);
});
