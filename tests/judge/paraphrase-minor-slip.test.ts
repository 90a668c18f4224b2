import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const judged = (item: ReturnType<typeof restatementItem>, answer: string) => {
  const j = judge.judge(item, answer, /[a-z]{3}/i.test(answer) ? 'en' : 'zh-Hans');
  return {
    verdict: j.verdict,
    wrong: j.criteria.filter((c) => c.status === 'contradicted').map((c) => c.id),
  };
};

const mower = restatementItem(
  'I paid £180 for a mower service on order 55172. It came back with a 40-litre grass box instead of my 60-litre one, and the blade still rattles. I feel cheated.',
  [
    ['paid', ['£180', 'a hundred and eighty']],
    ['order', ['55172']],
    ['box', ['60-litre', 'grass box']],
    ['rattles', ['rattles', 'rattling']],
  ],
);
const mowerAnswer = (paid: string, order: string, box: string) =>
  `So you paid ${paid} to have the mower serviced on order ${order}, it came back with a ${box} grass box instead of yours, and the blade still rattles. I can see why you feel cheated. Is that right?`;

test('one wrong amount or size among right facts, feeling and check there, is partial', () => {
  expect(judged(mower, mowerAnswer('£180', '55172', '40-litre')).verdict).toBe('pass');
  expect(judged(mower, mowerAnswer('£150', '55172', '40-litre'))).toEqual({
    verdict: 'partial',
    wrong: ['paid'],
  });
});

test('a wrong order number is which case it is, not a detail: poor', () => {
  expect(judged(mower, mowerAnswer('£180', '55712', '40-litre'))).toEqual({
    verdict: 'fail',
    wrong: ['order'],
  });
});

test('two wrong values, or one with the feeling missing as well, are poor', () => {
  const box = mowerAnswer('£150', '55172', '40-litre').replace(
    'instead of yours',
    'instead of your 50-litre one',
  );
  expect(judged(mower, box).verdict).toBe('fail');
  const noFeeling = mowerAnswer('£150', '55172', '40-litre').replace(
    ' I can see why you feel cheated.',
    '',
  );
  expect(judged(mower, noFeeling)).toEqual({ verdict: 'fail', wrong: ['paid'] });
});

test('一个数量或金额说错，其余都对，有情感和核对：partial；金额对调：poor', () => {
  const item = restatementItem(
    '我在你们店订了十二盆绿萝，付了三百六，只送来八盆，还有两盆是枯的。我很失望。',
    [
      ['ordered', ['十二盆']],
      ['paid', ['三百六']],
      ['came', ['八盆']],
      ['dead', ['枯']],
    ],
  );
  const right =
    '您订了十二盆绿萝，付了三百六，结果只到了八盆，还有两盆是枯的，难怪您失望。我说得对吗？';
  expect(judged(item, right).verdict).toBe('pass');
  expect(judged(item, right.replace('三百六', '四百六'))).toEqual({
    verdict: 'partial',
    wrong: ['paid'],
  });
  expect(judged(item, right.replace('十二盆', '十盆')).verdict).toBe('partial');
  const swapped = right.replace('十二盆', '八盆').replace('到了八盆', '到了十二盆');
  expect(judged(item, swapped).verdict).toBe('fail');
});
