import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const exchange = restatementItem(
  '我上周在你们银行换了三千块人民币的日元，牌价写的是二十点五，可我只拿到五万八，应该有六万一千五。问了才说有手续费，之前没人告诉我。',
  [
    ['got', ['五万八', '58000']],
    ['due', ['六万一千五', '61500']],
    ['fee', ['手续费', '没人告诉']],
  ],
);

test('a rate the customer said in Chinese numerals with 点 (二十点五) said as 20.5 is the same number', () => {
  const j = judge.judge(
    exchange,
    '您上周在我们银行拿三千人民币换日元，牌价20.5，照理该拿61500，结果只拿到58000，事先没人告诉您有手续费，确实让人窝火。我说得对吗？',
    'zh-Hans',
  );
  expect(j.criteria.filter((c) => c.status === 'contradicted')).toEqual([]);
  expect(j.verdict).toBe('pass');
});

test('another rate is still a number the customer never said', () => {
  const j = judge.judge(
    exchange,
    '您上周在我们银行拿三千人民币换日元，牌价25.5，照理该拿61500，结果只拿到58000，事先没人告诉您有手续费，确实让人窝火。我说得对吗？',
    'zh-Hans',
  );
  expect(j.criteria.some((c) => c.status === 'contradicted')).toBe(true);
});
