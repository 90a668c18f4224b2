import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const storage = restatementItem(
  '上周五我们送了二十箱冰淇淋进你们冷库，周末停电，八箱化了又冻上，卖不了，损失一万二。',
  [
    ['boxes', ['二十箱', '20箱']],
    ['power', ['停电']],
    ['melted', ['八箱', '8箱']],
    ['loss', ['一万二', '12000']],
  ],
);

test("the agent's own refusal of blame inside a restatement (我们是不担责的) caps it at partial", () => {
  const j = judge.judge(
    storage,
    '您周五送来二十箱冰淇淋，周末停电，八箱化了又冻上，损失一万二。停电这种情况我们是不担责的，不过我理解您的心情。我说得对吗？',
    'zh-Hans',
  );
  expect(j.verdict).toBe('partial');
});

test('a habit of ours set against the story (我们这儿都是这样) caps it at partial', () => {
  const j = judge.judge(
    storage,
    '您周五送来二十箱冰淇淋，周末停电，八箱化了又冻上，损失一万二，真让人着急，我们这儿都是这样。对吗？',
    'zh-Hans',
  );
  expect(j.verdict).toBe('partial');
});

test("our side's failure retold in the customer's words is no excuse", () => {
  const j = judge.judge(
    storage,
    '您周五送来二十箱冰淇淋进我们冷库，周末停电，八箱化了又冻上，卖不了，损失一万二，真让人着急。我说得对吗？',
    'zh-Hans',
  );
  expect(j.forbidden.filter((f) => f.category === 'own-excuse')).toEqual([]);
});
