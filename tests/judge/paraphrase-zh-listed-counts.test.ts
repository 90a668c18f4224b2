import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const petShop = restatementItem(
  '我上周在你们网店买了三袋狗粮和一袋猫砂，一共二百一十块，今天才到，结果猫砂寄成了猫粮。',
  [
    ['dogfood', ['三袋狗粮', '狗粮']],
    ['litter', ['一袋猫砂', '猫砂']],
    ['wrong', ['寄成了猫粮', '猫粮']],
  ],
);

test('a count said after its noun in a list (狗粮三袋、猫砂一袋) keeps the thing it counts: no swap', () => {
  const j = judge.judge(
    petShop,
    '您上周下单买了狗粮三袋、猫砂一袋，总共210元，今天才收到，猫砂变成了猫粮，真让人着急。我理解得对吗？',
    'zh-Hans',
  );
  expect(j.criteria.filter((c) => c.status === 'contradicted')).toEqual([]);
  expect(j.verdict).toBe('pass');
});

test("the counts given to each other's nouns in such a list are swapped", () => {
  const j = judge.judge(
    petShop,
    '您上周下单买了狗粮一袋、猫砂三袋，总共210元，今天才收到，猫砂变成了猫粮，真让人着急。我理解得对吗？',
    'zh-Hans',
  );
  expect(j.criteria.some((c) => c.status === 'contradicted')).toBe(true);
  expect(j.verdict).toBe('fail');
});
