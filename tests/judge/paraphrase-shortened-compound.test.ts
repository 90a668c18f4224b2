import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const statuses = (customer: string, criteria: [string, string[]][], answer: string) =>
  Object.fromEntries(
    judge
      .judge(restatementItem(customer, criteria), answer, 'zh-Hans')
      .criteria.map((c) => [c.id, c.status]),
  );

const customer =
  '我报了你们十二周的摄影训练营，学费一万二。第三周起就没人带外拍了，群里问也没人回。';
const facts: [string, string[]][] = [
  ['camp', ['摄影训练营']],
  ['fee', ['一万二']],
  ['outings', ['没人带外拍']],
  ['group', ['群里没人回']],
];

// A compound said by its first part and its head, the middle left out, names the same thing.
test('a compound shortened to its first part and head retells it', () => {
  expect(
    statuses(
      customer,
      facts,
      '您交了一万二报的三个月摄影营，第三周起就没人带外拍了，群里问也没人回。',
    ).camp,
  ).toBe('met');
});

// Another head names something else.
test('the first part with another head is not the compound', () => {
  expect(
    statuses(customer, facts, '您交了一万二报的三个月摄影课，第三周起外拍没了，群里也问不到。')
      .camp,
  ).toBe('missed');
});
