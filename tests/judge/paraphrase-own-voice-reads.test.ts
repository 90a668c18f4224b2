// Work the agent's-own-voice readings save (counted, never timed): a Chinese answer's clauses are
// split and normalised once for zh-conceded, zh-deflection and zh-own-excuse together, and the
// customer's words they are set against are read once per item, not once per answer and reading.
import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { toldContentKeys, toldUnitKeys } from '../../src/judge/paraphrase/told-keys.js';
import { zhClauseList, zhClauseSplits } from '../../src/judge/paraphrase/zh-clause-list.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

const washer = restatementItem(
  '我上个月在你们店买的洗衣机，送来第三天就漏水，师傅来了两次都没修好。',
  [
    ['machine', ['洗衣机']],
    ['leak', ['漏水']],
    ['twice', ['两次', '2次']],
  ],
);

test("one split of a Chinese answer's clauses serves all three own-voice readings", () => {
  const answers = [
    '您上个月买的洗衣机第三天就漏水，师傅来了两次也没修好，真让人着急。这种情况我们一向不管的。对吗？',
    '您买的洗衣机第三天就漏水，师傅来了两次都没修好。这种事很正常的。对吗？',
    '洗衣机本来就容易坏，不过我理解您着急。您上个月买的洗衣机漏水，师傅来了两次没修好，对吗？',
  ];
  const before = zhClauseSplits();
  const judged = answers.map((a) => judge.judge(washer, a, 'zh-Hans'));
  // Each holds the agent's own excuse, brush-off or concession, flagged as before; none passes.
  expect(judged.map((j) => j.forbidden.length > 0)).toEqual([true, true, true]);
  expect(judged.some((j) => j.verdict === 'pass')).toBe(false);
  expect(zhClauseSplits() - before).toBe(answers.length);
});

test('the clauses are those between clause marks, each normalised, with the one before it in its sentence', () => {
  const clauses = zhClauseList('停电了，我们不担责。不过呢，我理解！');
  expect(clauses.map((c) => [c.said, c.at, c.before])).toEqual([
    ['停电了', 0, ''],
    ['我们不担责', 4, '停电了'],
    ['不过呢', 10, ''],
    ['我理解', 14, '不过呢'],
  ]);
});

test("the customer's words are read once for every answer and reading that sets a clause against them", () => {
  expect(toldContentKeys('周末停电，八箱化了')).toBe(toldContentKeys('周末停电，八箱化了'));
  const told = toldUnitKeys('I waited two weeks and nobody called me back');
  expect(told.has('wait')).toBe(true);
  expect(toldUnitKeys('I waited two weeks and nobody called me back')).toBe(told);
});
