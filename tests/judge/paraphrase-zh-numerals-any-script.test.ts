import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);

// A value said in Chinese numerals is the customer's value in digits.

test('a count before millilitres or birds is a number in either script', () => {
  const perfume = '两个人一共460元。最后每人只带走一瓶5毫升的小样,宣传图上是30毫升。';
  expect(
    factStatus(judge, perfume, ['5毫升', '5ml'], '最后每人只带走五毫升的一小瓶。', 'zh-Hans'),
  ).toBe('met');
  const race = '我禮拜六放了15羽鴿子參加300公里的比賽。';
  expect(factStatus(judge, race, ['15羽'], '禮拜六您放了十五羽去比賽。', 'zh-Hans')).toBe('met');
});

test('minutes after 点 without 分 are part of the time', () => {
  const card = '我上周五在自助机给交通卡充了100元,机器扣了钱。我有扣款短信,时间是18:42。';
  const sms = ['短信', '18:42'];
  expect(
    factStatus(judge, card, sms, '上周五傍晚六点四十二,您充了一百块,短信也收到了。', 'zh-Hans'),
  ).toBe('met');
  expect(
    factStatus(judge, card, sms, '上周五晚上6点42,您充了一百块,短信也收到了。', 'zh-Hans'),
  ).toBe('met');
  // Another minute is still another time.
  expect(
    factStatus(judge, card, sms, '上周五傍晚六点二十四,您充了一百块,短信也收到了。', 'zh-Hans'),
  ).not.toBe('met');
});

test('a digit after 万 in digits counts the next unit down, as 三万六 does', () => {
  const club = '我去年在你們俱樂部繳了三萬六的年費,說好每週有兩堂私人課。';
  const fee = ['三萬六', '36000'];
  expect(factStatus(judge, club, fee, '您去年繳了3萬6的年費,每週兩堂私人課。', 'zh-Hans')).toBe(
    'met',
  );
  expect(factStatus(judge, club, fee, '您去年繳了3萬6千的年費。', 'zh-Hans')).toBe('met');
  // Another digit is another amount.
  expect(factStatus(judge, club, fee, '您去年繳了3萬8的年費,每週兩堂私人課。', 'zh-Hans')).toBe(
    'contradicted',
  );
});
