import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { monthEndSaid } from '../../src/judge/paraphrase/zh-month-ends.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

test("monthEndSaid: a month's last day is said by that month's end, not another month's nor its middle", () => {
  const said = (fact: string, answer: string) =>
    monthEndSaid([valuesIn(fact)], valuesIn(answer)) !== undefined;
  expect(said('三月三十一号', '三月底之前退押金')).toBe(true);
  expect(said('2月28日', '二月底到期')).toBe(true);
  expect(said('11月30号', '十一月尾交货')).toBe(true);
  expect(said('三月三十一号', '四月底之前退押金')).toBe(false);
  expect(said('三月三十一号', '三月中之前退押金')).toBe(false);
  expect(said('三月二十号', '三月底之前退押金')).toBe(false);
  expect(said('4月31号', '四月底')).toBe(false);
});

test("a restatement meets a last day of a month by the month's end", () => {
  const customer = '房东说三月三十一号之前退押金，到现在四月中旬了还没退。';
  const status = (answer: string) =>
    factStatus(judge, customer, ['三月三十一号'], answer, 'zh-Hans');
  expect(status('房东说三月底之前退押金，现在还没退')).toBe('met');
  expect(status('房东说三月中之前退押金，现在还没退')).not.toBe('met');
  expect(status('房东说四月底之前退押金，现在还没退')).not.toBe('met');
});
