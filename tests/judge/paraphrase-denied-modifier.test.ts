import { expect, test } from 'vitest';
import { createJudge } from '../../src/judge/index.js';
import { normalise } from '../../src/judge/text/index.js';
import { polarityAt } from '../../src/judge/text/polarity.js';
import { factStatus } from './paraphrase-helpers.js';
import { resources } from './phrases-helpers.js';

const judge = createJudge(resources);
const polarity = (text: string, phrase: string) => {
  const n = normalise(text);
  const at = n.text.indexOf(phrase);
  return polarityAt(n, at, at + phrase.length);
};

test.each([
  ['洗了一次就没有原来的蓬松感了', '蓬松'],
  ['開咗包一啲都冇平時嘅香味', '香味'],
  ['送來時完全沒有照片上的草莓裝飾', '草莓'],
  ['热水器根本没有说明书上写的恒温功能', '恒温'],
])('a denial reaches over what describes the thing: %s', (text, phrase) => {
  expect(polarity(text, phrase)).toBe('negative');
});

test.each([
  ['我买的是原来的款式', '款式'],
  ['这是说明书上写的恒温功能', '恒温'],
  // Too far: a whole clause between the denial and the thing.
  ['没有人告诉我这家店一直以来卖的蛋糕', '蛋糕'],
  // A denied verb with its object, and 不是, deny no thing of the story.
  ['冇帶我哋揀嘅鹽焗雞', '盐焗鸡'],
  ['名字印成了王丽，不是您的王莉', '王莉'],
])('a thing with a description and no denial before it is affirmed: %s', (text, phrase) => {
  expect(polarity(text, phrase)).toBe('positive');
});

const COAT = '新买的羽绒服洗了一次就没有原来的蓬松感了，袖口还开线了。';
const S = (answer: string) => `${answer}难怪您心疼。我理解得对吗？`;

test('the thing denied plainly restates the denial said with a description', () => {
  expect(factStatus(judge, COAT, ['蓬松'], S('您的羽绒服洗了一次就不蓬松了。'), 'zh-Hans')).toBe(
    'met',
  );
});

test('the thing said to be there is the opposite of that denial', () => {
  expect(factStatus(judge, COAT, ['蓬松'], S('您的羽绒服洗完还是很蓬松。'), 'zh-Hans')).toBe(
    'contradicted',
  );
});
