import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { valuesIn } from '../../src/judge/text/values.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const read = (text: string) => valuesIn(text).map((v) => [v.type, v.unit, v.value]);

test('a fixed-date day said by its name is that date', () => {
  const customer =
    'The voucher was valid until 31 October and you refused it on the 2nd of November.';
  const status = (any: string[], answer: string) => factStatus(judge, customer, any, answer, 'en');
  expect(
    status(['31 October'], 'It was good until Halloween and was turned down in November.'),
  ).toBe('met');
  // Another day by its name is another date.
  expect(status(['31 October'], 'It was good until Christmas Eve.')).toBe('contradicted');
  expect(read('by Christmas Eve')).toEqual([
    ['date', 'dom', '24'],
    ['date', 'month', '12'],
  ]);
  // A name that only describes a thing names no day.
  expect(read('a Halloween costume')).toEqual([]);
});

test('国庆那天, 五二零那天: a named day before a word for that day is that date', () => {
  const customer = '我们十月一号订的包间，到了说给了别人。';
  expect(
    factStatus(judge, customer, ['十月一号'], '您国庆那天订的包间被给了别人。', 'zh-Hans'),
  ).toBe('met');
  expect(read('您五二零那天结婚')).toEqual([['date', 'dom', '5-20']]);
  // 情人节套餐 is a set menu, no day.
  expect(read('情人节套餐')).toEqual([]);
});

test('an anniversary is the year it marks, said by its ordinal, its year or its gift', () => {
  const customer = "We booked the room for my parents' 40th wedding anniversary.";
  const status = (any: string[], answer: string) => factStatus(judge, customer, any, answer, 'en');
  expect(status(['40th', 'fortieth'], "You booked it for your mum and dad's ruby wedding.")).toBe(
    'met',
  );
  expect(status(['40th', 'fortieth'], "You booked it for your parents' 30th anniversary.")).toBe(
    'contradicted',
  );
  // 五十周年 is the fiftieth year, no fifty weeks; 金婚 is the same year.
  expect(read('结婚五十周年')).toEqual([['number', 'ordinal anniversary', '50']]);
  expect(
    factStatus(
      judge,
      '我给爸妈订了结婚五十周年的蛋糕。',
      ['五十周年'],
      '您给父母订的金婚蛋糕。',
      'zh-Hans',
    ),
  ).toBe('met');
});

test('a clock in the night is the small hours a clock in the morning names', () => {
  const customer = 'The alarm went off at three in the morning on Sunday.';
  const status = (answer: string) =>
    factStatus(judge, customer, ['three in the morning'], answer, 'en');
  expect(status('In the middle of Sunday night the alarm went off at 3 a.m.')).toBe('met');
  // Another clock is still another time.
  expect(status('In the middle of Sunday night the alarm went off at 4 a.m.')).toBe('contradicted');
});

test('a length said as the clocks it ran between is that length', () => {
  const customer = 'I waited in for five hours on Wednesday and the engineer never came.';
  const status = (answer: string) => factStatus(judge, customer, ['five hours'], answer, 'en');
  expect(status('You stayed in on Wednesday from eight till one and he never came.')).toBe('met');
  expect(status('You stayed in on Wednesday from eight till eleven and he never came.')).toBe(
    'contradicted',
  );
  expect(read('由九點等到十二點')).toContainEqual(['duration', 'hour', '3']);
  // A window something was due in is no length that passed, and a rise of a count no span of clocks.
  expect(read('between 8 and 12').filter(([type]) => type === 'duration')).toEqual([]);
  expect(
    read('the group grew from seven to eight people').filter(([t]) => t === 'duration'),
  ).toEqual([]);
});

test('a total said as a count the customer gave and the rest is that total', () => {
  const customer =
    'I paid for twelve driving lessons and after my fourth lesson the instructor left.';
  const status = (answer: string) => factStatus(judge, customer, ['twelve lessons'], answer, 'en');
  expect(status('You had four lessons, then he left, and nobody has set up the other eight.')).toBe(
    'met',
  );
  // A count the customer never gave adds up to nothing of theirs.
  expect(
    status('You had six lessons, then he left, and nobody has set up the other six.'),
  ).not.toBe('met');
  // The rest of a count of things may be the part turned round: no total read from it.
  expect(
    factStatus(
      judge,
      '我送了六十件衣服去干洗，回来有二十件染了色。',
      ['六十件'],
      '您是说二十件没问题，其余四十件都染了色，对吗？',
      'zh-Hans',
    ),
  ).not.toBe('met');
  // 后面八节 after 第四次 is the rest of 十二节, no other count of lessons.
  const zh = '我团购了十二节尤克里里课，上到第四节，你们店搬去城东了。';
  expect(
    factStatus(
      judge,
      zh,
      ['十二节'],
      '您买的课上到第四次店就搬了，后面八节课没法上了。',
      'zh-Hans',
    ),
  ).toBe('met');
});
