import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { restatementItem } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const statusOf = (
  item: ReturnType<typeof restatementItem>,
  answer: string,
  id: string,
  lang: 'en' | 'zh-Hans',
) => judge.judge(item, answer, lang).criteria.find((c) => c.id === id);

test('a Chinese day said right after its month without 号 is that date', () => {
  const dates = (t: string) =>
    valuesIn(t)
      .filter((v) => v.type === 'date')
      .map((v) => v.value);
  expect(dates('搬家公司说好四月二十上门')).toEqual(['4-20']);
  expect(dates('5月8开业')).toEqual(['5-8']);
  // A measure or a unit after it counts something else.
  expect(dates('四月二十个人来')).toEqual(['4']);
  expect(dates('四月两千块')).toEqual(['4']);
});

test('two days of one month said without 号 and given for each other are swapped', () => {
  const item = restatementItem(
    '装修合同写的是五月八完工，现在都五月二十了，工人还没撤场，我每天都在外面租房住。',
    [
      ['due', ['五月八', '5月8']],
      ['now', ['五月二十', '5月20']],
      ['still', ['没撤场', '还没走', '没完工']],
    ],
  );
  const answer = '合同写的是五月二十完工，现在五月八了工人还没撤场，难怪您着急，对吗？';
  expect(statusOf(item, answer, 'due', 'zh-Hans')?.status).toBe('contradicted');
  expect(judge.judge(item, answer, 'zh-Hans').verdict).toBe('fail');
});

test('two counts crossed in one clause, each after the word of the other, are swapped', () => {
  const item = restatementItem(
    '我在你们驾校报了二十个课时，才练了六个课时，教练就离职了，也没人给我安排新教练。',
    [
      ['booked', ['二十个课时', '20个课时']],
      ['done', ['六个课时', '6个课时']],
      ['left', ['离职', '走了', '辞职']],
    ],
  );
  const answer = '您报的六个课时练了二十个课时，教练离职了，我理解您的心情，对吗？';
  expect(statusOf(item, answer, 'booked', 'zh-Hans')?.status).toBe('contradicted');
  // Each in its own place, in one clause, stays right.
  const right = '您报的二十个课时练了六个课时教练就离职了，我理解您的心情，对吗？';
  expect(statusOf(item, right, 'booked', 'zh-Hans')?.status).toBe('met');
});
