import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const status = (customer: string, any: string[], answer: string) =>
  factStatus(judge, customer, any, answer, 'zh-Hans');

const lease =
  '中介说合同是我自己签字确认过的，可我根本没签过这一页，上面的租金也比谈好的高了五百。';
const signed = ['签字', '没签', '签过'];

test('an act the customer says they never did, retold as theirs, is contradicted', () => {
  expect(status(lease, signed, '您签字确认了这一页，租金比谈好的高了五百，对吗？')).toBe(
    'contradicted',
  );
  expect(status(lease, signed, '你当时签过这一页，租金高了五百，对吗？')).toBe('contradicted');
});

test('the act denied, reported as the other party’s claim, passive or asked about, is the fact met', () => {
  expect(status(lease, signed, '中介说您签过字，可您根本没签过这一页，对吗？')).toBe('met');
  expect(status(lease, signed, '这一页您没签过字，租金还高了五百，对吗？')).toBe('met');
  // Blamed for it by the other party, as the customer told it: their claim, not the customer's act.
  expect(status(lease, signed, '中介还怪您签过字，其实您一次都没签过，对吗？')).toBe('met');
  expect(status(lease, signed, '这一页被人签了字，可不是您签的，对吗？')).not.toBe('contradicted');
});
