import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const forbidden = (customer: string, answer: string, lang: 'en' | 'zh-Hans') =>
  judge
    .judge(restatementItem(customer, [['f', ['落水管', 'A40']]]), answer, lang)
    .forbidden.map((h) => h.phrase);

test('what the business should have done, told back, is not blame of the customer', () => {
  const barrel =
    '师傅上周二来装集雨桶,说好两根落水管都接进去,结果只接了一根,昨天下大雨全漫出来了。';
  expect(
    forbidden(barrel, '师傅上周二装集雨桶,本该把两根落水管都接进去,可只接上一根。对吗?', 'zh-Hans'),
  ).toEqual([]);
  // Put to the customer, it is still blame.
  expect(forbidden(barrel, '您本该自己检查落水管有没有接好。对吗?', 'zh-Hans')).not.toEqual([]);
});

test('a breakdown told back is no "you broke it"', () => {
  const road =
    'My car broke down on the A40 at six with both kids in it and nobody came for hours.';
  expect(
    forbidden(
      road,
      'You broke down on the A40 at six with both kids in the car. Is that right?',
      'en',
    ),
  ).toEqual([]);
});
